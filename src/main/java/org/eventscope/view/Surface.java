package org.eventscope.view;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.jspecify.annotations.Nullable;

/**
 * What a painter draws on: the small part of a canvas's drawing API that charts use. One
 * implementation draws on screen (a JavaFX canvas), another writes SVG, so a picture and its
 * vector export come from the same drawing code.
 */
public interface Surface {

    void setFill(Color color);

    void setStroke(Color color);

    void setLineWidth(double width);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void fillPolygon(double[] xs, double[] ys, int points);

    void strokePolygon(double[] xs, double[] ys, int points);

    /** An open line through the first {@code points} points: one stroke, its dashes running on from corner to corner. */
    void strokePolyline(double[] xs, double[] ys, int points);

    /** Dashes for strokes, as lengths of dash and gap; none for solid lines. */
    void setLineDashes(double @Nullable ... dashes);

    /**
     * Fills a rounded rectangle in {@code color} that fades out over its last {@code fade}
     * pixels, as for a range whose end is approximate.
     */
    void fillFadingRoundRect(double x, double y, double w, double h, double arc, Color color, double fade);

    void fillText(String text, double x, double y);

    /**
     * Fills the lines of one paragraph, the first at {@code y}, each {@code lineHeight} below the
     * one before. A surface that can keep them one text (SVG, so that an editor re-flows it)
     * does; others draw each line.
     */
    default void fillTextLines(java.util.List<String> lines, double x, double y, double lineHeight) {
        for (int i = 0; i < lines.size(); i++) {
            fillText(lines.get(i), x, y + i * lineHeight);
        }
    }

    /** Saves the drawing state (colours, line, font, text alignment, transform). */
    void save();

    void restore();

    void translate(double x, double y);

    /** Rotates by {@code degrees}, clockwise. */
    void rotate(double degrees);
}
