package org.eventscope.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.eventscope.chart.ChartLayout.Rect;
import org.eventscope.timeline.Tick;
import org.eventscope.timeline.TickGenerator;
import org.eventscope.timeline.TimeScale;
import org.jspecify.annotations.Nullable;

/**
 * Where the parts of the chart over time go in a plot area: the value scale, one mark per report
 * and distance band (a point at its date, or a span across a month or year), the dashed links
 * between one report and the next in each band, and the time axis's ticks. Pure geometry: the
 * painter, hit testing and exports all use it.
 *
 * <p>Reports of the same date (several reporters) stand side by side within their date's period,
 * each with its own figure: never averaged, never joined to one another. A link runs from one date's reports to the next
 * date's, skipping reports that give no figure for that band; it is always dashed, for there are
 * no figures between two reports.
 *
 * @param plot  the plot area
 * @param scale the value axis
 * @param marks the reports' marks in view, band by band, each band in order of time
 * @param links the dashed links in view, cut at the plot's left and right edges
 * @param ticks the time axis's ticks in view: the fine tier, then the coarse tier
 */
public record TrendLayout(Rect plot, NiceScale scale, List<Mark> marks, List<Link> links, List<TimeTick> ticks) {

    /**
     * One report's figure for one band.
     *
     * @param series   the report's index in the content's series
     * @param band     the band's index in the content's groups
     * @param x        the middle of its marker (moved aside when reports share a date)
     * @param y        the figure's height
     * @param spanFrom the left end of the period it is drawn across (the painter cuts it at the plot's edges); NaN for a point
     * @param spanTo   the right end; NaN for a point
     * @param sameDate how many reports with a figure for this band share its date (itself included)
     */
    public record Mark(int series, int band, double x, double y, double spanFrom, double spanTo, int sameDate) {

        /** Whether the report is drawn across its period (a month, a year) rather than as a point. */
        public boolean isSpan() {
            return !Double.isNaN(spanFrom);
        }

        /** Where a link from the left arrives: the period's start, or the marker. */
        double left() {
            return isSpan() ? spanFrom : x;
        }

        /** Where a link to the right leaves: the period's end, or the marker. */
        double right() {
            return isSpan() ? spanTo : x;
        }
    }

    /** A dashed line from one report's mark to the next in a band. */
    public record Link(int band, double x1, double y1, double x2, double y2) {}

    /**
     * A mark on the time axis.
     *
     * @param x      where it stands; left of the plot for a coarse tick whose label names the
     *               month or year the view begins in
     * @param major  whether it belongs to the coarse tier (months under days, years under months)
     * @param label  its text, or {@code null} where it would run into the next or out of the plot
     * @param labelX where its label begins
     */
    public record TimeTick(
            double x, boolean major, @Nullable String label, double labelX) {

        /** Whether its line is drawn: it stands within the plot. */
        public boolean inPlot(Rect plot) {
            return x >= plot.x() - 0.5 && x <= plot.x() + plot.w() + 0.5;
        }
    }

    /** The half-width of a marker. */
    public static final double RADIUS = 5;

    /**
     * Markers of reports of the same date stand this far apart, centre to centre, where their
     * date's period has room; closer where it has not (see {@link #compute}).
     */
    public static final double BESIDE = 2 * RADIUS + 3;

    /** A period at least this wide is drawn as a span; narrower, as a point at its middle. */
    public static final double SPAN_MIN = 3 * RADIUS;

    /** The least distance between two fine ticks of the time axis. */
    static final double TICK_SPACING = 70;

    /**
     * Lays out {@code content} (a chart over time) in {@code plot}; {@code labelWidth} measures
     * an axis label, to leave out those that would collide.
     */
    public static TrendLayout compute(ChartContent content, Rect plot, ToDoubleFunction<String> labelWidth) {
        Trend t = java.util.Objects.requireNonNull(content.trend(), "a chart over time");
        // The value axis holds every report, not only those in view: a pan does not rescale it.
        NiceScale scale = NiceScale.forHeight((double) Math.max(0, content.maxValue()), plot.h());
        double mpp = (t.toMillis() - (double) t.fromMillis()) / plot.w();
        TimeScale time = new TimeScale(t.fromMillis() - plot.x() * mpp, mpp);
        List<Mark> marks = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int[] group = new int[t.size()];
        for (int band = 0; band < content.groups().size(); band++) {
            @Nullable Mark before = null;
            int i = 0;
            while (i < t.size()) {
                // The reports of one date with a figure for this band.
                int date = t.inOrder(i);
                int n = 0;
                while (i < t.size() && t.start(t.inOrder(i)) == t.start(date) && t.end(t.inOrder(i)) == t.end(date)) {
                    int s = t.inOrder(i++);
                    if (content.series().get(s).values().get(band) != null) {
                        group[n++] = s;
                    }
                }
                if (n == 0) {
                    continue;
                }
                int first = group[0];
                double x0 = time.toX(t.start(first));
                double x1 = time.toX(t.end(first));
                boolean span = x1 - x0 >= SPAN_MIN;
                double middle = (x0 + x1) / 2;
                // Side by side within the date's own period; where that is narrower than two
                // markers, overlapping, but never more than half a marker off the date.
                double spacing = n == 1 ? 0 : Math.min(BESIDE, Math.max(x1 - x0, BESIDE) / n);
                Mark firstMark = null;
                Mark last = null;
                for (int k = 0; k < n; k++) {
                    int s = group[k];
                    long value = Math.max(0, content.series().get(s).values().get(band));
                    double y = scale.yIn(plot, (double) value);
                    double x = middle + (k - (n - 1) / 2.0) * spacing;
                    Mark m = new Mark(s, band, x, y, span ? x0 : Double.NaN, span ? x1 : Double.NaN, n);
                    if (k == 0) {
                        firstMark = m;
                    }
                    last = m;
                    // What is drawn is what the subtitle counts and the notes cite.
                    if (t.shows(s) && inView(m, plot)) {
                        marks.add(m);
                    }
                }
                if (before != null && firstMark != null) {
                    // From the end of one period to the start of the next; where they overlap (a
                    // day within a month), from marker to marker.
                    boolean apart = firstMark.left() > before.right();
                    Link l = clip(
                            band,
                            apart ? before.right() : before.x(),
                            before.y(),
                            apart ? firstMark.left() : firstMark.x(),
                            firstMark.y(),
                            plot);
                    if (l != null) {
                        links.add(l);
                    }
                }
                before = last;
            }
        }
        return new TrendLayout(plot, scale, List.copyOf(marks), List.copyOf(links), ticks(t, time, plot, labelWidth));
    }

    /** Whether any of the mark shows in the plot: its marker, or part of its span. */
    private static boolean inView(Mark m, Rect plot) {
        boolean marker = m.x() + RADIUS >= plot.x() && m.x() - RADIUS <= plot.x() + plot.w();
        return marker || (m.isSpan() && m.spanTo() > plot.x() && m.spanFrom() < plot.x() + plot.w());
    }

    /** Whether the marker of {@code m} is drawn: its middle lies in the plot. */
    public boolean markerShown(Mark m) {
        return m.x() >= plot.x() - 0.5 && m.x() <= plot.x() + plot.w() + 0.5;
    }

    /** The part of a link within the plot's left and right edges, or {@code null}. */
    private static @Nullable Link clip(int band, double x1, double y1, double x2, double y2, Rect plot) {
        double left = plot.x();
        double right = plot.x() + plot.w();
        if (x2 <= left || x1 >= right || x2 <= x1) {
            return null;
        }
        double slope = (y2 - y1) / (x2 - x1);
        double cx1 = Math.max(x1, left);
        double cx2 = Math.min(x2, right);
        return new Link(band, cx1, y1 + slope * (cx1 - x1), cx2, y1 + slope * (cx2 - x1));
    }

    /** The time axis's ticks between the plot's edges, labelled where a label fits. */
    private static List<TimeTick> ticks(Trend t, TimeScale time, Rect plot, ToDoubleFunction<String> labelWidth) {
        // The generator lists ticks from x = 0: a scale with the plot's left edge at 0.
        TimeScale fromEdge = new TimeScale(time.toMillis(plot.x()), time.millisPerPixel());
        TickGenerator.Axis axis = new TickGenerator(t.zone(), t.locale(), TICK_SPACING).ticks(fromEdge, plot.w());
        List<TimeTick> out = new ArrayList<>();
        tier(axis.minor(), false, fromEdge, plot, labelWidth, out);
        tier(axis.major(), true, fromEdge, plot, labelWidth, out);
        return List.copyOf(out);
    }

    private static void tier(
            List<Tick> ticks,
            boolean major,
            TimeScale fromEdge,
            Rect plot,
            ToDoubleFunction<String> labelWidth,
            List<TimeTick> out) {
        double right = plot.x() + plot.w();
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ticks.size(); i++) {
            double x = plot.x() + fromEdge.toX(ticks.get(i).millis());
            if (x < plot.x() - 0.5 && !major) {
                continue;
            }
            // A coarse tick left of the plot still names the month or year the view begins in.
            double at = Math.max(x, plot.x()) + 3;
            double next = i + 1 < ticks.size()
                    ? plot.x() + fromEdge.toX(ticks.get(i + 1).millis())
                    : right;
            double w = labelWidth.applyAsDouble(ticks.get(i).label());
            boolean fits = at + w <= Math.min(next, right) - 2 && at >= previousEnd + 6;
            if (fits) {
                previousEnd = at + w;
            }
            if (x >= plot.x() - 0.5 || fits) {
                out.add(new TimeTick(x, major, fits ? ticks.get(i).label() : null, at));
            }
        }
    }

    /** The index in {@link #marks()} of the mark under the point (its marker, or its span), or -1. */
    public int markAt(double px, double py) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            double d = Double.MAX_VALUE;
            if (markerShown(m)) {
                d = Math.hypot(px - m.x(), py - m.y());
            }
            boolean onSpan = px >= Math.max(m.spanFrom(), plot.x()) && px <= Math.min(m.spanTo(), plot.x() + plot.w());
            if (m.isSpan() && onSpan && Math.abs(py - m.y()) <= RADIUS) {
                d = Math.min(d, Math.abs(py - m.y()) + RADIUS);
            }
            if (d <= RADIUS + 3 && d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The vertical position of {@code value}. */
    public double yOf(double value) {
        return scale.yIn(plot, Math.max(0, value));
    }
}
