package org.eventscope.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.eventscope.model.TroopReport;
import org.eventscope.view.Surface;
import org.eventscope.view.TextMeasure;
import org.eventscope.view.TextWrap;
import org.eventscope.view.Typeface;
import org.jspecify.annotations.Nullable;

/**
 * Draws a troop chart: title, value grid, one bar per band with its number, band labels, axis
 * titles, a wrapped caption and a credit line. The same painter draws the chart on screen and
 * in exported images, so both show the same picture.
 */
public final class ChartPainter {

    /** The colour of the bars. */
    public static final Color BAR = Color.web("#2f6fb5");
    /** The colour of bars whose report is selected. */
    public static final Color BAR_HIGHLIGHT = Color.web("#e8590c");

    private final ChartStyle style;

    /** A painter in the printed (light) style. */
    public ChartPainter() {
        this(ChartStyle.LIGHT);
    }

    public ChartPainter(ChartStyle style) {
        this.style = style;
    }

    private static final double PAD = 20;

    private final TextMeasure measure = new TextMeasure();
    private final Font title = Typeface.font(FontWeight.BOLD, 20);
    private final Font subtitle = Typeface.font(14);
    private final Font value = Typeface.font(FontWeight.BOLD, 14);
    private final Font label = Typeface.font(13);
    private final Font small = Typeface.font(12);
    private final Font caption = Typeface.font(12);

    /** The colours of the series after the first, in order. */
    static final Color[] PALETTE = {
        BAR,
        Color.web("#1a7f37"),
        Color.web("#6f42c1"),
        Color.web("#0a7ea4"),
        Color.web("#9a6700"),
        Color.web("#57606a")
    };
    /** The colour of warnings about reports that contradict themselves. */
    public static final Color WARNING = Color.web("#bc4c00");

    /** The colour series {@code s} is drawn in. */
    public static Color seriesColor(int s) {
        return PALETTE[s % PALETTE.length];
    }

    private static final double TITLE_LINE = 26;
    private static final double LABEL_LINE = 16;
    /** The room above the plot for a value label over the tallest bar. */
    private static final double VALUE_ROOM = 22;

    /** A note or a warning at the foot runs to three lines at most. */
    static final int MAX_NOTE_LINES = 3;

    /** The sources, the last note, run to six. */
    static final int MAX_SOURCE_LINES = 6;

    /** Below this height the plot makes room: the texts around it give up lines in steps (see foot). */
    static final double COMPACT_PLOT = 110;

    /**
     * Paints the chart into the {@code width} x {@code height} area at the origin of {@code gc}
     * and returns the layout it used. The bars of {@code highlighted} (may be {@code null}) stand out.
     */
    public ChartLayout paint(
            Surface gc, double width, double height, ChartContent content, @Nullable TroopReport highlighted) {
        if (content.trend() != null) {
            TrendLayout trend = paintOverTime(gc, width, height, content, highlighted);
            return new ChartLayout(
                    trend.plot(), trend.scale(), List.of(), content.groups().size(), 0);
        }
        gc.save();
        gc.setFill(style.background());
        gc.fillRect(0, 0, width, height);

        // The plot keeps room for its bars: the texts give up room in steps (see foot), the
        // sources last of all, so that a small printed chart still says where its figures come from.
        Foot foot = fitFoot(content, width, height);
        boolean legend = content.series().size() > 1;
        double left = PAD + 18 + tickLabelWidth(content) + 8;
        double legendY = foot.legendY();
        double top = foot.top();
        double bottom = foot.bottom();
        int groups = content.groups().size();
        long[][] values = new long[groups][content.series().size()];
        for (int g = 0; g < groups; g++) {
            for (int s = 0; s < content.series().size(); s++) {
                Long v = content.series().get(s).values().get(g);
                values[g][s] = v == null ? 0 : v;
            }
        }
        ChartLayout layout = ChartLayout.compute(width, height, top, PAD, bottom, left, values);
        // A band label too long for its bars takes a second line, and the plot makes room for it.
        List<List<String>> bandLabels = bandLabels(content, layout);
        double labelsBelow = (bandLabels.stream().mapToInt(List::size).max().orElse(1) - 1) * LABEL_LINE;
        if (labelsBelow > 0) {
            layout = ChartLayout.compute(width, height, top, PAD, bottom + labelsBelow, left, values);
            bandLabels = bandLabels(content, layout);
        }
        // Value labels raised a row to clear each other must not reach into the subtitle.
        double overflow = layout.plot().y() - VALUE_ROOM - top(valueLabels(content, layout));
        if (overflow > 0) {
            top += overflow;
            layout = ChartLayout.compute(width, height, top, PAD, bottom + labelsBelow, left, values);
            bandLabels = bandLabels(content, layout);
        }
        ChartLayout.Rect plot = layout.plot();

        paintHeader(gc, foot);
        if (legend) {
            paintLegend(gc, content, highlighted, width, legendY);
        }

        paintGrid(gc, layout.plot(), layout.scale(), content);
        paintBars(gc, layout, content, highlighted);
        gc.setFont(label);
        gc.setFill(style.text());
        gc.setTextAlign(TextAlignment.CENTER);
        for (int g = 0; g < layout.groups(); g++) {
            gc.fillTextLines(bandLabels.get(g), layout.groupCenter(g), plot.y() + plot.h() + 16, LABEL_LINE);
        }

        // Centred under the plot, or under the whole picture when wider than the plot.
        double axisWidth = measure.width(content.bandAxis(), small);
        paintAxisTitles(
                gc, foot, content, width, plot, axisWidth > plot.w() ? width / 2 : plot.centerX(), 40 + labelsBelow);

        paintFoot(gc, foot, content, width, height);
        gc.restore();
        return layout;
    }

    /**
     * The axes' titles: the band (or time) axis's centred at {@code axisX}, {@code below} under
     * the plot (only while the texts have all their room), and the value axis's, turned up the left side.
     */
    private void paintAxisTitles(
            Surface gc,
            Foot foot,
            ChartContent content,
            double width,
            ChartLayout.Rect plot,
            double axisX,
            double below) {
        gc.setFill(style.muted());
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.CENTER);
        if (foot.level() == 0) {
            gc.fillText(measure.fit(content.bandAxis(), small, width - 2 * PAD), axisX, plot.y() + plot.h() + below);
        }
        gc.save();
        gc.translate(PAD + 6, plot.centerY());
        gc.rotate(-90);
        gc.fillText(content.valueAxis(), 0, 0);
        gc.restore();
    }

    /** The title and subtitle, at the top left. */
    private void paintHeader(Surface gc, Foot foot) {
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(style.text());
        gc.setFont(title);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillTextLines(foot.title(), PAD, 26, TITLE_LINE);
        double below = (foot.title().size() - 1) * TITLE_LINE;
        gc.setFont(subtitle);
        gc.setFill(style.muted());
        gc.fillTextLines(foot.subtitle(), PAD, 52 + below, 19);
    }

    /** Warnings, notes and credit, at the foot. */
    private void paintFoot(Surface gc, Foot foot, ChartContent content, double width, double height) {
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(caption);
        double y = height - foot.captionHeight() - 4;
        gc.setFill(style.warning());
        gc.fillTextLines(foot.warnings(), PAD, y + 8, 16);
        y += foot.warnings().size() * 16;
        // A paragraph of the notes is one text in an SVG: an editor re-flows it.
        gc.setFill(style.text());
        for (List<String> paragraph : foot.notes()) {
            gc.fillTextLines(paragraph, PAD, y + 8, 16);
            y += paragraph.size() * 16;
        }
        if (!content.credit().isBlank()) {
            gc.setFill(style.muted());
            gc.setFont(small);
            gc.fillText(measure.fit(content.credit(), small, width - 2 * PAD), PAD, y + 12);
        }
    }

    /** The foot for {@code content} at {@code width}, giving up room in steps until the plot has {@link #COMPACT_PLOT}. */
    private Foot fitFoot(ChartContent content, double width, double height) {
        Foot foot = foot(content, width, 0);
        for (int level = 1; level <= 4 && height - foot.top() - foot.bottom() < COMPACT_PLOT; level++) {
            foot = foot(content, width, level);
        }
        return foot;
    }

    /**
     * Paints the chart over time (content with a {@link Trend}): title, the bands' legend, value
     * grid, time axis on the window shown, the reports' marks and the dashed links between them,
     * and the foot. Returns the layout it used, for hit testing.
     */
    public TrendLayout paintOverTime(
            Surface gc, double width, double height, ChartContent content, @Nullable TroopReport highlighted) {
        gc.save();
        gc.setFill(style.background());
        gc.fillRect(0, 0, width, height);
        Foot foot = fitFoot(content, width, height);
        double left = PAD + 18 + tickLabelWidth(content) + 8;
        ChartLayout.Rect plot = new ChartLayout.Rect(
                left, foot.top(), Math.max(1, width - left - PAD), Math.max(1, height - foot.top() - foot.bottom()));
        TrendLayout layout = TrendLayout.compute(content, plot, t -> measure.width(t, small));
        paintHeader(gc, foot);
        paintBandLegend(gc, content, width, foot.legendY());
        paintGrid(gc, plot, layout.scale(), content);
        paintTimeAxis(gc, layout);
        paintTrend(gc, layout, content, highlighted);

        paintAxisTitles(gc, foot, content, width, plot, plot.centerX(), 40 + TIME_TIER);
        paintFoot(gc, foot, content, width, height);
        gc.restore();
        return layout;
    }

    /** The room the coarse tier of the time axis (months, years) takes under the fine one. */
    private static final double TIME_TIER = 16;

    /** A marker: a diamond, as on the timeline's report marks. */
    private static void diamond(Surface gc, double x, double y, double r, boolean fill) {
        double[] xs = {x, x + r, x, x - r};
        double[] ys = {y - r, y, y + r, y};
        if (fill) {
            gc.fillPolygon(xs, ys, 4);
        } else {
            gc.strokePolygon(xs, ys, 4);
        }
    }

    private void paintBandLegend(Surface gc, ChartContent content, double width, double y) {
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.LEFT);
        double[][] at = bandLegend(content, width);
        for (int g = 0; g < content.groups().size(); g++) {
            double x = at[g][0];
            double row = y + at[g][1] * LEGEND_LINE;
            gc.setFill(seriesColor(g));
            diamond(gc, x + 5, row, 5, true);
            gc.setFill(style.text());
            gc.fillText(measure.fit(content.groups().get(g), small, width - x - PAD - 14), x + 14, row);
        }
    }

    /** The height of a row of the bands' legend. */
    private static final double LEGEND_LINE = 18;

    /**
     * Where each band's legend entry goes, as {x, row}: side by side, on as many rows as the width
     * needs, so that every band is named (colours repeat after six).
     */
    private double[][] bandLegend(ChartContent content, double width) {
        double[][] at = new double[content.groups().size()][2];
        double x = PAD;
        int row = 0;
        for (int g = 0; g < at.length; g++) {
            double w = 14 + measure.width(content.groups().get(g), small);
            if (x > PAD && x + w > width - PAD) {
                x = PAD;
                row++;
            }
            at[g][0] = x;
            at[g][1] = row;
            x += w + 18;
        }
        return at;
    }

    private void paintTimeAxis(Surface gc, TrendLayout layout) {
        ChartLayout.Rect plot = layout.plot();
        double bottom = plot.y() + plot.h();
        gc.setLineWidth(1);
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.LEFT);
        for (TrendLayout.TimeTick t : layout.ticks()) {
            double x = Math.round(t.x()) + 0.5;
            if (t.inPlot(plot)) {
                gc.setStroke(t.major() ? style.axis() : style.grid());
                gc.strokeLine(x, plot.y(), x, bottom + (t.major() ? 4 + TIME_TIER : 4));
            }
            if (t.label() != null) {
                gc.setFill(t.major() ? style.text() : style.muted());
                gc.fillText(t.label(), t.labelX(), bottom + 12 + (t.major() ? TIME_TIER : 0));
            }
        }
    }

    private void paintTrend(Surface gc, TrendLayout layout, ChartContent content, @Nullable TroopReport highlighted) {
        ChartLayout.Rect plot = layout.plot();
        double left = plot.x();
        double right = plot.x() + plot.w();
        // Links first, dashed: nothing is known between two reports.
        // Links that follow on from one another are one line, so that a thousand reports are a
        // few strokes, not a thousand.
        gc.setLineWidth(1.5);
        gc.setLineDashes(5, 4);
        List<TrendLayout.Link> links = layout.links();
        double[] xs = new double[links.size() + 1];
        double[] ys = new double[links.size() + 1];
        int n = 0;
        for (int i = 0; i < links.size(); i++) {
            TrendLayout.Link l = links.get(i);
            if (n == 0) {
                xs[0] = l.x1();
                ys[0] = l.y1();
                n = 1;
            }
            xs[n] = l.x2();
            ys[n] = l.y2();
            n++;
            TrendLayout.Link next = i + 1 < links.size() ? links.get(i + 1) : null;
            if (next == null || next.band() != l.band() || next.x1() != l.x2() || next.y1() != l.y2()) {
                gc.setStroke(seriesColor(l.band()));
                gc.strokePolyline(xs, ys, n);
                n = 0;
            }
        }
        gc.setLineDashes();
        // Then each report: its period as a solid bar with end stops, its marker at the middle.
        gc.setLineWidth(3);
        for (TrendLayout.Mark m : layout.marks()) {
            if (m.isSpan()) {
                boolean lit = content.series().get(m.series()).report().equals(highlighted);
                gc.setStroke(lit ? BAR_HIGHLIGHT : seriesColor(m.band()));
                double from = Math.max(m.spanFrom(), left);
                double to = Math.min(m.spanTo(), right);
                gc.strokeLine(from, m.y(), to, m.y());
                gc.setLineWidth(1.5);
                if (m.spanFrom() >= left) {
                    gc.strokeLine(m.spanFrom(), m.y() - 4, m.spanFrom(), m.y() + 4);
                }
                if (m.spanTo() <= right) {
                    gc.strokeLine(m.spanTo(), m.y() - 4, m.spanTo(), m.y() + 4);
                }
                gc.setLineWidth(3);
            }
        }
        gc.setLineWidth(1.5);
        List<TrendLayout.Mark> shown = new ArrayList<>();
        for (TrendLayout.Mark m : layout.marks()) {
            if (layout.markerShown(m)) {
                shown.add(m);
            }
        }
        // Many markers in view: a small square each, one drawn over another at the same pixel left
        // out. Few: an outlined diamond each, so that markers side by side stay apart.
        boolean dense = shown.size() > MAX_FIGURES * 4;
        java.util.Set<Long> drawn = new java.util.HashSet<>();
        int fill = -1;
        List<TrendLayout.Mark> standOut = new ArrayList<>();
        for (TrendLayout.Mark m : shown) {
            ChartContent.Series series = content.series().get(m.series());
            boolean lit = series.report().equals(highlighted);
            // Few in view: a contradiction's marker is outlined in the warning colour, on top. Many:
            // drawn as the others (the foot and the hover card say it), or they would cover the lines.
            if (lit || (series.warning() != null && !dense)) {
                standOut.add(m); // drawn last, on top
                continue;
            }
            if (dense && !drawn.add(((long) m.band() << 40) | ((long) Math.round(m.x()) << 20) | Math.round(m.y()))) {
                continue;
            }
            if (fill != m.band()) {
                gc.setFill(seriesColor(m.band()));
                fill = m.band();
            }
            if (dense) {
                // A small square: as good as a diamond at this density, and far cheaper to fill.
                gc.fillRect(m.x() - DENSE_SIDE / 2, m.y() - DENSE_SIDE / 2, DENSE_SIDE, DENSE_SIDE);
                continue;
            }
            diamond(gc, m.x(), m.y(), TrendLayout.RADIUS, true);
            gc.setStroke(style.background());
            diamond(gc, m.x(), m.y(), TrendLayout.RADIUS, false);
        }
        for (TrendLayout.Mark m : standOut) {
            ChartContent.Series series = content.series().get(m.series());
            boolean lit = series.report().equals(highlighted);
            double r = lit ? TrendLayout.RADIUS + 1.5 : TrendLayout.RADIUS;
            gc.setFill(lit ? BAR_HIGHLIGHT : seriesColor(m.band()));
            diamond(gc, m.x(), m.y(), r, true);
            gc.setStroke(series.warning() != null ? style.warning() : style.text());
            diamond(gc, m.x(), m.y(), r, false);
        }
        // Figures over the markers while few are in view, and a ⚠ by those of reports that
        // contradict themselves (placed first); above the marker, else below it, else left out.
        if (dense) {
            return; // too many to label: the warnings' outlines, the foot and the hover card say it
        }
        boolean figures = shown.size() <= MAX_FIGURES;
        Font font = small;
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        List<double[]> taken = new ArrayList<>();
        double r = TrendLayout.RADIUS + 1;
        for (TrendLayout.Mark m : shown) {
            taken.add(new double[] {m.x() - r, m.y() - r, 2 * r, 2 * r});
        }
        List<TrendLayout.Mark> labelled = new ArrayList<>(shown);
        labelled.sort(java.util.Comparator.comparing(
                m -> content.series().get(m.series()).warning() == null));
        for (TrendLayout.Mark m : labelled) {
            ChartContent.Series series = content.series().get(m.series());
            Long v = series.values().get(m.band());
            String text = (series.warning() != null ? "⚠ " : "") + (figures && v != null ? content.formatValue(v) : "");
            if (text.isEmpty()) {
                continue;
            }
            double w = measure.width(text, font);
            // Above, below, then (for a warning, which must be seen) right and left of the marker.
            double side = TrendLayout.RADIUS + 4 + w / 2;
            double[][] places = {
                {m.x(), m.y() - TrendLayout.RADIUS - 17},
                {m.x(), m.y() + TrendLayout.RADIUS + 3},
                {m.x() + side, m.y() - 7},
                {m.x() - side, m.y() - 7}
            };
            int tries = series.warning() != null ? places.length : 2;
            for (int p = 0; p < tries; p++) {
                double[] box = {places[p][0] - w / 2 - 2, places[p][1], w + 4, 14};
                if (free(box, taken, left - 4, right + PAD, plot.y() - VALUE_ROOM, plot.y() + plot.h())) {
                    taken.add(box);
                    gc.setFill(series.warning() != null ? style.warning() : style.text());
                    gc.fillText(text, places[p][0], places[p][1] + 7);
                    break;
                }
            }
        }
    }

    /** Whether {@code box} (x, y, w, h) lies within the bounds and clear of every box {@code taken}. */
    private static boolean free(
            double[] box, List<double[]> taken, double left, double right, double top, double bottom) {
        if (box[0] < left || box[0] + box[2] > right || box[1] < top || box[1] + box[3] > bottom) {
            return false;
        }
        for (double[] o : taken) {
            boolean apart = box[0] + box[2] <= o[0]
                    || o[0] + o[2] <= box[0]
                    || box[1] + box[3] <= o[1]
                    || o[1] + o[3] <= box[1];
            if (!apart) {
                return false;
            }
        }
        return true;
    }

    /** The side of a marker where many are in view. */
    private static final double DENSE_SIDE = 5;

    /** Above this many markers in view, the figures are left to the hover card. */
    static final int MAX_FIGURES = 24;

    /**
     * The texts around the plot, wrapped, and the room they take above it ({@code top}) and below
     * it ({@code bottom}), at a {@code level} of giving up room: 0 all; 1 no band axis title and a
     * line of subtitle and two of title; 2 also two lines a note (three of sources); 3 also only
     * the last note (the sources, after how to read the bands); 4 also a line of title and of
     * sources.
     */
    private record Foot(
            int level,
            List<String> title,
            List<String> subtitle,
            List<List<String>> notes,
            List<String> warnings,
            double captionHeight,
            double legendY,
            double top,
            double bottom) {}

    private Foot foot(ChartContent content, double width, int level) {
        double inner = width - 2 * PAD;
        int lines = level >= 4 ? 1 : level >= 2 ? 2 : MAX_NOTE_LINES;
        // The sources (the last note) keep more lines than the rest: attribution goes last.
        int sourceLines = level >= 4 ? 1 : level >= 2 ? MAX_NOTE_LINES : MAX_SOURCE_LINES;
        List<List<String>> notes = paragraphs(content.caption(), caption, inner, lines, sourceLines);
        if (level >= 3 && notes.size() > 1) {
            notes = List.of(notes.get(notes.size() - 1));
        }
        List<String> titleLines = wrap(content.title(), title, inner, level >= 4 ? 1 : level >= 1 ? 2 : 3);
        List<String> subtitleLines = wrap(content.subtitle(), subtitle, inner, level >= 1 ? 1 : 2);
        List<String> warningLines = new ArrayList<>();
        for (String w : warnings(content)) {
            warningLines.addAll(wrap(w, caption, inner, lines));
        }
        int captionLines = notes.stream().mapToInt(List::size).sum();
        double captionHeight =
                (captionLines + warningLines.size()) * 16 + (content.credit().isBlank() ? 6 : 22);
        // Title, subtitle, legend, then room for the values above the tallest bar.
        double legendY = 42 + (titleLines.size() - 1) * TITLE_LINE + subtitleLines.size() * 19 + 12;
        boolean legend = content.trend() != null || content.series().size() > 1;
        double legendRows = content.trend() == null || content.groups().isEmpty()
                ? 1
                : bandLegend(content, width)[content.groups().size() - 1][1] + 1;
        double top = legendY + (legend ? 24 + (legendRows - 1) * LEGEND_LINE : 0) + 12;
        // The band labels (or the time axis's two tiers), the axis title (level 0 only), then the notes.
        double bottom = 26 + (content.trend() != null ? TIME_TIER : 0) + (level > 0 ? 0 : 24) + captionHeight + 10;
        return new Foot(level, titleLines, subtitleLines, notes, warningLines, captionHeight, legendY, top, bottom);
    }

    /**
     * The warnings at the foot: one per report that contradicts itself; over time only those in
     * view, two at most and then how many more.
     */
    static List<String> warnings(ChartContent content) {
        List<String> out = new ArrayList<>();
        Trend trend = content.trend();
        int more = 0;
        for (int i = 0; i < content.series().size(); i++) {
            // Over time, in order of time.
            int s = trend != null ? trend.inOrder(i) : i;
            ChartContent.Series series = content.series().get(s);
            if (series.warning() == null || (trend != null && !trend.shows(s))) {
                continue;
            }
            if (trend != null && out.size() == MAX_TREND_WARNINGS) {
                more++;
                continue;
            }
            out.add("⚠ " + (content.series().size() > 1 ? series.name() + ": " : "") + series.warning());
        }
        if (more > 0) {
            out.add(org.eventscope.i18n.Messages.get("chart.overTime.moreWarnings", content.formatValue(more)));
        }
        return out;
    }

    /** Over time, the foot names this many contradictions at most (the hover card names each). */
    static final int MAX_TREND_WARNINGS = 2;

    private void paintLegend(
            Surface gc, ChartContent content, @Nullable TroopReport highlighted, double width, double y) {
        double x = PAD;
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.LEFT);
        for (int s = 0; s < content.series().size(); s++) {
            ChartContent.Series series = content.series().get(s);
            gc.setFill(series.report().equals(highlighted) ? BAR_HIGHLIGHT : seriesColor(s));
            gc.fillRect(x, y - 5, 10, 10);
            String text = (series.warning() != null ? "⚠ " : "") + series.name();
            String fitted = measure.fit(text, small, Math.max(40, width - x - PAD - 14));
            gc.setFill(series.warning() != null ? style.warning() : style.text());
            gc.fillText(fitted, x + 14, y);
            x += 14 + measure.width(fitted, small) + 18;
            if (x > width - PAD - 60) {
                break;
            }
        }
    }

    private void paintGrid(Surface gc, ChartLayout.Rect plot, NiceScale scale, ChartContent content) {
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setLineWidth(1);
        for (int i = 0; i < scale.tickCount(); i++) {
            double v = scale.tick(i);
            double y = Math.round(scale.yIn(plot, v)) + 0.5;
            gc.setStroke(i == 0 ? style.axis() : style.grid());
            gc.strokeLine(plot.x(), y, plot.x() + plot.w(), y);
            gc.setFill(style.muted());
            gc.fillText(content.formatValue(Math.round(v)), plot.x() - 8, y);
        }
    }

    private void paintBars(Surface gc, ChartLayout layout, ChartContent content, @Nullable TroopReport highlighted) {
        ChartLayout.Rect plot = layout.plot();
        int seriesCount = content.series().size();
        Font valueFont = valueFont(content);
        for (int g = 0; g < layout.groups(); g++) {
            for (int s = 0; s < seriesCount; s++) {
                ChartContent.Series series = content.series().get(s);
                Long v = series.values().get(g);
                ChartLayout.Rect b = layout.bar(g, s);
                boolean lit = series.report().equals(highlighted);
                if (v == null) {
                    gc.setTextAlign(TextAlignment.CENTER);
                    gc.setFont(valueFont);
                    gc.setFill(style.muted());
                    gc.fillText("—", b.centerX(), plot.y() + plot.h() - 10);
                    continue;
                }
                gc.setFill(lit ? BAR_HIGHLIGHT : seriesColor(s));
                gc.fillRect(b.x(), b.y(), b.w(), b.h());
                if (lit) {
                    gc.setStroke(style.text());
                    gc.setLineWidth(2);
                    gc.strokeRect(b.x() + 1, b.y() + 1, b.w() - 2, b.h() - 2);
                }
            }
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFont(valueFont);
        for (ValueLabel l : valueLabels(content, layout)) {
            gc.setFill(l.warns() ? style.warning() : style.text());
            gc.fillText(l.text(), l.x(), l.y());
        }
    }

    private Font valueFont(ChartContent content) {
        return content.series().size() > 2 ? small : value;
    }

    /** A value over its bar, where it is drawn (its middle), and whether it is a warning. */
    private record ValueLabel(String text, double x, double y, boolean warns) {}

    /** The top of the highest of {@code labels}. */
    private static double top(List<ValueLabel> labels) {
        double top = Double.MAX_VALUE;
        for (ValueLabel l : labels) {
            top = Math.min(top, l.y() - 9);
        }
        return top;
    }

    /** The value over each bar, raised a row where it would run into the one before. */
    private List<ValueLabel> valueLabels(ChartContent content, ChartLayout layout) {
        List<String> texts = new ArrayList<>();
        List<ChartLayout.Rect> over = new ArrayList<>();
        List<Boolean> warns = new ArrayList<>();
        for (int g = 0; g < layout.groups(); g++) {
            for (int s = 0; s < content.series().size(); s++) {
                Long v = content.series().get(s).values().get(g);
                if (v != null) {
                    texts.add((v < 0 ? "⚠ " : "") + content.formatValue(v));
                    over.add(layout.bar(g, s));
                    warns.add(v < 0);
                }
            }
        }
        Font valueFont = valueFont(content);
        double[] centers = new double[texts.size()];
        double[] widths = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            centers[i] = over.get(i).centerX();
            widths[i] = measure.width(texts.get(i), valueFont);
        }
        int[] rows = ChartLayout.labelRows(centers, widths, 6);
        List<ValueLabel> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new ValueLabel(texts.get(i), centers[i], over.get(i).y() - 12 - rows[i] * 17, warns.get(i)));
        }
        return out;
    }

    /** Each band's label on one line, or up to three where its bars are too narrow for it. */
    private List<List<String>> bandLabels(ChartContent content, ChartLayout layout) {
        List<List<String>> out = new ArrayList<>();
        for (int g = 0; g < layout.groups(); g++) {
            out.add(wrap(content.groups().get(g), label, Math.max(20, layout.groupRoom() - 8), 3));
        }
        return out;
    }

    private double tickLabelWidth(ChartContent content) {
        NiceScale s = NiceScale.of((double) content.maxValue(), 5);
        return measure.width(content.formatValue(Math.round(s.max())), small);
    }

    /** {@code text} wrapped to {@code width} in {@code font}, at most {@code max} lines ({@link TextWrap}). */
    private List<String> wrap(String text, Font font, double width, int max) {
        return TextWrap.lines(text, width, t -> measure.width(t, font), max);
    }

    /**
     * {@code text}'s paragraphs (its lines), each wrapped to {@code width} and cut with "…" after
     * {@code max} lines, the last after {@code lastMax}, so the plot keeps its room; empty ones
     * left out.
     */
    private List<List<String>> paragraphs(String text, Font font, double width, int max, int lastMax) {
        List<String> given = java.util.Arrays.stream(text.split("\n", -1))
                .filter(p -> !p.isBlank())
                .toList();
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            List<String> lines = wrap(given.get(i), font, width, i == given.size() - 1 ? lastMax : max);
            if (!lines.isEmpty()) {
                out.add(lines);
            }
        }
        return out;
    }
}
