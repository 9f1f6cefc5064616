package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.OVERVIEW_HEIGHT;

import org.eventscope.timeline.Placed.OverviewStrip;
import org.jspecify.annotations.Nullable;

/**
 * Lays out the overview strip under the timeline: how the whole file's events spread over time,
 * with the visible window on it. Its histogram is computed once per file, width and filter.
 */
final class Overview {

    private @Nullable TimelineIndex cachedIndex;
    private @Nullable Object cachedMatches;
    private int cachedWidth = -1;
    private int[] columns = new int[0];
    private int max = 1;

    /** The scale of the strip: the whole file across the width. */
    static TimeScale scaleOf(TimelineIndex index, double width) {
        long from = index.isEmpty() ? 0 : index.minMillis();
        long to = index.isEmpty() ? 0 : index.maxMillis();
        return TimeScale.fit(from, to, width, 6);
    }

    OverviewStrip strip(Frame f) {
        double top = f.height() - OVERVIEW_HEIGHT;
        if (f.index().isEmpty()) {
            return new OverviewStrip(top, new int[0], 1, 0, 0);
        }
        TimeScale strip = scaleOf(f.index(), f.width());
        histogram(f, strip);
        double x0 = Math.max(0, strip.toX(f.scale().toMillis(0)));
        double x1 = Math.min(f.width(), strip.toX(f.scale().toMillis(f.width())));
        if (x1 - x0 < 3) {
            double c = (x0 + x1) / 2;
            x0 = c - 1.5;
            x1 = c + 1.5;
        }
        return new OverviewStrip(top, columns, max, x0, x1);
    }

    private void histogram(Frame f, TimeScale strip) {
        int width = (int) Math.ceil(f.width());
        if (f.index() == cachedIndex && width == cachedWidth && f.matches() == cachedMatches) {
            return;
        }
        TimelineIndex index = f.index();
        int[] counts = new int[width];
        int most = 1;
        for (int i = 0; i < index.size(); i++) {
            if (f.shown(i)) {
                int x = (int) strip.toX(index.anchor(i));
                if (x >= 0 && x < width) {
                    most = Math.max(most, ++counts[x]);
                }
            }
        }
        columns = counts;
        max = most;
        cachedIndex = index;
        cachedWidth = width;
        cachedMatches = f.matches();
    }
}
