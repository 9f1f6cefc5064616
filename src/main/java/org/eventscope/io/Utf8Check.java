package org.eventscope.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Passes bytes through only while they are well-formed UTF-8 as RFC 3629 defines it: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no stray or missing continuation bytes. A NUL byte
 * is refused too, since JSON allows it nowhere and it marks a binary file. The whole characters
 * before a bad byte are delivered first, so everything the parser finds before it is still reported;
 * then every read throws the same {@link InputException}, with the byte offset, line and column
 * (lines end at LF, CR or CR LF and columns count bytes, as the JSON parser's do). The stream also refuses to read more than a set number of
 * bytes, so a pipe cannot feed it without end.
 */
final class Utf8Check extends InputStream {

    private final InputStream in;
    private final long maxBytes;
    private final String sizeMessage;
    private final String messages;
    private long offset;
    private int line = 1;
    private long lineStart;
    /** Where the last carriage return was: lines end at CR, LF or CR LF, as the JSON parser counts them. */
    private long crAt = -2;
    /** Continuation bytes still expected, and the range the next one must fall in. */
    private int need;

    private int lower = 0x80;
    private int upper = 0xBF;
    /** Where the sequence being read started, and its bytes so far (for the message). */
    private long sequenceAt;

    private int sequenceLine;
    private long sequenceLineStart;
    private final byte[] sequence = new byte[4];
    private int sequenceLength;
    private @Nullable InputException failure;
    /** Bytes read: [pos, ready) checked and whole, [ready, filled) the start of a character still open. */
    private final byte[] buffer = new byte[1 << 16];

    private int pos;
    private int ready;
    private int filled;
    /** Where in the buffer the character being read starts. */
    private int partialStart;

    /**
     * @param in          the raw bytes
     * @param startOffset bytes already consumed before {@code in} (a byte-order mark)
     * @param maxBytes    the most bytes accepted, counting {@code startOffset}
     * @param sizeMessage the message when there are more
     */
    Utf8Check(InputStream in, long startOffset, long maxBytes, String sizeMessage) {
        this(in, startOffset, maxBytes, sizeMessage, "read");
    }

    /** {@code messages}: "read" for an event file's words, "sheet" for a sheet's ({@code sheet.utf8}). */
    Utf8Check(InputStream in, long startOffset, long maxBytes, String sizeMessage, String messages) {
        this.messages = messages;
        this.in = in;
        this.offset = startOffset;
        this.lineStart = startOffset;
        this.maxBytes = maxBytes;
        this.sizeMessage = sizeMessage;
    }

    /** What can be read without blocking (checked bytes waiting here); 0 when none are. */
    @Override
    public int available() {
        return ready - pos;
    }

    @Override
    public int read() throws IOException {
        while (pos == ready) {
            if (!fill()) {
                return -1;
            }
        }
        return buffer[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos == ready) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, ready - pos);
        System.arraycopy(buffer, pos, b, off, n);
        pos += n;
        return n;
    }

    /**
     * Reads and checks more bytes; false at the end of the input. Only whole characters are made
     * ready: a sequence cut by the end of what was read waits for its end, so the parser never sees
     * half a character, and a sequence cut by the end of the input is reported as such.
     */
    private boolean fill() throws IOException {
        if (failure != null) {
            throw failure;
        }
        int keep = filled - pos;
        System.arraycopy(buffer, pos, buffer, 0, keep);
        partialStart -= pos;
        pos = 0;
        ready = 0;
        filled = keep;
        int n = in.read(buffer, filled, buffer.length - filled);
        if (n < 0) {
            if (need > 0) {
                failure = bad("read.utf8.truncated", buffer, 0, 0);
                throw failure;
            }
            return false;
        }
        if (offset + n > maxBytes) {
            failure = new InputException(0, 0, sizeMessage);
            throw failure;
        }
        int good = check(buffer, filled, n);
        filled += good;
        // A sequence still open (or broken off by a bad byte) is not handed on.
        ready = need > 0 ? partialStart : filled;
        return true;
    }

    /** Checks {@code n} bytes; returns how many are good before the first bad one. */
    private int check(byte[] b, int off, int n) {
        for (int i = 0; i < n; i++) {
            if (need == 0) {
                // A run of ASCII, the common case, in a tight loop.
                int j = off + i;
                int end = off + n;
                long start = offset - j;
                while (j < end) {
                    if (j + 8 <= end) {
                        // Eight bytes at once when all are ASCII and none is NUL, counting line feeds.
                        long w = (long) WORDS.get(b, j);
                        if ((w & HIGH_BITS) == 0
                                && zeroBytes(w) == 0
                                && zeroBytes(w ^ RETURNS) == 0
                                && crAt != start + j - 1) {
                            long feeds = zeroBytes(w ^ LINE_FEEDS);
                            if (feeds != 0) {
                                line += Long.bitCount(feeds);
                                lineStart = start + j + (63 - Long.numberOfLeadingZeros(feeds)) / 8 + 1;
                            }
                            j += 8;
                            continue;
                        }
                    }
                    byte c = b[j];
                    if (c <= 0) {
                        break;
                    }
                    if (c == '\n') {
                        if (crAt != start + j - 1) { // the LF of a CR LF ends the line the CR ended
                            line++;
                        }
                        lineStart = start + j + 1;
                    } else if (c == '\r') {
                        line++;
                        lineStart = start + j + 1;
                        crAt = start + j;
                    }
                    j++;
                }
                offset = start + j;
                i = j - off;
                if (i == n) {
                    break;
                }
            }
            int c = b[off + i];
            c &= 0xff;
            if (need == 0) {
                sequenceAt = offset;
                sequenceLine = line;
                sequenceLineStart = lineStart;
                sequenceLength = 0;
                sequence[sequenceLength++] = (byte) c;
                String problem = lead(c);
                if (problem != null) {
                    failure = bad(problem, b, off + i + 1, off + n);
                    return i;
                }
                partialStart = off + i;
            } else {
                sequence[sequenceLength++] = (byte) c;
                if (c < lower || c > upper) {
                    String problem =
                            sequenceLength == 2 ? secondByteProblem(sequence[0] & 0xff, c) : "read.utf8.incomplete";
                    failure = bad(problem, b, off + i + 1, off + n);
                    return i;
                }
                need--;
                lower = 0x80;
                upper = 0xBF;
            }
            offset++;
        }
        return n;
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;

    /** The high bit of each byte of {@code w} that is zero, and no other bit. */
    private static long zeroBytes(long w) {
        return ~(((w & LOW_BITS) + LOW_BITS) | w | LOW_BITS);
    }

    /** Sets up the sequence a lead byte starts; the message key when it cannot start one. */
    private @Nullable String lead(int c) {
        if (c == 0) {
            return "read.nul";
        }
        if (c < 0xC0) {
            return "read.utf8.continuation";
        }
        if (c < 0xC2) {
            return "read.utf8.overlong";
        }
        if (c > 0xF4) {
            return "read.utf8.tooHigh";
        }
        need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        lower = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        upper = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        return null;
    }

    private static String secondByteProblem(int lead, int second) {
        if (second >= 0x80 && second <= 0xBF) {
            return switch (lead) {
                case 0xE0, 0xF0 -> "read.utf8.overlong";
                case 0xED -> "read.utf8.surrogate";
                default -> "read.utf8.tooHigh";
            };
        }
        return "read.utf8.incomplete";
    }

    /**
     * The failure for the sequence read so far; the message also shows the continuation bytes
     * that follow it in {@code b[from, to)}, so an overlong {@code C0 AF} is shown whole.
     */
    private InputException bad(String key, byte[] b, int from, int to) {
        for (int k = from; k < to && sequenceLength < sequence.length && (b[k] & 0xC0) == 0x80; k++) {
            sequence[sequenceLength++] = b[k];
        }
        StringBuilder bytes = new StringBuilder();
        for (int k = 0; k < sequenceLength; k++) {
            bytes.append(k == 0 ? "" : " ").append(String.format("%02X", sequence[k] & 0xff));
        }
        String message = key.equals("read.nul")
                ? Messages.get(messages + ".nul", String.valueOf(sequenceAt))
                : Messages.get(messages + ".utf8", Messages.get(key), bytes.toString(), String.valueOf(sequenceAt));
        return new InputException(
                sequenceLine,
                (int) Math.min(Integer.MAX_VALUE, sequenceAt - sequenceLineStart + 1),
                message,
                !key.equals("read.nul"));
    }
}
