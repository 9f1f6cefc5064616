package org.eventscope.io;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Items made on a thread of their own, at most a few ahead of the thread that takes them: one
 * stage of a pipeline (the sheet import decodes its text, parses rows and makes events at once).
 * What the maker throws comes out of {@link #take} after the items made before it, as if it had
 * been thrown there. {@link #stop} ends the thread however far it got.
 *
 * @param <T> what is made
 */
final class Ahead<T> {

    /** Makes the items, one a call. */
    interface Maker<T> {
        /** The next item, or {@code null} after the last. */
        @Nullable
        T next() throws IOException;
    }

    /** In the queue after the last item. */
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Maker<T> maker;
    private final Thread thread;
    private volatile boolean stopped;
    private boolean done;

    /** Starts making items on a daemon thread called {@code name}, at most {@code ahead} of the taker. */
    Ahead(String name, int ahead, Maker<T> maker) {
        this.queue = new ArrayBlockingQueue<>(ahead);
        this.maker = maker;
        this.thread = new Thread(this::make, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void make() {
        Object item;
        do {
            try {
                T next = maker.next();
                item = next == null ? END : next;
            } catch (IOException | RuntimeException | Error e) {
                item = e;
            }
        } while (hand(item) && item != END && !(item instanceof Throwable));
    }

    /** Gives the taker an item, waiting while it has enough; false once it has stopped taking. */
    private boolean hand(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /**
     * The next item, waiting for it; {@code null} after the last.
     *
     * @throws IOException what the maker threw, after the items before it
     * @throws CancellationException when the taking thread is interrupted
     */
    @SuppressWarnings("unchecked")
    @Nullable
    T take() throws IOException {
        if (done) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("reading was interrupted");
        }
        if (item == END) {
            done = true;
            return null;
        }
        if (item instanceof Throwable t) {
            done = true;
            if (t instanceof IOException e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) t;
        }
        return (T) item;
    }

    /** Ends the making thread, waiting a little for it to go. */
    void stop() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
