package org.eventscope.model;

import org.jspecify.annotations.Nullable;

/**
 * A named stretch of time drawn behind the events, e.g. a phase of a crisis.
 *
 * @param id    stable id, unique in the file
 * @param title the name shown on the timeline
 * @param start when it began
 * @param end   when it ended
 * @param color a CSS colour such as {@code #f6e8c3}, or {@code null} for the default
 */
public record Era(
        String id,
        String title,
        TimePoint start,
        TimePoint end,
        @Nullable String color) {}
