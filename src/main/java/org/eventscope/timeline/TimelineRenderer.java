package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.AXIS_HEIGHT;
import static org.eventscope.timeline.Metrics.OVERVIEW_HEIGHT;
import static org.eventscope.timeline.Metrics.snap;

import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;
import org.eventscope.timeline.Placed.AxisTick;
import org.eventscope.timeline.Placed.EraSpan;
import org.eventscope.timeline.Placed.NowMark;
import org.eventscope.timeline.Placed.OverviewStrip;
import org.eventscope.timeline.Placed.ReportMark;
import org.eventscope.view.Surface;

/**
 * Draws a {@link FrameLayout} on a {@link Surface} in layers, back to front: background, eras,
 * axis, events (or their density), the "now" marker, the overview strip. The screen, PNG and SVG
 * exports all draw through it. Decides nothing about positions: those are the layout's.
 */
final class TimelineRenderer {

    private final FontSet fonts;
    private final EventLayer events;

    TimelineRenderer(FontSet fonts) {
        this.fonts = fonts;
        this.events = new EventLayer(fonts);
    }

    void draw(Surface gc, FrameLayout l) {
        Frame f = l.frame();
        gc.save();
        gc.setFill(f.style().background());
        gc.fillRect(0, 0, f.width(), f.height());
        eras(gc, l);
        axis(gc, l);
        events.draw(gc, l);
        now(gc, l);
        OverviewStrip strip = l.overview();
        if (strip != null) {
            overview(gc, f, strip);
        }
        gc.restore();
    }

    private void eras(Surface gc, FrameLayout l) {
        Frame f = l.frame();
        double bottom = f.mainHeight();
        for (EraSpan era : l.eras()) {
            gc.setFill(era.fill());
            gc.fillRect(era.x0(), AXIS_HEIGHT, era.x1() - era.x0(), bottom - AXIS_HEIGHT);
            gc.setFill(f.style().axisText());
            gc.setFont(fonts.font(TextStyle.AXIS_BOLD));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(era.label(), era.labelX(), bottom - 10);
        }
    }

    private void axis(Surface gc, FrameLayout l) {
        Frame f = l.frame();
        TimelineStyle s = f.style();
        double bottom = f.mainHeight();
        gc.setFill(s.axisBackground());
        gc.fillRect(0, 0, f.width(), AXIS_HEIGHT);
        gc.setLineWidth(1);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(fonts.font(TextStyle.AXIS));
        for (AxisTick t : l.ticks()) {
            if (t.major()) {
                continue;
            }
            gc.setStroke(s.grid());
            gc.strokeLine(t.x(), AXIS_HEIGHT, t.x(), bottom);
            gc.setStroke(s.gridMajor());
            gc.strokeLine(t.x(), 24, t.x(), AXIS_HEIGHT);
            String label = t.label();
            if (label != null) {
                gc.setFill(s.axisText());
                gc.fillText(label, t.labelX(), 35);
            }
        }
        gc.setFont(fonts.font(TextStyle.AXIS_BOLD));
        for (AxisTick t : l.ticks()) {
            if (!t.major()) {
                continue;
            }
            gc.setStroke(s.gridMajor());
            gc.strokeLine(t.x(), 0, t.x(), bottom);
            String label = t.label();
            if (label != null) {
                gc.setFill(s.axisStrong());
                gc.fillText(label, t.labelX(), 12);
            }
        }
        gc.setStroke(s.gridMajor());
        gc.strokeLine(0, AXIS_HEIGHT - 0.5, f.width(), AXIS_HEIGHT - 0.5);
        for (ReportMark r : l.reports()) {
            // A small triangle standing on the axis line.
            double x = r.x();
            gc.setFill(s.now().deriveColor(30, 1, 1, 1));
            gc.fillPolygon(
                    new double[] {x - 5, x + 5, x},
                    new double[] {AXIS_HEIGHT - 1, AXIS_HEIGHT - 1, AXIS_HEIGHT - 8},
                    3);
        }
    }

    private void now(Surface gc, FrameLayout l) {
        NowMark now = l.now();
        if (now == null) {
            return;
        }
        Frame f = l.frame();
        double x = now.x();
        gc.setStroke(f.style().now());
        gc.setLineWidth(1.5);
        gc.strokeLine(snap(x), 24, snap(x), f.mainHeight());
        // The label sits on the axis (the layout leaves no tick label there): clear the tick marks under it.
        gc.setFill(f.style().axisBackground());
        gc.fillRect(x + 2, 28, now.labelWidth() + 4, 14);
        gc.setFill(f.style().now());
        gc.setFont(fonts.font(TextStyle.AXIS_BOLD));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(now.label(), x + 4, 35);
    }

    private static void overview(Surface gc, Frame f, OverviewStrip strip) {
        double top = strip.top();
        double h = OVERVIEW_HEIGHT;
        gc.setFill(f.style().axisBackground());
        gc.fillRect(0, top, f.width(), h);
        gc.setStroke(f.style().gridMajor());
        gc.setLineWidth(1);
        gc.strokeLine(0, top + 0.5, f.width(), top + 0.5);
        if (strip.columns().length == 0) {
            return;
        }
        // Each column's height is √(its total / the most); the categories share it, stacked in
        // their order, each in its colour: one colour per pass.
        int[][] columns = strip.columns();
        double usable = h - 8;
        double bottom = top + h - 3;
        int width = columns.length == 0 ? 0 : columns[0].length;
        int[] total = new int[width];
        for (int[] row : columns) {
            for (int x = 0; x < width; x++) {
                total[x] += row[x];
            }
        }
        double[] base = new double[width];
        for (int b = 0; b < columns.length; b++) {
            gc.setFill(strip.colors().get(b).deriveColor(0, 1, 1, 0.75));
            int[] row = columns[b];
            for (int x = 0; x < width; x++) {
                if (row[x] > 0) {
                    double all = Math.max(1, usable * Math.sqrt(total[x] / (double) strip.max()));
                    double part = all * row[x] / total[x];
                    gc.fillRect(x, bottom - base[x] - part, 1, part);
                    base[x] += part;
                }
            }
        }
        double x0 = strip.x0();
        double x1 = strip.x1();
        gc.setFill(f.style().selection().deriveColor(0, 1, 1, 0.12));
        gc.fillRect(x0, top + 2, x1 - x0, h - 4);
        gc.setStroke(f.style().selection());
        gc.setLineWidth(1.5);
        gc.strokeRect(x0 + 0.75, top + 2.75, Math.max(0, x1 - x0 - 1.5), h - 5.5);
    }
}
