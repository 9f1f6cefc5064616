package org.eventscope.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Turns the raw bytes of an input, read once (a file, a pipe, standard input), into the stream
 * the parsers read: the encoding checked from the first bytes, a UTF-8 byte-order mark dropped,
 * every byte after it checked as UTF-8 ({@link Utf8Check}), the size limit held, and a buffer
 * that lets the format be sniffed from a prefix without reading the input twice.
 */
final class InputBytes {

    /** Bytes buffered at the start; enough to tell UTF-16 and UTF-32 from UTF-8. */
    private static final int PREFIX = 64;

    private InputBytes() {}

    /**
     * The checked, buffered stream over {@code raw}.
     *
     * @param maxBytes the most bytes accepted
     * @throws InputException when the first bytes show another encoding
     */
    static BufferedInputStream open(InputStream raw, long maxBytes) throws IOException {
        return open(raw, maxBytes, "read");
    }

    /**
     * The checked, buffered stream over a sheet's bytes: as {@link #open}, its problems told as
     * a sheet's, whose encoding may be chosen, not an event file's, which must be UTF-8.
     */
    static BufferedInputStream openSheet(InputStream raw, long maxBytes) throws IOException {
        return open(raw, maxBytes, "sheet");
    }

    /** {@code messages}: the first part of the keys of the messages of its problems. */
    private static BufferedInputStream open(InputStream raw, long maxBytes, String messages) throws IOException {
        byte[] prefix = raw.readNBytes(PREFIX);
        String encoding = otherEncoding(prefix, prefix.length);
        if (encoding != null) {
            throw new InputException(1, 1, Messages.get(messages + ".encoding", encoding), true);
        }
        int bom = hasUtf8Bom(prefix) ? 3 : 0;
        InputStream rest = new Prefixed(prefix, bom, raw);
        return new BufferedInputStream(new Utf8Check(rest, bom, maxBytes, tooLarge(maxBytes), messages), 1 << 16);
    }

    /** Whether {@code b} starts with UTF-8's byte-order mark (EF BB BF). */
    static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** The UTF-16 encoding {@code b}'s byte-order mark names (FF FE, FE FF), or {@code null}. */
    static java.nio.charset.@Nullable Charset utf16Bom(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return java.nio.charset.StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return java.nio.charset.StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** "the input is larger than 536,870,912 bytes (512 MiB), the most that can be opened". */
    static String tooLarge(long maxBytes) {
        return Messages.get("read.tooLargeStream", bytes(maxBytes), String.valueOf(maxBytes >> 20));
    }

    static String bytes(long n) {
        return NumberFormat.getIntegerInstance(java.util.Locale.ROOT).format(n).replace('\u00a0', ',');
    }

    /**
     * Names the encoding when the first bytes show UTF-16 or UTF-32, by a byte-order mark or by the
     * zero bytes around the first character (JSON text starts with an ASCII character: RFC 4627),
     * else {@code null}. {@code n} is how many bytes {@code b} holds; when it is less than the
     * prefix, that is the whole input, whose length must then fit the encoding's unit.
     */
    static @Nullable String otherEncoding(byte[] b, int n) {
        boolean whole = n < PREFIX;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
            return "UTF-32BE";
        }
        if (n >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32LE";
        }
        if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return "UTF-16BE";
        }
        if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return "UTF-16LE";
        }
        boolean fours = !whole || n % 4 == 0;
        boolean twos = !whole || n % 2 == 0;
        if (n >= 4 && fours && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return "UTF-32BE";
        }
        if (n >= 4 && fours && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return "UTF-32LE";
        }
        if (n >= 2 && twos && b[0] == 0 && b[1] != 0 && (n < 4 || (b[2] == 0 && b[3] != 0))) {
            return "UTF-16BE";
        }
        if (n >= 2 && twos && b[0] != 0 && b[1] == 0 && (n < 4 || (b[2] != 0 && b[3] == 0))) {
            return "UTF-16LE";
        }
        return null;
    }

    /**
     * The bytes already read, from {@code from}, then the rest of {@code raw}; unlike a
     * SequenceInputStream it leaves {@code raw} open (standard input may be read again).
     */
    private static final class Prefixed extends InputStream {
        private final byte[] prefix;
        private int next;
        private final InputStream raw;

        Prefixed(byte[] prefix, int from, InputStream raw) {
            this.prefix = prefix;
            this.next = from;
            this.raw = raw;
        }

        @Override
        public int read() throws IOException {
            return next < prefix.length ? prefix[next++] & 0xff : raw.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (next < prefix.length) {
                int n = Math.min(len, prefix.length - next);
                System.arraycopy(prefix, next, b, off, n);
                next += n;
                return n;
            }
            return raw.read(b, off, len);
        }

        @Override
        public int available() throws IOException {
            return next < prefix.length ? prefix.length - next : raw.available();
        }
    }
}
