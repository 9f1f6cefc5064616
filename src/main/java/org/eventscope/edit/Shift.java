package org.eventscope.edit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.eventscope.model.Event;
import org.eventscope.model.Precision;
import org.eventscope.model.TimePoint;
import org.jspecify.annotations.Nullable;

/**
 * Moving an event in time by a drag, snapped to what its time is known to: a day-precision event
 * moves by whole days, a month-precision one by whole months, a time of day by whole minutes. The
 * wall-clock time moves (a 09:00 meeting stays at 09:00 across a change of clocks); a time given with
 * an offset and a zone gets the zone's offset at its new date.
 */
public final class Shift {

    private static final double DAY = 86_400_000.0;

    private Shift() {}

    /** The step of a time of precision {@code p}. */
    static ChronoUnit unit(Precision p) {
        return switch (p) {
            case YEAR -> ChronoUnit.YEARS;
            case MONTH -> ChronoUnit.MONTHS;
            case DAY -> ChronoUnit.DAYS;
            case MINUTE -> ChronoUnit.MINUTES;
            case SECOND -> ChronoUnit.SECONDS;
        };
    }

    /** How many whole steps of {@code unit} come nearest to {@code deltaMillis}. */
    static long steps(long deltaMillis, ChronoUnit unit) {
        double per = switch (unit) {
            case YEARS -> 365.2425 * DAY;
            case MONTHS -> 365.2425 * DAY / 12;
            case DAYS -> DAY;
            case MINUTES -> 60_000.0;
            default -> 1_000.0;
        };
        return Math.round(deltaMillis / per);
    }

    /** {@code t} moved by {@code amount} steps of {@code unit}, at its own precision. */
    static TimePoint by(TimePoint t, long amount, ChronoUnit unit) {
        LocalDateTime moved = t.local().plus(amount, unit);
        ZoneOffset offset = t.offset();
        if (offset != null && t.zone() != null) {
            offset = t.zone().getRules().getOffset(moved);
        }
        return TimePoint.of(moved, t.precision(), offset, t.zone());
    }

    /**
     * {@code e} dragged by {@code deltaMillis}: its start, its end, or both (by the same number of
     * steps of the start's precision). The same event when the drag is less than half a step.
     */
    public static Event move(Event e, boolean start, boolean end, long deltaMillis) {
        TimePoint s = e.start();
        @Nullable TimePoint f = e.end();
        if (start) {
            ChronoUnit unit = unit(s.precision());
            long n = steps(deltaMillis, unit);
            s = by(s, n, unit);
            if (end && f != null) {
                f = by(f, n, unit);
            }
        } else if (end && f != null) {
            ChronoUnit unit = unit(f.precision());
            f = by(f, steps(deltaMillis, unit), unit);
        }
        if (s.equals(e.start()) && java.util.Objects.equals(f, e.end())) {
            return e;
        }
        return e.withTimes(s, f);
    }
}
