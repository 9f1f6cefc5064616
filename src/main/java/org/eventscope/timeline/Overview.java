package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.OVERVIEW_HEIGHT;

import java.util.List;
import javafx.scene.paint.Color;
import org.eventscope.timeline.Placed.OverviewStrip;
import org.eventscope.timeline.TimelineLayout.CategoryRow;
import org.jspecify.annotations.Nullable;

/**
 * Lays out the overview strip under the timeline: how the whole file's events spread over time,
 * in the categories' colours, with the visible window on it. Its histogram is computed once per
 * file, width, filter and set of categories.
 */
final class Overview {

    private @Nullable TimelineIndex cachedIndex;
    private @Nullable Object cachedMatches;
    private int cachedWidth = -1;
    private boolean cachedHide;
    private @Nullable List<CategoryRow> cachedBands;
    private int[][] columns = new int[0][];
    private int max = 1;

    /** The scale of the strip: the whole file across the width. */
    static TimeScale scaleOf(TimelineIndex index, double width) {
        return scaleOf(index.minMillis(), index.maxMillis(), width);
    }

    /** The scale of the strip over events from {@code from} to {@code to}. */
    static TimeScale scaleOf(long from, long to, double width) {
        return TimeScale.fit(from, to, width, 6);
    }

    /** The strip for frame {@code f}, its columns split by {@code bands} (in their colours). */
    OverviewStrip strip(Frame f, List<CategoryRow> bands, int[] bandOf) {
        double top = f.height() - OVERVIEW_HEIGHT;
        List<Color> colors = bands.stream().map(CategoryRow::color).toList();
        SourceView source = f.source();
        TimeScale strip;
        if (source != null) {
            if (source.size() == 0) {
                return new OverviewStrip(top, new int[0][], colors, 1, 0, 0);
            }
            strip = source.overviewScale();
            fromSource(source.overview(), bands, bandOf, (int) Math.ceil(f.width()));
        } else {
            if (f.index().isEmpty()) {
                return new OverviewStrip(top, new int[0][], colors, 1, 0, 0);
            }
            strip = scaleOf(f.index(), f.width());
            histogram(f, strip, bands, bandOf);
        }
        double x0 = Math.max(0, strip.toX(f.scale().toMillis(0)));
        double x1 = Math.min(f.width(), strip.toX(f.scale().toMillis(f.width())));
        if (x1 - x0 < 3) {
            double c = (x0 + x1) / 2;
            x0 = c - 1.5;
            x1 = c + 1.5;
        }
        return new OverviewStrip(top, columns, colors, max, x0, x1);
    }

    private void histogram(Frame f, TimeScale strip, List<CategoryRow> bands, int[] bandOf) {
        int width = (int) Math.ceil(f.width());
        if (f.index() == cachedIndex
                && width == cachedWidth
                && f.matches() == cachedMatches
                && f.hideOthers() == cachedHide
                && bands.equals(cachedBands)) {
            return;
        }
        TimelineIndex index = f.index();
        int[][] counts = new int[bands.size()][width];
        int[] total = new int[width];
        int most = 1;
        boolean all = f.matches() == null || !f.hideOthers();
        if (all && index.size() > Metrics.BINNED_ABOVE) {
            // A big file, all of it shown: the columns count the index's time bins, as the timeline far out
            // does, so an edit (whose index updates its bins in place) costs no pass over every event.
            int[][] before = index.binsBefore();
            int[] edges = new int[width + 1];
            for (int x = 0; x <= width; x++) {
                edges[x] = index.firstBinFrom(strip.toMillis(x));
            }
            for (int row = 0; row < before.length; row++) {
                int b = TimelineLayout.bandIndex(bandOf, row == before.length - 1 ? -1 : row);
                if (b < 0) {
                    continue;
                }
                for (int x = 0; x < width; x++) {
                    int n = before[row][edges[x + 1]] - before[row][edges[x]];
                    counts[b][x] += n;
                    total[x] += n;
                }
            }
            for (int x = 0; x < width; x++) {
                most = Math.max(most, total[x]);
            }
            keep(f, width, bands, counts, most);
            return;
        }
        for (int i = 0; i < index.size(); i++) {
            if (f.shown(i)) {
                int x = (int) strip.toX(index.anchor(i));
                int b = TimelineLayout.bandIndex(bandOf, index.category(i));
                if (x >= 0 && x < width && b >= 0) {
                    counts[b][x]++;
                    most = Math.max(most, ++total[x]);
                }
            }
        }
        keep(f, width, bands, counts, most);
    }

    /** The strip's columns as a source counted them, by band. */
    private void fromSource(int[][] rows, List<CategoryRow> bands, int[] bandOf, int width) {
        int[][] counts = new int[bands.size()][width];
        int[] total = new int[width];
        int most = 1;
        for (int row = 0; row < rows.length; row++) {
            int b = TimelineLayout.bandIndex(bandOf, row == rows.length - 1 ? -1 : row);
            for (int x = 0; b >= 0 && x < Math.min(width, rows[row].length); x++) {
                counts[b][x] += rows[row][x];
                most = Math.max(most, total[x] += rows[row][x]);
            }
        }
        columns = counts;
        max = most;
        cachedIndex = null;
    }

    private void keep(Frame f, int width, List<CategoryRow> bands, int[][] counts, int most) {
        columns = counts;
        max = most;
        cachedIndex = f.index();
        cachedWidth = width;
        cachedMatches = f.matches();
        cachedHide = f.hideOthers();
        cachedBands = bands;
    }
}
