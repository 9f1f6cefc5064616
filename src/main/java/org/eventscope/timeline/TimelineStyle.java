package org.eventscope.timeline;

import javafx.scene.paint.Color;

/**
 * The colours and sizes the timeline is drawn with. The control fills it from CSS, so a theme
 * change recolours the canvas too.
 *
 * @param background  behind everything
 * @param axisBackground behind the time axis and the overview
 * @param axisText    tick labels
 * @param axisStrong  the upper tier of the axis
 * @param grid        lines at minor ticks
 * @param gridMajor   lines at major ticks and borders
 * @param label       event labels
 * @param selection   the outline of the selected event
 * @param event       events without a category colour
 * @param now         the "now" marker
 * @param fontSize    event labels, in points; the axis uses one point less
 */
public record TimelineStyle(
        Color background,
        Color axisBackground,
        Color axisText,
        Color axisStrong,
        Color grid,
        Color gridMajor,
        Color label,
        Color selection,
        Color event,
        Color now,
        double fontSize) {

    /** The light theme's colours. */
    public static final TimelineStyle LIGHT = new TimelineStyle(
            Color.web("#ffffff"),
            Color.web("#f6f8fa"),
            Color.web("#57606a"),
            Color.web("#24292f"),
            Color.web("#eaeef2"),
            Color.web("#d0d7de"),
            Color.web("#1f2328"),
            Color.web("#1f2328"),
            Color.web("#0969da"),
            Color.web("#cf222e"),
            13);
}
