package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.BAR_HEIGHT;
import static org.eventscope.timeline.Metrics.HEADER;
import static org.eventscope.timeline.Metrics.MARKER;
import static org.eventscope.timeline.TimelineLayout.format;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.eventscope.i18n.Messages;
import org.eventscope.timeline.Placed.BandHeader;
import org.eventscope.timeline.Placed.ClusterMark;
import org.eventscope.timeline.TimelineLayout.CategoryRow;

/** The marks both the labelled and the density layout place: category headers and clusters. */
final class Marks {

    private Marks() {}

    static BandHeader header(Frame f, CategoryRow band, double y, TextWidths text) {
        String count = band.filtered()
                ? Messages.get(
                        "timeline.headerMatching",
                        format(band.matching(), f.locale()),
                        format(band.count(), f.locale()))
                : format(band.count(), f.locale());
        String label = f.page() ? band.name() : band.name() + "  " + count;
        double w = 38 + text.width(label, TextStyle.AXIS_BOLD) + 8;
        Bounds b = new BoundingBox(0, y, Math.max(w, 120), HEADER - 2);
        return new BandHeader(band.key(), band.color(), band.collapsed(), band.count(), y, label, b);
    }

    /** A cluster's count, centred on its events and kept inside a view {@code width} wide. */
    static ClusterMark cluster(Clustering.Cluster c, double y, String label, TextWidths text, double width) {
        double w =
                Math.max(text.width(label, TextStyle.AXIS_BOLD) + 14, Math.min(c.maxX() - c.minX() + 2 * MARKER, 160));
        double x = Math.max(2, Math.min(c.centerX() - w / 2, width - w - 2));
        return new ClusterMark(new BoundingBox(x, y, w, BAR_HEIGHT), c.fromMillis(), c.toMillis(), c.count(), label);
    }
}
