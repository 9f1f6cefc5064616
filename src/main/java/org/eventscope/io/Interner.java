package org.eventscope.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One shared instance per distinct string and list of strings, so the category and source ids
 * that a million events repeat cost nothing after the first.
 */
final class Interner {

    private final Map<String, String> strings = new HashMap<>();
    private final Map<Key, List<String>> lists = new HashMap<>();
    private final Map<String, List<String>> singletons = new HashMap<>();

    String string(String s) {
        String known = strings.putIfAbsent(s, s);
        return known != null ? known : s;
    }

    /** An unmodifiable list equal to {@code items}, shared with every equal list interned before. */
    List<String> list(List<String> items) {
        if (items.size() == 1) {
            return singletons.computeIfAbsent(items.get(0), List::of);
        }
        List<String> known = lists.get(new Key(items));
        if (known == null) {
            known = List.copyOf(items);
            lists.put(new Key(known), known);
        }
        return known;
    }

    /**
     * A list as a key, hashed so that lists of like texts spread: a list's own hash adds each
     * item's to 31 times the hash before, so ["Actor 12", "Group 40"] and ["Actor 11", "Group 71"]
     * meet in one bucket, and thousands of such lists in a few. Keys are ordered, so that a
     * bucket of keys whose hashes are equal anyway (texts made to collide: "Aa" and "BB" hash
     * alike) is searched as a tree, not one key after another.
     */
    record Key(List<String> items) implements Comparable<Key> {
        @Override
        public int hashCode() {
            int h = items.size();
            for (int i = 0; i < items.size(); i++) {
                h = (h ^ items.get(i).hashCode()) * 0x9E3779B9;
                h ^= h >>> 15;
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key other) || other.items.size() != items.size()) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).equals(other.items.get(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int compareTo(Key other) {
            int n = Math.min(items.size(), other.items.size());
            for (int i = 0; i < n; i++) {
                int c = items.get(i).compareTo(other.items.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(items.size(), other.items.size());
        }
    }
}
