package org.eventscope.model;

import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an {@link Event} keeps its values: on its own ({@link SingleEvent}) or as a row of a block
 * of events kept in columns ({@link EventColumns}). Every value is asked for by the event's row.
 *
 * <p>A row's id and description are texts packed one after another ({@link PackedTexts}) in
 * {@link #packed}, from {@link #packedFrom}; its title and place follow them there, or are kept as
 * texts of their own where many events share them.
 */
abstract sealed class EventValues permits SingleEvent, EventColumns.Block {

    /** The array that holds the row's packed texts. */
    abstract byte[] packed(int row);

    /** Where the row's packed texts begin in {@link #packed}. */
    abstract int packedFrom(int row);

    abstract String title(int row);

    abstract @Nullable String place(int row);

    abstract TimePoint start(int row);

    abstract @Nullable TimePoint end(int row);

    /** The precision of the row's start, or of its end ({@code end}): {@code null} for an end it lacks. */
    abstract @Nullable Precision precision(int row, boolean end);

    /**
     * {@link TimePoint#startMillis} of the row's start, or of its end ({@code end}; it has one), or
     * {@code periodEnd}, {@link TimePoint#periodEndMillis}: without making the time.
     */
    abstract long millis(int row, boolean end, boolean periodEnd, ZoneId fallback);

    abstract boolean endApproximate(int row);

    abstract @Nullable String category(int row);

    abstract List<String> actors(int row);

    abstract List<String> sourceIds(int row);

    abstract Texts texts(int row);

    abstract @Nullable Integer fatalities(int row);

    abstract @Nullable Media media(int row);
}
