package org.eventscope.timeline;

import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.view.CanvasSkin;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws a {@link TimelineView} on one canvas. Property changes only mark the canvas dirty and
 * request a layout; the frame is drawn once, in the next layout pass.
 */
public class TimelineViewSkin extends CanvasSkin<TimelineView> {

    private static final double FIT_PADDING = 40;
    private static final double WHEEL_STEP = 1.15;

    private final TimelinePainter painter = new TimelinePainter();
    private final InvalidationListener itemsChanged = o -> {
        items = null;
        markDirty();
    };
    private final InvalidationListener redraw = o -> markDirty();

    private TimelineItems items;
    private List<TimelinePainter.Hit> hits = List.of();
    private double pressX;
    private TimeScale pressScale;
    private boolean dragged;

    public TimelineViewSkin(TimelineView control) {
        super(control, 640, 360, 120, TimelinePainter.LANE_TOP + TimelinePainter.LANE_HEIGHT);
        control.eventFileProperty().addListener(itemsChanged);
        control.displayZoneProperty().addListener(itemsChanged);
        control.selectedEventProperty().addListener(redraw);
        control.scaleProperty().addListener(redraw);
        control.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        control.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        control.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        control.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        control.addEventHandler(ZoomEvent.ZOOM, this::zoomed);
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    @Override
    public void dispose() {
        TimelineView control = getSkinnable();
        control.eventFileProperty().removeListener(itemsChanged);
        control.displayZoneProperty().removeListener(itemsChanged);
        control.selectedEventProperty().removeListener(redraw);
        control.scaleProperty().removeListener(redraw);
        control.removeEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        control.removeEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        control.removeEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        control.removeEventHandler(ScrollEvent.SCROLL, this::scrolled);
        control.removeEventHandler(ZoomEvent.ZOOM, this::zoomed);
        control.removeEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        super.dispose();
    }

    @Override
    protected void beforeDraw(double width, double height) {
        if (getSkinnable().getScale() == null && width > 0) {
            fitAll();
        }
    }

    private TimelineItems items() {
        if (items == null) {
            items = TimelineItems.of(getSkinnable().getEventFile(), zone());
        }
        return items;
    }

    private ZoneId zone() {
        TimelineView c = getSkinnable();
        if (c.getDisplayZone() != null) {
            return c.getDisplayZone();
        }
        EventFile f = c.getEventFile();
        return f == null ? ZoneId.systemDefault() : f.displayZone();
    }

    @Override
    protected void draw() {
        TimelineView c = getSkinnable();
        TimeScale scale = c.getScale();
        if (scale == null) {
            return;
        }
        hits = painter.paint(canvas().getGraphicsContext2D(), canvas().getWidth(), canvas().getHeight(),
                c.getEventFile(), items(), scale, zone(), Locale.getDefault(), c.getSelectedEvent());
    }

    /**
     * Shows every event with its whole label: the widest scale at which each label ends inside
     * the view, leaving {@link #FIT_PADDING} on the left.
     */
    void fitAll() {
        TimelineView c = getSkinnable();
        double w = c.getWidth() > 0 ? c.getWidth() : c.prefWidth(-1);
        TimelineItems all = items();
        if (all.isEmpty()) {
            long now = System.currentTimeMillis();
            c.setScale(TimeScale.fit(now, now, w, FIT_PADDING));
            return;
        }
        long start = all.minMillis();
        if (all.items().size() > TimelinePainter.MAX_LABELLED) {
            // Too many to label at full extent: the density view needs no room for labels.
            c.setScale(TimeScale.fit(start, all.maxMillis(), w, FIT_PADDING));
            return;
        }
        double mpp = 0;
        for (TimelineItems.Item it : all.items()) {
            // Keep at least a third of the view for time, however long the label.
            double room = Math.max(w / 3, w - FIT_PADDING - painter.labelReach(it.event()));
            mpp = Math.max(mpp, (it.endMillis() - start) / room);
        }
        if (mpp <= 0) {
            c.setScale(TimeScale.fit(start, all.maxMillis(), w, FIT_PADDING));
            return;
        }
        c.setScale(TimeScale.anchored(start, FIT_PADDING, mpp));
    }

    Optional<TimelinePainter.Hit> hitOf(Event event) {
        return hits.stream().filter(h -> h.event().equals(event)).findFirst();
    }

    private Optional<Event> eventAt(double x, double y) {
        // Later hits are drawn on top; search from the end.
        for (int i = hits.size() - 1; i >= 0; i--) {
            if (hits.get(i).bounds().contains(x, y)) {
                return Optional.of(hits.get(i).event());
            }
        }
        return Optional.empty();
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressScale = getSkinnable().getScale();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (pressScale == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - pressX;
        if (Math.abs(dx) > 3) {
            dragged = true;
        }
        if (dragged) {
            getSkinnable().setScale(pressScale.pan(dx));
        }
    }

    private void released(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            getSkinnable().setSelectedEvent(eventAt(e.getX(), e.getY()).orElse(null));
        }
        pressScale = null;
        dragged = false;
    }

    private void scrolled(ScrollEvent e) {
        TimeScale s = getSkinnable().getScale();
        if (s == null) {
            return;
        }
        if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double dx = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            getSkinnable().setScale(s.pan(dx));
        } else if (e.getDeltaY() != 0) {
            double factor = Math.pow(WHEEL_STEP, e.getDeltaY() / 40.0);
            getSkinnable().setScale(s.zoom(factor, e.getX()));
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        TimeScale s = getSkinnable().getScale();
        if (s != null) {
            getSkinnable().setScale(s.zoom(e.getZoomFactor(), e.getX()));
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        TimelineView c = getSkinnable();
        switch (e.getCode()) {
            case LEFT -> select(-1);
            case RIGHT -> select(1);
            case HOME -> selectIndex(0);
            case END -> selectIndex(items().items().size() - 1);
            case PLUS, ADD, EQUALS -> c.zoom(1.5);
            case MINUS, SUBTRACT -> c.zoom(1 / 1.5);
            case F -> c.fitAll();
            case ESCAPE -> c.setSelectedEvent(null);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void select(int direction) {
        int i = items().indexOf(getSkinnable().getSelectedEvent());
        selectIndex(i < 0 ? (direction > 0 ? 0 : items().items().size() - 1) : i + direction);
    }

    private void selectIndex(int i) {
        List<TimelineItems.Item> all = items().items();
        if (i < 0 || i >= all.size()) {
            return;
        }
        TimelineItems.Item item = all.get(i);
        TimelineView c = getSkinnable();
        c.setSelectedEvent(item.event());
        // Bring the selected event into view when it is outside.
        TimeScale s = c.getScale();
        double x = s.toX(item.anchorMillis());
        if (x < 20 || x > c.getWidth() - 20) {
            c.setScale(s.pan(c.getWidth() / 2 - x));
        }
    }
}
