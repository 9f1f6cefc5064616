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
    private final Map<List<String>, List<String>> lists = new HashMap<>();
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
        return lists.computeIfAbsent(List.copyOf(items), l -> l);
    }
}
