package org.eventscope.timeline;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.eventscope.model.EventFile;
import org.eventscope.view.Surface;

/**
 * Draws a window of a timeline for export, with the painter the control uses: the same lanes,
 * labels and clusters, without the overview strip and the "now" marker, which mean nothing on
 * a page. Must run on the JavaFX application thread (text is measured there).
 *
 * @param file      the document
 * @param index     its index ({@link TimelineIndex#of} when none was built)
 * @param fromMillis the first instant shown
 * @param toMillis  the last instant shown
 * @param zone      the zone of the axis
 * @param collapsed the categories shown as a header only
 * @param style     colours and font size
 */
public record TimelineExport(
        EventFile file,
        TimelineIndex index,
        long fromMillis,
        long toMillis,
        ZoneId zone,
        Set<String> collapsed,
        TimelineStyle style) {

    /** The whole file with a margin, in its display zone, in the light style. */
    public static TimelineExport whole(EventFile file) {
        TimelineIndex index = TimelineIndex.of(file);
        long from = index.isEmpty() ? 0 : index.minMillis();
        long to = index.isEmpty() ? 86_400_000L : Math.max(index.maxMillis(), from + 60_000);
        long margin = (to - from) / 20;
        return new TimelineExport(
                file, index, from - margin, to + margin, file.displayZone(), Set.of(), TimelineStyle.LIGHT);
    }

    /** The same, over another stretch of time. */
    public TimelineExport between(long from, long to) {
        return new TimelineExport(file, index, from, to, zone, collapsed, style);
    }

    private Frame frame(double width, double height) {
        TimeScale scale = TimeScale.fit(fromMillis, toMillis, width, 0);
        return new Frame(
                width,
                height,
                file,
                index,
                scale,
                zone,
                Locale.getDefault(),
                null,
                null,
                false,
                Long.MIN_VALUE,
                style,
                collapsed,
                false);
    }

    /** Draws the window on {@code surface} in a {@code width} x {@code height} area at its origin. */
    public void paint(Surface surface, double width, double height) {
        new TimelinePainter().paint(surface, frame(width, height));
    }
}
