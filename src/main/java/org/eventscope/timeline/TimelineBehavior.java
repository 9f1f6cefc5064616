package org.eventscope.timeline;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.timeline.Placed.BandHeader;
import org.eventscope.timeline.Placed.ClusterMark;
import org.eventscope.timeline.Placed.EventMark;
import org.eventscope.timeline.Placed.Hittable;
import org.jspecify.annotations.Nullable;

/**
 * What the timeline does with mouse, gesture and keyboard input: the wheel zooms around the
 * cursor, dragging pans, a click selects an event, opens a cluster or folds a category, the
 * overview strip moves the view, and the arrow keys step through events. Asks the skin's
 * {@link FrameLayout} what is where; changes only the control's properties.
 */
final class TimelineBehavior {

    private static final double WHEEL_STEP = 1.15;

    private final TimelineView control;
    private final TimelineViewSkin skin;
    private final Tooltip tooltip = new Tooltip();
    private double pressX;
    private @Nullable TimeScale pressScale;
    private boolean dragged;
    private boolean draggingOverview;
    /** The event being dragged, or {@code null}. */
    private @Nullable EventMark dragging;

    private TimelineView.Edge dragEdge = TimelineView.Edge.WHOLE;
    /** Esc was pressed during the drag: the release does nothing. */
    private boolean dragCancelled;

    /** How near (px) to a range's end a press takes that end alone. */
    private static final double EDGE = 6;

    /** The event the tooltip describes now, or {@code null}. */
    private @Nullable Event hovered;

    TimelineBehavior(TimelineView control, TimelineViewSkin skin) {
        this.control = control;
        this.skin = skin;
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    void dispose() {
        Tooltip.uninstall(control, tooltip);
    }

    private Optional<Hittable> hitAt(double x, double y) {
        return skin.layout().flatMap(l -> l.hitAt(x, y));
    }

    private boolean inOverview(double y) {
        return y >= control.getHeight() - Metrics.OVERVIEW_HEIGHT;
    }

    /** Centres the view on the time under {@code x} in the overview strip. */
    private void centreOnOverview(double x) {
        TimeScale s = control.getScale();
        if (s == null || !control.hasEvents()) {
            return;
        }
        double millis = skin.overviewScale().toMillis(x);
        control.setScale(TimeScale.anchored(millis, control.getWidth() / 2, s.millisPerPixel()));
    }

    void pressed(MouseEvent e) {
        control.requestFocus();
        pressX = e.getX();
        pressScale = control.getScale();
        dragged = false;
        draggingOverview = inOverview(e.getY());
        dragging = null;
        dragCancelled = false;
        if (draggingOverview && e.getButton() == MouseButton.PRIMARY) {
            centreOnOverview(e.getX());
        } else if (e.getButton() == MouseButton.PRIMARY && control.getOnMove() != null) {
            Optional<Hittable> hit = hitAt(e.getX(), e.getY());
            if (hit.isPresent() && hit.get() instanceof EventMark m) {
                dragging = m;
                dragEdge = edgeAt(m, e.getX());
            }
        }
    }

    /** The part of {@code m} a press at {@code x} takes: an end of a bar near it, else the whole event. */
    private static TimelineView.Edge edgeAt(EventMark m, double x) {
        if (m.bar() && m.x1() - m.x0() > 3 * EDGE) {
            if (Math.abs(x - m.x0()) <= EDGE) {
                return TimelineView.Edge.START;
            }
            if (Math.abs(x - m.x1()) <= EDGE) {
                return TimelineView.Edge.END;
            }
        }
        return TimelineView.Edge.WHOLE;
    }

    void dragged(MouseEvent e) {
        TimeScale start = pressScale;
        if (start == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (draggingOverview) {
            centreOnOverview(e.getX());
            dragged = true;
            return;
        }
        double dx = e.getX() - pressX;
        if (Math.abs(dx) > 3) {
            dragged = true;
        }
        EventMark m = dragging;
        if (m != null) {
            if (dragged && !dragCancelled) {
                skin.showDragPreview(preview(m, dx), m.color());
            }
            return;
        }
        if (dragged) {
            control.setScale(start.pan(dx));
        }
    }

    /** Where the dragged event would stand: the bar with the dragged end or both moved, or the marker moved. */
    private javafx.geometry.Bounds preview(EventMark m, double dx) {
        javafx.geometry.Bounds b = m.bar() ? m.bounds() : m.marker();
        double x0 = m.bar() ? m.x0() : b.getMinX();
        double x1 = m.bar() ? m.x1() : b.getMaxX();
        double y = m.bar() ? m.y() : b.getMinY();
        double h = m.bar() ? Metrics.BAR_HEIGHT : b.getHeight();
        switch (dragEdge) {
            case START -> x0 = Math.min(x0 + dx, x1 - 1);
            case END -> x1 = Math.max(x1 + dx, x0 + 1);
            case WHOLE -> {
                x0 += dx;
                x1 += dx;
            }
        }
        return new javafx.geometry.BoundingBox(x0, y, x1 - x0, h);
    }

    void released(MouseEvent e) {
        EventMark moved = dragging;
        if (moved != null && dragged) {
            skin.hideDragPreview();
            TimeScale s = pressScale;
            var onMove = control.getOnMove();
            if (!dragCancelled && s != null && onMove != null) {
                long delta = Math.round((e.getX() - pressX) * s.millisPerPixel());
                onMove.accept(new TimelineView.Move(moved.event(), dragEdge, delta));
            }
            dragging = null;
            pressScale = null;
            dragged = false;
            return;
        }
        dragging = null;
        if (!dragged && !draggingOverview && e.getButton() == MouseButton.PRIMARY) {
            Optional<Hittable> hit = hitAt(e.getX(), e.getY());
            if (hit.isPresent() && hit.get() instanceof ClusterMark c) {
                openCluster(c);
            } else if (hit.isPresent() && hit.get() instanceof BandHeader h) {
                toggle(h.key());
            } else if (hit.isEmpty() && e.getClickCount() == 2 && control.getOnCreate() != null) {
                TimeScale s = control.getScale();
                if (s != null) {
                    control.getOnCreate().accept((long) s.toMillis(e.getX()));
                }
            } else {
                control.setSelectedEvent(hit.isPresent() && hit.get() instanceof EventMark m ? m.event() : null);
            }
        }
        pressScale = null;
        dragged = false;
        draggingOverview = false;
    }

    private void toggle(String band) {
        var collapsed = control.getCollapsedCategories();
        if (!collapsed.remove(band)) {
            collapsed.add(band);
        }
    }

    /** Zooms so that the cluster's events spread over the view. */
    private void openCluster(ClusterMark cluster) {
        TimeScale s = control.getScale();
        if (s == null) {
            return;
        }
        long from = cluster.fromMillis();
        long to = Math.max(cluster.toMillis(), from + 1);
        double w = control.getWidth();
        TimeScale fitted = TimeScale.fit(from, to, w, TimelineViewSkin.FIT_PADDING, Metrics.MAX_LABEL / 2);
        // Always zoom in at least twofold, so a click on a cluster makes progress.
        if (fitted.millisPerPixel() > s.millisPerPixel() / 2) {
            fitted = TimeScale.anchored((from + to) / 2.0, w / 2, s.millisPerPixel() / 2);
        }
        control.setScale(fitted);
    }

    void moved(MouseEvent e) {
        Optional<Hittable> hit = hitAt(e.getX(), e.getY());
        // Where an end of a range can be dragged, the cursor says so.
        boolean edge = control.getOnMove() != null
                && hit.isPresent()
                && hit.get() instanceof EventMark m
                && edgeAt(m, e.getX()) != TimelineView.Edge.WHOLE;
        control.setCursor(edge ? javafx.scene.Cursor.H_RESIZE : null);
        if (hit.isEmpty()) {
            hovered = null;
            Tooltip.uninstall(control, tooltip);
            return;
        }
        Hittable h = hit.get();
        if (h instanceof EventMark m) {
            EventFile file = control.getEventFile();
            if (!m.event().equals(hovered) && file != null) {
                // Built once per event hovered, not per mouse move.
                hovered = m.event();
                // No text beside the card: a wrapped text the tooltip does not show still sizes it.
                tooltip.setText(null);
                tooltip.setWrapText(false);
                tooltip.setGraphic(
                        HoverCard.of(m.event(), file, skin.zone(), Locale.getDefault(), control.thumbnail(m.event())));
                tooltip.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }
        } else {
            hovered = null;
            tooltip.setGraphic(null);
            tooltip.setContentDisplay(ContentDisplay.TEXT_ONLY);
            tooltip.setWrapText(true);
            tooltip.setText(tip(h));
        }
        Tooltip.install(control, tooltip);
    }

    private String tip(Hittable h) {
        if (h instanceof BandHeader header) {
            String key = control.getCollapsedCategories().contains(header.key())
                    ? "timeline.tip.show"
                    : "timeline.tip.collapse";
            return Messages.get(key, Messages.count(header.count(), "count.event"));
        }
        int count = h instanceof ClusterMark c ? c.count() : 1;
        return Messages.get("timeline.tip.cluster", Messages.count(count, "count.event"));
    }

    void scrolled(ScrollEvent e) {
        TimeScale s = control.getScale();
        if (s == null) {
            return;
        }
        if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double dx = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            control.setScale(s.pan(dx));
        } else if (e.getDeltaY() != 0) {
            double factor = Math.pow(WHEEL_STEP, e.getDeltaY() / 40.0);
            control.setScale(s.zoom(factor, e.getX()));
        }
        e.consume();
    }

    void zoomed(ZoomEvent e) {
        TimeScale s = control.getScale();
        if (s != null) {
            control.setScale(s.zoom(e.getZoomFactor(), e.getX()));
            e.consume();
        }
    }

    void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return; // menu shortcuts such as Ctrl+F are the window's
        }
        switch (e.getCode()) {
            case LEFT -> select(-1);
            case RIGHT -> select(1);
            case HOME -> selectIndex(0, 1);
            case END -> selectIndex(items().size() - 1, -1);
            case PLUS, ADD, EQUALS -> control.zoom(1.5);
            case MINUS, SUBTRACT -> control.zoom(1 / 1.5);
            case F -> control.fitAll();
            case ESCAPE -> {
                if (dragging != null && dragged) {
                    // Cancels the drag: the event stays where it was.
                    dragCancelled = true;
                    skin.hideDragPreview();
                } else {
                    control.setSelectedEvent(null);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * The events the keys step through: the file's, or in source mode those the source gave for
     * the view drawn (a table's events are never all at hand).
     */
    private TimelineIndex items() {
        if (control.getSource() != null) {
            return skin.layout().map(l -> l.frame().index()).orElse(control.resolvedIndex());
        }
        return control.resolvedIndex();
    }

    private void select(int direction) {
        TimelineIndex all = items();
        Event selected = control.getSelectedEvent();
        int i = selected == null ? -1 : all.indexOf(selected);
        selectIndex(i < 0 ? (direction > 0 ? 0 : all.size() - 1) : i + direction, direction);
    }

    /** Selects item {@code i}, or the next shown one in {@code direction} when it is hidden by the filter. */
    private void selectIndex(int i, int direction) {
        TimelineIndex all = items();
        BitSet m = control.getSource() != null ? null : control.matches();
        boolean hide = control.isHideUnmatched();
        while (i >= 0 && i < all.size() && hide && m != null && !m.get(i)) {
            i += direction;
        }
        if (i < 0 || i >= all.size()) {
            return;
        }
        control.setSelectedEvent(all.event(i));
        // Bring the selected event into view when it is outside.
        TimeScale s = control.getScale();
        if (s == null) {
            return;
        }
        double x = s.toX(all.anchor(i));
        if (x < 20 || x > control.getWidth() - 20) {
            control.setScale(s.pan(control.getWidth() / 2 - x));
        }
    }
}
