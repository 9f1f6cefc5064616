package org.eventscope.timeline;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.timeline.TimelineItems.Item;
import org.eventscope.view.TextMeasure;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a timeline frame on a canvas: background and axis, then the events in lanes, then the
 * overlay. Returns where each event was drawn so that clicks can be matched to events.
 */
final class TimelinePainter {

    static final double AXIS_HEIGHT = 46;
    static final double LANE_TOP = AXIS_HEIGHT + 10;
    static final double LANE_HEIGHT = 30;
    static final double BAR_HEIGHT = 18;
    static final double MARKER = 7;
    static final double MAX_LABEL = 300;
    /** Above this many events in view, the timeline shows their density instead of labels. */
    static final int MAX_LABELLED = 1500;

    private static final Color BACKGROUND = Color.web("#ffffff");
    private static final Color AXIS_BG = Color.web("#f6f8fa");
    private static final Color AXIS_TEXT = Color.web("#57606a");
    private static final Color AXIS_STRONG = Color.web("#24292f");
    private static final Color GRID = Color.web("#eaeef2");
    private static final Color GRID_MAJOR = Color.web("#d0d7de");
    private static final Color LABEL = Color.web("#1f2328");
    private static final Color SELECTION = Color.web("#1f2328");
    private static final Color DEFAULT_EVENT = Color.web("#0969da");

    /** Where an event was drawn: its marker or bar, and that with its label. */
    record Hit(Event event, Bounds marker, Bounds bounds) {
    }

    private final TextMeasure measure = new TextMeasure();
    private final Font font = Font.font(Font.getDefault().getFamily(), 13);
    private final Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);
    private final Font axisFont = Font.font(Font.getDefault().getFamily(), 12);
    private final Font axisBold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);

    /**
     * How far right of its anchor (a point's marker, or a bar's end) an event's label reaches at
     * most, so that "fit all" can leave room for every label.
     */
    double labelReach(Event event) {
        // Measured in bold, as a selected event's label is drawn.
        return MARKER + 5 + measure.width(measure.fit(event.title(), bold, MAX_LABEL), bold) + 4;
    }

    List<Hit> paint(GraphicsContext gc, double width, double height, EventFile file, TimelineItems items,
                    TimeScale scale, ZoneId zone, Locale locale, Event selected) {
        gc.save();
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, width, height);
        paintAxis(gc, width, height, scale, zone, locale);
        List<Hit> hits = paintEvents(gc, width, height, file, items, scale, selected);
        gc.restore();
        return hits;
    }

    private void paintAxis(GraphicsContext gc, double width, double height, TimeScale scale, ZoneId zone,
                           Locale locale) {
        TickGenerator.Axis axis = new TickGenerator(zone, locale, 50).ticks(scale, width);
        gc.setFill(AXIS_BG);
        gc.fillRect(0, 0, width, AXIS_HEIGHT);
        gc.setLineWidth(1);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(axisFont);
        for (Tick t : axis.minor()) {
            double x = snap(scale.toX(t.millis()));
            gc.setStroke(GRID);
            gc.strokeLine(x, AXIS_HEIGHT, x, height);
            gc.setStroke(GRID_MAJOR);
            gc.strokeLine(x, 24, x, AXIS_HEIGHT);
            gc.setFill(AXIS_TEXT);
            gc.fillText(t.label(), x + 4, 35);
        }
        gc.setFont(axisBold);
        List<Tick> major = axis.major();
        for (int i = 0; i < major.size(); i++) {
            double x = snap(scale.toX(major.get(i).millis()));
            gc.setStroke(GRID_MAJOR);
            gc.strokeLine(x, 0, x, height);
            // The label sticks to the left edge while its period is in view, so the context is never lost.
            double labelX = Math.max(x, 0) + 6;
            double w = measure.width(major.get(i).label(), axisBold);
            if (i + 1 < major.size()) {
                double nextX = scale.toX(major.get(i + 1).millis());
                labelX = Math.min(labelX, nextX - w - 8);
            }
            gc.setFill(AXIS_STRONG);
            gc.fillText(major.get(i).label(), labelX, 12);
        }
        gc.setStroke(GRID_MAJOR);
        gc.strokeLine(0, AXIS_HEIGHT - 0.5, width, AXIS_HEIGHT - 0.5);
    }

    private List<Hit> paintEvents(GraphicsContext gc, double width, double height, EventFile file,
                                  TimelineItems items, TimeScale scale, Event selected) {
        List<Item> visible = new ArrayList<>();
        double viewStart = scale.toMillis(-MAX_LABEL - 20);
        double viewEnd = scale.toMillis(width + 20);
        List<Item> all = items.items();
        int last = items.firstStartingAfter((long) Math.ceil(viewEnd));
        for (int i = 0; i < last; i++) {
            Item it = all.get(i);
            if (it.endMillis() >= viewStart) {
                visible.add(it);
                if (visible.size() > MAX_LABELLED) {
                    return paintDensity(gc, width, height, items, scale, last);
                }
            }
        }
        int n = visible.size();
        double[] left = new double[n];
        double[] right = new double[n];
        double[] labelX = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            Item it = visible.get(i);
            double x0 = scale.toX(it.startMillis());
            double x1 = scale.toX(it.endMillis());
            Font f = it.event().equals(selected) ? bold : font;
            labels[i] = measure.fit(it.event().title(), f, MAX_LABEL);
            double lw = measure.width(labels[i], f);
            boolean bar = x1 - x0 >= MARKER * 2;
            if (bar) {
                double inside = Math.max(x0, 0) + 6;
                labelX[i] = inside + lw + 6 <= x1 ? inside : x1 + 6;
                left[i] = x0;
                right[i] = Math.max(x1, labelX[i] + lw);
            } else {
                double anchor = scale.toX(it.anchorMillis());
                labelX[i] = anchor + MARKER + 5;
                left[i] = anchor - MARKER;
                right[i] = labelX[i] + lw;
                if (right[i] > width && anchor - MARKER - 5 - lw >= 0) {
                    // Near the right edge the label goes to the left of its marker.
                    labelX[i] = anchor - MARKER - 5 - lw;
                    left[i] = labelX[i];
                    right[i] = anchor + MARKER;
                }
            }
        }
        int maxLanes = Math.max(1, (int) ((height - LANE_TOP) / LANE_HEIGHT));
        int[] lanes = LaneLayout.assign(left, right, 8, maxLanes);
        Map<String, Color> colors = categoryColors(file);
        List<Hit> hits = new ArrayList<>();
        int hidden = 0;
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < n; i++) {
            if (lanes[i] < 0) {
                hidden++;
                continue;
            }
            Item it = visible.get(i);
            double y = LANE_TOP + lanes[i] * LANE_HEIGHT;
            boolean isSelected = it.event().equals(selected);
            Color color = colors.getOrDefault(it.event().category(), DEFAULT_EVENT);
            double x0 = scale.toX(it.startMillis());
            double x1 = scale.toX(it.endMillis());
            boolean bar = x1 - x0 >= MARKER * 2;
            if (bar) {
                paintBar(gc, it, x0, x1, y, color, isSelected);
            } else {
                paintMarker(gc, scale.toX(it.anchorMillis()), y + BAR_HEIGHT / 2, color, isSelected, it.uncertain());
            }
            boolean inside = bar && labelX[i] < x1;
            gc.setFont(isSelected ? bold : font);
            gc.setFill(inside && !it.uncertain() ? Color.WHITE : LABEL);
            gc.fillText(labels[i], labelX[i], y + BAR_HEIGHT / 2);
            Bounds marker = bar ? new BoundingBox(x0, y, x1 - x0, BAR_HEIGHT)
                    : new BoundingBox(scale.toX(it.anchorMillis()) - MARKER, y + BAR_HEIGHT / 2 - MARKER,
                    2 * MARKER, 2 * MARKER);
            hits.add(new Hit(it.event(), marker,
                    new BoundingBox(left[i], y - 2, right[i] - left[i], BAR_HEIGHT + 4)));
        }
        if (hidden > 0) {
            String text = hidden + (hidden == 1 ? " event" : " events") + " not shown here: zoom in";
            gc.setFont(axisFont);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setFill(AXIS_TEXT);
            gc.fillText(text, width - 8, height - 12);
        }
        return hits;
    }

    /**
     * Too many events in view to label each: draws how many start in each pixel column, and asks
     * the reader to zoom in.
     */
    private List<Hit> paintDensity(GraphicsContext gc, double width, double height, TimelineItems items,
                                   TimeScale scale, int last) {
        int columns = (int) Math.ceil(width);
        int[] counts = new int[columns];
        int max = 0;
        int total = 0;
        List<Item> all = items.items();
        for (int i = 0; i < last; i++) {
            int x = (int) scale.toX(all.get(i).anchorMillis());
            if (x >= 0 && x < columns) {
                max = Math.max(max, ++counts[x]);
                total++;
            }
        }
        double top = LANE_TOP;
        double bottom = height - 30;
        gc.setFill(DEFAULT_EVENT.deriveColor(0, 1, 1, 0.75));
        for (int x = 0; x < columns; x++) {
            if (counts[x] > 0) {
                // Square root, so that sparse columns stay visible beside dense ones.
                double h = Math.max(1, (bottom - top) * Math.sqrt(counts[x] / (double) max));
                gc.fillRect(x, bottom - h, 1, h);
            }
        }
        gc.setFont(axisFont);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(AXIS_TEXT);
        gc.fillText(String.format(java.util.Locale.getDefault(), "%,d events in view — zoom in to read them", total),
                8, height - 12);
        return List.of();
    }

    private void paintBar(GraphicsContext gc, Item it, double x0, double x1, double y, Color color,
                          boolean selected) {
        double w = x1 - x0;
        if (it.uncertain()) {
            // A period of which only the month (or year) is known: a soft span with a dashed edge.
            gc.setFill(color.deriveColor(0, 1, 1, 0.16));
            gc.fillRoundRect(x0, y, w, BAR_HEIGHT, 6, 6);
            gc.setStroke(color);
            gc.setLineDashes(4, 3);
            gc.setLineWidth(1);
            gc.strokeRoundRect(x0 + 0.5, y + 0.5, w - 1, BAR_HEIGHT - 1, 6, 6);
            gc.setLineDashes((double[]) null);
        } else if (it.event().endApproximate()) {
            // An approximate end fades out over the last part of the bar.
            double fade = Math.min(w / 2, 40);
            double stop = (w - fade) / w;
            gc.setFill(new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE,
                    new Stop(0, color), new Stop(stop, color), new Stop(1, color.deriveColor(0, 1, 1, 0.08))));
            gc.fillRoundRect(x0, y, w, BAR_HEIGHT, 6, 6);
        } else {
            gc.setFill(color);
            gc.fillRoundRect(x0, y, w, BAR_HEIGHT, 6, 6);
        }
        if (selected) {
            gc.setStroke(SELECTION);
            gc.setLineWidth(2);
            gc.strokeRoundRect(x0 - 1.5, y - 1.5, w + 3, BAR_HEIGHT + 3, 8, 8);
        }
    }

    private void paintMarker(GraphicsContext gc, double x, double cy, Color color, boolean selected, boolean soft) {
        double[] xs = {x, x + MARKER, x, x - MARKER};
        double[] ys = {cy - MARKER, cy, cy + MARKER, cy};
        gc.setFill(soft ? color.deriveColor(0, 1, 1, 0.4) : color);
        gc.fillPolygon(xs, ys, 4);
        if (selected) {
            gc.setStroke(SELECTION);
            gc.setLineWidth(2);
            double r = MARKER + 3;
            gc.strokePolygon(new double[]{x, x + r, x, x - r}, new double[]{cy - r, cy, cy + r, cy}, 4);
        }
    }

    private static Map<String, Color> categoryColors(EventFile file) {
        Map<String, Color> out = new HashMap<>();
        if (file != null) {
            for (Category c : file.categories()) {
                if (c.color() != null) {
                    out.put(c.id(), Color.web(c.color()));
                }
            }
        }
        return out;
    }

    private static double snap(double x) {
        return Math.round(x) + 0.5;
    }
}
