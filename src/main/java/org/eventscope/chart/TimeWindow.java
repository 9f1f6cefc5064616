package org.eventscope.chart;

/**
 * A stretch of time shown, from its first instant to the instant at its right edge (epoch
 * milliseconds): the timeline's visible window, which the chart over time shares.
 */
public record TimeWindow(long fromMillis, long toMillis) {

    public TimeWindow {
        if (toMillis <= fromMillis) {
            throw new IllegalArgumentException("a window must end after it starts: " + fromMillis + ", " + toMillis);
        }
    }

    /** What {@code scale} shows from x = 0 to x = {@code width}, to the millisecond (never empty). */
    public static TimeWindow across(org.eventscope.timeline.TimeScale scale, double width) {
        long from = Math.round(scale.toMillis(0));
        return new TimeWindow(from, Math.max(from + 1, Math.round(scale.toMillis(width))));
    }

    /** The scale that shows this window across {@code width} pixels from x = 0. */
    public org.eventscope.timeline.TimeScale scale(double width) {
        return new org.eventscope.timeline.TimeScale(fromMillis, span() / width);
    }

    /** How long it is, in milliseconds. */
    public double span() {
        return (double) toMillis - fromMillis;
    }
}
