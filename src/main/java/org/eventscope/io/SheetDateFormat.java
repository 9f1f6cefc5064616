package org.eventscope.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Precision;
import org.eventscope.model.TimePoint;
import org.jspecify.annotations.Nullable;

/**
 * How the dates of a sheet's column are written: ISO 8601 ({@code 2022-01-10},
 * {@code 2022-01-10 14:30}), day first ({@code 10.01.2022}, {@code 10/01/2022 14:30}), month first
 * ({@code 01/10/2022}), or as Excel's serial numbers of days in its 1900 or 1904 date system
 * ({@code 44571}, {@code 44571.5}). A full ISO date ({@code 2022-01-10}, as a workbook's date
 * cells arrive) reads in every format; a year alone ({@code 2022}) in every written form, and a
 * month and year ({@code 01/2022}) in the day- and month-first ones. The one rule for the
 * mapping dialog's preview, the import and {@code eventscope import --mapping}.
 */
public enum SheetDateFormat {
    ISO("iso"),
    DAY_FIRST("day-first"),
    MONTH_FIRST("month-first"),
    EXCEL_1900("excel-1900"),
    EXCEL_1904("excel-1904");

    /** Day, month and year (either order) with an optional time; or month and year; or a year. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?:([0-9]{1,2})[./-])?([0-9]{1,2})[./-]([0-9]{4})(?:[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?");

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    /** Whether {@code text} begins as a full ISO date does: four digits, a dash, two, a dash, two. */
    private static boolean isIsoDay(String text) {
        return text.length() >= 10
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && Character.isDigit(text.charAt(0));
    }

    private static final Pattern SERIAL = Pattern.compile("[0-9]{1,7}(?:\\.[0-9]{1,15})?");
    /** The last day Eventscope writes, 31 December 9999, in both of Excel's systems. */
    private static final long LAST_SERIAL_1900 = 2_958_465;

    private static final long LAST_SERIAL_1904 = LAST_SERIAL_1900 - 1462;

    private final String key;

    SheetDateFormat(String key) {
        this.key = key;
    }

    /** The name a mapping file gives this format: {@code iso}, {@code day-first}, … */
    public String key() {
        return key;
    }

    /** The format a mapping file names, or {@code null}. */
    public static @Nullable SheetDateFormat ofKey(String key) {
        for (SheetDateFormat f : values()) {
            if (f.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    /** What the interface calls this format, with an example: "Day first (31.12.2022)". */
    public String label() {
        return Messages.get("sheet.dates." + key);
    }

    /**
     * Reads {@code text} (stripped) as a time in this format.
     *
     * @throws DateTimeException with a message fit for a user when it is not one, or names a day
     *     that does not exist
     */
    public TimePoint read(String text) {
        if (this == ISO || isIsoDay(text)) {
            // A full ISO date reads in every format: it cannot be mistaken, and it is how a
            // workbook's cells formatted as dates arrive. Spreadsheets write a space for the T.
            String iso = text.length() > 11 && text.charAt(10) == ' '
                    ? text.substring(0, 10) + 'T' + text.substring(11)
                    : text;
            try {
                return TimePoint.parse(iso);
            } catch (DateTimeException e) {
                if (this != ISO) {
                    throw e; // an ISO day that does not exist: say why
                }
                throw notThis(text);
            }
        }
        if (this == EXCEL_1900 || this == EXCEL_1904) {
            return serial(text);
        }
        if (YEAR.matcher(text).matches()) {
            return point(Integer.parseInt(text), 1, 1, 0, 0, 0, Precision.YEAR);
        }
        Matcher m = NUMERIC.matcher(text);
        if (!m.matches()) {
            throw notThis(text);
        }
        int year = Integer.parseInt(m.group(3));
        int a = Integer.parseInt(m.group(2));
        if (m.group(1) == null) {
            if (m.group(4) != null) {
                throw notThis(text);
            }
            return point(year, a, 1, 0, 0, 0, Precision.MONTH);
        }
        int first = Integer.parseInt(m.group(1));
        int day = this == DAY_FIRST ? first : a;
        int month = this == DAY_FIRST ? a : first;
        if (m.group(4) == null) {
            return point(year, month, day, 0, 0, 0, Precision.DAY);
        }
        return point(
                year,
                month,
                day,
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                m.group(6) == null ? Precision.MINUTE : Precision.SECOND);
    }

    /** Whether {@code text} reads in this format. */
    public boolean reads(String text) {
        try {
            read(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private TimePoint serial(String text) {
        if (!SERIAL.matcher(text).matches()) {
            throw notThis(text);
        }
        int dot = text.indexOf('.');
        long days = Long.parseLong(dot < 0 ? text : text.substring(0, dot));
        long last = this == EXCEL_1900 ? LAST_SERIAL_1900 : LAST_SERIAL_1904;
        if (days > last || (this == EXCEL_1900 && days < 1)) {
            throw new DateTimeException(Messages.get("sheet.dates.serialRange", text, String.valueOf(last)));
        }
        if (this == EXCEL_1900 && days == 60) {
            // Excel's 1900 system counts a 29 February 1900 that never was.
            throw new DateTimeException(Messages.get("sheet.dates.excelLeap"));
        }
        LocalDate day = this == EXCEL_1904
                ? LocalDate.of(1904, 1, 1).plusDays(days)
                : days < 60
                        ? LocalDate.of(1899, 12, 31).plusDays(days)
                        : LocalDate.of(1899, 12, 30).plusDays(days);
        if (dot < 0) {
            return TimePoint.of(day.atStartOfDay(), Precision.DAY, null, null);
        }
        // The fraction of a day is the time, to the second.
        long seconds = Math.round(Double.parseDouble("0" + text.substring(dot)) * 86_400);
        if (seconds >= 86_400) {
            seconds = 86_399;
        }
        LocalDateTime at = day.atTime(LocalTime.ofSecondOfDay(seconds));
        return TimePoint.of(at, seconds % 60 == 0 ? Precision.MINUTE : Precision.SECOND, null, null);
    }

    private static TimePoint point(int year, int month, int day, int hour, int minute, int second, Precision p) {
        String impossible = TimePoint.whyNotReal(year, month, day, hour, minute, second);
        if (impossible != null) {
            throw new DateTimeException(impossible);
        }
        if (year < 1) {
            throw new DateTimeException(Messages.get("sheet.tjs.yearRange", String.valueOf(year)));
        }
        return TimePoint.of(LocalDateTime.of(year, month, day, hour, minute, second), p, null, null);
    }

    private DateTimeException notThis(String text) {
        return new DateTimeException(Messages.get("sheet.dates.notThis", text, label()));
    }

    /**
     * The format that reads the most of {@code samples} (blank ones left out), and how sure that
     * is: when day-first and month-first read the same cells (every day at most 12), or the
     * numbers are Excel's (1900 or 1904 system), the choice is {@link Detection#ambiguous}.
     */
    public static Detection detect(List<String> samples) {
        java.util.EnumMap<SheetDateFormat, Integer> reads = new java.util.EnumMap<>(SheetDateFormat.class);
        for (SheetDateFormat f : values()) {
            reads.put(f, 0);
        }
        int filled = 0;
        for (String sample : samples) {
            String s = sample.strip();
            if (s.isEmpty()) {
                continue;
            }
            filled++;
            for (SheetDateFormat f : values()) {
                if (f.reads(s)) {
                    reads.merge(f, 1, Integer::sum);
                }
            }
        }
        SheetDateFormat best = ISO;
        for (SheetDateFormat f : values()) {
            if (reads.getOrDefault(f, 0) > reads.getOrDefault(best, 0)) {
                best = f;
            }
        }
        if (best == EXCEL_1904) {
            // Serial numbers never tell the systems apart (a 0 reads only in 1904, and is as
            // likely a mistake): the 1900 system of every Excel but old Mac ones, to be confirmed.
            best = EXCEL_1900;
        }
        SheetDateFormat other = switch (best) {
            case DAY_FIRST -> MONTH_FIRST;
            case MONTH_FIRST -> DAY_FIRST;
            case EXCEL_1900 -> EXCEL_1904;
            case EXCEL_1904 -> EXCEL_1900;
            case ISO -> ISO;
        };
        boolean ambiguous = other != best
                && (best == EXCEL_1900
                        || reads.getOrDefault(other, 0).intValue()
                                == reads.getOrDefault(best, 0).intValue())
                && filled > 0;
        return new Detection(best, reads.getOrDefault(best, 0), filled, ambiguous ? other : null);
    }

    /**
     * What {@link #detect} found.
     *
     * @param format the format that reads the most samples
     * @param read how many of them it reads
     * @param filled how many samples were not blank
     * @param alternative the format that reads the samples just as well (month-first for
     *     day-first, Excel's other system), or {@code null} when the samples tell them apart
     */
    public record Detection(
            SheetDateFormat format,
            int read,
            int filled,
            @Nullable SheetDateFormat alternative) {}
}
