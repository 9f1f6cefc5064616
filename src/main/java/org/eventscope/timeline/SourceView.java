package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.MAX_LABELLED;

import java.util.List;
import java.util.Set;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link EventSource} gave for one view of the timeline: the events of the window when
 * few enough to label, else the counts per pixel column; and the whole extent's counts for the
 * overview strip. Immutable; made off the JavaFX thread by {@link #fetch}, laid out on it.
 *
 * @param scale    the view's time window
 * @param width    its width in pixels
 * @param page     laid out for a page (exactly the window) rather than the screen
 * @param search   the text the events' titles hold, or {@code null} for all events
 * @param kept     the categories shown (ids, "" for events without one), or {@code null} for all
 * @param slice    the events of the window when they are few enough to label (else none)
 * @param columns  counts per category row and pixel column when too many to label, else {@code null}
 * @param totals   events per category (and last, without one) in the whole source
 * @param overview counts per category row and pixel column over the whole extent
 * @param size     how many events the source holds
 * @param minMillis the source's earliest start
 * @param maxMillis the source's latest end
 */
@SuppressWarnings("ArrayRecordComponent") // made once off the FX thread and only read after
public record SourceView(
        TimeScale scale,
        int width,
        boolean page,
        @Nullable String search,
        @Nullable Set<String> kept,
        TimelineIndex slice,
        int @Nullable [][] columns,
        int[] totals,
        int[][] overview,
        long size,
        long minMillis,
        long maxMillis) {

    /** Which rows of counts (categories by position, last those without) are not kept. */
    private static boolean[] dropped(EventSource source, @Nullable Set<String> kept) {
        int n = source.categories().size();
        boolean[] out = new boolean[n + 1];
        if (kept != null) {
            for (int i = 0; i < n; i++) {
                out[i] = !kept.contains(source.categories().get(i).id());
            }
            out[n] = !kept.contains("");
        }
        return out;
    }

    private static void drop(int[][] rows, boolean[] dropped) {
        for (int r = 0; r < rows.length && r < dropped.length; r++) {
            if (dropped[r]) {
                java.util.Arrays.fill(rows[r], 0);
            }
        }
    }

    /** The overview strip's scale: the whole extent across the width. */
    TimeScale overviewScale() {
        return Overview.scaleOf(minMillis, maxMillis, width);
    }

    /** Whether this view was made for that window, width and search. */
    public boolean isFor(
            TimeScale s, double w, boolean forPage, @Nullable String text, @Nullable Set<String> categories) {
        return scale.equals(s)
                && width == (int) Math.ceil(w)
                && page == forPage
                && java.util.Objects.equals(search, text)
                && java.util.Objects.equals(kept, categories);
    }

    /**
     * Asks {@code source} what a view of {@code scale} at {@code width} shows: its counts first,
     * and its events only when the counts say they are few enough to label. The overview's counts
     * are taken from {@code previous} when it was of the same width and search.
     *
     * @throws EventSource.SourceException when the source cannot answer
     */
    public static SourceView fetch(
            EventSource source,
            TimeScale scale,
            double width,
            boolean page,
            @Nullable String search,
            @Nullable SourceView previous) {
        return fetch(source, scale, width, page, search, null, previous);
    }

    /** As above, showing only the categories {@code kept} (ids, "" for none), or all when {@code null}. */
    public static SourceView fetch(
            EventSource source,
            TimeScale scale,
            double width,
            boolean page,
            @Nullable String search,
            @Nullable Set<String> kept,
            @Nullable SourceView previous) {
        int w = (int) Math.ceil(width);
        boolean[] dropped = dropped(source, kept);
        int[][] columns = source.columns(scale.originMillis(), scale.millisPerPixel(), w, search);
        drop(columns, dropped);
        long inView = 0;
        for (int[] row : columns) {
            for (int n : row) {
                inView += n;
            }
        }
        List<Event> events = List.of();
        boolean labelled = false;
        if (inView <= MAX_LABELLED) {
            long[] window = TimelineLayout.window(scale, width, page);
            events = source.events(window[0], window[1], MAX_LABELLED + 1, search);
            if (kept != null) {
                events = events.stream()
                        .filter(e -> kept.contains(e.category() == null ? "" : e.category()))
                        .toList();
            }
            labelled = events.size() <= MAX_LABELLED;
        }
        EventFile file = new EventFile(
                EventFile.FORMAT_VERSION,
                source.title(),
                source.zone(),
                labelled ? source.sources(events) : List.of(),
                source.categories(),
                labelled ? events : List.of(),
                List.of());
        int[][] overview;
        if (previous != null
                && previous.width == w
                && java.util.Objects.equals(previous.search, search)
                && java.util.Objects.equals(previous.kept, kept)) {
            overview = previous.overview;
        } else if (page || source.size() == 0) {
            overview = new int[source.categories().size() + 1][w];
        } else {
            TimeScale strip = Overview.scaleOf(source.minMillis(), source.maxMillis(), width);
            overview = source.columns(strip.originMillis(), strip.millisPerPixel(), w, search);
            drop(overview, dropped);
        }
        long[] counts = source.categoryCounts();
        int[] totals = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            totals[i] = (int) Math.min(Integer.MAX_VALUE, counts[i]);
        }
        return new SourceView(
                scale,
                w,
                page,
                search,
                kept,
                TimelineIndex.of(file),
                labelled ? null : columns,
                totals,
                overview,
                source.size(),
                source.minMillis(),
                source.maxMillis());
    }
}
