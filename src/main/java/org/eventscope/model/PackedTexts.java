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
 * <p>An event's id and description are kept so: a string costs 40 bytes beside its characters (its
 * object and its array's header), and a million events' ids and notes are two million strings.
 */
final class PackedTexts {

    /** The most bytes a text may take: its header must fit an int. */
    static final int MAX_BYTES = (Integer.MAX_VALUE - 2) / 2;

    private PackedTexts() {}

    /** Two texts packed in one array, in order. */
    static byte[] pack(@Nullable String first, @Nullable String second) {
        byte[] a = utf8(first);
        boolean aWide = first != null && wide(first, a);
        if (first != null && aWide) {
            a = utf16(first);
        }
        byte[] b = utf8(second);
        boolean bWide = second != null && wide(second, b);
        if (second != null && bWide) {
            b = utf16(second);
        }
        int aValue = first == null ? 0 : value(a.length, aWide);
        int bValue = second == null ? 0 : value(b.length, bWide);
        byte[] out = new byte[headerSize(aValue) + a.length + headerSize(bValue) + b.length];
        int at = put(out, 0, aValue);
        System.arraycopy(a, 0, out, at, a.length);
        at = put(out, at + a.length, bValue);
        System.arraycopy(b, 0, out, at, b.length);
        return out;
    }

    private static final byte[] NONE = new byte[0];

    private static byte[] utf8(@Nullable String t) {
        return t == null ? NONE : t.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code t}, whose UTF-8 is {@code utf8}, must be kept in UTF-16: it holds half a surrogate pair (made "?"). */
    private static boolean wide(String t, byte[] utf8) {
        return replaced(t, utf8) && halfAPair(t);
    }

    private static int value(int bytes, boolean wide) {
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("a text of " + bytes + " bytes is longer than " + MAX_BYTES);
        }
        return 1 + ((bytes << 1) | (wide ? 1 : 0));
    }

    /** The {@code index}th text packed in {@code packed}, or {@code null} when it is absent. */
    static @Nullable String get(byte[] packed, int index) {
        int at = 0;
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
        int aFrom = 0;
        int bFrom = 0;
        for (int i = 0; i < index; i++) {
            aFrom = skip(a, aFrom);
            bFrom = skip(b, bFrom);
        }
        return Arrays.equals(a, aFrom, skip(a, aFrom), b, bFrom, skip(b, bFrom));
    }

    /**
     * Whether {@code t}'s UTF-8 {@code bytes} may have replaced a character with "?". When they are
     * as many as its characters, each character took one byte: it is ASCII, or it was replaced, and
     * a "?" in the bytes where {@code t} has none tells which.
     */
    private static boolean replaced(String t, byte[] bytes) {
        if (bytes.length != t.length()) {
            return true;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '?' && t.charAt(i) != '?') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} holds a surrogate without its other half. */
    private static boolean halfAPair(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] utf16(String t) {
        byte[] out = new byte[2 * t.length()];
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            out[2 * k] = (byte) (c >>> 8);
            out[2 * k + 1] = (byte) c;
        }
        return out;
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

    /** Where the text after the one at {@code at} begins. */
    private static int skip(byte[] packed, int at) {
        long head = header(packed, at);
        int value = (int) head;
        int start = (int) (head >>> 32);
        return value == 0 ? start : start + ((value - 1) >>> 1);
    }
}
