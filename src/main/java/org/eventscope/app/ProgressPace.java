package org.eventscope.app;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * How often a file being read shows its progress: at most ten times a second. Each change of
 * the progress bar is a frame that the JavaFX thread lays out and the renderer draws and copies
 * out whole, on the cores the readers need; a read of a million events reports about 250 steps
 * in a second or two, a frame at nearly every pulse. Ten a second still moves the bar smoothly.
 * Safe to ask from any thread.
 */
final class ProgressPace {

    static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final AtomicLong last = new AtomicLong();
    private final LongSupplier clock;

    ProgressPace() {
        this(System::nanoTime);
    }

    /** With {@code clock} giving nanoseconds, for tests. */
    ProgressPace(LongSupplier clock) {
        this.clock = clock;
        last.set(clock.getAsLong() - INTERVAL_NANOS);
    }

    /** Whether progress should be shown now: true once per {@link #INTERVAL_NANOS} at most, the first time at once. */
    boolean due() {
        long now = clock.getAsLong();
        long before = last.get();
        return now - before >= INTERVAL_NANOS && last.compareAndSet(before, now);
    }
}
