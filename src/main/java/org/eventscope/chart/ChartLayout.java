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

    /** Widest a bar gets, so that two bars do not look like a wall. */
    static final double MAX_BAR_WIDTH = 150;

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
        NiceScale scale = NiceScale.of((double) max, 5);
        List<Rect> bars = new ArrayList<>();
        if (values.length > 0 && series > 0) {
            double slot = pw / values.length;
            double groupWidth = Math.min(slot * 0.7, MAX_BAR_WIDTH * series);
            double bw = groupWidth / series;
            for (int g = 0; g < values.length; g++) {
                double gx = left + slot * g + (slot - groupWidth) / 2;
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

    /** The bar of {@code group} and {@code series}. */
    public Rect bar(int group, int series) {
        return bars.get(group * this.series + series);
    }

    /** The vertical position of {@code value} on the value axis. */
    public double yOf(double value) {
        return plot.y() + plot.h() - plot.h() * value / scale.max();
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
