package org.eventscope.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Texts kept one after another in one byte array: each in UTF-8, or, when it holds half of a
 * surrogate pair (which UTF-8 cannot hold), in UTF-16, so that any string comes back exactly as it
 * was given. Each text is preceded by a number of one to five bytes (seven bits each, the last
 * byte's top bit clear): 0 for a text that is absent, else one more than its length in bytes
 * times two, plus one when it is in UTF-16.
 *
 * <p>An event's id, title, description and place are kept so ({@link EventColumns} keeps many
 * events' one after another in one array): a string costs 40 bytes beside its characters (its
 * object and its array's header), and a million events' titles alone are two million objects.
 */
final class PackedTexts {

    /** The most bytes a text may take: its header must fit an int. */
    static final int MAX_BYTES = (Integer.MAX_VALUE - 2) / 2;

    private PackedTexts() {}

    /** Texts packed in one array, in order. */
    static byte[] pack(@Nullable String... texts) {
        Buffer out = new Buffer(16 * texts.length);
        for (String t : texts) {
            out.append(t);
        }
        return out.toArray();
    }

    /**
     * A growing array that texts are packed into, one after another, each encoded once, straight
     * into the array.
     */
    static final class Buffer {

        /** The longest array made. */
        private static final int MOST = Integer.MAX_VALUE - 16;

        private byte[] bytes;
        private int size;

        Buffer(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        /** The bytes written so far. */
        int size() {
            return size;
        }

        /** The array written to: its first {@link #size} bytes are the packed texts. */
        byte[] array() {
            return bytes;
        }

        /** A copy of the packed texts. */
        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }

        /** Gives back the room not written to, when it is more than an eighth. */
        void trim() {
            if (bytes.length - size > bytes.length >>> 3) {
                bytes = Arrays.copyOf(bytes, size);
            }
        }

        /** Whether {@code room} more bytes fit an array beside those written. */
        boolean fits(long room) {
            return room <= MOST - size;
        }

        /** The most bytes {@code t} takes packed, header included. */
        static long most(@Nullable String t) {
            return t == null ? 1 : 5 + 3L * t.length();
        }

        /** Packs {@code t} (or an absent text) after the texts before. */
        void append(@Nullable String t) {
            if (t == null) {
                reserve(1);
                bytes[size++] = 0;
                return;
            }
            int n = t.length();
            reserve(most(t));
            // Written after room for the longest header, then moved to follow the header it gets.
            int from = size + 5;
            int at = utf8(t, bytes, from);
            boolean wide = at < 0;
            if (wide) {
                at = from;
                for (int i = 0; i < n; i++) {
                    char c = t.charAt(i);
                    bytes[at++] = (byte) (c >>> 8);
                    bytes[at++] = (byte) c;
                }
            }
            int length = at - from;
            int value = value(length, wide);
            int start = size + headerSize(value);
            System.arraycopy(bytes, from, bytes, start, length);
            put(bytes, size, value);
            size = start + length;
        }

        private void reserve(long room) {
            if (!fits(room)) {
                throw new IllegalArgumentException("texts of more than " + MOST + " bytes cannot be kept");
            }
            if (bytes.length - size < room) {
                long grown = Math.max(2L * bytes.length, size + room);
                bytes = Arrays.copyOf(bytes, (int) Math.min(grown, MOST));
            }
        }

        /**
         * Writes {@code t} in UTF-8 from {@code at}; returns where it ends, or -1 when it holds half
         * of a surrogate pair, which UTF-8 cannot keep.
         */
        private static int utf8(String t, byte[] out, int at) {
            int o = at;
            int n = t.length();
            for (int i = 0; i < n; i++) {
                char c = t.charAt(i);
                if (c < 0x80) {
                    out[o++] = (byte) c;
                } else if (c < 0x800) {
                    out[o++] = (byte) (0xc0 | (c >>> 6));
                    out[o++] = (byte) (0x80 | (c & 0x3f));
                } else if (!Character.isSurrogate(c)) {
                    out[o++] = (byte) (0xe0 | (c >>> 12));
                    out[o++] = (byte) (0x80 | ((c >>> 6) & 0x3f));
                    out[o++] = (byte) (0x80 | (c & 0x3f));
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(t.charAt(i + 1))) {
                    int p = Character.toCodePoint(c, t.charAt(++i));
                    out[o++] = (byte) (0xf0 | (p >>> 18));
                    out[o++] = (byte) (0x80 | ((p >>> 12) & 0x3f));
                    out[o++] = (byte) (0x80 | ((p >>> 6) & 0x3f));
                    out[o++] = (byte) (0x80 | (p & 0x3f));
                } else {
                    return -1;
                }
            }
            return o;
        }
    }

    private static int value(int bytes, boolean wide) {
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("a text of " + bytes + " bytes is longer than " + MAX_BYTES);
        }
        return 1 + ((bytes << 1) | (wide ? 1 : 0));
    }

    /** The {@code index}th text packed in {@code packed}, or {@code null} when it is absent. */
    static @Nullable String get(byte[] packed, int index) {
        return get(packed, 0, index);
    }

    /** The {@code index}th text of the texts packed in {@code packed} from {@code from}, or {@code null}. */
    static @Nullable String get(byte[] packed, int from, int index) {
        int at = from;
        for (int i = 0; i < index; i++) {
            at = skip(packed, at);
        }
        long head = header(packed, at);
        int value = (int) head;
        at = (int) (head >>> 32);
        if (value == 0) {
            return null;
        }
        int length = (value - 1) >>> 1;
        if (((value - 1) & 1) == 0) {
            return new String(packed, at, length, StandardCharsets.UTF_8);
        }
        char[] chars = new char[length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((packed[at + 2 * i] & 0xff) << 8) | (packed[at + 2 * i + 1] & 0xff));
        }
        return new String(chars);
    }

    /** Whether the {@code index}th texts of two packs are the same. */
    static boolean sameAt(byte[] a, byte[] b, int index) {
        return sameAt(a, 0, b, 0, index);
    }

    /** Whether the {@code index}th texts of the packs in {@code a} from {@code from} and in {@code b} from {@code bStart} are the same. */
    static boolean sameAt(byte[] a, int from, byte[] b, int bStart, int index) {
        int aFrom = from;
        int bFrom = bStart;
        for (int i = 0; i < index; i++) {
            aFrom = skip(a, aFrom);
            bFrom = skip(b, bFrom);
        }
        return Arrays.equals(a, aFrom, skip(a, aFrom), b, bFrom, skip(b, bFrom));
    }

    private static int headerSize(int value) {
        int size = 1;
        for (int v = value >>> 7; v != 0; v >>>= 7) {
            size++;
        }
        return size;
    }

    private static int put(byte[] out, int at, int value) {
        int v = value;
        int i = at;
        while ((v & ~0x7f) != 0) {
            out[i++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out[i++] = (byte) v;
        return i;
    }

    /** The header at {@code at}: its value in the low 32 bits, where the text begins in the high. */
    private static long header(byte[] packed, int at) {
        int value = 0;
        int shift = 0;
        int i = at;
        byte b;
        do {
            b = packed[i++];
            value |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        return ((long) i << 32) | (value & 0xffffffffL);
    }

    /** Where the {@code count} texts packed from {@code from} end. */
    static int end(byte[] packed, int from, int count) {
        int at = from;
        for (int i = 0; i < count; i++) {
            at = skip(packed, at);
        }
        return at;
    }

    /** Where the text after the one at {@code at} begins. */
    private static int skip(byte[] packed, int at) {
        long head = header(packed, at);
        int value = (int) head;
        int start = (int) (head >>> 32);
        return value == 0 ? start : start + ((value - 1) >>> 1);
    }
}
