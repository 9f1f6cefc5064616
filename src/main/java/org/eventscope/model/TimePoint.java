package org.eventscope.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * A time as written in an event file, at the precision that is known: {@code 2021},
 * {@code 2021-12}, {@code 2021-12-22}, {@code 2022-01-10T09:00+01:00} or
 * {@code 2022-01-10T09:00+01:00[Europe/Zurich]}.
 *
 * <p>A time without an offset or zone is read in the file's default zone when it has to become
 * an instant. A calendar period (year, month, day) covers the whole period: {@link #start} is its
 * first instant and {@link #periodEnd} the first instant after it.
 *
 * <p>Compact (about 40 bytes) because files hold up to millions of them: the wall-clock fields
 * are packed into one number, and offsets and zones are shared instances.
 */
public final class TimePoint {

    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    /** Wall-clock seconds since 1970-01-01T00:00 as if in UTC; fields below the precision are zero. */
    private final long localSeconds;

    private final int nano;
    private final Precision precision;
    private final @Nullable ZoneOffset offset;
    private final @Nullable ZoneId zone;

    private TimePoint(
            long localSeconds, int nano, Precision precision, @Nullable ZoneOffset offset, @Nullable ZoneId zone) {
        this.localSeconds = localSeconds;
        this.nano = nano;
        this.precision = Objects.requireNonNull(precision, "precision");
        this.offset = offset;
        this.zone = zone;
    }

    /**
     * A time from its fields, those finer than {@code precision} dropped (a day is its midnight,
     * as when the same day is read); {@code offset} and {@code zone} may be {@code null}.
     */
    @SuppressWarnings("JavaLocalDateTimeGetNano") // the epoch second carries the rest of the time
    public static TimePoint of(
            LocalDateTime local, Precision precision, @Nullable ZoneOffset offset, @Nullable ZoneId zone) {
        LocalDateTime at = switch (precision) {
            case YEAR -> LocalDateTime.of(local.getYear(), 1, 1, 0, 0);
            case MONTH -> LocalDateTime.of(local.getYear(), local.getMonth(), 1, 0, 0);
            case DAY -> local.toLocalDate().atStartOfDay();
            case MINUTE -> local.withSecond(0).withNano(0);
            case SECOND -> local;
        };
        return new TimePoint(at.toEpochSecond(ZoneOffset.UTC), at.getNano(), precision, offset, zone);
    }

    /**
     * Parses an ISO 8601 time at year, month, day, minute or second precision (with an optional
     * fraction of a second, offset and bracketed zone id).
     *
     * @throws DateTimeException with a message fit for a user when the text is not such a time
     *                           or names an impossible date such as {@code 2021-02-30}
     */
    public static TimePoint parse(CharSequence text) {
        char[] chars = text.toString().toCharArray();
        return new Parser().parse(chars, 0, chars.length);
    }

    /** A time from the fields another time kept ({@link #localSeconds}, {@link #nano}, …). */
    static TimePoint restore(
            long localSeconds, int nano, Precision precision, @Nullable ZoneOffset offset, @Nullable ZoneId zone) {
        return new TimePoint(localSeconds, nano, precision, offset, zone);
    }

    /** Wall-clock seconds since 1970-01-01T00:00 as if in UTC. */
    long localSeconds() {
        return localSeconds;
    }

    /** The nanoseconds within {@link #localSeconds}. */
    int nano() {
        return nano;
    }

    /** The wall-clock fields; those finer than the precision are at their minimum. */
    public LocalDateTime local() {
        return LocalDateTime.ofEpochSecond(localSeconds, nano, ZoneOffset.UTC);
    }

    public Precision precision() {
        return precision;
    }

    /** The UTC offset written in the text, or {@code null}. */
    public @Nullable ZoneOffset offset() {
        return offset;
    }

    /** The zone id written in brackets, or {@code null}. */
    public @Nullable ZoneId zone() {
        return zone;
    }

    /** The zone written with the time (its zone id, else its offset), or {@code null} if none. */
    public @Nullable ZoneId ownZone() {
        return zone != null ? zone : offset;
    }

    /** The first instant this time covers, reading a time without zone in {@code fallback}. */
    public Instant start(ZoneId fallback) {
        return atZone(local(), offset, zone, fallback);
    }

    /**
     * Epoch milliseconds of {@link #start}; fast for times with an offset, and for zones whose
     * offset never changes (UTC).
     */
    public long startMillis(ZoneId fallback) {
        return startMillis(localSeconds, nano, offset, zone, fallback);
    }

    /** Epoch milliseconds of {@link #periodEnd}; as fast as {@link #startMillis}. */
    public long periodEndMillis(ZoneId fallback) {
        return periodEndMillis(localSeconds, nano, precision, offset, zone, fallback);
    }

    /** {@link #startMillis} of the time with these fields ({@link #restore}), without making it. */
    static long startMillis(
            long localSeconds, int nano, @Nullable ZoneOffset offset, @Nullable ZoneId zone, ZoneId fallback) {
        ZoneOffset fixed = fixedOffset(offset, zone, fallback);
        if (fixed != null) {
            return (localSeconds - fixed.getTotalSeconds()) * 1000 + nano / 1_000_000;
        }
        return atZone(LocalDateTime.ofEpochSecond(localSeconds, nano, ZoneOffset.UTC), offset, zone, fallback)
                .toEpochMilli();
    }

    /** {@link #periodEndMillis} of the time with these fields ({@link #restore}), without making it. */
    static long periodEndMillis(
            long localSeconds,
            int nano,
            Precision precision,
            @Nullable ZoneOffset offset,
            @Nullable ZoneId zone,
            ZoneId fallback) {
        // The period ends where the next one starts.
        return startMillis(nextPeriod(localSeconds, precision), nano, offset, zone, fallback);
    }

    /** The offset a time is read at when it is the same at every instant: the written one, else its zone's or {@code fallback}'s when fixed. */
    private static @Nullable ZoneOffset fixedOffset(
            @Nullable ZoneOffset offset, @Nullable ZoneId zone, ZoneId fallback) {
        if (offset != null) {
            return offset;
        }
        ZoneId read = zone != null ? zone : fallback;
        if (read instanceof ZoneOffset o) {
            return o;
        }
        java.time.zone.ZoneRules rules = read.getRules();
        return rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
    }

    /**
     * The first instant after the period this time covers: the next year, month, day, minute or
     * second. For a minute-precision time this is one minute later.
     */
    public Instant periodEnd(ZoneId fallback) {
        LocalDateTime next = LocalDateTime.ofEpochSecond(nextPeriod(localSeconds, precision), nano, ZoneOffset.UTC);
        return atZone(next, offset, zone, fallback);
    }

    /**
     * The wall-clock seconds ({@link #localSeconds}) at which the period that begins at {@code
     * localSeconds} ends: the next second, minute, day, month or year. Wall-clock time knows no
     * clock changes, so a day is always 86,400 seconds of it.
     */
    private static long nextPeriod(long localSeconds, Precision precision) {
        return switch (precision) {
            case SECOND -> localSeconds + 1;
            case MINUTE -> localSeconds + 60;
            case DAY -> localSeconds + 86_400;
            case MONTH ->
                LocalDateTime.ofEpochSecond(localSeconds, 0, ZoneOffset.UTC)
                        .plusMonths(1)
                        .toEpochSecond(ZoneOffset.UTC);
            case YEAR ->
                LocalDateTime.ofEpochSecond(localSeconds, 0, ZoneOffset.UTC)
                        .plusYears(1)
                        .toEpochSecond(ZoneOffset.UTC);
        };
    }

    /**
     * True when this time, as the end of a range, lies wholly before {@code start}: the period it
     * names is over by the start's first instant ({@code 09:59} before {@code 10:00}, {@code 2021}
     * before {@code 2022}). An end within the start's own period is not before it. Times without a
     * zone are read in {@code fallback}. The one rule for events, eras and imports.
     */
    public boolean endsBefore(TimePoint start, ZoneId fallback) {
        return !periodEnd(fallback).isAfter(start.start(fallback));
    }

    /** True when the time is given to the minute or second, so that a clock change can matter. */
    public boolean hasClock() {
        return precision == Precision.MINUTE || precision == Precision.SECOND;
    }

    /**
     * The zone this time's clock reading is read in when no offset is written: its own zone, else
     * {@code fallback}; {@code null} when an offset is written or there is no clock reading.
     */
    public @Nullable ZoneId clockZone(ZoneId fallback) {
        return offset != null || !hasClock() ? null : zone != null ? zone : fallback;
    }

    /**
     * The clock change that makes this wall-clock time not exist (a daylight-saving gap) or exist
     * twice (an overlap) in {@link #clockZone}, or {@code null} when it exists once or carries an
     * offset. An overlapping time is read as the earlier of the two instants.
     */
    public java.time.zone.@Nullable ZoneOffsetTransition clockChange(ZoneId fallback) {
        ZoneId z = clockZone(fallback);
        if (z == null || z instanceof ZoneOffset) {
            return null;
        }
        java.time.zone.ZoneRules rules = z.getRules();
        if (rules.isFixedOffset()) {
            return null;
        }
        return rules.getTransition(local());
    }

    /** The instant of wall-clock time {@code value} at {@code offset}, else in {@code zone}, else in {@code fallback}. */
    private static Instant atZone(
            LocalDateTime value, @Nullable ZoneOffset offset, @Nullable ZoneId zone, ZoneId fallback) {
        if (offset != null) {
            return value.toInstant(offset);
        }
        return ZonedDateTime.of(value, zone != null ? zone : fallback).toInstant();
    }

    /** The time written back in ISO 8601 at its precision, e.g. {@code 2022-01-10T09:00+01:00[Europe/Zurich]}. */
    public String text() {
        LocalDateTime l = local();
        StringBuilder b = new StringBuilder(32);
        pad(b, l.getYear(), 4);
        if (precision == Precision.YEAR) {
            return b.toString();
        }
        pad(b.append('-'), l.getMonthValue(), 2);
        if (precision == Precision.MONTH) {
            return b.toString();
        }
        pad(b.append('-'), l.getDayOfMonth(), 2);
        if (precision == Precision.DAY) {
            return b.toString();
        }
        pad(b.append('T'), l.getHour(), 2);
        pad(b.append(':'), l.getMinute(), 2);
        if (precision == Precision.SECOND) {
            pad(b.append(':'), l.getSecond(), 2);
            if (nano != 0) {
                String fraction = String.format("%09d", nano).replaceFirst("0+$", "");
                b.append('.').append(fraction);
            }
        }
        if (offset != null) {
            b.append(offset.getId());
        }
        if (zone != null) {
            b.append('[').append(zone.getId()).append(']');
        }
        return b.toString();
    }

    private static void pad(StringBuilder b, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        b.append(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimePoint t
                && t.localSeconds == localSeconds
                && t.nano == nano
                && t.precision == precision
                && Objects.equals(t.offset, offset)
                && Objects.equals(t.zone, zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(localSeconds, nano, precision, offset, zone);
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * What keeps these calendar and clock fields from naming a real date and time, in the
     * interface's words ("there is no 31 April (April has 30 days)", "there is no month 13 …"), or
     * {@code null} when they name one. Fields finer than a time's precision are given at their
     * minimum (month and day 1, the clock 00:00:00). The one rule for event files and imports.
     */
    public static @Nullable String whyNotReal(long year, long month, long day, long hour, long minute, long second) {
        if (month < 1 || month > 12) {
            return Messages.get("read.time.noMonth", String.valueOf(month));
        }
        if (day < 1) {
            return Messages.get("read.time.noDay", String.valueOf(day));
        }
        int length = lengthOfMonth(year, (int) month);
        if (day > length) {
            Locale locale = Messages.locale();
            Month m = Month.of((int) month);
            if (month == 2 && day == 29) {
                return Messages.get(
                        "read.time.notLeap", String.valueOf(year), m.getDisplayName(TextStyle.FULL, locale));
            }
            return Messages.get(
                    "read.time.noDayInMonth",
                    String.valueOf(day),
                    m.getDisplayName(TextStyle.FULL, locale),
                    m.getDisplayName(TextStyle.FULL_STANDALONE, locale),
                    Messages.count(length, "count.day"));
        }
        if (hour < 0 || hour > 23) {
            return Messages.get("read.time.noHour", String.valueOf(hour));
        }
        if (minute < 0 || minute > 59) {
            return Messages.get("read.time.noMinute", String.valueOf(minute));
        }
        if (second < 0 || second > 59) {
            return Messages.get("read.time.noSecond", String.valueOf(second));
        }
        return null;
    }

    private static boolean isLeap(long year) {
        // Years are four digits and a sign at most: int arithmetic, cheaper than long division.
        int y = (int) year;
        return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    private static int lengthOfMonth(long year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * A hand-written ISO 8601 reader: java.time's parsers are too slow for millions of times. It
     * reads a time from part of a character array, such as a JSON parser's buffer; a reader of many
     * times keeps one and so makes no object for each but the time. One thread uses it at a time.
     */
    public static final class Parser {
        private char[] s = new char[0];
        private int from;
        private int end;
        private int i;

        /**
         * The time in {@code length} characters of {@code chars} from {@code offset} (see {@link
         * TimePoint#parse(CharSequence)}).
         */
        public TimePoint parse(char[] chars, int offset, int length) {
            s = chars;
            from = offset;
            end = offset + length;
            i = offset;
            return read();
        }

        /** The text read, for a message. */
        private String text() {
            return new String(s, from, end - from);
        }

        private TimePoint read() {
            int year = digits(4);
            Precision precision = Precision.YEAR;
            int month = 1;
            int day = 1;
            int hour = 0;
            int minute = 0;
            int second = 0;
            int nano = 0;
            if (accept('-')) {
                month = digits(2);
                precision = Precision.MONTH;
                if (accept('-')) {
                    day = digits(2);
                    precision = Precision.DAY;
                    if (accept('T')) {
                        hour = digits(2);
                        expect(':');
                        minute = digits(2);
                        precision = Precision.MINUTE;
                        if (accept(':')) {
                            second = digits(2);
                            precision = Precision.SECOND;
                            if (accept('.')) {
                                int start = i;
                                while (i < end && i - start < 9 && isDigit(s[i])) {
                                    nano = nano * 10 + (s[i++] - '0');
                                }
                                if (i == start) {
                                    throw malformed();
                                }
                                for (int k = i - start; k < 9; k++) {
                                    nano *= 10;
                                }
                            }
                        }
                    }
                }
            }
            @Nullable ZoneOffset offset = null;
            @Nullable ZoneId zone = null;
            if (precision == Precision.MINUTE || precision == Precision.SECOND) {
                offset = offset();
                if (accept('[')) {
                    int close = indexOf(']');
                    String id = new String(s, i, close - i);
                    i = close + 1;
                    zone = zone(id);
                }
            }
            if (i != end) {
                throw malformed();
            }
            String impossible = whyNotReal(year, month, day, hour, minute, second);
            if (impossible != null) {
                throw new DateTimeException(Messages.get("read.time.notReal", text(), impossible));
            }
            long seconds = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
            TimePoint t = new TimePoint(seconds, nano, precision, offset, zone);
            if (zone != null && offset != null && !zone.getRules().isValidOffset(t.local(), offset)) {
                throw new DateTimeException(Messages.get("read.time.offset", text(), offset.toString(), zone.getId()));
            }
            return t;
        }

        /** Days since 1970-01-01 of a valid proleptic Gregorian date (the algorithm of LocalDate). */
        private static long epochDay(int year, int month, int day) {
            long y = year;
            long total = 365 * y;
            total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
            total += (367L * month - 362) / 12;
            total += day - 1;
            if (month > 2) {
                total--;
                if (!isLeap(year)) {
                    total--;
                }
            }
            return total - 719_528L;
        }

        private @Nullable ZoneOffset offset() {
            if (accept('Z')) {
                return ZoneOffset.UTC;
            }
            if (i < end && (s[i] == '+' || s[i] == '-')) {
                boolean negative = s[i++] == '-';
                int h = digits(2);
                expect(':');
                int m = digits(2);
                try {
                    return ZoneOffset.ofHoursMinutes(negative ? -h : h, negative ? -m : m);
                } catch (DateTimeException e) {
                    throw new DateTimeException(Messages.get("read.time.impossibleOffset", text()));
                }
            }
            return null;
        }

        private ZoneId zone(String id) {
            ZoneId z = ZONES.get(id);
            if (z == null) {
                try {
                    z = ZoneId.of(id);
                } catch (DateTimeException e) {
                    throw new DateTimeException(Messages.get("read.time.unknownZone", text(), id));
                }
                ZONES.put(id, z);
            }
            return z;
        }

        private int digits(int n) {
            int v = 0;
            for (int k = 0; k < n; k++) {
                if (i >= end || !isDigit(s[i])) {
                    throw malformed();
                }
                v = v * 10 + (s[i++] - '0');
            }
            return v;
        }

        private boolean accept(char c) {
            if (i < end && s[i] == c) {
                i++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw malformed();
            }
        }

        private int indexOf(char c) {
            for (int k = i; k < end; k++) {
                if (s[k] == c) {
                    return k;
                }
            }
            throw malformed();
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private DateTimeException malformed() {
            return new DateTimeException(Messages.get("read.time.notIso", text()));
        }
    }
}
