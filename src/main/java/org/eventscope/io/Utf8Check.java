package org.eventscope.io;

import org.eventscope.i18n.Messages;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Passes bytes through only while they are well-formed UTF-8 as RFC 3629 defines it: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no stray or missing continuation bytes. A NUL byte
 * is refused too, since JSON allows it nowhere and it marks a binary file. The bytes before a bad
 * one are delivered first, so everything the parser finds before it is still reported; then every
 * read throws the same {@link InputException}, with the byte offset, line and column (columns count
 * bytes, as the JSON parser's do). The stream also refuses to read more than a set number of
 * bytes, so a pipe cannot feed it without end.
 */
final class Utf8Check extends FilterInputStream {

    private final long maxBytes;
    private final String sizeMessage;
    private long offset;
    private int line = 1;
    private long lineStart;
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
    private InputException failure;

    /**
     * @param in          the raw bytes
     * @param startOffset bytes already consumed before {@code in} (a byte-order mark)
     * @param maxBytes    the most bytes accepted, counting {@code startOffset}
     * @param sizeMessage the message when there are more
     */
    Utf8Check(InputStream in, long startOffset, long maxBytes, String sizeMessage) {
        super(in);
        this.offset = startOffset;
        this.lineStart = startOffset;
        this.maxBytes = maxBytes;
        this.sizeMessage = sizeMessage;
    }

    /** What can be read without blocking, or 0 when the source cannot say (a pipe's channel cannot). */
    @Override
    public int available() {
        try {
            return in.available();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            if (need > 0) {
                failure = bad("read.utf8.truncated", b, 0, 0);
                throw failure;
            }
            return n;
        }
        if (offset + n > maxBytes) {
            failure = new InputException(0, 0, sizeMessage);
            throw failure;
        }
        int good = check(b, off, n);
        if (good < n) {
            if (good > 0) {
                return good; // the next read throws
            }
            throw failure;
        }
        return n;
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
                        if ((w & HIGH_BITS) == 0 && zeroBytes(w) == 0) {
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
                        line++;
                        lineStart = start + j + 1;
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
            } else {
                sequence[sequenceLength++] = (byte) c;
                if (c < lower || c > upper) {
                    String problem = sequenceLength == 2 ? secondByteProblem(sequence[0] & 0xff, c) : "read.utf8.incomplete";
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

    /** The high bit of each byte of {@code w} that is zero, and no other bit. */
    private static long zeroBytes(long w) {
        return ~(((w & LOW_BITS) + LOW_BITS) | w | LOW_BITS);
    }

    /** Sets up the sequence a lead byte starts; the message key when it cannot start one. */
    private String lead(int c) {
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
        String message = key.equals("read.nul") ? Messages.get("read.nul", String.valueOf(sequenceAt))
                : Messages.get("read.utf8", Messages.get(key), bytes.toString(), String.valueOf(sequenceAt));
        return new InputException(sequenceLine, (int) Math.min(Integer.MAX_VALUE, sequenceAt - sequenceLineStart + 1),
                message);
    }
}
