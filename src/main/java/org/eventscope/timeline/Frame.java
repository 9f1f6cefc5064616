package org.eventscope.timeline;

import java.time.ZoneId;
import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.jspecify.annotations.Nullable;

/**
 * What one timeline frame shows: the input of {@link TimelineLayout}.
 *
 * @param file       the document, or {@code null} for an empty timeline
 * @param index      the document's events in time order
 * @param selected   the selected event, or {@code null}
 * @param matches    items that match the search and filter, or {@code null} when all do
 * @param hideOthers hide items that do not match, rather than dimming them
 * @param nowMillis  the present, for the "now" marker
 * @param collapsed  the lanes (category ids, "" for events without one) shown as a header only
 * @param overview   whether the overview strip takes the bottom of the frame
 * @param page       laid out for a printed page: no folding signs or counts in the category
 *     headers, labels never cut (wrapped onto more lines when they fit on neither side)
 * @param source     what an {@link EventSource} gave for this window (then {@code index} is its
 *     events when few enough to label), or {@code null} for a file in memory
 */
record Frame(
        double width,
        double height,
        @Nullable EventFile file,
        TimelineIndex index,
        TimeScale scale,
        ZoneId zone,
        Locale locale,
        @Nullable Event selected,
        @Nullable BitSet matches,
        boolean hideOthers,
        long nowMillis,
        TimelineStyle style,
        Set<String> collapsed,
        boolean overview,
        boolean page,
        @Nullable SourceView source) {

    boolean matches(int item) {
        return matches == null || matches.get(item);
    }

    boolean shown(int item) {
        return !hideOthers || matches(item);
    }

    /** The bottom of the lanes: above the overview strip when there is one. */
    double mainHeight() {
        return overview ? height - Metrics.OVERVIEW_HEIGHT : height;
    }

    /** Whether {@code e} is the selected event: the same one, or the one with its id. */
    boolean isSelected(Event e) {
        return selected != null && e.hasIdOf(selected);
    }
}
