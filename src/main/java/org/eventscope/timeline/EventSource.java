package org.eventscope.timeline;

import java.time.ZoneId;
import java.util.List;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Where a timeline's events come from: the questions one frame asks, never "all events". An
 * event file in memory answers from its {@link TimelineIndex} ({@link MemorySource}); a table
 * too big for memory answers from a database engine that reads it in place.
 *
 * <p>Every event has an anchor, the middle of its span on the axis (as {@link
 * TimelineIndex#anchor}); counts place an event by its anchor. Rows of counts are the
 * categories by position in {@link #categories()}, then, last, events without a category.
 *
 * <p>The questions may be slow (a query over a table): ask them off the JavaFX thread. Each
 * may be asked from any thread; {@link #cancel()} stops those under way, which then throw.
 */
public interface EventSource extends AutoCloseable {

    /** A name for the source: the file's title, or the table's file name. */
    String title();

    /** The zone the axis shows by default. */
    ZoneId zone();

    /** The categories, in the order their rows of counts follow. */
    List<Category> categories();

    /** How many events each category holds, and last how many have none. */
    long[] categoryCounts();

    /** How many events there are. */
    long size();

    /** The earliest start, in epoch milliseconds (0 without events). */
    long minMillis();

    /** The latest end, in epoch milliseconds (0 without events). */
    long maxMillis();

    /**
     * How many events, by category row, have their anchor in each of {@code columns} stretches
     * of time of {@code millisPerColumn} from {@code originMillis}: {@code [row][x]}.
     *
     * @param search the text every counted event's title holds, or {@code null} for all events
     */
    int[][] columns(double originMillis, double millisPerColumn, int columns, @Nullable String search);

    /**
     * The events that reach into {@code [fromMillis, toMillis]}, in order of start, at most
     * {@code limit} of them (ask one more than needed to learn whether there are more).
     *
     * @param search the text every event's title holds, or {@code null} for all events
     */
    List<Event> events(long fromMillis, long toMillis, int limit, @Nullable String search);

    /**
     * How many events reach into {@code [fromMillis, toMillis)}: they end after its start and
     * start before its end (as a page of that window shows them).
     */
    long count(long fromMillis, long toMillis, @Nullable String search);

    /** The sources {@code events} (as this source gave them) cite, for the file that shows them. */
    default List<Source> sources(List<Event> events) {
        return List.of();
    }

    /**
     * What a search asks for, as every source reads it: the text stripped and in lower case, or
     * {@code null} (all events) for none or a blank one.
     */
    static @Nullable String needle(@Nullable String search) {
        return search == null || search.isBlank() ? null : search.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Stops the questions under way (they throw); later ones run as usual. */
    default void cancel() {}

    /** Lets go of what the source holds (a database connection); no question may follow. */
    @Override
    default void close() {}

    /** A question the source could not answer: the engine failed, the table went away, or it was cancelled. */
    final class SourceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SourceException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}
