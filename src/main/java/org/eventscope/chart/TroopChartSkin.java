package org.eventscope.chart;

import javafx.beans.InvalidationListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.eventscope.model.TroopReport;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Draws a {@link TroopChart} on a canvas, once per pulse when something changed. */
public class TroopChartSkin extends SkinBase<TroopChart> {

    private final Canvas canvas = new Canvas();
    private final ChartPainter painter = new ChartPainter();
    private final InvalidationListener redraw = o -> markDirty();
    private ChartLayout layout;
    private boolean dirty = true;

    public TroopChartSkin(TroopChart control) {
        super(control);
        canvas.setManaged(false);
        getChildren().add(canvas);
        control.reportProperty().addListener(redraw);
        control.eventFileProperty().addListener(redraw);
        control.highlightedProperty().addListener(redraw);
        control.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        control.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
    }

    @Override
    public void dispose() {
        TroopChart control = getSkinnable();
        control.reportProperty().removeListener(redraw);
        control.eventFileProperty().removeListener(redraw);
        control.highlightedProperty().removeListener(redraw);
        control.removeEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        control.removeEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        getChildren().remove(canvas);
        super.dispose();
    }

    private void markDirty() {
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
        if (dirty) {
            dirty = false;
            draw();
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 400;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 200;
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        TroopChart c = getSkinnable();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        if (c.getReport() == null || c.getEventFile() == null) {
            layout = null;
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, w, h);
            gc.setFill(Color.web("#57606a"));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("This file has no troop reports.", w / 2, h / 2);
            return;
        }
        ChartContent content = ChartContent.of(c.getEventFile(), c.getReport(), Locale.getDefault());
        layout = painter.paint(gc, w, h, content, c.isHighlighted());
    }

    Optional<Bounds> barBounds(int index) {
        if (layout == null || index < 0 || index >= layout.bars().size()) {
            return Optional.empty();
        }
        ChartLayout.Rect r = layout.bars().get(index);
        return Optional.of(new BoundingBox(r.x(), r.y(), r.w(), r.h()));
    }

    private void clicked(MouseEvent e) {
        TroopChart c = getSkinnable();
        Consumer<TroopReport> handler = c.onReportClickedProperty().get();
        if (layout != null && handler != null && layout.barAt(e.getX(), e.getY()) >= 0) {
            handler.accept(c.getReport());
        }
    }

    private void moved(MouseEvent e) {
        boolean overBar = layout != null && layout.barAt(e.getX(), e.getY()) >= 0;
        getSkinnable().setCursor(overBar ? Cursor.HAND : Cursor.DEFAULT);
    }
}
