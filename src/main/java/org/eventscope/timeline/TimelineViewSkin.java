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
                control.getCollapsedCategories(),
                control.sourceProperty(),
                control.sourceSearchProperty())) {
            listen(o, changed);
        }
        // Another source: nothing of the last one's frames is shown beside the new one's.
        listen(control.sourceProperty(), o -> {
            sourceView = null;
            sourceViewOf = null;
            lastGood = null;
        });
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
        fetcher.forget();
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
        EventSource source = c.getSource();
        if (source != null) {
            return sourceLayout(c, source, scale, w, h);
        }
        if (l == null || l.frame().width() != w || l.frame().height() != h) {
            l = painter.layout(
                    frame(c, scale, w, h, c.getEventFile(), c.resolvedIndex(), c.matches(), c.isHideUnmatched(), null));
            layout = l;
        }
        return Optional.of(l);
    }

    /** The window's frame of these events at this size, as the control's properties are now. */
    private Frame frame(
            TimelineView c,
            TimeScale scale,
            double w,
            double h,
            @Nullable EventFile file,
            TimelineIndex index,
            java.util.@Nullable BitSet matches,
            boolean hideOthers,
            @Nullable SourceView source) {
        return new Frame(
                w,
                h,
                file,
                index,
                scale,
                zone(),
                Locale.getDefault(),
                c.getSelectedEvent(),
                matches,
                hideOthers,
                System.currentTimeMillis(),
                c.getTimelineStyle(),
                c.getCollapsedCategories(),
                true,
                false,
                source);
    }

    /** What the source gave for the view asked last, and the last layout made of what it gave. */
    private @Nullable SourceView sourceView;

    private @Nullable FrameLayout lastGood;
    /** The source {@link #sourceView} came from. */
    private @Nullable EventSource sourceViewOf;

    private final SourceFetcher fetcher = new SourceFetcher();

    /**
     * The frame of a source's view: laid out when the source has answered for this very view,
     * else asked for, the last good frame standing in until the answer comes.
     */
    private Optional<FrameLayout> sourceLayout(
            TimelineView c, EventSource source, TimeScale scale, double w, double h) {
        FrameLayout l = layout;
        if (l != null
                && l.frame().width() == w
                && l.frame().height() == h
                && l.frame().source() != null) {
            return Optional.of(l);
        }
        String search = c.getSourceSearch();
        // The category filter applies as it does to a file (the search is the engine's).
        java.util.Set<String> kept =
                c.getFilter() instanceof org.eventscope.model.EventFilter f ? f.categories() : null;
        SourceView v = sourceView;
        if (v != null && sourceViewOf == source && v.isFor(scale, w, false, search, kept)) {
            // The source searched and filtered already: every event it gave is shown.
            l = painter.layout(frame(c, scale, w, h, v.slice().file(), v.slice(), null, false, v));
            layout = l;
            lastGood = l;
            return Optional.of(l);
        }
        SourceFetcher.Request wanted = new SourceFetcher.Request(source, scale, w, search, kept);
        c.sourceAnswered(c.sourceProblemProperty().get(), true);
        fetcher.request(
                wanted,
                sourceViewOf == source ? v : null,
                answer -> {
                    sourceView = answer;
                    sourceViewOf = source;
                    c.sourceAnswered(null, false);
                    layout = null;
                    markDirty();
                },
                problem -> c.sourceAnswered(problem, false));
        FrameLayout last = lastGood;
        return last != null && last.frame().source() != null ? Optional.of(last) : Optional.empty();
    }

    /** The events (with their sources) of the source's view last laid out, or {@code null}. */
    @Nullable
    EventFile sourceFile() {
        FrameLayout l = lastGood;
        return l == null ? null : l.frame().file();
    }

    @Override
    protected void draw() {
        layout().ifPresent(l -> painter.draw(new FxSurface(canvas().getGraphicsContext2D()), l));
    }

    /** The overview strip's scale at the current width. */
    TimeScale overviewScale() {
        EventSource source = getSkinnable().getSource();
        if (source != null) {
            return Overview.scaleOf(source.minMillis(), source.maxMillis(), canvas().getWidth());
        }
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
        EventSource source = c.getSource();
        if (source != null) {
            return source.size() == 0
                    ? TimeScale.fit(System.currentTimeMillis(), System.currentTimeMillis(), w, FIT_PADDING)
                    : TimeScale.fit(source.minMillis(), source.maxMillis(), w, FIT_PADDING);
        }
        return painter.fitAll(c.resolvedIndex(), w, FIT_PADDING, c.getTimelineStyle());
    }
}
