package org.eventscope.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of a bar chart go for a given size: the plot area, the value scale and one
 * rectangle per bar. Pure geometry; the painter and hit testing both use it.
 *
 * @param plot  the plot area (inside the axes)
 * @param scale the value axis
 * @param bars  one rectangle per value, left to right
 */
public record ChartLayout(Rect plot, NiceScale scale, List<Rect> bars) {

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

    /**
     * Lays out bars for {@code values} in a {@code width} x {@code height} area, leaving the given
     * margins for titles, labels and caption.
     */
    public static ChartLayout compute(double width, double height, double top, double right, double bottom,
                                      double left, long[] values) {
        double pw = Math.max(1, width - left - right);
        double ph = Math.max(1, height - top - bottom);
        Rect plot = new Rect(left, top, pw, ph);
        long max = 0;
        for (long v : values) {
            max = Math.max(max, v);
        }
        NiceScale scale = NiceScale.of(max, 5);
        List<Rect> bars = new ArrayList<>(values.length);
        if (values.length > 0) {
            double slot = pw / values.length;
            double bw = Math.min(slot * 0.6, MAX_BAR_WIDTH);
            for (int i = 0; i < values.length; i++) {
                double h = ph * values[i] / scale.max();
                double x = left + slot * i + (slot - bw) / 2;
                bars.add(new Rect(x, top + ph - h, bw, h));
            }
        }
        return new ChartLayout(plot, scale, List.copyOf(bars));
    }

    /** The vertical position of {@code value} on the value axis. */
    public double yOf(double value) {
        return plot.y() + plot.h() - plot.h() * value / scale.max();
    }

    /** The index of the bar (or the column above it) under the point, or -1. */
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
