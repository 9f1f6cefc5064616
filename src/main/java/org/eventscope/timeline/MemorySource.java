package org.eventscope.timeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.jspecify.annotations.Nullable;

/**
 * An event file in memory as an {@link EventSource}: every answer from its {@link
 * TimelineIndex}, far-out counts from the index's time bins as the timeline draws them.
 */
public final class MemorySource implements EventSource {

    private final EventFile file;
    private final TimelineIndex index;

    public MemorySource(EventFile file, TimelineIndex index) {
        this.file = file;
        this.index = index;
    }

    public MemorySource(EventFile file) {
        this(file, TimelineIndex.of(file));
    }

    @Override
    public String title() {
        return file.title();
    }

    @Override
    public ZoneId zone() {
        return file.displayZone();
    }

    @Override
    public List<Category> categories() {
        return file.categories();
    }

    @Override
    public long[] categoryCounts() {
        int[] counts = index.categoryCounts();
        long[] out = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = counts[i];
        }
        return out;
    }

    @Override
    public List<org.eventscope.model.Source> sources(List<Event> events) {
        return file.sources();
    }

    @Override
    public long size() {
        return index.size();
    }

    @Override
    public long minMillis() {
        return index.minMillis();
    }

    @Override
    public long maxMillis() {
        return index.maxMillis();
    }

    @Override
    public int[][] columns(double originMillis, double millisPerColumn, int columns, @Nullable String search) {
        int rows = index.categoryCounts().length;
        int[][] out = new int[rows][columns];
        if (search == null && index.size() > Metrics.BINNED_ABOVE && millisPerColumn > index.binMillis() * 4) {
            int[][] before = index.binsBefore();
            int[] edges = new int[columns + 1];
            for (int x = 0; x <= columns; x++) {
                edges[x] = index.firstBinFrom(originMillis + x * millisPerColumn);
            }
            for (int row = 0; row < rows; row++) {
                for (int x = 0; x < columns; x++) {
                    out[row][x] = before[row][edges[x + 1]] - before[row][edges[x]];
                }
            }
            return out;
        }
        String needle = EventSource.needle(search);
        int first = index.firstEndingAtOrAfter((long) Math.floor(originMillis));
        int last = index.firstStartingAfter((long) Math.ceil(originMillis + columns * millisPerColumn));
        for (int i = first; i < last; i++) {
            int x = (int) Math.floor((index.anchor(i) - originMillis) / millisPerColumn);
            if (x >= 0 && x < columns && holds(index.event(i), needle)) {
                int c = index.category(i);
                out[c < 0 ? rows - 1 : c][x]++;
            }
        }
        return out;
    }

    @Override
    public List<Event> events(long fromMillis, long toMillis, int limit, @Nullable String search) {
        String needle = EventSource.needle(search);
        List<Event> out = new ArrayList<>();
        int last = index.firstStartingAfter(toMillis);
        for (int i = index.firstEndingAtOrAfter(fromMillis); i < last && out.size() < limit; i++) {
            if (index.end(i) >= fromMillis && holds(index.event(i), needle)) {
                out.add(index.event(i));
            }
        }
        return out;
    }

    @Override
    public long count(long fromMillis, long toMillis, @Nullable String search) {
        String needle = EventSource.needle(search);
        long n = 0;
        int last = index.firstStartingAfter(toMillis - 1);
        for (int i = index.firstEndingAtOrAfter(fromMillis + 1); i < last; i++) {
            if (index.end(i) > fromMillis && index.start(i) < toMillis && holds(index.event(i), needle)) {
                n++;
            }
        }
        return n;
    }

    private static boolean holds(Event e, @Nullable String needle) {
        return needle == null || e.title().toLowerCase(Locale.ROOT).contains(needle);
    }
}
