package org.eventscope.timeline;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Category;
import org.eventscope.model.Era;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.view.Surface;
import org.eventscope.view.TextMeasure;

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
    /** With more events than this in view, far zooms count them from the index's time bins. */
    static final int BINNED_ABOVE = 100_000;
    /** The header of a category's lanes. */
    static final double HEADER = 22;
    /** The key of the lane of events without a category. */
    static final String NO_CATEGORY = "";

    /**
     * The lanes of one category (or of events without one).
     *
     * @param key       the category id, or {@link #NO_CATEGORY}
     * @param name      shown in its header
     * @param collapsed shown as a header only
     * @param count     how many events of the whole file it holds
     */
    private record CategoryRow(String key, String name, Color color, boolean collapsed, int count) {}

    /**
     * Where an event or a cluster was drawn. For a cluster {@code event} is {@code null} and
     * [{@code fromMillis}, {@code toMillis}] is the time it covers.
     */
    record Hit(Event event, Bounds marker, Bounds bounds, long fromMillis, long toMillis, int count, String band) {
        boolean isCluster() {
            return event == null && band == null;
        }

        boolean isBandHeader() {
            return band != null;
        }
    }

    /**
     * What to draw.
     *
     * @param matches items that match the search and filter, or {@code null} when all do
     * @param hideOthers hide items that do not match, rather than dimming them
     * @param nowMillis  the present, for the "now" marker
     * @param collapsed  the lanes (category ids, "" for events without one) shown as a header only
     * @param overview   whether to draw the overview strip at the bottom
     */
    record Frame(
            double width,
            double height,
            EventFile file,
            TimelineIndex index,
            TimeScale scale,
            ZoneId zone,
            Locale locale,
            Event selected,
            BitSet matches,
            boolean hideOthers,
            long nowMillis,
            TimelineStyle style,
            Set<String> collapsed,
            boolean overview) {

        boolean matches(int item) {
            return matches == null || matches.get(item);
        }

        boolean shown(int item) {
            return !hideOthers || matches(item);
        }

        double mainHeight() {
            return overview ? height - OVERVIEW_HEIGHT : height;
        }
    }

    private final TextMeasure measure = new TextMeasure();
    private Font font;
    private Font bold;
    private Font axisFont;
    private Font axisBold;
    private double fontSize;
    private final Overview overview = new Overview();
    /** Fitted labels and their widths in the regular font, by title: measuring text dominates a frame. */
    private final Map<String, Label> labelCache = new HashMap<>();

    private record Label(String text, double width) {}

    private void fonts(double size) {
        if (size != fontSize) {
            labelCache.clear();
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

    List<Hit> paint(Surface gc, Frame f) {
        fonts(f.style().fontSize());
        gc.save();
        gc.setFill(f.style().background());
        gc.fillRect(0, 0, f.width(), f.height());
        paintEras(gc, f);
        paintAxis(gc, f);
        List<Hit> hits = paintEvents(gc, f);
        paintNow(gc, f);
        if (f.overview()) {
            overview.paint(gc, f);
        }
        gc.restore();
        return hits;
    }

    private void paintAxis(Surface gc, Frame f) {
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
            if (x >= 0) { // a tick left of the view would show only the end of its label
                gc.setFill(s.axisText());
                gc.fillText(t.label(), x + 4, 35);
            }
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
            if (labelX < 0) {
                continue; // no room before the next period's label: the next one gives the context
            }
            // At the right edge the label is shortened with an ellipsis rather than cut off.
            String label = major.get(i).label();
            double room = f.width() - 4 - labelX;
            if (w > room) {
                if (room < 24) {
                    continue;
                }
                label = measure.fit(label, axisBold, room);
            }
            gc.setFill(s.axisStrong());
            gc.fillText(label, labelX, 12);
        }
        gc.setStroke(s.gridMajor());
        gc.strokeLine(0, AXIS_HEIGHT - 0.5, f.width(), AXIS_HEIGHT - 0.5);
        paintReportMarks(gc, f);
    }

    /** A small triangle on the axis at each troop report's date (its whole day, month or year). */
    private void paintReportMarks(Surface gc, Frame f) {
        if (f.file() == null) {
            return;
        }
        ZoneId fallback = f.file().displayZone();
        for (var report : f.file().troopReports()) {
            long from = report.date().startMillis(fallback);
            long to = report.date().periodEnd(fallback).toEpochMilli();
            double x = f.scale().toX(from + (to - from) / 2.0);
            if (x < -6 || x > f.width() + 6) {
                continue;
            }
            gc.setFill(f.style().now().deriveColor(30, 1, 1, 1));
            gc.fillPolygon(
                    new double[] {x - 5, x + 5, x},
                    new double[] {AXIS_HEIGHT - 1, AXIS_HEIGHT - 1, AXIS_HEIGHT - 8},
                    3);
        }
    }

    /** Eras: tinted bands behind the events, named at the foot of the view. */
    private void paintEras(Surface gc, Frame f) {
        if (f.file() == null || f.file().eras().isEmpty()) {
            return;
        }
        ZoneId fallback = f.file().displayZone();
        double top = AXIS_HEIGHT;
        double bottom = f.mainHeight();
        int n = 0;
        for (Era era : f.file().eras()) {
            double x0 = f.scale().toX(era.start().startMillis(fallback));
            double x1 = f.scale().toX(era.end().periodEnd(fallback).toEpochMilli());
            n++;
            if (x1 < 0 || x0 > f.width()) {
                continue;
            }
            Color color = era.color() != null
                    ? Color.web(era.color())
                    : (n % 2 == 1 ? f.style().event() : f.style().axisStrong());
            gc.setFill(color.deriveColor(0, 1, 1, era.color() != null ? 0.35 : 0.07));
            gc.fillRect(x0, top, x1 - x0, bottom - top);
            gc.setFill(f.style().axisText());
            gc.setFont(axisBold);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            double left = Math.max(x0, 0) + 6;
            gc.fillText(
                    measure.fit(era.title(), axisBold, Math.max(0, Math.min(x1, f.width()) - left - 4)),
                    left,
                    bottom - 10);
        }
    }

    private void paintNow(Surface gc, Frame f) {
        double x = f.scale().toX(f.nowMillis());
        if (x < 0 || x > f.width()) {
            return;
        }
        gc.setStroke(f.style().now());
        gc.setLineWidth(1.5);
        gc.strokeLine(snap(x), 24, snap(x), f.mainHeight());
        // The label sits on the axis: clear the tick label underneath so the two do not mix.
        String now = Messages.get("timeline.now");
        gc.setFill(f.style().axisBackground());
        gc.fillRect(x + 2, 28, measure.width(now, axisBold) + 4, 14);
        gc.setFill(f.style().now());
        gc.setFont(axisBold);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(now, x + 4, 35);
    }

    /** The bands of the file: one per category that has events, in file order, then those without. */
    private static List<CategoryRow> bands(Frame f) {
        List<CategoryRow> out = new ArrayList<>();
        int[] counts = f.index().categoryCounts();
        EventFile file = f.file();
        if (file != null) {
            for (int c = 0; c < file.categories().size(); c++) {
                if (counts[c] > 0) {
                    Category cat = file.categories().get(c);
                    Color color = cat.color() != null
                            ? Color.web(cat.color())
                            : f.style().event();
                    out.add(new CategoryRow(
                            cat.id(), cat.name(), color, f.collapsed().contains(cat.id()), counts[c]));
                }
            }
        }
        int none = counts[counts.length - 1];
        if (none > 0) {
            out.add(new CategoryRow(
                    NO_CATEGORY,
                    Messages.get(out.isEmpty() ? "timeline.events" : "timeline.otherEvents"),
                    f.style().event(),
                    f.collapsed().contains(NO_CATEGORY),
                    none));
        }
        return out;
    }

    /** For each category position (and last, none), its band's position in {@code bands}. */
    private static int[] bandOf(Frame f, List<CategoryRow> bands) {
        int categories = f.file() == null ? 0 : f.file().categories().size();
        int[] out = new int[categories + 1];
        java.util.Arrays.fill(out, -1);
        for (int b = 0; b < bands.size(); b++) {
            String key = bands.get(b).key();
            if (key.equals(NO_CATEGORY)) {
                out[categories] = b;
            } else {
                for (int c = 0; c < categories; c++) {
                    if (f.file().categories().get(c).id().equals(key)) {
                        out[c] = b;
                    }
                }
            }
        }
        return out;
    }

    private static int bandIndex(int[] bandOf, int category) {
        return bandOf[category < 0 ? bandOf.length - 1 : category];
    }

    private List<Hit> paintEvents(Surface gc, Frame f) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        long viewStart = (long) scale.toMillis(-MAX_LABEL - 20);
        long viewEnd = (long) Math.ceil(scale.toMillis(f.width() + 20));
        int first = index.firstEndingAtOrAfter(viewStart);
        int last = index.firstStartingAfter(viewEnd);
        List<CategoryRow> bands = bands(f);
        int[] bandOf = bandOf(f, bands);
        int[] visible = new int[Math.min(Math.max(0, last - first), MAX_LABELLED + 1)];
        int n = 0;
        for (int i = first; i < last; i++) {
            if (index.end(i) >= viewStart
                    && f.shown(i)
                    && !bands.get(bandIndex(bandOf, index.category(i))).collapsed()) {
                if (n == visible.length) {
                    return paintDensity(gc, f, first, last, bands, bandOf);
                }
                visible[n++] = i;
            }
        }
        return paintLabelled(gc, f, visible, n, bands, bandOf);
    }

    private List<Hit> paintLabelled(Surface gc, Frame f, int[] visible, int n, List<CategoryRow> bands, int[] bandOf) {
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
            Label label = label(e.title(), isSelected(e, f.selected()));
            labels[k] = label.text();
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
        Map<String, Color> colors = categoryColors(f.file());
        List<Hit> hits = new ArrayList<>();
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double y = LANE_TOP;
        for (int b = 0; b < bands.size(); b++) {
            CategoryRow band = bands.get(b);
            if (headers) {
                hits.add(paintHeader(gc, f, band, y));
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
                hits.add(paintItem(
                        gc, f, i, labels[k], labelX[k], left[k], right[k], y + assigned[m] * LANE_HEIGHT + 4, colors));
            }
            if (hidden > 0) {
                sortTogether(hiddenX, hiddenFrom, hiddenTo, hidden);
                double clusterY = y + (lanes - 1) * LANE_HEIGHT + 4;
                for (Clustering.Cluster c : Clustering.byWidth(hiddenX, hiddenFrom, hiddenTo, hidden, CLUSTER_WIDTH)) {
                    hits.add(paintCluster(gc, f, c, clusterY, "+" + format(c.count(), f.locale())));
                }
            }
            y += lanes * LANE_HEIGHT;
        }
        return hits;
    }

    private Label label(String title, boolean selected) {
        if (selected) {
            String text = measure.fit(title, bold, MAX_LABEL);
            return new Label(text, measure.width(text, bold));
        }
        Label cached = labelCache.get(title);
        if (cached == null) {
            if (labelCache.size() > 50_000) {
                labelCache.clear();
            }
            String text = measure.fit(title, font, MAX_LABEL);
            cached = new Label(text, measure.width(text, font));
            labelCache.put(title, cached);
        }
        return cached;
    }

    private Hit paintItem(
            Surface gc,
            Frame f,
            int i,
            String label,
            double labelX,
            double left,
            double right,
            double y,
            Map<String, Color> colors) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        Event e = index.event(i);
        boolean selected = isSelected(e, f.selected());
        double alpha = f.matches(i) ? 1 : 0.25;
        Color color = colors.getOrDefault(e.category(), f.style().event()).deriveColor(0, 1, 1, alpha);
        double x0 = scale.toX(index.start(i));
        double x1 = scale.toX(index.end(i));
        boolean bar = x1 - x0 >= MARKER * 2;
        if (bar) {
            paintBar(gc, index.isUncertain(i), e.endApproximate(), x0, x1, y, color, selected, f.style());
        } else {
            paintMarker(
                    gc,
                    scale.toX(index.anchor(i)),
                    y + BAR_HEIGHT / 2,
                    color,
                    selected,
                    index.isUncertain(i),
                    f.style());
        }
        boolean inside = bar && labelX < x1;
        gc.setFont(selected ? bold : font);
        Color text = inside && !index.isUncertain(i) ? Color.WHITE : f.style().label();
        gc.setFill(text.deriveColor(0, 1, 1, alpha));
        gc.fillText(label, labelX, y + BAR_HEIGHT / 2);
        Bounds marker = bar
                ? new BoundingBox(x0, y, x1 - x0, BAR_HEIGHT)
                : new BoundingBox(
                        scale.toX(index.anchor(i)) - MARKER, y + BAR_HEIGHT / 2 - MARKER, 2 * MARKER, 2 * MARKER);
        return new Hit(
                e,
                marker,
                new BoundingBox(left, y - 2, right - left, BAR_HEIGHT + 4),
                index.start(i),
                index.end(i),
                1,
                null);
    }

    /** Reused, zeroed count arrays: a frame allocates next to nothing, so panning causes no collections. */
    private final int[][][] densityBuffers = new int[3][][];

    private int[][] densityCounts(int rows, int columns, int slot) {
        int[][] buffer = densityBuffers[slot];
        if (buffer == null || buffer.length < rows || buffer[0].length < columns) {
            buffer = new int[Math.max(rows, 1)][columns];
            densityBuffers[slot] = buffer;
        } else {
            for (int[] row : buffer) {
                java.util.Arrays.fill(row, 0);
            }
        }
        return buffer;
    }

    private Hit paintHeader(Surface gc, Frame f, CategoryRow band, double y) {
        gc.setFill(f.style().axisBackground());
        gc.fillRect(0, y, f.width(), HEADER - 2);
        gc.setStroke(f.style().gridMajor());
        gc.setLineWidth(1);
        gc.strokeLine(0, snap(y + HEADER - 2), f.width(), snap(y + HEADER - 2));
        gc.setFill(band.color());
        gc.fillRoundRect(22, y + 6, 9, 9, 3, 3);
        gc.setFill(f.style().axisStrong());
        gc.setFont(axisBold);
        gc.setTextAlign(TextAlignment.LEFT);
        String arrow = band.collapsed() ? "▸" : "▾";
        gc.fillText(arrow, 8, y + HEADER / 2 - 1);
        String text = band.name() + "  " + format(band.count(), f.locale());
        gc.fillText(text, 38, y + HEADER / 2 - 1);
        double w = 38 + measure.width(text, axisBold) + 8;
        Bounds b = new BoundingBox(0, y, Math.max(w, 120), HEADER - 2);
        return new Hit(null, b, b, 0, 0, band.count(), band.key());
    }

    private static double[] pick(double[] values, int[] positions) {
        double[] out = new double[positions.length];
        for (int m = 0; m < positions.length; m++) {
            out[m] = values[positions[m]];
        }
        return out;
    }

    /** One bar per column with a count, standing on {@code bottom}, √count/max of {@code usable} high. */
    private static void densityBars(Surface gc, int[] counts, int max, double bottom, double usable) {
        for (int x = 0; x < counts.length; x++) {
            if (counts[x] > 0) {
                double h = Math.max(1, usable * Math.sqrt(counts[x] / (double) max));
                gc.fillRect(x, bottom - h, 1, h);
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

    /**
     * Too many events in view to label each: draws, per lane, how many fall in each pixel column,
     * and a count per stretch of the axis that zooms in when clicked.
     */
    private List<Hit> paintDensity(Surface gc, Frame f, int first, int last, List<CategoryRow> bands, int[] bandOf) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        int columns = (int) Math.ceil(f.width());
        int[][] counts = densityCounts(bands.size(), columns, 0);
        int[][] matching = f.matches() == null ? null : densityCounts(bands.size(), columns, 1);
        int[] all = densityCounts(1, columns, 2)[0];
        int max = 1;
        int total = 0;
        double origin = scale.originMillis();
        double mpp = scale.millisPerPixel();
        if (matching == null && last - first > BINNED_ABOVE && mpp > index.binMillis() * 4) {
            // Far out over many events: each column counts the index's time bins whose middles
            // fall in it, one subtraction per column and category instead of a visit per event.
            int[][] before = index.binsBefore();
            int[] edges = new int[columns + 1];
            for (int x = 0; x <= columns; x++) {
                edges[x] = index.firstBinFrom(origin + x * mpp);
            }
            for (int row = 0; row < before.length; row++) {
                int b = bandIndex(bandOf, row == before.length - 1 ? -1 : row);
                if (b < 0 || bands.get(b).collapsed()) {
                    continue;
                }
                total += addColumns(before[row], edges, counts[b], all);
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
        List<Hit> hits = new ArrayList<>();
        int buckets = (int) Math.ceil(f.width() / DENSITY_BUCKET);
        for (int bucket = 0; bucket < buckets; bucket++) {
            int from = (int) (bucket * DENSITY_BUCKET);
            int to = (int) Math.min(columns, (bucket + 1) * DENSITY_BUCKET);
            int count = 0;
            for (int x = from; x < to; x++) {
                count += all[x];
            }
            if (count > 0) {
                Clustering.Cluster c = new Clustering.Cluster(
                        from + 4, to - 4, count, (long) scale.toMillis(from), (long) scale.toMillis(to));
                hits.add(paintCluster(gc, f, c, LANE_TOP, format(count, f.locale())));
            }
        }
        boolean headers = bands.size() > 1;
        int expanded = (int) bands.stream().filter(b -> !b.collapsed()).count();
        double y = LANE_TOP + LANE_HEIGHT;
        double space = f.mainHeight() - 30 - y - (headers ? HEADER * bands.size() : 0);
        double bandHeight = expanded == 0 ? 0 : space / expanded;
        for (int b = 0; b < bands.size(); b++) {
            CategoryRow band = bands.get(b);
            if (headers) {
                hits.add(paintHeader(gc, f, band, y));
                y += HEADER;
            }
            if (band.collapsed()) {
                continue;
            }
            double bottom = y + bandHeight - 4;
            double usable = bandHeight - 8;
            // Square root, so that sparse columns stay visible beside dense ones. One colour per
            // pass: setting a fill for each of 1,920 columns cost more than drawing them.
            gc.setFill(band.color().deriveColor(0, 1, 1, matching == null ? 0.8 : 0.2));
            densityBars(gc, counts[b], max, bottom, usable);
            if (matching != null) {
                gc.setFill(band.color());
                densityBars(gc, matching[b], max, bottom, usable);
            }
            y += bandHeight;
        }
        gc.setFont(axisFont);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setFill(f.style().axisText());
        gc.fillText(Messages.get("timeline.inView", format(total, f.locale())), f.width() - 8, f.mainHeight() - 14);
        gc.setTextAlign(TextAlignment.LEFT);
        return hits;
    }

    private Hit paintCluster(Surface gc, Frame f, Clustering.Cluster c, double y, String text) {
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
        return new Hit(null, b, b, c.fromMillis(), c.toMillis(), c.count(), null);
    }

    private static void paintBar(
            Surface gc,
            boolean uncertain,
            boolean approximateEnd,
            double x0,
            double x1,
            double y,
            Color color,
            boolean selected,
            TimelineStyle style) {
        double w = x1 - x0;
        if (uncertain) {
            // A period of which only the month (or year) is known: a soft span with a dashed edge.
            gc.setFill(color.deriveColor(0, 1, 1, 0.16));
            gc.fillRoundRect(x0, y, w, BAR_HEIGHT, 6, 6);
            gc.setStroke(color);
            gc.setLineDashes(4, 3);
            gc.setLineWidth(1);
            gc.strokeRoundRect(x0 + 0.5, y + 0.5, w - 1, BAR_HEIGHT - 1, 6, 6);
            gc.setLineDashes();
        } else if (approximateEnd) {
            // An approximate end fades out over the last part of the bar.
            gc.fillFadingRoundRect(x0, y, w, BAR_HEIGHT, 6, color, Math.min(w / 2, 40));
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

    private static void paintMarker(
            Surface gc, double x, double cy, Color color, boolean selected, boolean soft, TimelineStyle style) {
        double[] xs = {x, x + MARKER, x, x - MARKER};
        double[] ys = {cy - MARKER, cy, cy + MARKER, cy};
        gc.setFill(soft ? color.deriveColor(0, 1, 1, 0.4) : color);
        gc.fillPolygon(xs, ys, 4);
        if (selected) {
            gc.setStroke(style.selection());
            gc.setLineWidth(2);
            double r = MARKER + 3;
            gc.strokePolygon(new double[] {x, x + r, x, x - r}, new double[] {cy - r, cy, cy + r, cy}, 4);
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

    /** Number formats by locale, one set per thread (a format is not thread-safe, and costly to make). */
    private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBER_FORMATS = ThreadLocal.withInitial(HashMap::new);

    static String format(long n, Locale locale) {
        return NUMBER_FORMATS
                .get()
                .computeIfAbsent(locale, NumberFormat::getIntegerInstance)
                .format(n);
    }

    /** Whether {@code e} is the selected event: the same one, or the one with its id. */
    private static boolean isSelected(Event e, Event selected) {
        return e == selected || selected != null && e.id().equals(selected.id());
    }

    static double snap(double x) {
        return Math.round(x) + 0.5;
    }
}
