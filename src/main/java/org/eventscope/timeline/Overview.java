package org.eventscope.timeline;

import org.eventscope.view.Surface;

/**
 * The overview strip under the timeline: how the whole file's events spread over time, with the
 * visible window drawn on it. Its histogram is computed once per file, width and filter.
 */
final class Overview {

    private TimelineIndex cachedIndex;
    private Object cachedMatches;
    private int cachedWidth = -1;
    private int[] columns = new int[0];
    private int max;

    /** The scale of the strip: the whole file across the width. */
    static TimeScale scaleOf(TimelineIndex index, double width) {
        long from = index.isEmpty() ? 0 : index.minMillis();
        long to = index.isEmpty() ? 0 : index.maxMillis();
        return TimeScale.fit(from, to, width, 6);
    }

    void paint(Surface gc, TimelinePainter.Frame f) {
        double top = f.mainHeight();
        double h = TimelinePainter.OVERVIEW_HEIGHT;
        gc.setFill(f.style().axisBackground());
        gc.fillRect(0, top, f.width(), h);
        gc.setStroke(f.style().gridMajor());
        gc.setLineWidth(1);
        gc.strokeLine(0, top + 0.5, f.width(), top + 0.5);
        TimelineIndex index = f.index();
        if (index.isEmpty()) {
            return;
        }
        TimeScale strip = scaleOf(index, f.width());
        histogram(f, strip);
        gc.setFill(f.style().event().deriveColor(0, 1, 1, 0.55));
        double usable = h - 8;
        for (int x = 0; x < columns.length; x++) {
            if (columns[x] > 0) {
                double bar = Math.max(1, usable * Math.sqrt(columns[x] / (double) max));
                gc.fillRect(x, top + h - 3 - bar, 1, bar);
            }
        }
        // The visible window.
        double x0 = Math.max(0, strip.toX(f.scale().toMillis(0)));
        double x1 = Math.min(f.width(), strip.toX(f.scale().toMillis(f.width())));
        if (x1 - x0 < 3) {
            double c = (x0 + x1) / 2;
            x0 = c - 1.5;
            x1 = c + 1.5;
        }
        gc.setFill(f.style().selection().deriveColor(0, 1, 1, 0.12));
        gc.fillRect(x0, top + 2, x1 - x0, h - 4);
        gc.setStroke(f.style().selection());
        gc.setLineWidth(1.5);
        gc.strokeRect(x0 + 0.75, top + 2.75, Math.max(0, x1 - x0 - 1.5), h - 5.5);
    }

    private void histogram(TimelinePainter.Frame f, TimeScale strip) {
        int width = (int) Math.ceil(f.width());
        if (f.index() == cachedIndex && width == cachedWidth && f.matches() == cachedMatches) {
            return;
        }
        TimelineIndex index = f.index();
        columns = new int[width];
        max = 1;
        for (int i = 0; i < index.size(); i++) {
            if (f.shown(i)) {
                int x = (int) strip.toX(index.anchor(i));
                if (x >= 0 && x < width) {
                    max = Math.max(max, ++columns[x]);
                }
            }
        }
        cachedIndex = index;
        cachedWidth = width;
        cachedMatches = f.matches();
    }
}
