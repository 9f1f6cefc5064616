package org.eventscope.timeline;

/**
 * The kinds of text a timeline sets: event labels (bold when selected) and the axis; on an
 * exported page also its title, its subtitle and the notes under it (sources, credit).
 */
enum TextStyle {
    LABEL,
    LABEL_BOLD,
    AXIS,
    AXIS_BOLD,
    TITLE,
    SUBTITLE,
    NOTE
}
