package org.eventscope.chart;

/**
 * A value axis from zero to a round maximum, with round steps (1, 2, 2.5 or 5 times a power
 * of ten), as a reader expects of a chart: 0, 25,000, 50,000, ... 150,000.
 *
 * @param max  the top of the axis, at or above the largest value
 * @param step the distance between two ticks
 */
public record NiceScale(double max, double step) {

    /** A scale for values up to {@code maxValue} with about {@code ticks} steps. */
    public static NiceScale of(double maxValue, int ticks) {
        if (!(maxValue > 0)) {
            return new NiceScale(1, 1);
        }
        double rough = maxValue / Math.max(1, ticks);
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= rough) {
                step = m * magnitude;
                break;
            }
        }
        double max = Math.ceil(maxValue / step) * step;
        return new NiceScale(max, step);
    }

    /**
     * A scale for values up to {@code maxValue} on a plot {@code height} pixels high: about a tick
     * every 40 px, five at most, so that a short plot gets fewer, whose labels do not collide.
     */
    public static NiceScale forHeight(double maxValue, double height) {
        return of(maxValue, (int) Math.max(1, Math.min(5, Math.round(height / 40))));
    }

    /** Where {@code value} stands in {@code plot}: zero at its foot, {@link #max} at its top. */
    public double yIn(ChartLayout.Rect plot, double value) {
        return plot.y() + plot.h() - plot.h() * value / max;
    }

    public int tickCount() {
        return (int) Math.round(max / step) + 1;
    }

    public double tick(int i) {
        return i * step;
    }
}
