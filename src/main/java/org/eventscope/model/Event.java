package org.eventscope.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened: a point in time or, with an end, a range. Immutable, and equal to
 * another event with the same values.
 *
 * <p>The id and the description are kept packed in one byte array ({@link PackedTexts}) and made
 * strings again when asked for: they are the texts every event has its own of, and a million
 * events keep about 80 MB less so.
 */
public final class Event {

    private final byte[] idAndDescription;
    private final String title;
    private final TimePoint start;
    private final @Nullable TimePoint end;
    private final boolean endApproximate;
    private final @Nullable String category;
    private final List<String> actors;
    private final @Nullable String place;
    private final List<String> sourceIds;
    private final Texts texts;
    private final @Nullable Integer fatalities;
    private final @Nullable Media media;

    /**
     * An event.
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
     * @param media          a picture, video, post or map of it, or {@code null}
     */
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
            Texts texts,
            @Nullable Integer fatalities,
            @Nullable Media media) {
        // Given in several languages, a text shows its shown language: one truth for screen and file.
        this.idAndDescription =
                PackedTexts.pack(Objects.requireNonNull(id, "id"), texts.pick("description", description));
        this.title = Objects.requireNonNull(texts.pick("title", title), "title");
        this.start = start;
        this.end = end;
        this.endApproximate = endApproximate;
        this.category = category;
        this.actors = List.copyOf(actors);
        this.place = texts.pick("place", place);
        this.sourceIds = List.copyOf(sourceIds);
        this.texts = texts;
        this.fatalities = fatalities;
        this.media = media;
    }

    /** An event without media. */
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
            Texts texts,
            @Nullable Integer fatalities) {
        this(
                id,
                title,
                start,
                end,
                endApproximate,
                category,
                actors,
                place,
                description,
                sourceIds,
                texts,
                fatalities,
                null);
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
        return copy(id(), newTitle);
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
                description(),
                sourceIds,
                texts.withShown("title", newTitle),
                fatalities,
                media);
    }

    /** This event with {@code newMedia} (or none). */
    public Event withMedia(@Nullable Media newMedia) {
        return new Event(
                id(),
                title,
                start,
                end,
                endApproximate,
                category,
                actors,
                place,
                description(),
                sourceIds,
                texts,
                fatalities,
                newMedia);
    }

    /** This event at other times. */
    public Event withTimes(TimePoint newStart, @Nullable TimePoint newEnd) {
        return new Event(this, newStart, newEnd);
    }

    private Event(Event of, TimePoint start, @Nullable TimePoint end) {
        this.idAndDescription = of.idAndDescription;
        this.title = of.title;
        this.start = start;
        this.end = end;
        this.endApproximate = of.endApproximate;
        this.category = of.category;
        this.actors = of.actors;
        this.place = of.place;
        this.sourceIds = of.sourceIds;
        this.texts = of.texts;
        this.fatalities = of.fatalities;
        this.media = of.media;
    }

    /** True when the event has an end and so is drawn as a range. */
    public boolean isRange() {
        return end != null;
    }

    /** Stable id, unique in the file. */
    public String id() {
        return Objects.requireNonNull(PackedTexts.get(idAndDescription, 0));
    }

    /** A short headline. */
    public String title() {
        return title;
    }

    /** When it happened (or began). */
    public TimePoint start() {
        return start;
    }

    /** When it ended, or {@code null} for a point event. */
    public @Nullable TimePoint end() {
        return end;
    }

    /** True when the end is an estimate ("more than seven hours"). */
    public boolean endApproximate() {
        return endApproximate;
    }

    /** A category id, or {@code null}. */
    public @Nullable String category() {
        return category;
    }

    /** People and bodies involved. */
    public List<String> actors() {
        return actors;
    }

    /** Where it happened, or {@code null}. */
    public @Nullable String place() {
        return place;
    }

    /** Longer text, or {@code null}. */
    public @Nullable String description() {
        return PackedTexts.get(idAndDescription, 1);
    }

    /** A picture, video, post or map of it, or {@code null}. */
    public @Nullable Media media() {
        return media;
    }

    /** Ids of the sources that report it. */
    public List<String> sourceIds() {
        return sourceIds;
    }

    /** The title, place and description in each language, when the file gives several. */
    public Texts texts() {
        return texts;
    }

    /** The number of deaths reported (as an ACLED export gives it), or {@code null}. */
    public @Nullable Integer fatalities() {
        return fatalities;
    }

    /** Whether this event has the id of {@code other}, without making either id a string. */
    public boolean hasIdOf(Event other) {
        return PackedTexts.sameAt(idAndDescription, other.idAndDescription, 0);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || (o instanceof Event e
                        && Arrays.equals(idAndDescription, e.idAndDescription)
                        && title.equals(e.title)
                        && start.equals(e.start)
                        && Objects.equals(end, e.end)
                        && endApproximate == e.endApproximate
                        && Objects.equals(category, e.category)
                        && actors.equals(e.actors)
                        && Objects.equals(place, e.place)
                        && sourceIds.equals(e.sourceIds)
                        && texts.equals(e.texts)
                        && Objects.equals(fatalities, e.fatalities)
                        && Objects.equals(media, e.media));
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                Arrays.hashCode(idAndDescription),
                title,
                start,
                end,
                endApproximate,
                category,
                actors,
                place,
                sourceIds,
                texts,
                fatalities,
                media);
    }

    @Override
    public String toString() {
        return "Event[id=" + id() + ", title=" + title + ", start=" + start + ", end=" + end + ", category=" + category
                + "]";
    }
}
