package org.eventscope.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which events to show: those whose title, description, actors or place contain every word of a
 * search (ignoring case), and whose category is one of those chosen.
 *
 * <p>The search's words are split once, and each text is searched where it is, without a
 * lower-case copy: a search runs over every event of a file at each keystroke.
 */
public final class EventFilter implements Predicate<Event> {

    private final String query;
    private final @Nullable Set<String> categories;
    /** The query's words in lower case, without blanks. */
    private final String[] words;

    /**
     * @param query      words to look for; blank for none
     * @param categories category ids to keep ("" keeps events without one); {@code null} keeps all
     */
    public EventFilter(@Nullable String query, @Nullable Set<String> categories) {
        this.query = query == null ? "" : query.strip();
        this.categories = categories == null ? null : Set.copyOf(categories);
        this.words = this.query.isEmpty()
                ? new String[0]
                : Arrays.stream(this.query.toLowerCase(Locale.ROOT).split("\\s+"))
                        .filter(w -> !w.isEmpty())
                        .toArray(String[]::new);
    }

    /** Words to look for; blank for none. */
    public String query() {
        return query;
    }

    /** Category ids to keep ("" keeps events without one); {@code null} keeps all. */
    public @Nullable Set<String> categories() {
        return categories;
    }

    /** True when the filter keeps every event. */
    public boolean isEmpty() {
        return query.isEmpty() && categories == null;
    }

    @Override
    public boolean test(Event e) {
        Set<String> keep = categories;
        if (keep != null) {
            String category = e.category();
            if (!keep.contains(category == null ? "" : category)) {
                return false;
            }
        }
        if (words.length == 0) {
            return true;
        }
        // Each text is fetched once, and only when a word is not found in the texts before it.
        String title = e.title();
        String description = null;
        String place = null;
        List<String> actors = null;
        boolean fetched = false;
        for (String word : words) {
            if (contains(title, word)) {
                continue;
            }
            if (!fetched) {
                description = e.description();
                place = e.place();
                actors = e.actors();
                fetched = true;
            }
            if (!contains(description, word) && !contains(place, word) && !anyContains(actors, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyContains(@Nullable List<String> texts, String word) {
        if (texts != null) {
            for (String t : texts) {
                if (contains(t, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code text} contains {@code word} (in lower case), ignoring case character by
     * character, as {@link String#regionMatches(boolean, int, String, int, int)} does.
     */
    static boolean contains(@Nullable String text, String word) {
        if (text == null) {
            return false;
        }
        int n = word.length();
        char first = word.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0, last = text.length() - n; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper || Character.toLowerCase(c) == first)
                    && text.regionMatches(true, i, word, 0, n)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof EventFilter f && f.query.equals(query) && Objects.equals(f.categories, categories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, categories);
    }

    @Override
    public String toString() {
        return "EventFilter[query=" + query + ", categories=" + categories + "]";
    }
}
