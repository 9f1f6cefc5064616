package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.BAR_HEIGHT;
import static org.eventscope.timeline.Metrics.CLUSTER_WIDTH;
import static org.eventscope.timeline.Metrics.HEADER;
import static org.eventscope.timeline.Metrics.LANE_HEIGHT;
import static org.eventscope.timeline.Metrics.LANE_TOP;
import static org.eventscope.timeline.Metrics.MARKER;
import static org.eventscope.timeline.TimelineLayout.bandIndex;
import static org.eventscope.timeline.TimelineLayout.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.paint.Color;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.timeline.Placed.BandHeader;
import org.eventscope.timeline.Placed.ClusterMark;
import org.eventscope.timeline.Placed.EventMark;
import org.eventscope.timeline.Placed.Hittable;
import org.eventscope.timeline.TimelineLayout.CategoryRow;
import org.eventscope.timeline.TimelineLayout.Label;

/**
 * Places the events in view one by one: each category's band gets lanes by need, each event a
 * lane where its marker and label do not overlap another's, and what does not fit becomes
 * clusters in the band's last lane.
 */
final class LabelledLayout {

    private final Frame f;
    private final List<CategoryRow> bands;
    private final int[] bandOf;
    private final TextWidths text;
    private final BiFunction<String, Boolean, Label> labels;

    LabelledLayout(
            Frame f,
            List<CategoryRow> bands,
            int[] bandOf,
            TextWidths text,
            BiFunction<String, Boolean, Label> labels) {
        this.f = f;
        this.bands = bands;
        this.bandOf = bandOf;
        this.text = text;
        this.labels = labels;
    }

    /** Places the first {@code n} items of {@code visible} (index positions, in time order). */
    void place(int[] visible, int n, List<Hittable> out) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        double[] left = new double[n];
        double[] right = new double[n];
        double[] labelX = new double[n];
        String[] texts = new String[n];
        for (int k = 0; k < n; k++) {
            int i = visible[k];
            Event e = index.event(i);
            double x0 = scale.toX(index.start(i));
            double x1 = scale.toX(index.end(i));
            Label label = labels.apply(e.title(), f.isSelected(e));
            texts[k] = label.text();
            double lw = label.width();
            if (x1 - x0 >= MARKER * 2) {
                double inside = Math.max(x0, 0) + 6;
                labelX[k] = inside + lw + 6 <= x1 ? inside : x1 + 6;
                left[k] = x0;
                right[k] = Math.max(x1, labelX[k] + lw);
            } else {
                double anchor = scale.toX(index.anchor(i));
                labelX[k] = anchor + MARKER + 5;
                left[k] = anchor - MARKER;
                right[k] = labelX[k] + lw;
                if (right[k] > f.width() && anchor - MARKER - 5 - lw >= 0) {
                    // Near the right edge the label goes to the left of its marker.
                    labelX[k] = anchor - MARKER - 5 - lw;
                    left[k] = labelX[k];
                    right[k] = anchor + MARKER;
                }
            }
        }
        // Which visible items each band holds, and how many lanes it would like.
        boolean headers = bands.size() > 1;
        int[][] members = members(visible, n);
        int[] demand = new int[bands.size()];
        int expanded = 0;
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b).collapsed()) {
                continue;
            }
            expanded++;
            int[] lanes = LaneLayout.assign(pick(left, members[b]), pick(right, members[b]), 8, 64);
            for (int lane : lanes) {
                demand[b] = Math.max(demand[b], lane + 1);
            }
            demand[b] = Math.max(1, demand[b]);
        }
        double space = f.mainHeight() - LANE_TOP - (headers ? HEADER * bands.size() : 0);
        int lanesAvailable = Math.max(expanded, (int) (space / LANE_HEIGHT));
        int[] allotted = LaneShare.share(demand, lanesAvailable);
        Map<String, Color> colors = categoryColors();
        double y = LANE_TOP;
        for (int b = 0; b < bands.size(); b++) {
            CategoryRow band = bands.get(b);
            if (headers) {
                out.add(header(f, band, y, text));
                y += HEADER;
            }
            if (band.collapsed()) {
                continue;
            }
            int lanes = allotted[b];
            int[] ks = members[b];
            double[] bl = pick(left, ks);
            double[] br = pick(right, ks);
            int[] assigned = LaneLayout.assign(bl, br, 8, lanes);
            boolean overflow = false;
            for (int lane : assigned) {
                overflow |= lane < 0;
            }
            if (overflow) {
                // The band's last lane holds clusters of what does not fit.
                assigned = LaneLayout.assign(bl, br, 8, lanes - 1);
            }
            double[] hiddenX = new double[ks.length];
            long[] hiddenFrom = new long[ks.length];
            long[] hiddenTo = new long[ks.length];
            int hidden = 0;
            for (int m = 0; m < ks.length; m++) {
                int k = ks[m];
                int i = visible[k];
                if (assigned[m] < 0) {
                    hiddenX[hidden] = scale.toX(index.anchor(i));
                    hiddenFrom[hidden] = index.start(i);
                    hiddenTo[hidden] = index.end(i);
                    hidden++;
                    continue;
                }
                out.add(mark(i, texts[k], labelX[k], left[k], right[k], y + assigned[m] * LANE_HEIGHT + 4, colors));
            }
            if (hidden > 0) {
                sortTogether(hiddenX, hiddenFrom, hiddenTo, hidden);
                double clusterY = y + (lanes - 1) * LANE_HEIGHT + 4;
                for (Clustering.Cluster c : Clustering.byWidth(hiddenX, hiddenFrom, hiddenTo, hidden, CLUSTER_WIDTH)) {
                    out.add(cluster(c, clusterY, "+" + format(c.count(), f.locale()), text));
                }
            }
            y += lanes * LANE_HEIGHT;
        }
    }

    /** For each band, the positions in {@code visible} of the items it holds. */
    private int[][] members(int[] visible, int n) {
        TimelineIndex index = f.index();
        int[][] members = new int[bands.size()][];
        int[] sizes = new int[bands.size()];
        for (int k = 0; k < n; k++) {
            sizes[bandIndex(bandOf, index.category(visible[k]))]++;
        }
        for (int b = 0; b < bands.size(); b++) {
            members[b] = new int[sizes[b]];
            sizes[b] = 0;
        }
        for (int k = 0; k < n; k++) {
            int b = bandIndex(bandOf, index.category(visible[k]));
            members[b][sizes[b]++] = k;
        }
        return members;
    }

    private EventMark mark(
            int i, String label, double labelX, double left, double right, double y, Map<String, Color> colors) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        Event e = index.event(i);
        boolean dimmed = !f.matches(i);
        String category = e.category();
        Color base = category == null ? null : colors.get(category);
        Color color = (base == null ? f.style().event() : base).deriveColor(0, 1, 1, dimmed ? 0.25 : 1);
        double x0 = scale.toX(index.start(i));
        double x1 = scale.toX(index.end(i));
        double anchor = scale.toX(index.anchor(i));
        boolean bar = x1 - x0 >= MARKER * 2;
        Bounds marker = bar
                ? new BoundingBox(x0, y, x1 - x0, BAR_HEIGHT)
                : new BoundingBox(anchor - MARKER, y + BAR_HEIGHT / 2 - MARKER, 2 * MARKER, 2 * MARKER);
        return new EventMark(
                e,
                i,
                marker,
                new BoundingBox(left, y - 2, right - left, BAR_HEIGHT + 4),
                bar,
                x0,
                x1,
                anchor,
                y,
                label,
                labelX,
                f.isSelected(e),
                dimmed,
                index.isUncertain(i),
                color);
    }

    static BandHeader header(Frame f, CategoryRow band, double y, TextWidths text) {
        String label = band.name() + "  " + format(band.count(), f.locale());
        double w = 38 + text.width(label, TextStyle.AXIS_BOLD) + 8;
        Bounds b = new BoundingBox(0, y, Math.max(w, 120), HEADER - 2);
        return new BandHeader(band.key(), band.color(), band.collapsed(), band.count(), y, label, b);
    }

    static ClusterMark cluster(Clustering.Cluster c, double y, String label, TextWidths text) {
        double w =
                Math.max(text.width(label, TextStyle.AXIS_BOLD) + 14, Math.min(c.maxX() - c.minX() + 2 * MARKER, 160));
        double x = c.centerX() - w / 2;
        return new ClusterMark(new BoundingBox(x, y, w, BAR_HEIGHT), c.fromMillis(), c.toMillis(), c.count(), label);
    }

    private Map<String, Color> categoryColors() {
        Map<String, Color> out = new HashMap<>();
        EventFile file = f.file();
        if (file != null) {
            for (Category c : file.categories()) {
                if (c.color() != null) {
                    out.put(c.id(), TimelineLayout.colorOf(c, f));
                }
            }
        }
        return out;
    }

    private static double[] pick(double[] values, int[] positions) {
        double[] out = new double[positions.length];
        for (int m = 0; m < positions.length; m++) {
            out[m] = values[positions[m]];
        }
        return out;
    }

    /** Sorts the first {@code n} positions ascending, carrying the spans along (few items: insertion sort). */
    private static void sortTogether(double[] x, long[] from, long[] to, int n) {
        for (int i = 1; i < n; i++) {
            double kx = x[i];
            long kf = from[i];
            long kt = to[i];
            int j = i - 1;
            while (j >= 0 && x[j] > kx) {
                x[j + 1] = x[j];
                from[j + 1] = from[j];
                to[j + 1] = to[j];
                j--;
            }
            x[j + 1] = kx;
            from[j + 1] = kf;
            to[j + 1] = kt;
        }
    }
}
