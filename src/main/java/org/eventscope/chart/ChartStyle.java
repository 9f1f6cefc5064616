package org.eventscope.chart;

import javafx.scene.paint.Color;

/**
 * The colours of the chart's frame: background, text, grid, and the warnings about reports that
 * contradict themselves (readable on the background). The bars keep their own colours
 * (they mean the reports). On screen these follow the theme through CSS; exports use {@link #LIGHT}.
 */
public record ChartStyle(Color background, Color text, Color muted, Color grid, Color axis, Color warning) {

    /** Black on white, as printed. */
    public static final ChartStyle LIGHT = new ChartStyle(
            Color.WHITE,
            Color.web("#1f2328"),
            Color.web("#57606a"),
            Color.web("#e6e9ed"),
            Color.web("#8c959f"),
            ChartPainter.WARNING);
}
