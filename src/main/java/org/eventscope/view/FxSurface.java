package org.eventscope.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.eventscope.model.Text;
import org.jspecify.annotations.Nullable;

/** A {@link Surface} that draws on a JavaFX canvas. */
public final class FxSurface implements Surface {

    private final GraphicsContext gc;

    public FxSurface(GraphicsContext gc) {
        this.gc = gc;
    }

    @Override
    public void setFill(Color color) {
        gc.setFill(color);
    }

    @Override
    public void setStroke(Color color) {
        gc.setStroke(color);
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setFont(Font font) {
        gc.setFont(font);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        gc.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        gc.setTextBaseline(baseline);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.strokeRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        gc.fillPolygon(xs, ys, points);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        gc.strokePolygon(xs, ys, points);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        gc.strokePolyline(xs, ys, points);
    }

    @Override
    public void setLineDashes(double @Nullable ... dashes) {
        if (dashes == null || dashes.length == 0) {
            gc.setLineDashes((double[]) null); // solid
        } else {
            gc.setLineDashes(dashes);
        }
    }

    @Override
    public void fillFadingRoundRect(double x, double y, double w, double h, double arc, Color color, double fade) {
        double stop = Math.max(0, (w - fade) / w);
        gc.setFill(new LinearGradient(
                x,
                0,
                x + w,
                0,
                false,
                CycleMethod.NO_CYCLE,
                new Stop(0, color),
                new Stop(stop, color),
                new Stop(1, color.deriveColor(0, 1, 1, 0.08))));
        gc.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillText(String text, double x, double y) {
        gc.fillText(Text.oneLine(text), x, y);
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void translate(double x, double y) {
        gc.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        gc.rotate(degrees);
    }
}
