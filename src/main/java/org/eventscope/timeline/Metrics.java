package org.eventscope.timeline;

/** The fixed sizes of a timeline frame, in pixels, shared by its layout, its layers and its input handling. */
final class Metrics {

    static final double AXIS_HEIGHT = 46;
    static final double LANE_TOP = AXIS_HEIGHT + 10;
    static final double LANE_HEIGHT = 22;
    static final double BAR_HEIGHT = 18;
    static final double MARKER = 7;
    static final double MAX_LABEL = 300;
    static final double OVERVIEW_HEIGHT = 36;
    /** The header of a category's lanes. */
    static final double HEADER = 20;
    /** Above this many events in view, the timeline shows their density instead of labels. */
    static final int MAX_LABELLED = 1500;
    /** Items closer than this share a cluster. */
    static final double CLUSTER_WIDTH = 56;
    /** In the density view, one count per this many pixels. */
    static final double DENSITY_BUCKET = 110;
    /** With more events than this in view, far zooms count them from the index's time bins. */
    static final int BINNED_ABOVE = 100_000;

    private Metrics() {}

    /** The middle of the pixel at {@code x}, where a one-pixel line is sharp. */
    static double snap(double x) {
        return Math.round(x) + 0.5;
    }
}
