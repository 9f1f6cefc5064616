package org.eventscope.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.jspecify.annotations.Nullable;

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
 * <p>Ids that are a short prefix and a number, as writers and spreadsheets number them ({@code
 * e1}, {@code e2}, … or {@code src17}), are kept by their number in an array per prefix instead
 * ({@link Numbered}). A million such ids then fill one array in order, where a hash spreads them
 * over the table and every new id misses the processor's cache.
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
    /** The most prefixes whose numbered ids are kept by number; ids of other prefixes are hashed. */
    private static final int MAX_PREFIXES = 8;
    /** The longest prefix of a numbered id; longer ones are hashed. */
    private static final int MAX_PREFIX = 24;
    /** The most digits of a numbered id's number, so that it is an {@code int}. */
    private static final int MAX_DIGITS = 9;
    /**
     * How many numbered ids may be hashed, more than four times as many as are kept by number,
     * before this table stops keeping ids by number ({@link #retire}).
     */
    private static final int MOSTLY_HASHED = 1 << 16;

    /**
     * Per slot, the id's hash in the high half and where it starts in {@link #chars}, plus one,
     * in the low (0: empty). A probe compares hashes without leaving this array.
     */
    private long[] slots;

    private int mask;
    private int size;
    /** How many ids are hashed: in the slots or beside them. */
    private int hashedSize;

    /** Each id as its length (two chars, high first), its value (four chars, high first) and its characters. */
    private char[] chars;

    private int used;

    /** The ids that found no slot within {@link #PROBES} of their place. */
    private final Map<String, Long> overflow = new HashMap<>();

    /** The arrays of numbered ids, one per prefix, in the order their prefixes came. */
    private final Numbered[] numbered = new Numbered[MAX_PREFIXES];

    private int prefixes;
    /** Whether numbered ids are kept by number; once not, every id is hashed. */
    private boolean byNumber = true;
    /** How many numbered ids were hashed, for want of an array or of room in it. */
    private int hashedNumbered;

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
        IdTable copy = new IdTable(hashedSize);
        for (int p = 0; p < prefixes; p++) {
            copy.numbered[p] = numbered[p].copy();
            copy.size += numbered[p].count;
        }
        copy.prefixes = prefixes;
        copy.byNumber = byNumber;
        copy.hashedNumbered = hashedNumbered;
        copy.putAllHashed(this, value -> value);
        return copy;
    }

    int size() {
        return size;
    }

    /** The value {@code id} was put with, or {@link #ABSENT}. */
    long get(String id) {
        long number = byNumber ? number(id) : -1;
        return get(id, number, numbered(id, number));
    }

    /** {@link #get}, with {@code id}'s {@link #number} and the array of its prefix. */
    private long get(String id, long number, @Nullable Numbered kept) {
        if (kept != null) {
            long value = kept.get((int) number);
            if (value != ABSENT || kept.hashed == 0) {
                return value;
            }
        }
        return hashed(id);
    }

    private long hashed(String id) {
        int slot = slot(id, spread(id.hashCode()));
        if (slot >= 0 && start(slot) != 0) {
            return value(start(slot) - 1);
        }
        Long v = overflow.get(id);
        return v == null ? ABSENT : v;
    }

    /** Puts {@code id} with {@code value} unless it is there; gives the value it had, or {@link #ABSENT}. */
    long putIfAbsent(String id, long value) {
        long number = byNumber ? number(id) : -1;
        Numbered kept = numbered(id, number);
        long had = get(id, number, kept);
        if (had == ABSENT) {
            add(id, value, number, kept);
        }
        return had;
    }

    /** Puts {@code id} with {@code value}, whatever it had. */
    void put(String id, long value) {
        long number = byNumber ? number(id) : -1;
        Numbered kept = numbered(id, number);
        if (kept != null && kept.get((int) number) != ABSENT) {
            kept.set((int) number, value);
            return;
        }
        int slot = slot(id, spread(id.hashCode()));
        if (slot >= 0 && start(slot) != 0) {
            setValue(start(slot) - 1, value);
        } else if (overflow.containsKey(id)) {
            overflow.put(id, value);
        } else {
            add(id, value, number, kept);
        }
    }

    /** Whether any id of {@code other} is in this table. */
    boolean sharesAnyWith(IdTable other) {
        if (anyKeptIn(other) || other.anyKeptIn(this)) {
            return true;
        }
        // Ids hashed on both sides, compared without making strings of them.
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

    /**
     * Whether an id this table keeps by number is in {@code other}: a string is made of it only
     * when {@code other} may have hashed it, so a table joined with a million hashed ids (UUIDs,
     * say) and a few numbered ones looks up the few.
     */
    private boolean anyKeptIn(IdTable other) {
        for (int p = 0; p < prefixes; p++) {
            Numbered mine = numbered[p];
            Numbered theirs = other.numbered(mine.prefix);
            for (int i = 0; i < mine.values.length; i++) {
                if (mine.values[i] != ABSENT) {
                    int n = mine.low + i;
                    if (theirs != null && theirs.get(n) != ABSENT) {
                        return true;
                    }
                    // Hashed there when it keeps no array for the prefix, or hashed some of its numbers.
                    if ((theirs == null || theirs.hashed > 0) && other.hashed(mine.prefix + n) != ABSENT) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Puts every id of {@code other} that is not here, with its value changed by {@code change}. */
    void putAll(IdTable other, LongUnaryOperator change) {
        for (int p = 0; p < other.prefixes; p++) {
            Numbered theirs = other.numbered[p];
            for (int i = 0; i < theirs.values.length; i++) {
                if (theirs.values[i] != ABSENT) {
                    putIfAbsent(theirs.prefix + (theirs.low + i), change.applyAsLong(theirs.values[i]));
                }
            }
        }
        putAllHashed(other, change);
    }

    private void putAllHashed(IdTable other, LongUnaryOperator change) {
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

    /**
     * Adds {@code id}, which is not here: by its number when it is numbered and that fits, else
     * hashed. {@code number} and {@code kept} are its {@link #number} and its prefix's array.
     */
    private void add(String id, long value, long number, @Nullable Numbered kept) {
        if (number >= 0) {
            if (kept == null && prefixes < MAX_PREFIXES) {
                // The prefix's first id: had one come before, it would have made the array.
                kept = new Numbered(id.substring(0, (int) (number >>> 32)));
                numbered[prefixes++] = kept;
            }
            if (kept != null) {
                if (kept.add((int) number, value)) {
                    size++;
                    return;
                }
                kept.hashed++;
            }
            addHashed(id, value);
            if (++hashedNumbered > MOSTLY_HASHED && hashedNumbered > 4L * (size - hashedSize)) {
                retire();
            }
            return;
        }
        addHashed(id, value);
    }

    /**
     * Hashes the ids kept by number, and keeps no more by number. For numbers too sparse for
     * the arrays, or prefixes too many, recognising a number on every look-up costs more than
     * it saves; this is done once, when most numbered ids have been hashed anyway.
     */
    private void retire() {
        byNumber = false;
        for (int p = 0; p < prefixes; p++) {
            Numbered kept = numbered[p];
            numbered[p] = null;
            size -= kept.count; // counted again as they are hashed
            for (int i = 0; i < kept.values.length; i++) {
                if (kept.values[i] != ABSENT) {
                    addHashed(kept.prefix + (kept.low + i), kept.values[i]);
                }
            }
        }
        prefixes = 0;
    }

    private void addHashed(String id, long value) {
        if (hashedSize + 1 > (mask + 1) - (mask + 1) / 4 && mask + 1 < MAX_CAPACITY) {
            grow();
        }
        int hash = spread(id.hashCode());
        int slot = free(hash);
        size++;
        hashedSize++;
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
    /**
     * For a numbered id, a prefix of at most {@link #MAX_PREFIX} chars and then a number of at
     * most {@link #MAX_DIGITS} ASCII digits without a leading zero: the prefix's length in the
     * high half and the number in the low. Else -1: {@code e01} and {@code e1} are different ids,
     * so only one spelling of a number is kept by number.
     */
    static long number(String id) {
        int length = id.length();
        int first = length;
        while (first > 0 && length - first <= MAX_DIGITS) {
            char c = id.charAt(first - 1);
            if (c < '0' || c > '9') {
                break;
            }
            first--;
        }
        int digits = length - first;
        if (digits == 0 || digits > MAX_DIGITS || first > MAX_PREFIX || (digits > 1 && id.charAt(first) == '0')) {
            return -1;
        }
        int n = 0;
        for (int i = first; i < length; i++) {
            n = n * 10 + (id.charAt(i) - '0');
        }
        return ((long) first << 32) | n;
    }

    /** The array of the numbered id {@code id}'s prefix ({@code number} from {@link #number}), if any. */
    private @Nullable Numbered numbered(String id, long number) {
        if (number < 0 || prefixes == 0) {
            return null;
        }
        int prefix = (int) (number >>> 32);
        // Many ids may share a long start: telling prefixes apart by a hash first keeps this short.
        int hash = 0;
        for (int i = 0; i < prefix; i++) {
            hash = 31 * hash + id.charAt(i);
        }
        for (int p = 0; p < prefixes; p++) {
            Numbered kept = numbered[p];
            if (kept.hash == hash && kept.prefix.length() == prefix && id.startsWith(kept.prefix)) {
                return kept;
            }
        }
        return null;
    }

    private @Nullable Numbered numbered(String prefix) {
        for (int p = 0; p < prefixes; p++) {
            if (numbered[p].prefix.equals(prefix)) {
                return numbered[p];
            }
        }
        return null;
    }

    /**
     * The values of the numbered ids of one prefix, at their number less {@link #low}. The array
     * grows toward a new number only while it stays within a few numbers per id, so a few ids
     * with far-apart numbers cannot make it large; ids it does not grow to are hashed, and
     * counted in {@link #hashed} so that looking them up goes on to the table.
     */
    private static final class Numbered {
        /** Numbers are kept in whole blocks of this many. */
        private static final int BLOCK = 1024;
        /** The most numbers one array covers. */
        private static final int MOST = 1 << 27;

        final String prefix;
        /** The prefix's {@code String.hashCode}. */
        final int hash;

        long[] values = new long[0];
        /** The number at {@code values[0]}. */
        int low;
        /** How many ids the array holds. */
        int count;
        /** How many numbered ids of this prefix are hashed instead. */
        int hashed;
        /** The least and the greatest number given with this prefix, held or hashed. */
        int least = Integer.MAX_VALUE;

        int greatest = -1;

        Numbered(String prefix) {
            this.prefix = prefix;
            this.hash = prefix.hashCode();
        }

        Numbered copy() {
            Numbered copy = new Numbered(prefix);
            copy.values = values.clone();
            copy.low = low;
            copy.count = count;
            copy.hashed = hashed;
            copy.least = least;
            copy.greatest = greatest;
            return copy;
        }

        long get(int n) {
            int i = n - low;
            return i >= 0 && i < values.length ? values[i] : ABSENT;
        }

        void set(int n, long value) {
            values[n - low] = value;
        }

        /** Keeps {@code n}, which is not here, with {@code value}; false when the array would not grow to it. */
        boolean add(int n, long value) {
            least = Math.min(least, n);
            greatest = Math.max(greatest, n);
            int i = n - low;
            if ((i < 0 || i >= values.length) && !cover(n)) {
                return false;
            }
            values[n - low] = value;
            count++;
            return true;
        }

        /**
         * Grows the array to cover {@code n}: by at least half, toward {@code n}, and only while
         * it stays within about four numbers per id it holds, so growing is paid for once per
         * id. When the prefix's numbers, held or hashed, fill a quarter of their range, it may
         * grow to that range: ids numbered in shuffled order are hashed at first, until there are
         * enough of them. Sparse numbers keep it small, so looking one up stays in the cache.
         */
        private boolean cover(int n) {
            long span = values.length == 0 ? 1 : Math.max(low + (long) values.length, n + 1L) - Math.min(low, n);
            long length = Math.max(span, values.length + Math.max(BLOCK, values.length / 2L));
            long range = (long) greatest - least + 1;
            long most = 4L * count + 4L * BLOCK + (4L * (count + hashed) >= range ? range : 0);
            if (length > Math.min(MOST, most)) {
                return false;
            }
            long from;
            if (values.length == 0) {
                from = n;
            } else if (n > low) {
                from = low;
            } else {
                from = Math.max(0, low + (long) values.length - length);
            }
            long to = from + length;
            long[] grown = new long[(int) (to - from)];
            Arrays.fill(grown, ABSENT);
            if (values.length > 0) {
                System.arraycopy(values, 0, grown, (int) (low - from), values.length);
            }
            values = grown;
            low = (int) from;
            return true;
        }
    }

    static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
