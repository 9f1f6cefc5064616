package org.eventscope.model;

import org.jspecify.annotations.Nullable;

/**
 * A kind of event, e.g. talks or statement.
 *
 * @param id    the id events refer to
 * @param name  the name shown to the user
 * @param color a CSS colour such as {@code #3b6ea5}, or {@code null} for the default
 * @param texts the name in each language, when the file gives several
 */
public record Category(String id, String name, @Nullable String color, Texts texts) {

    public Category {
        name = java.util.Objects.requireNonNull(texts.pick("name", name));
    }

    /** A category named in one language. */
    public Category(String id, String name, @Nullable String color) {
        this(id, name, color, Texts.NONE);
    }
}
