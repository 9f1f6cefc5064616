package org.eventscope.timeline;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.view.TextMeasure;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws one timeline frame in layers: background and axis, the events in lanes (or, when too
 * many are in view, their density), clusters of what does not fit, the "now" marker, and the
 * overview strip of the whole file with the visible window. Draws only what is in view; returns
 * where each event and cluster was drawn so clicks can be matched.
 */
final class TimelinePainter {

    static final double AXIS_HEIGHT = 46;
    static final double LANE_TOP = AXIS_HEIGHT + 10;
    static final double LANE_HEIGHT = 30;
    static final double BAR_HEIGHT = 18;
    static final double MARKER = 7;
    static final double MAX_LABEL = 300;
    static final double OVERVIEW_HEIGHT = 36;
    /** Above this many events in view, the timeline shows their density instead of labels. */
    static final int MAX_LABELLED = 1500;
    /** Items closer than this share a cluster. */
    static final double CLUSTER_WIDTH = 56;
    /** In the density view, one count per this many pixels. */
    static final double DENSITY_BUCKET = 110;

    /**
     * Where an event or a cluster was drawn. For a cluster {@code event} is {@code null} and
     * [{@code fromMillis}, {@code toMillis}] is the time it covers.
     */
    record Hit(Event event, Bounds marker, Bounds bounds, long fromMillis, long toMillis, int count) {
        boolean isCluster() {
            return event == null;
        }
    }

    /**
     * What to draw.
     *
     * @param matches items that match the search and filter, or {@code null} when all do
     * @param hideOthers hide items that do not match, rather than dimming them
     * @param nowMillis  the present, for the "now" marker
     */
    record Frame(double width, double height, EventFile file, TimelineIndex index, TimeScale scale, ZoneId zone,
                 Locale locale, Event selected, BitSet matches, boolean hideOthers, long nowMillis,
                 TimelineStyle style) {

        boolean matches(int item) {
            return matches == null || matches.get(item);
        }

        boolean shown(int item) {
            return !hideOthers || matches(item);
        }

        double mainHeight() {
            return height - OVERVIEW_HEIGHT;
        }
    }

    private final TextMeasure measure = new TextMeasure();
    private Font font;
    private Font bold;
    private Font axisFont;
    private Font axisBold;
    private double fontSize;
    private final Overview overview = new Overview();

    private void fonts(double size) {
        if (size != fontSize) {
            String family = Font.getDefault().getFamily();
            font = Font.font(family, size);
            bold = Font.font(family, FontWeight.BOLD, size);
            axisFont = Font.font(family, size - 1);
            axisBold = Font.font(family, FontWeight.BOLD, size - 1);
            fontSize = size;
        }
    }

    /**
     * How far right of its anchor (a point's marker, or a bar's end) an event's label reaches at
     * most, so that "fit all" can leave room for every label.
     */
    double labelReach(Event event, TimelineStyle style) {
        fonts(style.fontSize());
        // Measured in bold, as a selected event's label is drawn.
        return MARKER + 5 + measure.width(measure.fit(event.title(), bold, MAX_LABEL), bold) + 4;
    }

    List<Hit> paint(GraphicsContext gc, Frame f) {
        fonts(f.style().fontSize());
        gc.save();
        gc.setFill(f.style().background());
        gc.fillRect(0, 0, f.width(), f.height());
        paintAxis(gc, f);
        List<Hit> hits = paintEvents(gc, f);
        paintNow(gc, f);
        overview.paint(gc, f);
        gc.restore();
        return hits;
    }

    private void paintAxis(GraphicsContext gc, Frame f) {
        TimelineStyle s = f.style();
        double bottom = f.mainHeight();
        TickGenerator.Axis axis = new TickGenerator(f.zone(), f.locale(), 50).ticks(f.scale(), f.width());
        gc.setFill(s.axisBackground());
        gc.fillRect(0, 0, f.width(), AXIS_HEIGHT);
        gc.setLineWidth(1);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(axisFont);
        for (Tick t : axis.minor()) {
            double x = snap(f.scale().toX(t.millis()));
            gc.setStroke(s.grid());
            gc.strokeLine(x, AXIS_HEIGHT, x, bottom);
            gc.setStroke(s.gridMajor());
            gc.strokeLine(x, 24, x, AXIS_HEIGHT);
            gc.setFill(s.axisText());
            gc.fillText(t.label(), x + 4, 35);
        }
        gc.setFont(axisBold);
        List<Tick> major = axis.major();
        for (int i = 0; i < major.size(); i++) {
            double x = snap(f.scale().toX(major.get(i).millis()));
            gc.setStroke(s.gridMajor());
            gc.strokeLine(x, 0, x, bottom);
            // The label sticks to the left edge while its period is in view, so the context is never lost.
            double labelX = Math.max(x, 0) + 6;
            double w = measure.width(major.get(i).label(), axisBold);
            if (i + 1 < major.size()) {
                double nextX = f.scale().toX(major.get(i + 1).millis());
                labelX = Math.min(labelX, nextX - w - 8);
            }
            gc.setFill(s.axisStrong());
            gc.fillText(major.get(i).label(), labelX, 12);
        }
        gc.setStroke(s.gridMajor());
        gc.strokeLine(0, AXIS_HEIGHT - 0.5, f.width(), AXIS_HEIGHT - 0.5);
    }

    private void paintNow(GraphicsContext gc, Frame f) {
        double x = f.scale().toX(f.nowMillis());
        if (x < 0 || x > f.width()) {
            return;
        }
        gc.setStroke(f.style().now());
        gc.setLineWidth(1.5);
        gc.strokeLine(snap(x), 24, snap(x), f.mainHeight());
        gc.setFill(f.style().now());
        gc.setFont(axisBold);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText("now", x + 4, 35);
    }

    private List<Hit> paintEvents(GraphicsContext gc, Frame f) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        long viewStart = (long) scale.toMillis(-MAX_LABEL - 20);
        long viewEnd = (long) Math.ceil(scale.toMillis(f.width() + 20));
        int first = index.firstEndingAtOrAfter(viewStart);
        int last = index.firstStartingAfter(viewEnd);
        int[] visible = new int[Math.min(Math.max(0, last - first), MAX_LABELLED + 1)];
        int n = 0;
        for (int i = first; i < last; i++) {
            if (index.end(i) >= viewStart && f.shown(i)) {
                if (n == visible.length) {
                    return paintDensity(gc, f, first, last);
                }
                visible[n++] = i;
            }
        }
        return paintLabelled(gc, f, visible, n);
    }

    private List<Hit> paintLabelled(GraphicsContext gc, Frame f, int[] visible, int n) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        double[] left = new double[n];
        double[] right = new double[n];
        double[] labelX = new double[n];
        String[] labels = new String[n];
        for (int k = 0; k < n; k++) {
            int i = visible[k];
            Event e = index.event(i);
            double x0 = scale.toX(index.start(i));
            double x1 = scale.toX(index.end(i));
            Font f0 = e.equals(f.selected()) ? bold : font;
            labels[k] = measure.fit(e.title(), f0, MAX_LABEL);
            double lw = measure.width(labels[k], f0);
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
        int lanesAvailable = Math.max(1, (int) ((f.mainHeight() - LANE_TOP) / LANE_HEIGHT));
        int[] lanes = LaneLayout.assign(left, right, 8, lanesAvailable);
        boolean overflow = false;
        for (int lane : lanes) {
            overflow |= lane < 0;
        }
        if (overflow && lanesAvailable > 1) {
            // Keep the last lane for clusters of what does not fit.
            lanes = LaneLayout.assign(left, right, 8, lanesAvailable - 1);
        }
        Map<String, Color> colors = categoryColors(f.file());
        List<Hit> hits = new ArrayList<>();
        double[] hiddenX = new double[n];
        long[] hiddenFrom = new long[n];
        long[] hiddenTo = new long[n];
        int hidden = 0;
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (int k = 0; k < n; k++) {
            int i = visible[k];
            if (lanes[k] < 0) {
                hiddenX[hidden] = scale.toX(index.anchor(i));
                hiddenFrom[hidden] = index.start(i);
                hiddenTo[hidden] = index.end(i);
                hidden++;
                continue;
            }
            Event e = index.event(i);
            double y = LANE_TOP + lanes[k] * LANE_HEIGHT;
            boolean selected = e.equals(f.selected());
            double alpha = f.matches(i) ? 1 : 0.25;
            Color color = colors.getOrDefault(e.category(), f.style().event()).deriveColor(0, 1, 1, alpha);
            double x0 = scale.toX(index.start(i));
            double x1 = scale.toX(index.end(i));
            boolean bar = x1 - x0 >= MARKER * 2;
            if (bar) {
                paintBar(gc, index.isUncertain(i), e.endApproximate(), x0, x1, y, color, selected, f.style());
            } else {
                paintMarker(gc, scale.toX(index.anchor(i)), y + BAR_HEIGHT / 2, color, selected, index.isUncertain(i),
                        f.style());
            }
            boolean inside = bar && labelX[k] < x1;
            gc.setFont(selected ? bold : font);
            Color text = inside && !index.isUncertain(i) ? Color.WHITE : f.style().label();
            gc.setFill(text.deriveColor(0, 1, 1, alpha));
            gc.fillText(labels[k], labelX[k], y + BAR_HEIGHT / 2);
            Bounds marker = bar ? new BoundingBox(x0, y, x1 - x0, BAR_HEIGHT)
                    : new BoundingBox(scale.toX(index.anchor(i)) - MARKER, y + BAR_HEIGHT / 2 - MARKER,
                    2 * MARKER, 2 * MARKER);
            hits.add(new Hit(e, marker, new BoundingBox(left[k], y - 2, right[k] - left[k], BAR_HEIGHT + 4),
                    index.start(i), index.end(i), 1));
        }
        if (hidden > 0) {
            sortTogether(hiddenX, hiddenFrom, hiddenTo, hidden);
            double y = LANE_TOP + (lanesAvailable - 1) * LANE_HEIGHT;
            for (Clustering.Cluster c : Clustering.byWidth(hiddenX, hiddenFrom, hiddenTo, hidden, CLUSTER_WIDTH)) {
                hits.add(paintCluster(gc, f, c, y, "+" + format(c.count(), f.locale())));
            }
        }
        return hits;
    }

    /**
     * Too many events in view to label each: draws how many fall in each pixel column, and a
     * count per stretch of the axis that zooms in when clicked.
     */
    private List<Hit> paintDensity(GraphicsContext gc, Frame f, int first, int last) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        int columns = (int) Math.ceil(f.width());
        int[] all = new int[columns];
        int[] matching = f.matches() == null ? null : new int[columns];
        int max = 0;
        int total = 0;
        double origin = scale.originMillis();
        double mpp = scale.millisPerPixel();
        for (int i = first; i < last; i++) {
            int x = (int) ((index.anchor(i) - origin) / mpp);
            if (x >= 0 && x < columns && f.shown(i)) {
                max = Math.max(max, ++all[x]);
                total++;
                if (matching != null && f.matches(i)) {
                    matching[x]++;
                }
            }
        }
        double top = LANE_TOP + LANE_HEIGHT;
        double bottom = f.mainHeight() - 8;
        Color color = f.style().event();
        for (int x = 0; x < columns; x++) {
            if (all[x] > 0) {
                // Square root, so that sparse columns stay visible beside dense ones.
                double h = Math.max(1, (bottom - top) * Math.sqrt(all[x] / (double) max));
                gc.setFill(color.deriveColor(0, 1, 1, matching == null ? 0.75 : 0.2));
                gc.fillRect(x, bottom - h, 1, h);
                if (matching != null && matching[x] > 0) {
                    double hm = Math.max(1, (bottom - top) * Math.sqrt(matching[x] / (double) max));
                    gc.setFill(color);
                    gc.fillRect(x, bottom - hm, 1, hm);
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        int buckets = (int) Math.ceil(f.width() / DENSITY_BUCKET);
        for (int b = 0; b < buckets; b++) {
            int from = (int) (b * DENSITY_BUCKET);
            int to = (int) Math.min(columns, (b + 1) * DENSITY_BUCKET);
            int count = 0;
            for (int x = from; x < to; x++) {
                count += all[x];
            }
            if (count > 0) {
                Clustering.Cluster c = new Clustering.Cluster(from + 4, to - 4, count,
                        (long) scale.toMillis(from), (long) scale.toMillis(to));
                hits.add(paintCluster(gc, f, c, LANE_TOP, format(count, f.locale())));
            }
        }
        gc.setFont(axisFont);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setFill(f.style().axisText());
        gc.fillText(format(total, f.locale()) + " events in view: click a count or zoom in to read them",
                f.width() - 8, f.mainHeight() - 20);
        return hits;
    }

    private Hit paintCluster(GraphicsContext gc, Frame f, Clustering.Cluster c, double y, String text) {
        gc.setFont(axisBold);
        double w = Math.max(measure.width(text, axisBold) + 14, Math.min(c.maxX() - c.minX() + 2 * MARKER, 160));
        double x = c.centerX() - w / 2;
        Color fill = f.style().axisBackground();
        gc.setFill(fill);
        gc.fillRoundRect(x, y, w, BAR_HEIGHT, BAR_HEIGHT, BAR_HEIGHT);
        gc.setStroke(f.style().axisText());
        gc.setLineWidth(1);
        gc.strokeRoundRect(x + 0.5, y + 0.5, w - 1, BAR_HEIGHT - 1, BAR_HEIGHT, BAR_HEIGHT);
        gc.setFill(f.style().axisStrong());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(text, x + w / 2, y + BAR_HEIGHT / 2);
        gc.setTextAlign(TextAlignment.LEFT);
        Bounds b = new BoundingBox(x, y, w, BAR_HEIGHT);
        return new Hit(null, b, b, c.fromMillis(), c.toMillis(), c.count());
    }

    private static void paintBar(GraphicsContext gc, boolean uncertain, boolean approximateEnd, double x0, double x1,
                                 double y, Color color, boolean selected, TimelineStyle style) {
        double w = x1 - x0;
        if (uncertain) {
            // A period of which only the month (or year) is known: a soft span with a dashed edge.
            gc.setFill(color.deriveColor(0, 1, 1, 0.16));
            gc.fillRoundRect(x0, y, w, BAR_HEIGHT, 6, 6);
            gc.setStroke(color);
            gc.setLineDashes(4, 3);
            gc.setLineWidth(1);
            gc.strokeRoundRect(x0 + 0.5, y + 0.5, w - 1, BAR_HEIGHT - 1, 6, 6);
            gc.setLineDashes((double[]) null);
        } else if (approximateEnd) {
            // An approximate end fades out over the last part of the bar.
            double fade = Math.min(w / 2, 40);
            double stop = (w - fade) / w;
            gc.setFill(new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE,
                    new Stop(0, color), new Stop(stop, color), new Stop(1, color.deriveColor(0, 1, 1, 0.08))));
            gc.fillRoundRect(x0, y, w, BAR_HEIGHT, 6, 6);
        } else {
            gc.setFill(color);
            gc.fillRoundRect(x0, y, w, BAR_HEIGHT, 6, 6);
        }
        if (selected) {
            gc.setStroke(style.selection());
            gc.setLineWidth(2);
            gc.strokeRoundRect(x0 - 1.5, y - 1.5, w + 3, BAR_HEIGHT + 3, 8, 8);
        }
    }

    private static void paintMarker(GraphicsContext gc, double x, double cy, Color color, boolean selected, boolean soft,
                                    TimelineStyle style) {
        double[] xs = {x, x + MARKER, x, x - MARKER};
        double[] ys = {cy - MARKER, cy, cy + MARKER, cy};
        gc.setFill(soft ? color.deriveColor(0, 1, 1, 0.4) : color);
        gc.fillPolygon(xs, ys, 4);
        if (selected) {
            gc.setStroke(style.selection());
            gc.setLineWidth(2);
            double r = MARKER + 3;
            gc.strokePolygon(new double[]{x, x + r, x, x - r}, new double[]{cy - r, cy, cy + r, cy}, 4);
        }
    }

    private static Map<String, Color> categoryColors(EventFile file) {
        Map<String, Color> out = new HashMap<>();
        if (file != null) {
            for (Category c : file.categories()) {
                if (c.color() != null) {
                    out.put(c.id(), Color.web(c.color()));
                }
            }
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

    static String format(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    static double snap(double x) {
        return Math.round(x) + 0.5;
    }
}
