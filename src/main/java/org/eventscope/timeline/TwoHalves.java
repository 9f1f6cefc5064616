package org.eventscope.timeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work over a range of positions done in two halves at once: the caller takes the first, a
 * thread of the common pool the second. Whoever comes to the second half first does it, so the
 * work ends even when no pool thread is free (or the caller is the pool's only one).
 */
final class TwoHalves {

    /** Below this many positions the work stays on the caller's thread. */
    static final int MIN_PARALLEL = 1 << 16;

    /** Work over the positions {@code [from, to)}. */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    private TwoHalves() {}

    /** Runs {@code work} over {@code [0, n)}, in two halves at once when {@code n} is large and a second core is there. */
    static void run(int n, Range work) {
        if (n < MIN_PARALLEL) {
            work.run(0, n);
            return;
        }
        int mid = n / 2;
        both(() -> work.run(0, mid), () -> work.run(mid, n));
    }

    /** Runs {@code first} on the caller's thread and {@code second} on another at the same time, when there is a second core. */
    static void both(Runnable first, Runnable second) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            first.run();
            second.run();
            return;
        }
        AtomicBoolean taken = new AtomicBoolean();
        CompletableFuture<Void> done = new CompletableFuture<>();
        ForkJoinPool.commonPool().execute(() -> {
            if (taken.compareAndSet(false, true)) {
                try {
                    second.run();
                    done.complete(null);
                } catch (Throwable t) {
                    done.completeExceptionally(t);
                }
            }
        });
        first.run();
        if (taken.compareAndSet(false, true)) {
            second.run();
            return;
        }
        try {
            done.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
