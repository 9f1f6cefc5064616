package org.eventscope.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened: a point in time or, with an end, a range.
 *
 * @param id             stable id, unique in the file
 * @param title          a short headline
 * @param start          when it happened (or began)
 * @param end            when it ended, or {@code null} for a point event
 * @param endApproximate true when the end is an estimate ("more than seven hours")
 * @param category       a category id, or {@code null}
 * @param actors         people and bodies involved
 * @param place          where it happened, or {@code null}
 * @param description    longer text, or {@code null}
 * @param sourceIds      ids of the sources that report it
 * @param texts          the title, place and description in each language, when the file gives several
 * @param fatalities     the number of deaths reported (as an ACLED export gives it), or {@code null}
 */
public record Event(
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
        @Nullable Integer fatalities) {

    public Event {
        actors = List.copyOf(actors);
        sourceIds = List.copyOf(sourceIds);
        // Given in several languages, a text shows its shown language: one truth for screen and file.
        title = java.util.Objects.requireNonNull(texts.pick("title", title));
        place = texts.pick("place", place);
        description = texts.pick("description", description);
    }

    /** An event without a number of fatalities. */
    public Event(
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
            Texts texts) {
        this(id, title, start, end, endApproximate, category, actors, place, description, sourceIds, texts, null);
    }

    /** An event whose texts are each in one language. */
    public Event(
            String id,
            String title,
            TimePoint start,
            @Nullable TimePoint end,
            boolean endApproximate,
            @Nullable String category,
            List<String> actors,
            @Nullable String place,
            @Nullable String description,
            List<String> sourceIds) {
        this(id, title, start, end, endApproximate, category, actors, place, description, sourceIds, Texts.NONE);
    }

    /** This event with another title (in the shown language, when it has several). */
    public Event withTitle(String newTitle) {
        return copy(id, newTitle);
    }

    /** This event with another id and title (a copy of it; the title in the shown language, when it has several). */
    public Event copy(String newId, String newTitle) {
        return new Event(
                newId,
                newTitle,
                start,
                end,
                endApproximate,
                category,
                actors,
                place,
                description,
                sourceIds,
                texts.withShown("title", newTitle),
                fatalities);
    }

    /** This event at other times. */
    public Event withTimes(TimePoint newStart, @Nullable TimePoint newEnd) {
        return new Event(
                id,
                title,
                newStart,
                newEnd,
                endApproximate,
                category,
                actors,
                place,
                description,
                sourceIds,
                texts,
                fatalities);
    }

    /** True when the event has an end and so is drawn as a range. */
    public boolean isRange() {
        return end != null;
    }
}
