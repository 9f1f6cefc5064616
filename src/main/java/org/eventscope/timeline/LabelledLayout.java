package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.BAR_HEIGHT;
import static org.eventscope.timeline.Metrics.CLUSTER_WIDTH;
import static org.eventscope.timeline.Metrics.HEADER;
import static org.eventscope.timeline.Metrics.LANE_HEIGHT;
import static org.eventscope.timeline.Metrics.LANE_TOP;
import static org.eventscope.timeline.Metrics.MARKER;
import static org.eventscope.timeline.TimelineLayout.bandIndex;
import static org.eventscope.timeline.TimelineLayout.format;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.paint.Color;
import org.eventscope.model.Event;
import org.eventscope.model.Text;
import org.eventscope.timeline.Placed.EventMark;
import org.eventscope.timeline.Placed.Hittable;
import org.eventscope.timeline.TimelineLayout.CategoryRow;

/**
 * Places the events in view one by one: each category's band gets lanes by need, each event a
 * lane where its marker and label do not overlap another's, and what does not fit becomes
 * clusters in the band's last lane.
 */
final class LabelledLayout {

    /** A label is never cut shorter than this to make room; below it the event goes into a cluster. */
    static final double SHORT_LABEL = 120;
    /** The least free space between two items in a lane. */
    private static final double GAP = 8;

    private final Frame f;
    private final List<CategoryRow> bands;
    private final int[] bandOf;
    private final TextWidths text;
    private final LabelWidths labels;

    /** The width of an event's whole title as a label; the layout caches it. */
    interface LabelWidths {
        double of(String title, boolean selected);
    }

    LabelledLayout(Frame f, List<CategoryRow> bands, int[] bandOf, TextWidths text, LabelWidths labels) {
        this.f = f;
        this.bands = bands;
        this.bandOf = bandOf;
        this.text = text;
        this.labels = labels;
    }

    /** The longest a label may be: half the view, or {@link Metrics#MAX_LABEL} when that is more. */
    static double labelCap(double width) {
        return Math.max(Metrics.MAX_LABEL, width / 2);
    }

    /** The longest a label may be in frame {@code f}: on a page, as wide as the page. */
    private static double labelCap(Frame f) {
        return f.page() ? f.width() - 8 : labelCap(f.width());
    }

    /**
     * Places the first {@code n} items of {@code visible} (index positions, in time order). Each
     * band first asks for enough lanes to show every label whole; when the view has fewer, for
     * enough to show every label at least {@link #SHORT_LABEL} long; the lanes are shared out by
     * that need. Only what fits in no lane then becomes a cluster. Labels are then drawn as long
     * as the next item in their lane and the view's edge allow.
     */
    void place(int[] visible, int n, List<Hittable> out) {
        TimelineIndex index = f.index();
        double cap = labelCap(f);
        double[] full = new double[n];
        double[] uncapped = new double[n];
        for (int k = 0; k < n; k++) {
            Event e = index.event(visible[k]);
            uncapped[k] = labels.of(Text.oneLine(e.title()), f.isSelected(e));
            full[k] = Math.min(cap, uncapped[k]);
        }
        double[] shorter = new double[n];
        for (int k = 0; k < n; k++) {
            shorter[k] = Math.min(full[k], SHORT_LABEL);
        }
        Extents whole = Extents.of(f, text, visible, full, full);
        Extents compact = Extents.of(f, text, visible, shorter, full);
        boolean headers = bands.size() > 1;
        int[][] members = members(visible, n);
        int expanded = 0;
        for (CategoryRow band : bands) {
            expanded += band.collapsed() ? 0 : 1;
        }
        double space = f.mainHeight() - LANE_TOP - (headers ? HEADER * bands.size() : 0);
        int available = Math.max(expanded, (int) (space / LANE_HEIGHT));
        // No band can have more lanes than the view: asking how many it would want beyond that is waste.
        int most = Math.min(64, available + 1);
        int[] wantWhole = new int[bands.size()];
        int[] wantCompact = new int[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            if (!bands.get(b).collapsed()) {
                wantWhole[b] = demand(whole, members[b], most);
            }
        }
        int wholeTotal = 0;
        for (int w : wantWhole) {
            wholeTotal += w;
        }
        for (int b = 0; b < bands.size(); b++) {
            // Shorter labels matter only when whole ones do not fit.
            wantCompact[b] = wholeTotal <= available || bands.get(b).collapsed()
                    ? wantWhole[b]
                    : demand(compact, members[b], most);
        }
        int[] allotted = LaneShare.allot(wantWhole, wantCompact, available);
        double y = LANE_TOP;
        for (int b = 0; b < bands.size(); b++) {
            CategoryRow band = bands.get(b);
            if (headers) {
                out.add(Marks.header(f, band, y, text));
                y += HEADER;
            }
            if (!band.collapsed()) {
                Extents chosen = allotted[b] >= wantWhole[b] ? whole : compact;
                placeBand(visible, members[b], chosen, uncapped, allotted[b], y, band.color(), out);
                y += allotted[b] * LANE_HEIGHT;
            }
        }
    }

    private static int demand(Extents x, int[] ks, int most) {
        int want = 1;
        int[] spans = pick(x.spans, ks);
        int[] lanes = LaneLayout.assign(pick(x.left, ks), pick(x.right, ks), spans, GAP, most);
        for (int m = 0; m < lanes.length; m++) {
            want = Math.max(want, lanes[m] + spans[m]);
        }
        return ks.length == 0 ? 1 : want;
    }

    /** Places one band's items in {@code lanes} lanes from {@code y} down; what does not fit is clustered. */
    private void placeBand(
            int[] visible, int[] ks, Extents x, double[] full, int lanes, double y, Color color, List<Hittable> out) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        double[] bl = pick(x.left, ks);
        double[] br = pick(x.right, ks);
        int[] spans = pick(x.spans, ks);
        int[] assigned = LaneLayout.assign(bl, br, spans, GAP, lanes);
        boolean overflow = false;
        for (int lane : assigned) {
            overflow |= lane < 0;
        }
        if (overflow) {
            // The band's last lane holds clusters of what does not fit.
            assigned = LaneLayout.assign(bl, br, spans, GAP, lanes - 1);
        }
        double[] room = roomRight(ks, x, assigned);
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
            Event e = index.event(i);
            boolean selected = f.isSelected(e);
            List<String> wrapped = x.lines[k];
            if (wrapped != null && !wrapped.isEmpty()) {
                out.add(mark(i, wrapped, x.labelX[k], x.left[k], x.right[k], y + assigned[m] * LANE_HEIGHT + 4, color));
                continue;
            }
            String label = Text.oneLine(e.title());
            double x0 = scale.toX(index.start(i));
            double x1 = scale.toX(index.end(i));
            boolean inside = x1 - x0 >= MARKER * 2 && x.labelX[k] >= x0 && x.labelX[k] < x1;
            // A label left of its event has exactly the room it was placed with; one on the right
            // may run on to the next item in its lane.
            double fits = x.flipped[k]
                    ? x.labelW[k]
                    : Math.min(full[k], (inside ? Math.min(x1, f.width() - 4) - 6 : room[m]) - x.labelX[k]);
            if (text.width(label, selected ? TextStyle.LABEL_BOLD : TextStyle.LABEL) > fits) {
                label = text.fit(label, selected ? TextStyle.LABEL_BOLD : TextStyle.LABEL, Math.max(fits, 0));
            }
            // The mark reaches as far as what is drawn: its bar or marker, and its label as shortened.
            double drawn = text.width(label, selected ? TextStyle.LABEL_BOLD : TextStyle.LABEL);
            double markerRight = x1 - x0 >= MARKER * 2 ? x1 : scale.toX(index.anchor(i)) + MARKER;
            double right = x.flipped[k] ? x.right[k] : Math.max(markerRight, x.labelX[k] + drawn);
            out.add(mark(i, List.of(label), x.labelX[k], x.left[k], right, y + assigned[m] * LANE_HEIGHT + 4, color));
        }
        if (hidden > 0) {
            sortTogether(hiddenX, hiddenFrom, hiddenTo, hidden);
            double clusterY = y + (lanes - 1) * LANE_HEIGHT + 4;
            for (Clustering.Cluster c : Clustering.byWidth(hiddenX, hiddenFrom, hiddenTo, hidden, CLUSTER_WIDTH)) {
                out.add(Marks.cluster(c, clusterY, "+" + format(c.count(), f.locale()), text, f.width()));
            }
        }
    }

    /**
     * For each of the band's items, how far right its label may reach: to the next item in its
     * lane (less the gap), and to the view's right edge when the label starts well inside it.
     */
    private double[] roomRight(int[] ks, Extents x, int[] assigned) {
        double[] room = new double[ks.length];
        int lanes = 0;
        for (int m = 0; m < ks.length; m++) {
            // Shortened at the view's edge rather than cut off, unless too little of it is in view.
            double labelX = x.labelX[ks[m]];
            room[m] = f.width() - 4 - labelX >= 30 ? f.width() - 4 : Double.POSITIVE_INFINITY;
            lanes = Math.max(lanes, assigned[m] + 1);
        }
        int[] lastInLane = new int[lanes];
        Arrays.fill(lastInLane, -1);
        for (int m : IndexSort.byKey(pick(x.left, ks))) {
            if (assigned[m] < 0) {
                continue;
            }
            int before = lastInLane[assigned[m]];
            lastInLane[assigned[m]] = m;
            if (before >= 0) {
                room[before] = Math.min(room[before], x.left[ks[m]] - GAP);
            }
        }
        return room;
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

    private EventMark mark(int i, List<String> label, double labelX, double left, double right, double y, Color band) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        Event e = index.event(i);
        boolean dimmed = !f.matches(i);
        Color color = band.deriveColor(0, 1, 1, dimmed ? 0.25 : 1);
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
                new BoundingBox(left, y - 2, right - left, BAR_HEIGHT + 4 + (label.size() - 1) * LANE_HEIGHT),
                bar,
                x0,
                x1,
                anchor,
                y,
                label.get(0),
                label.subList(1, label.size()),
                labelX,
                f.isSelected(e),
                dimmed,
                index.isUncertain(i),
                color);
    }

    private static int[] pick(int[] values, int[] positions) {
        int[] out = new int[positions.length];
        for (int m = 0; m < positions.length; m++) {
            out[m] = values[positions[m]];
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
