package org.eventscope.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.eventscope.view.TextMeasure;

/**
 * The fonts of a timeline frame at one size, in the system's default family: labels at the size,
 * the axis a point smaller, each also bold. Measures text for the layout. FX thread only.
 */
final class FontSet implements TextWidths {

    private final double size;
    private final Font[] fonts = new Font[TextStyle.values().length];
    private final TextMeasure measure = new TextMeasure();

    FontSet(double size) {
        this.size = size;
        String family = Font.getDefault().getFamily();
        fonts[TextStyle.LABEL.ordinal()] = Font.font(family, size);
        fonts[TextStyle.LABEL_BOLD.ordinal()] = Font.font(family, FontWeight.BOLD, size);
        fonts[TextStyle.AXIS.ordinal()] = Font.font(family, size - 1);
        fonts[TextStyle.AXIS_BOLD.ordinal()] = Font.font(family, FontWeight.BOLD, size - 1);
    }

    double size() {
        return size;
    }

    Font font(TextStyle style) {
        return fonts[style.ordinal()];
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
