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

    /** The most slots looked at for one text in {@link #table} before the map. */
    private static final int PROBES = 8;
    /** The most slots: the texts a file repeats are few; beyond, the map alone keeps them. */
    private static final int MAX_SLOTS = 1 << 16;

    /**
     * The texts met as characters ({@link #string(char[], int, int)}), by a hash of those
     * characters, so a text met again is found without a {@code String} made for it. A text is
     * kept within {@link #PROBES} slots of where its hash puts it or not at all: however the
     * texts were chosen (many with one hash, say), a look-up takes a bounded number of steps,
     * and the map, which orders colliding strings in a tree, takes the rest.
     */
    private String[] table = new String[64];

    private int[] hashes = new int[64];
    private int used;

    String string(String s) {
        String known = strings.putIfAbsent(s, s);
        return known != null ? known : s;
    }

    /** As {@link #string(String)}, for the text in {@code chars[offset, offset + length)}. */
    String string(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[offset + i];
        }
        h ^= h >>> 16;
        h *= 0x9E3779B9;
        h ^= h >>> 15;
        int mask = table.length - 1;
        int slot = h & mask;
        for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
            String known = table[slot];
            if (known == null) {
                String s = string(new String(chars, offset, length));
                keep(slot, h, s);
                return s;
            }
            if (hashes[slot] == h && sameText(known, chars, offset, length)) {
                return known;
            }
        }
        return string(new String(chars, offset, length));
    }

    private static boolean sameText(String s, char[] chars, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Puts {@code s} in the free {@code slot}, growing the table when it is half full, while it may. */
    private void keep(int slot, int hash, String s) {
        if (2 * (used + 1) > table.length) {
            if (table.length >= MAX_SLOTS) {
                return;
            }
            String[] oldTable = table;
            int[] oldHashes = hashes;
            table = new String[oldTable.length * 2];
            hashes = new int[oldTable.length * 2];
            used = 0;
            for (int i = 0; i < oldTable.length; i++) {
                if (oldTable[i] != null) {
                    place(oldHashes[i], oldTable[i]);
                }
            }
            place(hash, s);
            return;
        }
        table[slot] = s;
        hashes[slot] = hash;
        used++;
    }

    /** Puts {@code s} in the first free slot within the probes of its hash; not at all when there is none. */
    private void place(int hash, String s) {
        int mask = table.length - 1;
        int slot = hash & mask;
        for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
            if (table[slot] == null) {
                table[slot] = s;
                hashes[slot] = hash;
                used++;
                return;
            }
        }
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
