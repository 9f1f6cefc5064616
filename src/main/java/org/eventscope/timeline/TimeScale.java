package org.eventscope.timeline;

/**
 * The mapping between time (epoch milliseconds) and horizontal pixels: linear, so that distance
 * in time is distance on screen. Immutable; zooming and panning return new scales.
 *
 * @param originMillis  the time at x = 0
 * @param millisPerPixel how much time one pixel spans; always positive
 */
public record TimeScale(double originMillis, double millisPerPixel) {

    /** Closest zoom: one pixel is one second. */
    public static final double MIN_MILLIS_PER_PIXEL = 1_000;
    /** Farthest zoom: one pixel is about 20 years. */
    public static final double MAX_MILLIS_PER_PIXEL = 20 * 365.25 * 86_400_000.0;

    public TimeScale {
        if (!(millisPerPixel > 0) || Double.isInfinite(millisPerPixel)) {
            throw new IllegalArgumentException("millisPerPixel must be positive: " + millisPerPixel);
        }
    }

    /**
     * A scale that shows [{@code startMillis}, {@code endMillis}] across {@code width} pixels with
     * {@code padding} pixels free on each side. An empty or single-instant span gets one day.
     */
    public static TimeScale fit(long startMillis, long endMillis, double width, double padding) {
        return fit(startMillis, endMillis, width, padding, padding);
    }

    /**
     * A scale that shows [{@code startMillis}, {@code endMillis}] between {@code left} pixels from the
     * left edge and {@code right} pixels from the right edge of a {@code width}-pixel view.
     */
    public static TimeScale fit(long startMillis, long endMillis, double width, double left, double right) {
        double usable = Math.max(1, width - left - right);
        double span = Math.max(endMillis - startMillis, 0);
        if (span == 0) {
            span = 86_400_000.0;
            startMillis -= 43_200_000L;
        }
        double mpp = clamp(span / usable);
        double center = startMillis + span / 2.0;
        double centerX = left + usable / 2.0;
        return new TimeScale(center - mpp * centerX, mpp);
    }

    /** A scale with {@code millis} at pixel {@code x}, its zoom kept within the limits. */
    public static TimeScale anchored(double millis, double x, double millisPerPixel) {
        double mpp = clamp(millisPerPixel);
        return new TimeScale(millis - x * mpp, mpp);
    }

    public double toX(double millis) {
        return (millis - originMillis) / millisPerPixel;
    }

    /** The same for an instant in whole milliseconds (exact to well below a pixel at any zoom). */
    public double toX(long millis) {
        return toX((double) millis);
    }

    public double toMillis(double x) {
        return originMillis + x * millisPerPixel;
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the time under {@code x} where it is.
     * The zoom stops at {@link #MIN_MILLIS_PER_PIXEL} and {@link #MAX_MILLIS_PER_PIXEL}.
     */
    public TimeScale zoom(double factor, double x) {
        double anchor = toMillis(x);
        double mpp = clamp(millisPerPixel / factor);
        return new TimeScale(anchor - x * mpp, mpp);
    }

    /** Moves the view so the content follows a drag of {@code dx} pixels to the right. */
    public TimeScale pan(double dx) {
        return new TimeScale(originMillis - dx * millisPerPixel, millisPerPixel);
    }

    private static double clamp(double mpp) {
        return Math.max(MIN_MILLIS_PER_PIXEL, Math.min(MAX_MILLIS_PER_PIXEL, mpp));
    }
}
