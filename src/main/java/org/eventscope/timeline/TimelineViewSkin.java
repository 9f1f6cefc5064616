package org.eventscope.timeline;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.eventscope.model.EventFile;
import org.eventscope.view.CanvasSkin;
import org.eventscope.view.FxSurface;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link TimelineView} on one canvas. A property change forgets the frame's layout and
 * marks the canvas dirty; the layout is made again when drawing or input asks for it, and drawn
 * once, in the next layout pass. Input is handled by {@link TimelineBehavior}.
 */
public class TimelineViewSkin extends CanvasSkin<TimelineView> {

    static final double FIT_PADDING = 40;

    private final TimelinePainter painter = new TimelinePainter();
    private final TimelineBehavior behavior;
    /** The scale the last fit set, and the width it was for: while the view is that scale, it follows the width. */
    private @Nullable TimeScale fittedScale;

    private double fittedWidth;
    /** The current frame's layout, or {@code null} when something it depends on changed. */
    private @Nullable FrameLayout layout;

    /** Where a dragged event would go, drawn over the frame until it is dropped. */
    private final javafx.scene.shape.Rectangle dragPreview = new javafx.scene.shape.Rectangle();

    /** Shows where a dragged event would stand, in its category's colour. */
    void showDragPreview(javafx.geometry.Bounds b, javafx.scene.paint.Color color) {
        dragPreview.setX(b.getMinX());
        dragPreview.setY(b.getMinY());
        dragPreview.setWidth(Math.max(2, b.getWidth()));
        dragPreview.setHeight(b.getHeight());
        dragPreview.setFill(color.deriveColor(0, 1, 1, 0.3));
        dragPreview.setStroke(color);
        dragPreview.setVisible(true);
    }

    void hideDragPreview() {
        dragPreview.setVisible(false);
    }

    private final InvalidationListener changed = o -> {
        layout = null;
        markDirty();
    };

    public TimelineViewSkin(TimelineView control) {
        super(control, 640, 360, 160, Metrics.LANE_TOP + Metrics.LANE_HEIGHT + Metrics.OVERVIEW_HEIGHT);
        for (Observable o : List.<Observable>of(
                control.eventFileProperty(),
                control.indexProperty(),
                control.filterProperty(),
                control.hideUnmatchedProperty(),
                control.displayZoneProperty(),
                control.selectedEventProperty(),
                control.scaleProperty(),
                control.timelineStyleProperty(),
                control.getCollapsedCategories())) {
            listen(o, changed);
        }
        dragPreview.setManaged(false);
        dragPreview.setMouseTransparent(true);
        dragPreview.setVisible(false);
        dragPreview.setArcWidth(6);
        dragPreview.setArcHeight(6);
        dragPreview.getStrokeDashArray().setAll(4.0, 3.0);
        dragPreview.setStrokeWidth(1.5);
        getChildren().add(dragPreview);
        behavior = new TimelineBehavior(control, this);
        handle(MouseEvent.MOUSE_PRESSED, behavior::pressed);
        handle(MouseEvent.MOUSE_DRAGGED, behavior::dragged);
        handle(MouseEvent.MOUSE_RELEASED, behavior::released);
        handle(MouseEvent.MOUSE_MOVED, behavior::moved);
        handle(ScrollEvent.SCROLL, behavior::scrolled);
        handle(ZoomEvent.ZOOM, behavior::zoomed);
        handle(KeyEvent.KEY_PRESSED, behavior::keyPressed);
    }

    @Override
    public void dispose() {
        behavior.dispose();
        super.dispose();
    }

    @Override
    protected void beforeDraw(double width, double height) {
        TimeScale scale = getSkinnable().getScale();
        // Fitted and not moved since, the view stays fitted when the window is resized.
        if (width > 0 && (scale == null || (scale.equals(fittedScale) && width != fittedWidth))) {
            fitAll();
            fittedWidth = width;
        }
    }

    ZoneId zone() {
        TimelineView c = getSkinnable();
        ZoneId zone = c.getDisplayZone();
        if (zone != null) {
            return zone;
        }
        EventFile f = c.getEventFile();
        return f == null ? ZoneId.systemDefault() : f.displayZone();
    }

    /**
     * The layout of the frame as the control's properties and size are now; empty before the
     * first fit or while the control has no size.
     */
    Optional<FrameLayout> layout() {
        TimelineView c = getSkinnable();
        TimeScale scale = c.getScale();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        if (scale == null || w < 1 || h < 1) {
            return Optional.empty();
        }
        FrameLayout l = layout;
        if (l == null || l.frame().width() != w || l.frame().height() != h) {
            Frame frame = new Frame(
                    w,
                    h,
                    c.getEventFile(),
                    c.resolvedIndex(),
                    scale,
                    zone(),
                    Locale.getDefault(),
                    c.getSelectedEvent(),
                    c.matches(),
                    c.isHideUnmatched(),
                    System.currentTimeMillis(),
                    c.getTimelineStyle(),
                    c.getCollapsedCategories(),
                    true,
                    false,
                    null);
            l = painter.layout(frame);
            layout = l;
        }
        return Optional.of(l);
    }

    @Override
    protected void draw() {
        layout().ifPresent(l -> painter.draw(new FxSurface(canvas().getGraphicsContext2D()), l));
    }

    /** The overview strip's scale at the current width. */
    TimeScale overviewScale() {
        return Overview.scaleOf(getSkinnable().resolvedIndex(), canvas().getWidth());
    }

    /**
     * Shows every event with its whole label: the widest scale at which each label ends inside
     * the view, leaving {@link #FIT_PADDING} on the left. With more events than can be labelled,
     * simply the whole span.
     */
    void fitAll() {
        TimelineView c = getSkinnable();
        double w = c.getWidth() > 0 ? c.getWidth() : c.prefWidth(-1);
        TimeScale fitted = fitted(c, w);
        fittedScale = fitted;
        fittedWidth = canvas().getWidth();
        c.setScale(fitted);
    }

    private TimeScale fitted(TimelineView c, double w) {
        return painter.fitAll(c.resolvedIndex(), w, FIT_PADDING, c.getTimelineStyle());
    }
}
