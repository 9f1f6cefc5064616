package org.eventscope.timeline;

import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;

/**
 * The CSS properties of {@link TimelineView}: every colour and the font size the canvas is drawn
 * with, so a stylesheet or a theme recolours the timeline like any other control.
 *
 * <pre>
 * .timeline-view {
 *     -es-background: white;   -es-axis-background: #f6f8fa;  -es-axis-text: #57606a;
 *     -es-axis-strong: #24292f; -es-grid: #eaeef2;             -es-grid-major: #d0d7de;
 *     -es-label: #1f2328;      -es-selection: #1f2328;        -es-event: #0969da;
 *     -es-now: #cf222e;        -es-font-size: 13;
 * }
 * </pre>
 */
final class TimelineCss {

    /** The styleable values of one timeline. */
    static final class Values {
        final SimpleStyleableObjectProperty<Color> background;
        final SimpleStyleableObjectProperty<Color> axisBackground;
        final SimpleStyleableObjectProperty<Color> axisText;
        final SimpleStyleableObjectProperty<Color> axisStrong;
        final SimpleStyleableObjectProperty<Color> grid;
        final SimpleStyleableObjectProperty<Color> gridMajor;
        final SimpleStyleableObjectProperty<Color> label;
        final SimpleStyleableObjectProperty<Color> selection;
        final SimpleStyleableObjectProperty<Color> event;
        final SimpleStyleableObjectProperty<Color> now;
        final SimpleStyleableObjectProperty<Number> fontSize;

        Values(TimelineView view) {
            TimelineStyle d = TimelineStyle.LIGHT;
            background = new SimpleStyleableObjectProperty<>(BACKGROUND, view, "background", d.background());
            axisBackground =
                    new SimpleStyleableObjectProperty<>(AXIS_BACKGROUND, view, "axisBackground", d.axisBackground());
            axisText = new SimpleStyleableObjectProperty<>(AXIS_TEXT, view, "axisText", d.axisText());
            axisStrong = new SimpleStyleableObjectProperty<>(AXIS_STRONG, view, "axisStrong", d.axisStrong());
            grid = new SimpleStyleableObjectProperty<>(GRID, view, "grid", d.grid());
            gridMajor = new SimpleStyleableObjectProperty<>(GRID_MAJOR, view, "gridMajor", d.gridMajor());
            label = new SimpleStyleableObjectProperty<>(LABEL, view, "label", d.label());
            selection = new SimpleStyleableObjectProperty<>(SELECTION, view, "selection", d.selection());
            event = new SimpleStyleableObjectProperty<>(EVENT, view, "event", d.event());
            now = new SimpleStyleableObjectProperty<>(NOW, view, "now", d.now());
            fontSize = new SimpleStyleableObjectProperty<>(FONT_SIZE, view, "fontSize", d.fontSize());
        }

        List<SimpleStyleableObjectProperty<?>> all() {
            return List.of(
                    background,
                    axisBackground,
                    axisText,
                    axisStrong,
                    grid,
                    gridMajor,
                    label,
                    selection,
                    event,
                    now,
                    fontSize);
        }

        TimelineStyle style() {
            return new TimelineStyle(
                    background.get(),
                    axisBackground.get(),
                    axisText.get(),
                    axisStrong.get(),
                    grid.get(),
                    gridMajor.get(),
                    label.get(),
                    selection.get(),
                    event.get(),
                    now.get(),
                    fontSize.get().doubleValue());
        }
    }

    /** The platform's way of declaring styleable properties, shared with the troop chart. */
    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private static CssMetaData<TimelineView, Color> color(
            String name, Function<Values, SimpleStyleableObjectProperty<Color>> get, Color initial) {
        return CSS.createColorCssMetaData(name, view -> get.apply(view.css), initial);
    }

    static final CssMetaData<TimelineView, Color> BACKGROUND =
            color("-es-background", v -> v.background, TimelineStyle.LIGHT.background());
    static final CssMetaData<TimelineView, Color> AXIS_BACKGROUND =
            color("-es-axis-background", v -> v.axisBackground, TimelineStyle.LIGHT.axisBackground());
    static final CssMetaData<TimelineView, Color> AXIS_TEXT =
            color("-es-axis-text", v -> v.axisText, TimelineStyle.LIGHT.axisText());
    static final CssMetaData<TimelineView, Color> AXIS_STRONG =
            color("-es-axis-strong", v -> v.axisStrong, TimelineStyle.LIGHT.axisStrong());
    static final CssMetaData<TimelineView, Color> GRID = color("-es-grid", v -> v.grid, TimelineStyle.LIGHT.grid());
    static final CssMetaData<TimelineView, Color> GRID_MAJOR =
            color("-es-grid-major", v -> v.gridMajor, TimelineStyle.LIGHT.gridMajor());
    static final CssMetaData<TimelineView, Color> LABEL = color("-es-label", v -> v.label, TimelineStyle.LIGHT.label());
    static final CssMetaData<TimelineView, Color> SELECTION =
            color("-es-selection", v -> v.selection, TimelineStyle.LIGHT.selection());
    static final CssMetaData<TimelineView, Color> EVENT = color("-es-event", v -> v.event, TimelineStyle.LIGHT.event());
    static final CssMetaData<TimelineView, Color> NOW = color("-es-now", v -> v.now, TimelineStyle.LIGHT.now());
    static final CssMetaData<TimelineView, Number> FONT_SIZE =
            CSS.createSizeCssMetaData("-es-font-size", view -> view.css.fontSize, TimelineStyle.LIGHT.fontSize());

    /** Those of {@link Control}, then the timeline's, in the order declared. */
    static final List<CssMetaData<? extends Styleable, ?>> ALL = CSS.getCssMetaData();

    private TimelineCss() {}
}
