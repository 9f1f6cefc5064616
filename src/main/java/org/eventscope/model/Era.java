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
 * @param texts the title in each language, when the file gives several
 */
public record Era(
        String id,
        String title,
        TimePoint start,
        TimePoint end,
        @Nullable String color,
        Texts texts) {

    public Era {
        title = java.util.Objects.requireNonNull(texts.pick("title", title));
    }

    /** An era titled in one language. */
    public Era(String id, String title, TimePoint start, TimePoint end, @Nullable String color) {
        this(id, title, start, end, color, Texts.NONE);
    }
}
