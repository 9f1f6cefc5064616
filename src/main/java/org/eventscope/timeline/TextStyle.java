package org.eventscope.timeline;

/** The kinds of text a timeline frame sets: event labels (bold when selected) and the axis. */
enum TextStyle {
    LABEL,
    LABEL_BOLD,
    AXIS,
    AXIS_BOLD
}
