package org.eventscope.model;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened: a point in time or, with an end, a range. Immutable, and equal to
 * another event with the same values.
 *
 * <p>An event made with a constructor keeps its values itself; one made by {@link EventColumns}
 * (as a file's events are read) is a row of a block of events kept in columns, its times made
 * again from their fields when asked for. Either way its id and description are kept packed in a
 * byte array ({@link PackedTexts}) and made strings again when asked for.
 */
public final class Event {

    private final EventValues values;
    private final int row;

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
        this(
                new SingleEvent(
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
                        media),
                0);
    }

    /** The event kept at {@code row} of {@code values}. */
    Event(EventValues values, int row) {
        this.values = values;
        this.row = row;
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
        Texts texts = texts();
        return new Event(
                newId,
                newTitle,
                start(),
                end(),
                endApproximate(),
                category(),
                actors(),
                place(),
                description(),
                sourceIds(),
                texts.withShown("title", newTitle),
                fatalities(),
                media());
    }

    /** This event with {@code newMedia} (or none). */
    public Event withMedia(@Nullable Media newMedia) {
        return new Event(
                id(),
                title(),
                start(),
                end(),
                endApproximate(),
                category(),
                actors(),
                place(),
                description(),
                sourceIds(),
                texts(),
                fatalities(),
                newMedia);
    }

    /** This event at other times. */
    public Event withTimes(TimePoint newStart, @Nullable TimePoint newEnd) {
        return new Event(
                id(),
                title(),
                newStart,
                newEnd,
                endApproximate(),
                category(),
                actors(),
                place(),
                description(),
                sourceIds(),
                texts(),
                fatalities(),
                media());
    }

    /** True when the event has an end and so is drawn as a range. */
    public boolean isRange() {
        return values.precision(row, true) != null;
    }

    /** How precisely its start is known: {@code start().precision()}, without making the start. */
    public Precision startPrecision() {
        return Objects.requireNonNull(values.precision(row, false));
    }

    /** Where it begins on a time axis: {@code start().startMillis(fallback)}, without making the start. */
    public long startMillis(ZoneId fallback) {
        return values.millis(row, false, false, fallback);
    }

    /**
     * Where it ends on a time axis, in epoch milliseconds, times without a zone read in {@code
     * fallback}: at its end, or, for an end given as a day, month or year, when that period is
     * over; with no end, when the period its start names is over (a day, month or year), else
     * at its start. Never before {@link #startMillis}.
     */
    public long axisEndMillis(ZoneId fallback) {
        long start = startMillis(fallback);
        Precision end = values.precision(row, true);
        long last;
        if (end != null) {
            last = values.millis(row, true, end.isCalendarPeriod(), fallback);
        } else if (startPrecision().isCalendarPeriod()) {
            last = values.millis(row, false, true, fallback);
        } else {
            last = start;
        }
        return Math.max(start, last);
    }

    /** Stable id, unique in the file. */
    public String id() {
        return Objects.requireNonNull(text(SingleEvent.ID));
    }

    /** A short headline. */
    public String title() {
        return values.title(row);
    }

    /** When it happened (or began). */
    public TimePoint start() {
        return values.start(row);
    }

    /** When it ended, or {@code null} for a point event. */
    public @Nullable TimePoint end() {
        return values.end(row);
    }

    /** True when the end is an estimate ("more than seven hours"). */
    public boolean endApproximate() {
        return values.endApproximate(row);
    }

    /** A category id, or {@code null}. */
    public @Nullable String category() {
        return values.category(row);
    }

    /** People and bodies involved. */
    public List<String> actors() {
        return values.actors(row);
    }

    /** Where it happened, or {@code null}. */
    public @Nullable String place() {
        return values.place(row);
    }

    /** Longer text, or {@code null}. */
    public @Nullable String description() {
        return text(SingleEvent.DESCRIPTION);
    }

    /** A picture, video, post or map of it, or {@code null}. */
    public @Nullable Media media() {
        return values.media(row);
    }

    /** Ids of the sources that report it. */
    public List<String> sourceIds() {
        return values.sourceIds(row);
    }

    /** The title, place and description in each language, when the file gives several. */
    public Texts texts() {
        return values.texts(row);
    }

    /** The number of deaths reported (as an ACLED export gives it), or {@code null}. */
    public @Nullable Integer fatalities() {
        return values.fatalities(row);
    }

    /** Whether this event has the id of {@code other}, without making either id a string. */
    public boolean hasIdOf(Event other) {
        return PackedTexts.sameAt(
                values.packed(row),
                values.packedFrom(row),
                other.values.packed(other.row),
                other.values.packedFrom(other.row),
                SingleEvent.ID);
    }

    private @Nullable String text(int index) {
        return PackedTexts.get(values.packed(row), values.packedFrom(row), index);
    }

    /** Whether the id and description of this event and {@code e} are the same. */
    private boolean sameIdAndDescription(Event e) {
        byte[] a = values.packed(row);
        int aFrom = values.packedFrom(row);
        byte[] b = e.values.packed(e.row);
        int bFrom = e.values.packedFrom(e.row);
        return Arrays.equals(
                a,
                aFrom,
                PackedTexts.end(a, aFrom, SingleEvent.TITLE),
                b,
                bFrom,
                PackedTexts.end(b, bFrom, SingleEvent.TITLE));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || (o instanceof Event e
                        && sameIdAndDescription(e)
                        && title().equals(e.title())
                        && Objects.equals(place(), e.place())
                        && start().equals(e.start())
                        && Objects.equals(end(), e.end())
                        && endApproximate() == e.endApproximate()
                        && Objects.equals(category(), e.category())
                        && actors().equals(e.actors())
                        && sourceIds().equals(e.sourceIds())
                        && texts().equals(e.texts())
                        && Objects.equals(fatalities(), e.fatalities())
                        && Objects.equals(media(), e.media()));
    }

    @Override
    public int hashCode() {
        byte[] packed = values.packed(row);
        int from = values.packedFrom(row);
        int textsHash = 1;
        for (int i = from, to = PackedTexts.end(packed, from, SingleEvent.TITLE); i < to; i++) {
            textsHash = 31 * textsHash + packed[i];
        }
        return Objects.hash(
                textsHash,
                title(),
                place(),
                start(),
                end(),
                endApproximate(),
                category(),
                actors(),
                sourceIds(),
                texts(),
                fatalities(),
                media());
    }

    @Override
    public String toString() {
        return "Event[id=" + id() + ", title=" + title() + ", start=" + start() + ", end=" + end() + ", category="
                + category() + "]";
    }
}
