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

    /** How long it is, in milliseconds. */
    public double span() {
        return (double) toMillis - fromMillis;
    }
}
