package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.BAR_HEIGHT;
import static org.eventscope.timeline.Metrics.HEADER;
import static org.eventscope.timeline.Metrics.LANE_HEIGHT;
import static org.eventscope.timeline.Metrics.MARKER;
import static org.eventscope.timeline.Metrics.snap;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.eventscope.timeline.Placed.BandHeader;
import org.eventscope.timeline.Placed.ClusterMark;
import org.eventscope.timeline.Placed.DensityColumns;
import org.eventscope.timeline.Placed.DensityTotal;
import org.eventscope.timeline.Placed.EventMark;
import org.eventscope.timeline.Placed.Hittable;
import org.eventscope.view.Surface;

/** Draws the events of a frame: category headers, event bars and markers with their labels and the selection, clusters, density. */
final class EventLayer {

    private final FontSet fonts;

    EventLayer(FontSet fonts) {
        this.fonts = fonts;
    }

    void draw(Surface gc, FrameLayout l) {
        Frame f = l.frame();
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (Hittable mark : l.marks()) {
            if (mark instanceof EventMark e) {
                event(gc, f.style(), e);
            } else if (mark instanceof ClusterMark c) {
                cluster(gc, f.style(), c);
            } else if (mark instanceof BandHeader h) {
                header(gc, f, h);
            }
        }
        for (DensityColumns d : l.density()) {
            density(gc, d);
        }
        DensityTotal total = l.total();
        if (total != null) {
            gc.setFont(fonts.font(TextStyle.AXIS));
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setFill(f.style().axisText());
            gc.fillText(total.text(), f.width() - 8, f.mainHeight() - 14);
            gc.setTextAlign(TextAlignment.LEFT);
        }
    }

    private void event(Surface gc, TimelineStyle style, EventMark m) {
        double y = m.y();
        if (m.bar()) {
            bar(gc, m, style);
        } else {
            diamond(gc, m.anchorX(), y + BAR_HEIGHT / 2, m.color(), m.selected(), m.uncertain(), style);
        }
        gc.setFont(fonts.font(m.selected() ? TextStyle.LABEL_BOLD : TextStyle.LABEL));
        Color text = m.labelInside() && !m.uncertain() ? onColor(m.color()) : style.label();
        gc.setFill(text.deriveColor(0, 1, 1, m.dimmed() ? 0.25 : 1));
        gc.fillText(m.label(), m.labelX(), y + BAR_HEIGHT / 2);
        for (int line = 0; line < m.more().size(); line++) {
            gc.fillText(m.more().get(line), m.labelX(), y + BAR_HEIGHT / 2 + (line + 1) * LANE_HEIGHT);
        }
    }

    /** White on a dark bar, near-black on a light one (the palette's yellow, a pale colour of the file's). */
    static Color onColor(Color bar) {
        double luminance = 0.2126 * bar.getRed() + 0.7152 * bar.getGreen() + 0.0722 * bar.getBlue();
        return luminance > 0.6 ? Color.web("#1f2328") : Color.WHITE;
    }

    private static void bar(Surface gc, EventMark m, TimelineStyle style) {
        double x0 = m.x0();
        double y = m.y();
        double w = m.x1() - x0;
        Color color = m.color();
        if (m.uncertain()) {
            // A period of which only the month (or year) is known: a soft span with a dashed edge.
            gc.setFill(color.deriveColor(0, 1, 1, 0.16));
            gc.fillRoundRect(x0, y, w, BAR_HEIGHT, 6, 6);
            gc.setStroke(color);
            gc.setLineDashes(4, 3);
            gc.setLineWidth(1);
            gc.strokeRoundRect(x0 + 0.5, y + 0.5, w - 1, BAR_HEIGHT - 1, 6, 6);
            gc.setLineDashes();
        } else if (m.event().endApproximate()) {
            // An approximate end fades out over the last part of the bar.
            gc.fillFadingRoundRect(x0, y, w, BAR_HEIGHT, 6, color, Math.min(w / 2, 40));
        } else {
            gc.setFill(color);
            gc.fillRoundRect(x0, y, w, BAR_HEIGHT, 6, 6);
        }
        if (m.selected()) {
            gc.setStroke(style.selection());
            gc.setLineWidth(2);
            gc.strokeRoundRect(x0 - 1.5, y - 1.5, w + 3, BAR_HEIGHT + 3, 8, 8);
        }
    }

    private static void diamond(
            Surface gc, double x, double cy, Color color, boolean selected, boolean soft, TimelineStyle style) {
        double[] xs = {x, x + MARKER, x, x - MARKER};
        double[] ys = {cy - MARKER, cy, cy + MARKER, cy};
        gc.setFill(soft ? color.deriveColor(0, 1, 1, 0.4) : color);
        gc.fillPolygon(xs, ys, 4);
        if (selected) {
            gc.setStroke(style.selection());
            gc.setLineWidth(2);
            double r = MARKER + 3;
            gc.strokePolygon(new double[] {x, x + r, x, x - r}, new double[] {cy - r, cy, cy + r, cy}, 4);
        }
    }

    private void cluster(Surface gc, TimelineStyle style, ClusterMark c) {
        Bounds b = c.bounds();
        double x = b.getMinX();
        double y = b.getMinY();
        double w = b.getWidth();
        gc.setFont(fonts.font(TextStyle.AXIS_BOLD));
        gc.setFill(style.axisBackground());
        gc.fillRoundRect(x, y, w, BAR_HEIGHT, BAR_HEIGHT, BAR_HEIGHT);
        gc.setStroke(style.axisText());
        gc.setLineWidth(1);
        gc.strokeRoundRect(x + 0.5, y + 0.5, w - 1, BAR_HEIGHT - 1, BAR_HEIGHT, BAR_HEIGHT);
        gc.setFill(style.axisStrong());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(c.text(), x + w / 2, y + BAR_HEIGHT / 2);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    private void header(Surface gc, Frame f, BandHeader h) {
        double y = h.y();
        gc.setFill(f.style().axisBackground());
        gc.fillRect(0, y, f.width(), HEADER - 2);
        gc.setStroke(f.style().gridMajor());
        gc.setLineWidth(1);
        gc.strokeLine(0, snap(y + HEADER - 2), f.width(), snap(y + HEADER - 2));
        gc.setFill(h.color());
        gc.fillRoundRect(22, y + 6, 9, 9, 3, 3);
        gc.setFill(f.style().axisStrong());
        gc.setFont(fonts.font(TextStyle.AXIS_BOLD));
        gc.setTextAlign(TextAlignment.LEFT);
        if (!f.page()) {
            gc.fillText(h.collapsed() ? "▸" : "▾", 8, y + HEADER / 2 - 1);
        }
        gc.fillText(h.text(), 38, y + HEADER / 2 - 1);
    }

    /** Square root, so that sparse columns stay visible beside dense ones; one colour per pass. */
    private static void density(Surface gc, DensityColumns d) {
        int[] matching = d.matching();
        gc.setFill(d.color().deriveColor(0, 1, 1, matching == null ? 0.8 : 0.2));
        columns(gc, d.counts(), d.max(), d.bottom(), d.usable());
        if (matching != null) {
            gc.setFill(d.color());
            columns(gc, matching, d.max(), d.bottom(), d.usable());
        }
    }

    private static void columns(Surface gc, int[] counts, int max, double bottom, double usable) {
        for (int x = 0; x < counts.length; x++) {
            if (counts[x] > 0) {
                double h = Math.max(1, usable * Math.sqrt(counts[x] / (double) max));
                gc.fillRect(x, bottom - h, 1, h);
            }
        }
    }
}
