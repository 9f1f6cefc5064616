package org.eventscope.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes a file was read from, for a save that patches them: in memory, or read from the file
 * a page at a time, so that saving a 500 MB file does not hold 500 MB more.
 */
abstract class ByteSource {

    abstract int length();

    abstract byte at(int i);

    /**
     * An array that holds byte {@code i} at index {@code i - start(i)}, valid up to {@code
     * limit(i)}: for scans that go through many bytes. It may be overwritten by the next call.
     */
    abstract byte[] array(int i);

    /** Where the array of {@link #array} begins in the bytes. */
    abstract int start(int i);

    /** Where the valid bytes of the array of {@link #array} end, in the bytes (exclusive). */
    abstract int limit(int i);

    /** Bytes {@code from} to {@code to} (exclusive), copied. */
    abstract byte[] read(int from, int to);

    /** Writes bytes {@code from} to {@code to} (exclusive) to {@code out}. */
    abstract void copy(int from, int to, OutputStream out) throws IOException;

    String text(int from, int to) {
        return new String(read(from, to), StandardCharsets.UTF_8);
    }

    static ByteSource of(byte[] bytes) {
        return new InMemory(bytes);
    }

    /** The file open in {@code channel}, of at most {@link Integer#MAX_VALUE} bytes, read as needed. */
    static ByteSource of(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE) {
            throw new IOException("the file is larger than 2 GB");
        }
        return new Paged(channel, (int) size);
    }

    private static final class InMemory extends ByteSource {
        private final byte[] b;

        InMemory(byte[] b) {
            this.b = b;
        }

        @Override
        int length() {
            return b.length;
        }

        @Override
        byte at(int i) {
            return b[i];
        }

        @Override
        byte[] array(int i) {
            return b;
        }

        @Override
        int start(int i) {
            return 0;
        }

        @Override
        int limit(int i) {
            return b.length;
        }

        @Override
        byte[] read(int from, int to) {
            return Arrays.copyOfRange(b, from, to);
        }

        @Override
        void copy(int from, int to, OutputStream out) throws IOException {
            out.write(b, from, to - from);
        }
    }

    /** Pages of 64 KB, a few kept: scans and copies go through the file mostly in order. */
    private static final class Paged extends ByteSource {
        private static final int PAGE_BITS = 16;
        private static final int PAGE = 1 << PAGE_BITS;
        private static final int SLOTS = 8;

        private final FileChannel channel;
        private final int size;
        private final long[] pageOf = new long[SLOTS];
        private final byte[][] pages = new byte[SLOTS][PAGE];

        Paged(FileChannel channel, int size) {
            this.channel = channel;
            this.size = size;
            Arrays.fill(pageOf, -1);
        }

        @Override
        int length() {
            return size;
        }

        private byte[] page(int number) {
            int slot = number % SLOTS;
            if (pageOf[slot] != number) {
                ByteBuffer buffer = ByteBuffer.wrap(pages[slot]);
                long at = (long) number << PAGE_BITS;
                try {
                    while (buffer.hasRemaining() && at + buffer.position() < size) {
                        if (channel.read(buffer, at + buffer.position()) < 0) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                pageOf[slot] = number;
            }
            return pages[slot];
        }

        @Override
        byte at(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return page(i >>> PAGE_BITS)[i & (PAGE - 1)];
        }

        @Override
        byte[] array(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return page(i >>> PAGE_BITS);
        }

        @Override
        int start(int i) {
            return i & ~(PAGE - 1);
        }

        @Override
        int limit(int i) {
            return Math.min(size, start(i) + PAGE);
        }

        @Override
        byte[] read(int from, int to) {
            byte[] out = new byte[to - from];
            int done = 0;
            while (from + done < to) {
                int i = from + done;
                int n = Math.min(to - i, PAGE - (i & (PAGE - 1)));
                System.arraycopy(page(i >>> PAGE_BITS), i & (PAGE - 1), out, done, n);
                done += n;
            }
            return out;
        }

        @Override
        void copy(int from, int to, OutputStream out) throws IOException {
            for (int i = from; i < to; ) {
                int n = Math.min(to - i, PAGE - (i & (PAGE - 1)));
                try {
                    out.write(page(i >>> PAGE_BITS), i & (PAGE - 1), n);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                i += n;
            }
        }
    }
}
