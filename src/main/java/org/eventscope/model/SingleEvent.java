package org.eventscope.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The values of one event made on its own (by the editor, or by code that makes a few): they are
 * checked and put in their kept form here, for events in columns too.
 */
final class SingleEvent extends EventValues {

    /** Texts in {@link #packed}, in this order. */
    static final int ID = 0;

    static final int TITLE = 1;
    static final int DESCRIPTION = 2;
    static final int PLACE = 3;
    static final int TEXTS = 4;

    private final byte[] packed;
    private final TimePoint start;
    private final @Nullable TimePoint end;
    private final boolean endApproximate;
    private final @Nullable String category;
    private final List<String> actors;
    private final List<String> sourceIds;
    private final Texts texts;
    private final @Nullable Integer fatalities;
    private final @Nullable Media media;

    /** The values as {@link Event}'s public constructor takes them. */
    SingleEvent(
            String id,
            String title,
            TimePoint start,
            @Nullable TimePoint end,
            boolean endApproximate,
            @Nullable String category,
            List<String> actors,
            @Nullable String place,
            @Nullable String description,
            List<String> sourceIds,
            Texts texts,
            @Nullable Integer fatalities,
            @Nullable Media media) {
        this.packed = PackedTexts.pack(keptTexts(id, title, description, place, texts));
        this.start = Objects.requireNonNull(start, "start");
        this.end = end;
        this.endApproximate = endApproximate;
        this.category = category;
        this.actors = List.copyOf(actors);
        this.sourceIds = List.copyOf(sourceIds);
        this.texts = Objects.requireNonNull(texts, "texts");
        this.fatalities = fatalities;
        this.media = media;
    }

    /**
     * An event's id, title, description and place as events keep them, in this order. Given in
     * several languages, a text shows its shown language: one truth for screen and file.
     */
    static @Nullable String[] keptTexts(
            String id, String title, @Nullable String description, @Nullable String place, Texts texts) {
        return new String[] {
            Objects.requireNonNull(id, "id"),
            Objects.requireNonNull(texts.pick("title", title), "title"),
            texts.pick("description", description),
            texts.pick("place", place)
        };
    }

    @Override
    byte[] packed(int row) {
        return packed;
    }

    @Override
    int packedFrom(int row) {
        return 0;
    }

    @Override
    TimePoint start(int row) {
        return start;
    }

    @Override
    @Nullable
    TimePoint end(int row) {
        return end;
    }

    @Override
    boolean endApproximate(int row) {
        return endApproximate;
    }

    @Override
    @Nullable
    String category(int row) {
        return category;
    }

    @Override
    List<String> actors(int row) {
        return actors;
    }

    @Override
    List<String> sourceIds(int row) {
        return sourceIds;
    }

    @Override
    Texts texts(int row) {
        return texts;
    }

    @Override
    @Nullable
    Integer fatalities(int row) {
        return fatalities;
    }

    @Override
    @Nullable
    Media media(int row) {
        return media;
    }
}
