package org.eventscope.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The values of one event made on its own (by the editor, or by code that makes a few). Its id and
 * description are packed in one array, as every event's are; its title and place are kept as
 * they are given, often texts shared with other events.
 */
final class SingleEvent extends EventValues {

    /** The texts every event packs, in this order: its id, then its description. */
    static final int ID = 0;

    static final int DESCRIPTION = 1;

    /** Where events in columns that pack their titles and places too keep them. */
    static final int TITLE = 2;

    static final int PLACE = 3;

    private final byte[] packed;
    private final String title;
    private final @Nullable String place;
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
        this.packed = PackedTexts.pack(Objects.requireNonNull(id, "id"), keptDescription(description, texts));
        this.title = keptTitle(title, texts);
        this.place = keptPlace(place, texts);
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

    /*
     * The texts an event keeps: given in several languages, a text shows its shown language, one
     * truth for screen and file. Each its own method, so that making events in bulk makes no array
     * for each.
     */

    /** The title an event keeps. */
    static String keptTitle(String title, Texts texts) {
        return Objects.requireNonNull(texts.pick("title", title), "title");
    }

    /** The description an event keeps. */
    static @Nullable String keptDescription(@Nullable String description, Texts texts) {
        return texts.pick("description", description);
    }

    /** The place an event keeps. */
    static @Nullable String keptPlace(@Nullable String place, Texts texts) {
        return texts.pick("place", place);
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
    String title(int row) {
        return title;
    }

    @Override
    @Nullable
    String place(int row) {
        return place;
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
    @Nullable
    Precision precision(int row, boolean end) {
        TimePoint t = end ? this.end : start;
        return t == null ? null : t.precision();
    }

    @Override
    long millis(int row, boolean end, boolean periodEnd, ZoneId fallback) {
        TimePoint t = Objects.requireNonNull(end ? this.end : start, "end");
        return periodEnd ? t.periodEndMillis(fallback) : t.startMillis(fallback);
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
