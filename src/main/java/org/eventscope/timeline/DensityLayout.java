package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.BINNED_ABOVE;
import static org.eventscope.timeline.Metrics.DENSITY_BUCKET;
import static org.eventscope.timeline.Metrics.HEADER;
import static org.eventscope.timeline.Metrics.LANE_HEIGHT;
import static org.eventscope.timeline.Metrics.LANE_TOP;
import static org.eventscope.timeline.TimelineLayout.bandIndex;
import static org.eventscope.timeline.TimelineLayout.format;

import java.util.List;
import org.eventscope.i18n.Messages;
import org.eventscope.timeline.Placed.DensityColumns;
import org.eventscope.timeline.Placed.DensityTotal;
import org.eventscope.timeline.Placed.Hittable;
import org.eventscope.timeline.TimelineLayout.CategoryRow;
import org.jspecify.annotations.Nullable;

/**
 * Too many events in view to label each: per band, how many fall in each pixel column, and a
 * count per stretch of the axis that zooms in when clicked. Far out over many events, columns
 * are summed from the index's time bins instead of visiting every event.
 */
final class DensityLayout {

    private DensityLayout() {}

    static DensityTotal place(
            Frame f,
            int first,
            int last,
            List<CategoryRow> bands,
            int[] bandOf,
            TextWidths text,
            List<Hittable> marks,
            List<DensityColumns> density) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        int columns = (int) Math.ceil(f.width());
        int[][] counts = new int[bands.size()][columns];
        int[][] matching = f.matches() == null ? null : new int[bands.size()][columns];
        int[] all = new int[columns];
        int max = 1;
        int total = 0;
        double origin = scale.originMillis();
        double mpp = scale.millisPerPixel();
        if (matching == null && last - first > BINNED_ABOVE && mpp > index.binMillis() * 4) {
            // Each column counts the bins whose middles fall in it: one subtraction per column and category.
            int[][] before = index.binsBefore();
            int[] edges = new int[columns + 1];
            for (int x = 0; x <= columns; x++) {
                edges[x] = index.firstBinFrom(origin + x * mpp);
            }
            for (int row = 0; row < before.length; row++) {
                int b = bandIndex(bandOf, row == before.length - 1 ? -1 : row);
                if (b >= 0 && !bands.get(b).collapsed()) {
                    total += addColumns(before[row], edges, counts[b], all);
                }
            }
            for (int b = 0; b < bands.size(); b++) {
                for (int x = 0; x < columns; x++) {
                    max = Math.max(max, counts[b][x]);
                }
            }
        } else {
            for (int i = first; i < last; i++) {
                int x = (int) ((index.anchor(i) - origin) / mpp);
                if (x >= 0 && x < columns && f.shown(i)) {
                    int b = bandIndex(bandOf, index.category(i));
                    if (bands.get(b).collapsed()) {
                        continue;
                    }
                    max = Math.max(max, ++counts[b][x]);
                    all[x]++;
                    total++;
                    if (matching != null && f.matches(i)) {
                        matching[b][x]++;
                    }
                }
            }
        }
        return place(f, counts, matching, all, max, total, bands, text, marks, density);
    }

    /**
     * As {@link #place(Frame, int, int, List, int[], TextWidths, List, List)}, from counts a
     * source made: {@code rows[row][x]} by category row (last, events without one) and column.
     */
    static DensityTotal place(
            Frame f,
            int[][] rows,
            List<CategoryRow> bands,
            int[] bandOf,
            TextWidths text,
            List<Hittable> marks,
            List<DensityColumns> density) {
        int columns = (int) Math.ceil(f.width());
        int[][] counts = new int[bands.size()][columns];
        int[] all = new int[columns];
        int max = 1;
        int total = 0;
        for (int row = 0; row < rows.length; row++) {
            int b = bandIndex(bandOf, row == rows.length - 1 ? -1 : row);
            if (b < 0 || bands.get(b).collapsed()) {
                continue;
            }
            for (int x = 0; x < Math.min(columns, rows[row].length); x++) {
                int n = rows[row][x];
                max = Math.max(max, counts[b][x] += n);
                all[x] += n;
                total += n;
            }
        }
        return place(f, counts, null, all, max, total, bands, text, marks, density);
    }

    private static DensityTotal place(
            Frame f,
            int[][] counts,
            int @Nullable [][] matching,
            int[] all,
            int max,
            int total,
            List<CategoryRow> bands,
            TextWidths text,
            List<Hittable> marks,
            List<DensityColumns> density) {
        buckets(f, all, text, marks);
        boolean headers = bands.size() > 1;
        int expanded = (int) bands.stream().filter(b -> !b.collapsed()).count();
        double y = LANE_TOP + LANE_HEIGHT;
        double space = f.mainHeight() - 30 - y - (headers ? HEADER * bands.size() : 0);
        double bandHeight = expanded == 0 ? 0 : space / expanded;
        for (int b = 0; b < bands.size(); b++) {
            CategoryRow band = bands.get(b);
            if (headers) {
                marks.add(Marks.header(f, band, y, text));
                y += HEADER;
            }
            if (band.collapsed()) {
                continue;
            }
            density.add(new DensityColumns(
                    y + bandHeight - 4,
                    bandHeight - 8,
                    band.color(),
                    counts[b],
                    matching == null ? null : matching[b],
                    max));
            y += bandHeight;
        }
        return new DensityTotal(Messages.get(f.page() ? "page.inView" : "timeline.inView", format(total, f.locale())));
    }

    /** A count per {@link Metrics#DENSITY_BUCKET} pixels of the axis, on the first lane. */
    private static void buckets(Frame f, int[] all, TextWidths text, List<Hittable> marks) {
        TimeScale scale = f.scale();
        int buckets = (int) Math.ceil(f.width() / DENSITY_BUCKET);
        for (int bucket = 0; bucket < buckets; bucket++) {
            int from = (int) (bucket * DENSITY_BUCKET);
            int to = (int) Math.min(all.length, (bucket + 1) * DENSITY_BUCKET);
            int count = 0;
            for (int x = from; x < to; x++) {
                count += all[x];
            }
            if (count > 0) {
                Clustering.Cluster c = new Clustering.Cluster(
                        from + 4, to - 4, count, (long) scale.toMillis(from), (long) scale.toMillis(to));
                marks.add(Marks.cluster(c, LANE_TOP, format(count, f.locale()), text, f.width()));
            }
        }
    }

    /** Adds to each column the items of the bins between its edges; returns how many that was. */
    private static int addColumns(int[] before, int[] edges, int[] counts, int[] all) {
        int total = 0;
        for (int x = 0; x + 1 < edges.length; x++) {
            int n = before[edges[x + 1]] - before[edges[x]];
            counts[x] += n;
            all[x] += n;
            total += n;
        }
        return total;
    }
}
