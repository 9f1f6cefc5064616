package org.eventscope.view;

import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.scene.paint.Color;

/** Builds the CSS metadata of a colour property of a control, so canvases can be styled from CSS. */
public final class ColorCss {

    private ColorCss() {}

    /**
     * The metadata of {@code css} (e.g. {@code -es-background}) for the property that
     * {@code property} returns for a control.
     */
    public static <C extends Styleable> CssMetaData<C, Color> of(
            String css, Color initial, Function<C, SimpleStyleableObjectProperty<Color>> property) {
        return new CssMetaData<>(css, ColorConverter.getInstance(), initial) {
            @Override
            public boolean isSettable(C control) {
                return !property.apply(control).isBound();
            }

            @Override
            public StyleableProperty<Color> getStyleableProperty(C control) {
                return property.apply(control);
            }
        };
    }
}
