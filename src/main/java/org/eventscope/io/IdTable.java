package org.eventscope.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * The ids of an event file while it is read, each with a {@code long} value (where it was given),
 * without an object per id: the ids' characters are appended to one array and found by open
 * addressing. A million ids are a few large arrays instead of four million small objects that
 * would all live until the end of the read, and that every young collection would copy.
 *
 * <p>An id is kept within {@link #PROBES} slots of where its hash puts it, or else in a small
 * map beside the table. So however the ids were chosen (many with one {@code String.hashCode},
 * say), finding one takes a bounded number of steps, and the map, which orders colliding
 * strings in a tree, takes the rest.
 *
 * <p>Not thread-safe: each thread that reads a part of a file keeps its own table.
 */
final class IdTable {

    /** The value {@link #get} and {@link #putIfAbsent} give for an id that is not there. */
    static final long ABSENT = Long.MIN_VALUE;

    private static final int MIN_CAPACITY = 64;
    /** The most slots: beyond, ids go beside the table. */
    private static final int MAX_CAPACITY = 1 << 29;
    /** The chars before an id's own: its length and its value. */
    private static final int HEAD = 6;
    /** The most slots looked at for one id before the map beside the table. */
    private static final int PROBES = 32;

    /**
     * Per slot, the id's hash in the high half and where it starts in {@link #chars}, plus one,
     * in the low (0: empty). A probe compares hashes without leaving this array.
     */
    private long[] slots;

    private int mask;
    private int size;

    /** Each id as its length (two chars, high first), its value (four chars, high first) and its characters. */
    private char[] chars;

    private int used;

    /** The ids that found no slot within {@link #PROBES} of their place. */
    private final Map<String, Long> overflow = new HashMap<>();

    /** @param expected about how many ids will be put, so they fit without growing */
    IdTable(int expected) {
        int capacity = MIN_CAPACITY;
        while (capacity < expected + expected / 3 && capacity < MAX_CAPACITY) {
            capacity <<= 1;
        }
        this.slots = new long[capacity];
        this.mask = capacity - 1;
        // Grown as ids come: a large file may hold few ids.
        this.chars = new char[(int) Math.max(256, Math.min(14L * expected, 1 << 20))];
    }

    /** A copy that changes independently of this table, sized for what it holds. */
    IdTable copy() {
        IdTable copy = new IdTable(size);
        copy.putAll(this, value -> value);
        return copy;
    }

    int size() {
        return size;
    }

    /** The value {@code id} was put with, or {@link #ABSENT}. */
    long get(String id) {
        int slot = slot(id, spread(id.hashCode()));
        if (slot >= 0 && start(slot) != 0) {
            return value(start(slot) - 1);
        }
        Long v = overflow.get(id);
        return v == null ? ABSENT : v;
    }

    /** Puts {@code id} with {@code value} unless it is there; gives the value it had, or {@link #ABSENT}. */
    long putIfAbsent(String id, long value) {
        long had = get(id);
        if (had == ABSENT) {
            add(id, value);
        }
        return had;
    }

    /** Puts {@code id} with {@code value}, whatever it had. */
    void put(String id, long value) {
        int slot = slot(id, spread(id.hashCode()));
        if (slot >= 0 && start(slot) != 0) {
            setValue(start(slot) - 1, value);
        } else if (overflow.containsKey(id)) {
            overflow.put(id, value);
        } else {
            add(id, value);
        }
    }

    /** Whether any id of {@code other} is in this table. */
    boolean sharesAnyWith(IdTable other) {
        for (int s = 0; s <= other.mask; s++) {
            int start = other.start(s);
            if (start != 0 && has(other, start - 1, other.hash(s))) {
                return true;
            }
        }
        for (String id : other.overflow.keySet()) {
            if (get(id) != ABSENT) {
                return true;
            }
        }
        return false;
    }

    /** Puts every id of {@code other} that is not here, with its value changed by {@code change}. */
    void putAll(IdTable other, LongUnaryOperator change) {
        for (int s = 0; s <= other.mask; s++) {
            int start = other.start(s);
            if (start != 0) {
                putIfAbsent(other.id(start - 1), change.applyAsLong(other.value(start - 1)));
            }
        }
        other.overflow.forEach((id, value) -> putIfAbsent(id, change.applyAsLong(value)));
    }

    /** Whether the id stored at {@code at} in {@code other}, whose hash is {@code hash}, is here. */
    private boolean has(IdTable other, int at, int hash) {
        int length = length(other.chars, at);
        int slot = hash & mask;
        for (int i = 0; i < PROBES; i++, slot = (slot + 1) & mask) {
            int start = start(slot);
            if (start == 0) {
                break;
            }
            if (hash(slot) == hash
                    && length(chars, start - 1) == length
                    && Arrays.equals(
                            chars,
                            start - 1 + HEAD,
                            start - 1 + HEAD + length,
                            other.chars,
                            at + HEAD,
                            at + HEAD + length)) {
                return true;
            }
        }
        return !overflow.isEmpty() && overflow.containsKey(other.id(at));
    }

    /** The id whose length and characters start at {@code at}. */
    private String id(int at) {
        return new String(chars, at + HEAD, length(chars, at));
    }

    private int start(int slot) {
        return (int) slots[slot];
    }

    private int hash(int slot) {
        return (int) (slots[slot] >>> 32);
    }

    /** Adds {@code id}, which is not here yet. */
    private void add(String id, long value) {
        if (size + 1 > (mask + 1) - (mask + 1) / 4 && mask + 1 < MAX_CAPACITY) {
            grow();
        }
        int hash = spread(id.hashCode());
        int slot = free(hash);
        size++;
        if (slot < 0) {
            overflow.put(id, value);
            return;
        }
        int length = id.length();
        long need = (long) used + HEAD + length;
        if (need > chars.length) {
            if (need > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("the ids of one file take more than 2G characters");
            }
            chars = Arrays.copyOf(chars, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(need, 2L * chars.length)));
        }
        chars[used] = (char) (length >>> 16);
        chars[used + 1] = (char) length;
        setValue(used, value);
        id.getChars(0, length, chars, used + HEAD);
        slots[slot] = ((long) hash << 32) | (used + 1);
        used += HEAD + length;
    }

    /** Doubles the slots; an id that finds no slot near its place then goes beside the table. */
    private void grow() {
        long[] old = slots;
        int capacity = (mask + 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
        for (long old1 : old) {
            int start = (int) old1;
            if (start != 0) {
                int slot = free((int) (old1 >>> 32));
                if (slot >= 0) {
                    slots[slot] = old1;
                } else {
                    overflow.put(id(start - 1), value(start - 1));
                }
            }
        }
    }

    /** The first empty slot within {@link #PROBES} of {@code hash}'s place, else -1. */
    private int free(int hash) {
        int slot = hash & mask;
        for (int i = 0; i < PROBES; i++, slot = (slot + 1) & mask) {
            if (start(slot) == 0) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * The slot holding {@code id}, else an empty slot where it would go; -1 when neither is
     * within {@link #PROBES} of its place (it may be beside the table).
     */
    private int slot(String id, int hash) {
        int slot = hash & mask;
        for (int i = 0; i < PROBES; i++, slot = (slot + 1) & mask) {
            int start = start(slot);
            if (start == 0 || (hash(slot) == hash && equal(start - 1, id))) {
                return slot;
            }
        }
        return -1;
    }

    private boolean equal(int at, String id) {
        int length = id.length();
        if (length(chars, at) != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[at + HEAD + i] != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private long value(int at) {
        return ((long) chars[at + 2] << 48)
                | ((long) chars[at + 3] << 32)
                | ((long) chars[at + 4] << 16)
                | chars[at + 5];
    }

    private void setValue(int at, long value) {
        chars[at + 2] = (char) (value >>> 48);
        chars[at + 3] = (char) (value >>> 32);
        chars[at + 4] = (char) (value >>> 16);
        chars[at + 5] = (char) value;
    }

    private static int length(char[] in, int at) {
        return (in[at] << 16) | in[at + 1];
    }

    /**
     * Spreads a string's hash over the slots: consecutive ids ("e1", "e2") have consecutive
     * hashes, which would fill runs of slots that other ids then walk along.
     */
    static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
