package org.eventscope.model;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which events to show: those whose title, description, actors or place contain every word of a
 * search (ignoring case), and whose category is one of those chosen.
 *
 * @param query      words to look for; blank for none
 * @param categories category ids to keep ("" keeps events without one); {@code null} keeps all
 */
public record EventFilter(String query, @Nullable Set<String> categories) implements Predicate<Event> {

    public EventFilter {
        query = query == null ? "" : query.strip();
        categories = categories == null ? null : Set.copyOf(categories);
    }

    /** True when the filter keeps every event. */
    public boolean isEmpty() {
        return query.isEmpty() && categories == null;
    }

    @Override
    public boolean test(Event e) {
        if (categories != null && !categories.contains(e.category() == null ? "" : e.category())) {
            return false;
        }
        if (query.isEmpty()) {
            return true;
        }
        for (String word : query.toLowerCase(Locale.ROOT).split("\\s+", -1)) {
            if (word.isEmpty()) {
                continue;
            }
            if (!contains(e.title(), word)
                    && !contains(e.description(), word)
                    && !contains(e.place(), word)
                    && e.actors().stream().noneMatch(a -> contains(a, word))) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(@Nullable String text, String word) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(word);
    }
}
