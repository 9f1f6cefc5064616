package org.eventscope.timeline;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The steps an axis can be divided into, from minutes to centuries, finest first. */
enum TickUnit {
    MINUTE_1(ChronoUnit.MINUTES, 1, "HH:mm"),
    MINUTE_5(ChronoUnit.MINUTES, 5, "HH:mm"),
    MINUTE_15(ChronoUnit.MINUTES, 15, "HH:mm"),
    MINUTE_30(ChronoUnit.MINUTES, 30, "HH:mm"),
    HOUR_1(ChronoUnit.HOURS, 1, "HH:mm"),
    HOUR_3(ChronoUnit.HOURS, 3, "HH:mm"),
    HOUR_6(ChronoUnit.HOURS, 6, "HH:mm"),
    HOUR_12(ChronoUnit.HOURS, 12, "HH:mm"),
    DAY_1(ChronoUnit.DAYS, 1, "d"),
    DAY_2(ChronoUnit.DAYS, 2, "d"),
    WEEK_1(ChronoUnit.WEEKS, 1, "d MMM"),
    MONTH_1(ChronoUnit.MONTHS, 1, "MMM"),
    MONTH_3(ChronoUnit.MONTHS, 3, "MMM"),
    MONTH_6(ChronoUnit.MONTHS, 6, "MMM"),
    YEAR_1(ChronoUnit.YEARS, 1, "yyyy"),
    YEAR_2(ChronoUnit.YEARS, 2, "yyyy"),
    YEAR_5(ChronoUnit.YEARS, 5, "yyyy"),
    YEAR_10(ChronoUnit.YEARS, 10, "yyyy"),
    YEAR_25(ChronoUnit.YEARS, 25, "yyyy"),
    YEAR_50(ChronoUnit.YEARS, 50, "yyyy"),
    YEAR_100(ChronoUnit.YEARS, 100, "yyyy"),
    YEAR_250(ChronoUnit.YEARS, 250, "yyyy"),
    YEAR_500(ChronoUnit.YEARS, 500, "yyyy"),
    YEAR_1000(ChronoUnit.YEARS, 1000, "yyyy"),
    YEAR_2500(ChronoUnit.YEARS, 2500, "yyyy");

    final ChronoUnit unit;
    final int step;
    private final String pattern;

    TickUnit(ChronoUnit unit, int step, String pattern) {
        this.unit = unit;
        this.step = step;
        this.pattern = pattern;
    }

    /** Roughly how long one step is, for choosing a unit. */
    double approxMillis() {
        return unit.getDuration().toMillis() * (double) step;
    }

    DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale);
    }

    /** The first tick at or before {@code t}: {@code t} truncated to a multiple of the step. */
    ZonedDateTime floor(ZonedDateTime t) {
        return switch (unit) {
            case MINUTES -> t.truncatedTo(ChronoUnit.HOURS).plusMinutes((long) (t.getMinute() / step) * step);
            case HOURS -> t.truncatedTo(ChronoUnit.DAYS).plusHours((long) (t.getHour() / step) * step);
            case DAYS -> {
                ZonedDateTime day = t.truncatedTo(ChronoUnit.DAYS);
                yield step == 1 ? day : day.withDayOfMonth(1).plusDays((long) ((t.getDayOfMonth() - 1) / step) * step);
            }
            case WEEKS ->
                t.truncatedTo(ChronoUnit.DAYS).minusDays(t.getDayOfWeek().getValue() - 1L);
            case MONTHS ->
                t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).withMonth((t.getMonthValue() - 1) / step * step + 1);
            case YEARS ->
                t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).withYear(Math.floorDiv(t.getYear(), step) * step);
            default -> throw new IllegalStateException(unit.toString());
        };
    }

    /** The tick after {@code t}; steps of several days restart at each month's first day. */
    ZonedDateTime next(ZonedDateTime t) {
        if (unit == ChronoUnit.DAYS && step > 1) {
            ZonedDateTime n = t.plusDays(step);
            return n.getMonthValue() != t.getMonthValue() ? n.withDayOfMonth(1) : n;
        }
        return t.plus(step, unit);
    }
}
