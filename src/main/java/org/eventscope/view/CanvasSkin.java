package org.eventscope.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Control;
import javafx.scene.control.SkinBase;

/**
 * A skin that draws its control on one canvas that fills it. Changes only call
 * {@link #markDirty()}; the frame is drawn once, in the next layout pass, and again whenever the
 * control is resized.
 *
 * @param <C> the control
 */
public abstract class CanvasSkin<C extends Control> extends SkinBase<C> {

    private final Canvas canvas = new Canvas();
    private final double prefWidth;
    private final double prefHeight;
    private final double minWidth;
    private final double minHeight;
    private boolean dirty = true;
    /** What {@link #dispose()} undoes: the listeners and handlers this skin added. */
    private final List<Runnable> undo = new ArrayList<>();

    protected CanvasSkin(C control, double prefWidth, double prefHeight, double minWidth, double minHeight) {
        super(control);
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
        this.minWidth = minWidth;
        this.minHeight = minHeight;
        canvas.setManaged(false);
        getChildren().add(canvas);
    }

    /** Draws the whole frame on {@link #canvas()}, which is at least 1 x 1 pixel. */
    protected abstract void draw();

    /** Called in the layout pass before drawing, e.g. to fit a view to a new size. */
    protected void beforeDraw(double width, double height) {}

    protected final Canvas canvas() {
        return canvas;
    }

    /** Calls {@code listener} when {@code observable} changes, until the skin is disposed. */
    protected final void listen(Observable observable, InvalidationListener listener) {
        observable.addListener(listener);
        undo.add(() -> observable.removeListener(listener));
    }

    /** Handles the control's events of {@code type}, until the skin is disposed. */
    protected final <E extends Event> void handle(EventType<E> type, EventHandler<? super E> handler) {
        C control = getSkinnable();
        control.addEventHandler(type, handler);
        undo.add(() -> control.removeEventHandler(type, handler));
    }

    /** Asks for the frame to be drawn again in the next pulse. */
    protected final void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            canvas.relocate(x, y);
            dirty = true;
        }
        beforeDraw(w, h);
        if (dirty && w >= 1 && h >= 1) {
            dirty = false;
            draw();
        }
    }

    @Override
    public void dispose() {
        undo.forEach(Runnable::run);
        undo.clear();
        getChildren().remove(canvas);
        super.dispose();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return prefWidth;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return prefHeight;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return minWidth;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return minHeight;
    }
}
