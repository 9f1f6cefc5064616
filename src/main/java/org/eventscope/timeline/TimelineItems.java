package org.eventscope.timeline;

import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Precision;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The events of a file as the timeline places them: each with the instants it covers, sorted by
 * start. Pure: built once per document and zone, not per frame.
 */
public final class TimelineItems {

    /**
     * One event on the time axis.
     *
     * @param event       the event
     * @param startMillis where it begins
     * @param endMillis   where it ends; equal to start for a point event known to the minute
     * @param uncertain   true when the event is a calendar period (a month, a year) of which the day is
     *                    unknown, or a day; drawn as a soft span rather than a sharp bar
     */
    public record Item(Event event, long startMillis, long endMillis, boolean uncertain) {
        public boolean isPoint() {
            return endMillis == startMillis;
        }

        /** The middle of the span: where a marker for the event stands. */
        public long anchorMillis() {
            return startMillis + (endMillis - startMillis) / 2;
        }
    }

    private final List<Item> items;
    private final long minMillis;
    private final long maxMillis;

    private TimelineItems(List<Item> items) {
        this.items = List.copyOf(items);
        this.minMillis = items.stream().mapToLong(Item::startMillis).min().orElse(0);
        this.maxMillis = items.stream().mapToLong(Item::endMillis).max().orElse(0);
    }

    public static TimelineItems of(EventFile file, ZoneId zone) {
        if (file == null) {
            return new TimelineItems(List.of());
        }
        ZoneId fallback = file.displayZone();
        List<Item> out = new ArrayList<>(file.events().size());
        for (Event e : file.events()) {
            long start = e.start().startMillis(fallback);
            long end;
            boolean uncertain = false;
            if (e.end() != null) {
                end = e.end().precision().isCalendarPeriod()
                        ? e.end().periodEnd(fallback).toEpochMilli()
                        : e.end().startMillis(fallback);
            } else if (e.start().precision().isCalendarPeriod()) {
                end = e.start().periodEnd(fallback).toEpochMilli();
                uncertain = e.start().precision() != Precision.DAY;
            } else {
                end = start;
            }
            out.add(new Item(e, start, Math.max(start, end), uncertain));
        }
        out.sort(Comparator.comparingLong(Item::startMillis));
        return new TimelineItems(out);
    }

    public List<Item> items() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public long minMillis() {
        return minMillis;
    }

    public long maxMillis() {
        return maxMillis;
    }

    /** The index of the first item that starts after {@code millis} (the size when none does). */
    public int firstStartingAfter(long millis) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items.get(mid).startMillis() <= millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the item of the given event, or -1. */
    public int indexOf(Event event) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).event().equals(event)) {
                return i;
            }
        }
        return -1;
    }
}
