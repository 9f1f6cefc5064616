package org.eventscope.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Surface} that keeps what is drawn on it, to draw it again later on another surface, on
 * any thread: the painters run on the JavaFX thread (they measure text there), and a slow surface
 * such as a PDF document's then draws in the background. Arrays given are copied.
 */
public final class Recording implements Surface {

    private final List<Consumer<Surface>> steps = new ArrayList<>();

    /** Draws everything recorded, in order, on {@code target}. */
    public void replay(Surface target) {
        for (Consumer<Surface> step : steps) {
            step.accept(target);
        }
    }

    /** How many drawing calls were recorded. */
    public int size() {
        return steps.size();
    }

    @Override
    public void setFill(Color color) {
        steps.add(s -> s.setFill(color));
    }

    @Override
    public void setStroke(Color color) {
        steps.add(s -> s.setStroke(color));
    }

    @Override
    public void setLineWidth(double width) {
        steps.add(s -> s.setLineWidth(width));
    }

    @Override
    public void setFont(Font font) {
        steps.add(s -> s.setFont(font));
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        steps.add(s -> s.setTextAlign(align));
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        steps.add(s -> s.setTextBaseline(baseline));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        steps.add(s -> s.fillRect(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        steps.add(s -> s.strokeRect(x, y, w, h));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        steps.add(s -> s.strokeLine(x1, y1, x2, y2));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        steps.add(s -> s.fillRoundRect(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        steps.add(s -> s.strokeRoundRect(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        double[] x = xs.clone();
        double[] y = ys.clone();
        steps.add(s -> s.fillPolygon(x, y, points));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        double[] x = xs.clone();
        double[] y = ys.clone();
        steps.add(s -> s.strokePolygon(x, y, points));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        double[] x = xs.clone();
        double[] y = ys.clone();
        steps.add(s -> s.strokePolyline(x, y, points));
    }

    @Override
    public void setLineDashes(double @Nullable ... dashes) {
        double[] d = dashes == null ? null : dashes.clone();
        steps.add(s -> s.setLineDashes(d));
    }

    @Override
    public void fillFadingRoundRect(double x, double y, double w, double h, double arc, Color color, double fade) {
        steps.add(s -> s.fillFadingRoundRect(x, y, w, h, arc, color, fade));
    }

    @Override
    public void fillText(String text, double x, double y) {
        steps.add(s -> s.fillText(text, x, y));
    }

    @Override
    public void fillTextLines(List<String> lines, double x, double y, double lineHeight) {
        List<String> copy = List.copyOf(lines);
        steps.add(s -> s.fillTextLines(copy, x, y, lineHeight));
    }

    @Override
    public void save() {
        steps.add(Surface::save);
    }

    @Override
    public void restore() {
        steps.add(Surface::restore);
    }

    @Override
    public void translate(double x, double y) {
        steps.add(s -> s.translate(x, y));
    }

    @Override
    public void rotate(double degrees) {
        steps.add(s -> s.rotate(degrees));
    }
}
