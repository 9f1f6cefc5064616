package org.eventscope.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Chooses and lists the ticks of a two-tier time axis: a fine tier (e.g. days) labelled at every
 * tick, and a coarse tier (e.g. months) that gives the context. Pure; computed in a display zone
 * and formatted in a locale.
 */
public final class TickGenerator {

    /** The ticks of both tiers; {@code major} is empty when the fine tier is already years. */
    public record Axis(List<Tick> minor, List<Tick> major) {}

    private final ZoneId zone;
    private final Locale locale;
    private final double minSpacingPx;

    /**
     * @param minSpacingPx the least distance between two fine ticks, so that labels never touch
     */
    public TickGenerator(ZoneId zone, Locale locale, double minSpacingPx) {
        this.zone = zone;
        this.locale = locale;
        this.minSpacingPx = minSpacingPx;
    }

    /** The ticks visible between x = 0 and x = {@code width} at the given scale. */
    public Axis ticks(TimeScale scale, double width) {
        TickUnit minor = chooseUnit(scale.millisPerPixel());
        List<Tick> minorTicks = list(minor, minor.formatter(locale), scale, width);
        TickUnit major = majorFor(minor);
        List<Tick> majorTicks = major == null ? List.of() : list(major, majorFormatter(major), scale, width);
        return new Axis(minorTicks, majorTicks);
    }

    TickUnit chooseUnit(double millisPerPixel) {
        for (TickUnit u : TickUnit.values()) {
            if (u.approxMillis() / millisPerPixel >= minSpacingPx) {
                return u;
            }
        }
        return TickUnit.YEAR_2500;
    }

    private static @Nullable TickUnit majorFor(TickUnit minor) {
        return switch (minor.unit) {
            case MINUTES, HOURS -> TickUnit.DAY_1;
            case DAYS, WEEKS -> TickUnit.MONTH_1;
            case MONTHS -> TickUnit.YEAR_1;
            default -> null;
        };
    }

    private DateTimeFormatter majorFormatter(TickUnit major) {
        String pattern = switch (major.unit) {
            case DAYS -> "EEE d MMMM yyyy";
            case MONTHS -> "LLLL yyyy";
            default -> "yyyy";
        };
        return DateTimeFormatter.ofPattern(pattern, locale);
    }

    private List<Tick> list(TickUnit unit, DateTimeFormatter format, TimeScale scale, double width) {
        List<Tick> out = new ArrayList<>();
        Instant from = Instant.ofEpochMilli((long) scale.toMillis(0));
        long to = (long) Math.ceil(scale.toMillis(width));
        ZonedDateTime t = unit.floor(from.atZone(zone));
        // A bound on the loop: the unit is chosen so that the view holds about width / spacing ticks.
        int limit = ((int) (width / Math.max(1, minSpacingPx))) * 4 + 8;
        while (t.toInstant().toEpochMilli() <= to && out.size() < limit) {
            out.add(new Tick(t.toInstant().toEpochMilli(), format.format(t)));
            t = unit.next(t);
        }
        return out;
    }
}
