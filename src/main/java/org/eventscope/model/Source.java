package org.eventscope.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a fact comes from.
 *
 * @param id   the id events and reports refer to
 * @param name a human-readable name, e.g. "The New York Times"
 * @param url  where to read it, or {@code null} when unknown
 * @param note how the source reaches the file, e.g. "cited by the news report", or {@code null}
 * @param texts the name in each language, when the file gives several
 */
public record Source(
        String id,
        String name,
        @Nullable String url,
        @Nullable String note,
        Texts texts) {

    public Source {
        name = java.util.Objects.requireNonNull(texts.pick("name", name));
    }

    /** A source named in one language. */
    public Source(String id, String name, @Nullable String url, @Nullable String note) {
        this(id, name, url, note, Texts.NONE);
    }
}
