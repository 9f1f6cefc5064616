package org.eventscope.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eventscope.model.Event;
import org.jspecify.annotations.Nullable;

/**
 * Reads a large event file's events in two parts at once, one on each of two cores. While the
 * reader parses the file from its start, a second thread parses the second half of the events
 * array: from the first event that starts after the array's middle to the array's closing
 * bracket. When the reader's {@link #stream()} comes to where that half starts, it leaps to the
 * closing bracket, and the reader adds the second half's events to its own.
 *
 * <p>The second half is taken only when nothing about it is in doubt:
 * <ul>
 *   <li>it was read without a single problem, not even a warning;
 *   <li>the reader's own parse confirms that the leap fell between two events of the events
 *       array ({@link #confirm});
 *   <li>no id of one half repeats an id of the other;
 *   <li>nothing the reader finds after the leap is a problem.
 * </ul>
 * Doubt before the leap: the reader reads on through the second half itself, as a plain read
 * does. Doubt after it: {@link EventFileParser} throws {@link Restart} and the file is read
 * again from its start in one part. Either way, every problem is reported at its line and column,
 * in file order, as a read in one part reports it. The SHA-256 is taken of the whole file in
 * order.
 *
 * <p>Only regular files are read so: pipes and standard input cannot be read twice.
 */
final class SplitRead implements AutoCloseable {

    /** Events arrays smaller than this are read in one part: a thread costs more than it saves. */
    static final long MIN_EVENTS_BYTES = 8L << 20;

    /**
     * False when the system property {@code eventscope.read.onePart} is {@code true}: every file
     * is then read in one part, as benchmarks compare.
     */
    static final boolean ENABLED = !Boolean.getBoolean("eventscope.read.onePart");

    /** How far past the middle of the events array an event boundary is looked for. */
    private static final int SEARCH_BYTES = 1 << 16;

    /** Thrown when the second half was taken but something read after the leap puts it in doubt. */
    static final class Restart extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Restart(String why) {
            super(why, null, false, false);
        }
    }

    /** What the second thread read: its events, where its ']' is, and how many lines it counted before it. */
    record Half(List<Event> events, long closingBracket, int lines) {}

    private final FileChannel channel;
    private final long size;
    private final ReadMonitor monitor;
    private MessageDigest digest;
    /** The UTF-8 byte-order mark's length: the parser's offsets start after it. */
    private final int bom;

    /** Where the reader's stream delivers its next byte from. */
    private long pos;
    /** Just past the '}' of the last event of the first half; -1 while there is no split. */
    private long cut = -1;
    /** The '{' of the first event of the second half. */
    private long resume;

    /** The second half's reader, while its thread runs or has run. */
    private @Nullable SecondHalf reader;
    /** The thread that reads the second half, once started. */
    private @Nullable Thread thread;

    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean abandoned;
    /** How far the second thread has parsed, in the file's bytes. */
    private volatile long parsedTo;
    /** What the second thread read; null when it is in doubt. Written before {@link #finished}. */
    private volatile @Nullable Half half;

    /** The lines the stream leapt over, counted as the JSON parser counts them. */
    private int skippedLines;

    /** Set once the stream has leapt: the bytes from {@link #cut} to here came from the second thread. */
    private long leaptTo = -1;
    /** The doubt found after the leap, if any. */
    private volatile @Nullable String doubt;

    private boolean confirmed;

    private SplitRead(FileChannel channel, long size, ReadMonitor monitor, MessageDigest digest) throws IOException {
        this.channel = channel;
        this.size = size;
        this.monitor = monitor;
        this.digest = digest;
        ByteBuffer first = ByteBuffer.allocate(3);
        while (first.hasRemaining() && channel.read(first, first.position()) > 0) {
            // a regular file gives its first bytes at once
        }
        this.bom = InputBytes.hasUtf8Bom(java.util.Arrays.copyOf(first.array(), first.position())) ? 3 : 0;
    }

    /** Opens {@code path}, a regular file of {@code size} bytes, to be read in two parts. */
    static SplitRead open(Path path, long size, ReadMonitor monitor, MessageDigest digest) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new SplitRead(channel, size, monitor, digest);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The file from its start, read once, with the leap; its bytes go to the digest in order. */
    InputStream stream() {
        return new Leaping();
    }

    /** The digest of every byte of the file, in order, once the stream has been read. */
    MessageDigest digest() {
        return digest;
    }

    // ---- the reader's side ------------------------------------------------------------------

    /**
     * The reader stands on the events array's '[' at parser offset {@code bracket}: starts the
     * second thread on the second half, when the array is large and an event boundary is found
     * past its middle. {@code reader} makes the parser of the second half.
     */
    void begin(long bracket, SecondHalf reader) throws IOException {
        long eventsAt = bracket + bom;
        long middle = eventsAt + (size - eventsAt) / 2;
        if (size - eventsAt < MIN_EVENTS_BYTES || middle < pos + SEARCH_BYTES) {
            return;
        }
        ByteBuffer window = ByteBuffer.allocate(SEARCH_BYTES);
        while (window.hasRemaining() && channel.read(window, middle + window.position()) > 0) {
            // fill the window
        }
        byte[] b = window.array();
        int n = window.position();
        for (int i = 0; i < n; i++) {
            if (b[i] != '}') {
                continue;
            }
            int j = skipSpace(b, i + 1, n);
            if (j < n && b[j] == ',') {
                int k = skipSpace(b, j + 1, n);
                // "{" and then a key or "}": inside a string a quote would be escaped, so this is most likely a
                // boundary.
                int key = k < n && b[k] == '{' ? skipSpace(b, k + 1, n) : n;
                if (key < n && (b[key] == '"' || b[key] == '}')) {
                    cut = middle + i + 1;
                    resume = middle + k;
                    break;
                }
            }
        }
        if (cut < 0) {
            return;
        }
        this.reader = reader;
        Thread t = new Thread(() -> readSecondHalf(reader), "eventscope-read-second-half");
        t.setDaemon(true);
        try {
            t.start();
            thread = t;
        } catch (OutOfMemoryError e) {
            // No thread to be had: the reader reads the whole file itself.
            cut = -1;
            this.reader = null;
        }
    }

    private static int skipSpace(byte[] b, int from, int n) {
        int i = from;
        while (i < n && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** True once the stream has leapt over the second half. */
    boolean leapt() {
        return leaptTo >= 0;
    }

    /** The second half's events, once the stream has leapt. */
    Half half() {
        Half h = half;
        if (h == null || !leapt()) {
            throw new IllegalStateException("no second half was taken");
        }
        return h;
    }

    /**
     * The reader's parse came to the events array's ']' at parser offset {@code closing}, straight
     * after an event: the leap fell between two events exactly when that bracket is the one the
     * stream put at the cut.
     */
    void confirm(long closing) {
        if (leapt()) {
            confirmed = closing + bom == cut;
            if (!confirmed) {
                doubt("the leap did not fall between two events");
            }
        }
    }

    /** Something puts the second half in doubt: before the leap it is left; after it the file is read again. */
    void doubt(String why) {
        if (doubt == null) {
            doubt = why;
        }
        abandoned = true;
    }

    /** Throws {@link Restart} when the second half was taken and is in doubt, or its bracket was never confirmed. */
    void checkTaken() {
        if (leapt() && (doubt != null || !confirmed)) {
            throw new Restart(doubt != null ? doubt : "the events array did not end at the leap");
        }
    }

    /** The file's bytes read so far, counting both halves, for progress: {@code offset} is the parser's. */
    long progress(long offset) {
        long real = offset + bom;
        if (leapt()) {
            return real + leaptTo - cut;
        }
        // When a half is left to the reader, this goes back: the reader's monitor holds it (EventFileReader.Steady).
        long second = parsedTo;
        return cut >= 0 && second > resume ? real + second - resume : real;
    }

    // ---- the second thread ------------------------------------------------------------------

    /** Reads the events from a '[' onwards, none of its problems reported: any problem is doubt. */
    interface SecondHalf {
        /**
         * Reads the events array {@code p} stands before, up to its ']'; null when there was any
         * problem. {@code monitor} cancels when the half is no longer wanted.
         */
        @Nullable
        List<Event> read(JsonParser p, ReadMonitor monitor) throws IOException;

        /**
         * Adds the ids the half gave to the reader's, once it has stopped and is taken; false,
         * and the half is left to the reader, when the reader gave any of them too.
         */
        boolean join();
    }

    private void readSecondHalf(SecondHalf reader) {
        try {
            InputStream region = new Region(resume);
            InputStream checked =
                    new BufferedInputStream(new Utf8Check(region, resume - 1, Long.MAX_VALUE, ""), 1 << 16);
            try (JsonParser p = Json.FACTORY.createParser(checked)) {
                List<Event> events = reader.read(p, new ReadMonitor() {
                    @Override
                    public void progress(long bytesRead, long totalBytes) {
                        parsedTo = resume - 1 + bytesRead;
                    }

                    @Override
                    public boolean isCancelled() {
                        // The caller's monitor is asked by the reader's thread only, which abandons this half when
                        // cancelled.
                        return abandoned;
                    }
                });
                if (events != null) {
                    // The parser stands just past the ']'.
                    long closing = resume - 1 + p.currentLocation().getByteOffset() - 1;
                    ByteBuffer one = ByteBuffer.allocate(1);
                    if (channel.read(one, closing) == 1 && one.get(0) == ']') {
                        // The parser began on line 1 at the '[' put before the half.
                        half = new Half(events, closing, p.currentLocation().getLineNr() - 1);
                    }
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            half = null; // in doubt: the reader reads this half itself
        } finally {
            finished.countDown();
        }
    }

    /** The file from {@code from}, after a '[' that opens the array the second half's events are items of. */
    private final class Region extends InputStream {
        private long at;
        private boolean opened;

        Region(long from) {
            this.at = from;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!opened) {
                opened = true;
                b[off] = '[';
                return 1;
            }
            if (abandoned) {
                throw new CancellationException("the second half is no longer wanted");
            }
            int n = channel.read(ByteBuffer.wrap(b, off, len), at);
            if (n > 0) {
                at += n;
            }
            return n;
        }
    }

    // ---- the reader's stream ----------------------------------------------------------------

    /** The file from its start, leaping from the cut to the second half's closing bracket when it was read. */
    private final class Leaping extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n;
            do {
                n = read(one, 0, 1);
            } while (n == 0);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (cut >= 0 && pos == cut && leaptTo < 0) {
                leapOrReadOn();
            }
            int want = cut >= 0 && pos < cut ? (int) Math.min(len, cut - pos) : len;
            int n = channel.read(ByteBuffer.wrap(b, off, want), pos);
            if (n <= 0) {
                return -1;
            }
            digest.update(b, off, n);
            pos += n;
            return n;
        }
    }

    /**
     * At the cut: waits for the second thread, taking the digest of what it has read meanwhile
     * (on a copy, in case the half is left), then leaps to its closing bracket, or reads on.
     */
    private void leapOrReadOn() throws IOException {
        MessageDigest ahead;
        try {
            ahead = (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            abandoned = true;
            ahead = null;
        }
        long digested = cut;
        byte[] chunk = new byte[1 << 16];
        try {
            while (!finished.await(2, TimeUnit.MILLISECONDS)) {
                if (monitor.isCancelled()) {
                    abandoned = true;
                    throw new CancellationException("reading was cancelled");
                }
                long second = parsedTo;
                if (ahead != null) {
                    digested = digestTo(ahead, digested, second, chunk);
                }
                // The bar moves with the second thread while the reader waits for it.
                if (second > resume) {
                    monitor.progress(cut + second - resume, size);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned = true;
            throw new CancellationException("reading was interrupted");
        }
        Half h = half;
        SecondHalf r = reader;
        if (ahead == null || h == null || r == null || doubt != null || !r.join()) {
            // Read on: the bytes from the cut are read as if there had been no second thread.
            cut = -1;
            return;
        }
        digestTo(ahead, digested, h.closingBracket(), chunk);
        digest = ahead;
        leaptTo = h.closingBracket();
        pos = leaptTo;
        skippedLines = lines(cut, resume) + h.lines();
        monitor.progress(leaptTo, size);
    }

    /**
     * The line breaks in the file's bytes [from, to), a few bytes between two events, counted as
     * the JSON parser counts them: "\n", "\r" and "\r\n" are one each.
     */
    private int lines(long from, long to) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(1 << 16, to - from));
        int lines = 0;
        boolean afterCr = false;
        for (long at = from; at < to; ) {
            b.clear().limit((int) Math.min(b.capacity(), to - at));
            int n = channel.read(b, at);
            if (n <= 0) {
                throw new IOException("the file became shorter while it was read");
            }
            for (int i = 0; i < n; i++) {
                byte x = b.get(i);
                if (x == '\r' || (x == '\n' && !afterCr)) {
                    lines++;
                }
                afterCr = x == '\r';
            }
            at += n;
        }
        return lines;
    }

    /**
     * The lines the stream leapt over: a line the JSON parser gives for a position after the
     * events array is that many lines short in the file, when it lies past the line of the leap.
     */
    int skippedLines() {
        return skippedLines;
    }

    /** Adds the file's bytes [from, to) to {@code d}; returns where it stopped. */
    private long digestTo(MessageDigest d, long from, long to, byte[] chunk) throws IOException {
        long at = from;
        while (at < to) {
            int n = channel.read(ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, to - at)), at);
            if (n <= 0) {
                throw new IOException("the file became shorter while it was read");
            }
            d.update(chunk, 0, n);
            at += n;
        }
        return at;
    }

    /** Stops the second thread if it still runs and closes the file. */
    @Override
    public void close() throws IOException {
        abandoned = true;
        Thread t = thread;
        if (t != null) {
            // Until it has ended, not only counted down: no reading thread outlives the read.
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        channel.close();
    }
}
