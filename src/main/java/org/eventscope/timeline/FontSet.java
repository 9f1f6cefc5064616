package org.eventscope.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.eventscope.view.TextMeasure;
import org.eventscope.view.Typeface;

/**
 * The fonts of a timeline frame at one size, in the bundled family ({@link Typeface}): labels at the size,
 * the axis a point smaller, each also bold. Measures text for the layout. FX thread only.
 */
final class FontSet implements TextWidths {

    private final double size;
    private final Font label;
    private final Font labelBold;
    private final Font axis;
    private final Font axisBold;
    private final Font title;
    private final Font subtitle;
    private final Font note;
    private final TextMeasure measure = new TextMeasure();

    FontSet(double size) {
        this.size = size;
        String family = Typeface.family();
        label = Font.font(family, size);
        labelBold = Font.font(family, FontWeight.BOLD, size);
        axis = Font.font(family, size - 1);
        axisBold = Font.font(family, FontWeight.BOLD, size - 1);
        title = Font.font(family, FontWeight.BOLD, size + 9);
        subtitle = Font.font(family, size + 1);
        note = Font.font(family, size - 1.5);
    }

    double size() {
        return size;
    }

    Font font(TextStyle style) {
        return switch (style) {
            case LABEL -> label;
            case LABEL_BOLD -> labelBold;
            case AXIS -> axis;
            case AXIS_BOLD -> axisBold;
            case TITLE -> title;
            case SUBTITLE -> subtitle;
            case NOTE -> note;
        };
    }

    @Override
    public double width(String text, TextStyle style) {
        return measure.width(text, font(style));
    }

    @Override
    public String fit(String text, TextStyle style, double max) {
        return measure.fit(text, font(style), max);
    }
}
