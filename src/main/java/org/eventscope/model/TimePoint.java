package org.eventscope.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time as written in an event file, at the precision that is known: {@code 2021},
 * {@code 2021-12}, {@code 2021-12-22}, {@code 2022-01-10T09:00+01:00} or
 * {@code 2022-01-10T09:00+01:00[Europe/Zurich]}.
 *
 * <p>A time without an offset or zone is read in the file's default zone when it has to become
 * an instant. A calendar period (year, month, day) covers the whole period: {@link #start} is its
 * first instant and {@link #periodEnd} the first instant after it.
 *
 * @param local     the wall-clock fields; fields finer than the precision are at their minimum
 * @param precision how much of the time is known
 * @param offset    the UTC offset written in the text, or {@code null}
 * @param zone      the zone id written in brackets, or {@code null}
 * @param text      the text as written
 */
public record TimePoint(LocalDateTime local, Precision precision, ZoneOffset offset, ZoneId zone, String text) {

    private static final Pattern FORMAT = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})"
                    + "(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
                    + "(Z|[+-]\\d{2}:\\d{2})?(?:\\[([^\\]]+)])?)?)?)?");

    public TimePoint {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Parses an ISO 8601 time at year, month, day, minute or second precision.
     *
     * @throws DateTimeException with a message fit for a user when the text is not such a time
     *                           or names an impossible date such as {@code 2021-02-30}
     */
    public static TimePoint parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new DateTimeException("\"" + text + "\" is not an ISO 8601 time"
                    + " (expected e.g. 2021, 2021-12, 2021-12-22 or 2022-01-10T09:00+01:00)");
        }
        int year = Integer.parseInt(m.group(1));
        Precision precision = Precision.YEAR;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nano = 0;
        if (m.group(2) != null) {
            month = Integer.parseInt(m.group(2));
            precision = Precision.MONTH;
        }
        if (m.group(3) != null) {
            day = Integer.parseInt(m.group(3));
            precision = Precision.DAY;
        }
        if (m.group(4) != null) {
            hour = Integer.parseInt(m.group(4));
            minute = Integer.parseInt(m.group(5));
            precision = Precision.MINUTE;
        }
        if (m.group(6) != null) {
            second = Integer.parseInt(m.group(6));
            precision = Precision.SECOND;
        }
        if (m.group(7) != null) {
            nano = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nano));
        } catch (DateTimeException e) {
            throw new DateTimeException("\"" + text + "\" is not a real date or time: " + e.getMessage());
        }
        ZoneOffset offset = null;
        if (m.group(8) != null) {
            try {
                offset = ZoneOffset.of(m.group(8));
            } catch (DateTimeException e) {
                throw new DateTimeException("\"" + text + "\" has an impossible UTC offset " + m.group(8));
            }
        }
        ZoneId zone = null;
        if (m.group(9) != null) {
            try {
                zone = ZoneId.of(m.group(9));
            } catch (DateTimeException e) {
                throw new DateTimeException("\"" + text + "\" names an unknown time zone " + m.group(9));
            }
            if (offset != null && !zone.getRules().isValidOffset(local, offset)) {
                throw new DateTimeException("\"" + text + "\": offset " + offset + " is not valid in "
                        + zone.getId() + " at that time");
            }
        }
        return new TimePoint(local, precision, offset, zone, text);
    }

    /** The zone written with the time (its zone id, else its offset), or {@code null} if none. */
    public ZoneId ownZone() {
        return zone != null ? zone : offset;
    }

    /** The first instant this time covers, reading a time without zone in {@code fallback}. */
    public Instant start(ZoneId fallback) {
        return atZone(local, fallback);
    }

    /**
     * The first instant after the period this time covers: the next year, month, day, minute or
     * second. For a minute-precision time this is one minute later.
     */
    public Instant periodEnd(ZoneId fallback) {
        LocalDateTime next = switch (precision) {
            case YEAR -> local.plusYears(1);
            case MONTH -> local.plusMonths(1);
            case DAY -> local.plusDays(1);
            case MINUTE -> local.plusMinutes(1);
            case SECOND -> local.plusSeconds(1);
        };
        return atZone(next, fallback);
    }

    private Instant atZone(LocalDateTime value, ZoneId fallback) {
        if (offset != null) {
            return value.toInstant(offset);
        }
        return ZonedDateTime.of(value, zone != null ? zone : fallback).toInstant();
    }

    @Override
    public String toString() {
        return text;
    }
}
