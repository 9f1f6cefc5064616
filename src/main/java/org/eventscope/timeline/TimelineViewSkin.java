package org.eventscope.timeline;

import java.time.ZoneId;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
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
import org.eventscope.view.CanvasSkin;
import org.eventscope.view.FxSurface;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link TimelineView} on one canvas and handles its mouse, gesture and keyboard input.
 * Property changes only mark the canvas dirty; the frame is drawn once, in the next layout pass.
 */
public class TimelineViewSkin extends CanvasSkin<TimelineView> {

    private static final double FIT_PADDING = 40;
    private static final double WHEEL_STEP = 1.15;

    private final TimelinePainter painter = new TimelinePainter();
    /** The scale the last fit set, and the width it was for: while the view is that scale, it follows the width. */
    private @Nullable TimeScale fittedScale;

    private double fittedWidth;
    private final Tooltip tooltip = new Tooltip();
    private final InvalidationListener indexChanged = o -> {
        index = null;
        matches = null;
        markDirty();
    };
    private final InvalidationListener filterChanged = o -> {
        matches = null;
        markDirty();
    };
    private final InvalidationListener redraw = o -> markDirty();

    private TimelineIndex index;
    /** Items matching the filter, or {@code null} before they are computed; {@link #ALL} when there is no filter. */
    private BitSet matches;

    private static final BitSet ALL = new BitSet();
    private List<TimelinePainter.Hit> hits = List.of();
    private double pressX;
    private TimeScale pressScale;
    private boolean dragged;
    private boolean draggingOverview;
    /** The event the tooltip describes now, or {@code null}. */
    private Event hovered;

    public TimelineViewSkin(TimelineView control) {
        super(
                control,
                640,
                360,
                160,
                TimelinePainter.LANE_TOP + TimelinePainter.LANE_HEIGHT + TimelinePainter.OVERVIEW_HEIGHT);
        listen(control.eventFileProperty(), indexChanged);
        listen(control.indexProperty(), indexChanged);
        listen(control.filterProperty(), filterChanged);
        for (Observable o : List.<Observable>of(
                control.hideUnmatchedProperty(),
                control.displayZoneProperty(),
                control.selectedEventProperty(),
                control.scaleProperty(),
                control.timelineStyleProperty(),
                control.getCollapsedCategories())) {
            listen(o, redraw);
        }
        handle(MouseEvent.MOUSE_PRESSED, this::pressed);
        handle(MouseEvent.MOUSE_DRAGGED, this::dragged);
        handle(MouseEvent.MOUSE_RELEASED, this::released);
        handle(MouseEvent.MOUSE_MOVED, this::moved);
        handle(ScrollEvent.SCROLL, this::scrolled);
        handle(ZoomEvent.ZOOM, this::zoomed);
        handle(KeyEvent.KEY_PRESSED, this::keyPressed);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    @Override
    public void dispose() {
        TimelineView control = getSkinnable();
        Tooltip.uninstall(control, tooltip);
        super.dispose();
    }

    @Override
    protected void beforeDraw(double width, double height) {
        TimeScale scale = getSkinnable().getScale();
        // Fitted and not moved since, the view stays fitted when the window is resized.
        if (width > 0 && (scale == null || (scale == fittedScale && width != fittedWidth))) {
            fitAll();
            fittedWidth = width;
        }
    }

    /** The index of the current file: the control's when it belongs to that file, else built here. */
    private TimelineIndex index() {
        if (index == null) {
            TimelineView c = getSkinnable();
            TimelineIndex given = c.getIndex();
            index = given != null && given.file() == c.getEventFile() ? given : TimelineIndex.of(c.getEventFile());
        }
        return index;
    }

    /** The items matching the filter, computed once per filter and file. */
    private BitSet matches() {
        if (matches == null) {
            TimelineIndex idx = index();
            Predicate<Event> filter = getSkinnable().getFilter();
            if (filter == null) {
                matches = ALL;
                getSkinnable().matchCount.set(idx.size());
            } else {
                BitSet set = new BitSet(idx.size());
                for (int i = 0; i < idx.size(); i++) {
                    if (filter.test(idx.event(i))) {
                        set.set(i);
                    }
                }
                matches = set;
                getSkinnable().matchCount.set(set.cardinality());
            }
        }
        return matches == ALL ? null : matches;
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
        TimelinePainter.Frame frame = new TimelinePainter.Frame(
                canvas().getWidth(),
                canvas().getHeight(),
                c.getEventFile(),
                index(),
                scale,
                zone(),
                Locale.getDefault(),
                c.getSelectedEvent(),
                matches(),
                c.isHideUnmatched(),
                System.currentTimeMillis(),
                c.getTimelineStyle(),
                c.getCollapsedCategories(),
                true);
        hits = painter.paint(new FxSurface(canvas().getGraphicsContext2D()), frame);
    }

    /**
     * Shows every event with its whole label: the widest scale at which each label ends inside
     * the view, leaving {@link #FIT_PADDING} on the left. With more events than can be labelled,
     * simply the whole span.
     */
    void fitAll() {
        TimelineView c = getSkinnable();
        double w = c.getWidth() > 0 ? c.getWidth() : c.prefWidth(-1);
        fittedScale = fitted(c, w);
        fittedWidth = canvas().getWidth();
        c.setScale(fittedScale);
    }

    /** The scale that shows every event, with room for the last label, at width {@code w}. */
    private TimeScale fitted(TimelineView c, double w) {
        TimelineIndex all = index();
        if (all.isEmpty()) {
            long now = System.currentTimeMillis();
            return TimeScale.fit(now, now, w, FIT_PADDING);
        }
        long start = all.minMillis();
        if (all.size() > TimelinePainter.MAX_LABELLED) {
            return TimeScale.fit(start, all.maxMillis(), w, FIT_PADDING);
        }
        double mpp = 0;
        for (int i = 0; i < all.size(); i++) {
            // Keep at least a third of the view for time, however long the label.
            double room = Math.max(w / 3, w - FIT_PADDING - painter.labelReach(all.event(i), c.getTimelineStyle()));
            mpp = Math.max(mpp, (all.end(i) - start) / room);
        }
        if (mpp <= 0) {
            return TimeScale.fit(start, all.maxMillis(), w, FIT_PADDING);
        }
        return TimeScale.anchored(start, FIT_PADDING, mpp);
    }

    Optional<TimelinePainter.Hit> hitOf(Event event) {
        return hits.stream()
                .filter(h -> h.event() != null && h.event().equals(event))
                .findFirst();
    }

    List<TimelineView.ClusterView> clusters() {
        return hits.stream()
                .filter(TimelinePainter.Hit::isCluster)
                .map(h -> new TimelineView.ClusterView(h.bounds(), h.count()))
                .toList();
    }

    private Optional<TimelinePainter.Hit> hitAt(double x, double y) {
        // Later hits are drawn on top; search from the end.
        for (int i = hits.size() - 1; i >= 0; i--) {
            if (hits.get(i).bounds().contains(x, y)) {
                return Optional.of(hits.get(i));
            }
        }
        return Optional.empty();
    }

    private boolean inOverview(double y) {
        return y >= getSkinnable().getHeight() - TimelinePainter.OVERVIEW_HEIGHT;
    }

    /** Centres the view on the time under {@code x} in the overview strip. */
    private void centreOnOverview(double x) {
        TimelineView c = getSkinnable();
        TimeScale s = c.getScale();
        if (s == null || index().isEmpty()) {
            return;
        }
        double millis = Overview.scaleOf(index(), canvas().getWidth()).toMillis(x);
        c.setScale(TimeScale.anchored(millis, c.getWidth() / 2, s.millisPerPixel()));
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressScale = getSkinnable().getScale();
        dragged = false;
        draggingOverview = inOverview(e.getY());
        if (draggingOverview && e.getButton() == MouseButton.PRIMARY) {
            centreOnOverview(e.getX());
        }
    }

    private void dragged(MouseEvent e) {
        if (pressScale == null || e.getButton() != MouseButton.PRIMARY) {
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
        if (dragged) {
            getSkinnable().setScale(pressScale.pan(dx));
        }
    }

    private void released(MouseEvent e) {
        if (!dragged && !draggingOverview && e.getButton() == MouseButton.PRIMARY) {
            Optional<TimelinePainter.Hit> hit = hitAt(e.getX(), e.getY());
            if (hit.isPresent() && hit.get().isCluster()) {
                openCluster(hit.get());
            } else if (hit.isPresent() && hit.get().isBandHeader()) {
                toggle(hit.get().band());
            } else {
                getSkinnable()
                        .setSelectedEvent(hit.map(TimelinePainter.Hit::event).orElse(null));
            }
        }
        pressScale = null;
        dragged = false;
        draggingOverview = false;
    }

    private void toggle(String band) {
        var collapsed = getSkinnable().getCollapsedCategories();
        if (!collapsed.remove(band)) {
            collapsed.add(band);
        }
    }

    /** Zooms so that the cluster's events spread over the view. */
    private void openCluster(TimelinePainter.Hit cluster) {
        TimelineView c = getSkinnable();
        TimeScale s = c.getScale();
        long from = cluster.fromMillis();
        long to = Math.max(cluster.toMillis(), from + 1);
        TimeScale fitted = TimeScale.fit(from, to, c.getWidth(), FIT_PADDING, TimelinePainter.MAX_LABEL / 2);
        // Always zoom in at least twofold, so a click on a cluster makes progress.
        if (fitted.millisPerPixel() > s.millisPerPixel() / 2) {
            fitted = TimeScale.anchored((from + to) / 2.0, c.getWidth() / 2, s.millisPerPixel() / 2);
        }
        c.setScale(fitted);
    }

    private void moved(MouseEvent e) {
        Optional<TimelinePainter.Hit> hit = hitAt(e.getX(), e.getY());
        TimelineView c = getSkinnable();
        if (hit.isEmpty()) {
            hovered = null;
            Tooltip.uninstall(c, tooltip);
            return;
        }
        TimelinePainter.Hit h = hit.get();
        if (h.isBandHeader() || h.isCluster()) {
            hovered = null;
            tooltip.setGraphic(null);
            tooltip.setContentDisplay(ContentDisplay.TEXT_ONLY);
            tooltip.setWrapText(true);
            tooltip.setText(
                    h.isCluster()
                            ? Messages.get("timeline.tip.cluster", Messages.count(h.count(), "count.event"))
                            : Messages.get(
                                    c.getCollapsedCategories().contains(h.band())
                                            ? "timeline.tip.show"
                                            : "timeline.tip.collapse",
                                    Messages.count(h.count(), "count.event")));
        } else if (h.event() != hovered) {
            // Built once per event hovered, not per mouse move.
            hovered = h.event();
            EventFile f = c.getEventFile();
            // No text beside the card: a wrapped text the tooltip does not show still sizes it.
            tooltip.setText(null);
            tooltip.setWrapText(false);
            tooltip.setGraphic(HoverCard.of(hovered, f, zone(), Locale.getDefault()));
            tooltip.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        Tooltip.install(c, tooltip);
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
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return; // menu shortcuts such as Ctrl+F are the window's
        }
        TimelineView c = getSkinnable();
        switch (e.getCode()) {
            case LEFT -> select(-1);
            case RIGHT -> select(1);
            case HOME -> selectIndex(0, 1);
            case END -> selectIndex(index().size() - 1, -1);
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
        int i = index().indexOf(getSkinnable().getSelectedEvent());
        selectIndex(i < 0 ? (direction > 0 ? 0 : index().size() - 1) : i + direction, direction);
    }

    /** Selects item {@code i}, or the next shown one in {@code direction} when it is hidden by the filter. */
    private void selectIndex(int i, int direction) {
        TimelineIndex all = index();
        BitSet m = matches();
        boolean hide = getSkinnable().isHideUnmatched();
        while (i >= 0 && i < all.size() && hide && m != null && !m.get(i)) {
            i += direction;
        }
        if (i < 0 || i >= all.size()) {
            return;
        }
        TimelineView c = getSkinnable();
        c.setSelectedEvent(all.event(i));
        // Bring the selected event into view when it is outside.
        TimeScale s = c.getScale();
        double x = s.toX(all.anchor(i));
        if (x < 20 || x > c.getWidth() - 20) {
            c.setScale(s.pan(c.getWidth() / 2 - x));
        }
    }
}
