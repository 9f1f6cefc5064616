package org.eventscope.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of a grouped bar chart go for a given size: the plot area, the value scale,
 * and one rectangle per group and series. Pure geometry; the painter and hit testing both use it.
 *
 * @param plot   the plot area (inside the axes)
 * @param scale  the value axis
 * @param bars   the rectangles, group by group, series by series within a group
 * @param groups how many groups
 * @param series how many series
 */
public record ChartLayout(Rect plot, NiceScale scale, List<Rect> bars, int groups, int series) {

    /** An axis-aligned rectangle. */
    public record Rect(double x, double y, double w, double h) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }

        public double centerX() {
            return x + w / 2;
        }

        public double centerY() {
            return y + h / 2;
        }
    }

    /** Widest a bar gets (or a fifth of the plot, when that is wider), so that two bars do not look like a wall. */
    static final double MAX_BAR_WIDTH = 150;

    /** The gap between two groups of bars, as a share of a group's width. */
    static final double GAP = 0.5;

    /** A single series, one bar per value. */
    public static ChartLayout compute(
            double width, double height, double top, double right, double bottom, double left, long[] values) {
        long[][] grouped = new long[values.length][1];
        for (int i = 0; i < values.length; i++) {
            grouped[i][0] = values[i];
        }
        return compute(width, height, top, right, bottom, left, grouped);
    }

    /**
     * Lays out {@code values[group][series]} (negative values are drawn as zero) in a
     * {@code width} x {@code height} area, leaving the given margins for titles and captions.
     */
    public static ChartLayout compute(
            double width, double height, double top, double right, double bottom, double left, long[][] values) {
        double pw = Math.max(1, width - left - right);
        double ph = Math.max(1, height - top - bottom);
        Rect plot = new Rect(left, top, pw, ph);
        long max = 0;
        int series = 0;
        for (long[] group : values) {
            series = Math.max(series, group.length);
            for (long v : group) {
                max = Math.max(max, v);
            }
        }
        NiceScale scale = NiceScale.forHeight((double) max, ph);
        List<Rect> bars = new ArrayList<>();
        if (values.length > 0 && series > 0) {
            // Groups side by side, half a group apart, centred: two bars stand together, not at
            // the two ends of the plot with a gulf between them.
            int n = values.length;
            double widest = Math.max(MAX_BAR_WIDTH, pw * 0.2) * series;
            double groupWidth = Math.min(pw / (n + (n - 1) * GAP + 2 * GAP), widest);
            double step = groupWidth * (1 + GAP);
            double start = left + (pw - (n * groupWidth + (n - 1) * groupWidth * GAP)) / 2;
            double bw = groupWidth / series;
            for (int g = 0; g < values.length; g++) {
                double gx = start + step * g;
                for (int s = 0; s < series; s++) {
                    long v = s < values[g].length ? Math.max(0, values[g][s]) : 0;
                    double h = ph * v / scale.max();
                    double gap = series > 1 ? 2 : 0;
                    bars.add(new Rect(gx + s * bw + gap / 2, top + ph - h, bw - gap, h));
                }
            }
        }
        return new ChartLayout(plot, scale, List.copyOf(bars), values.length, series);
    }

    /** The middle of {@code group}'s bars, where its label goes. */
    public double groupCenter(int group) {
        Rect first = bar(group, 0);
        Rect last = bar(group, series - 1);
        return (first.x() + last.x() + last.w()) / 2;
    }

    /** The room a group's label has: its bars and the gap beside them. */
    public double groupRoom() {
        if (bars.isEmpty()) {
            return plot.w();
        }
        return (bar(0, series - 1).x() + bar(0, series - 1).w() - bar(0, 0).x()) * (1 + GAP);
    }

    /**
     * The row each value label goes in, 0 just above its bar, 1 a line higher, and so on, so that
     * no two labels overlap: each label, from the left, takes the lowest row where it clears the
     * labels already placed by {@code space}.
     *
     * @param centers each label's middle, in order from the left
     * @param widths  each label's width
     */
    public static int[] labelRows(double[] centers, double[] widths, double space) {
        int[] rows = new int[centers.length];
        List<Double> rightOf = new ArrayList<>();
        for (int i = 0; i < centers.length; i++) {
            double from = centers[i] - widths[i] / 2;
            int row = 0;
            while (row < rightOf.size() && from < rightOf.get(row) + space) {
                row++;
            }
            if (row == rightOf.size()) {
                rightOf.add(0.0);
            }
            rightOf.set(row, centers[i] + widths[i] / 2);
            rows[i] = row;
        }
        return rows;
    }

    /** The bar of {@code group} and {@code series}. */
    public Rect bar(int group, int series) {
        return bars.get(group * this.series + series);
    }

    /** The vertical position of {@code value} on the value axis. */
    public double yOf(double value) {
        return scale.yIn(plot, value);
    }

    /** The index in {@link #bars()} of the bar (or the column above it) under the point, or -1. */
    public int barAt(double x, double y) {
        for (int i = 0; i < bars.size(); i++) {
            Rect b = bars.get(i);
            if (x >= b.x() && x <= b.x() + b.w() && y >= plot.y() && y <= plot.y() + plot.h()) {
                return i;
            }
        }
        return -1;
    }
}
