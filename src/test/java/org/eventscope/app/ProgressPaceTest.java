package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressPaceTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void theFirstStepIsShownAtOnceThenAtMostOneInEachTenthOfASecond() {
        AtomicLong now = new AtomicLong(5_000 * MS);
        ProgressPace pace = new ProgressPace(now::get);
        List<Long> shown = new ArrayList<>();
        // A step every 6 ms for 1.2 s, as a reader reports 4,096 events at a time.
        for (long t = 0; t <= 1_200; t += 6) {
            now.set(5_000 * MS + t * MS);
            if (pace.due()) {
                shown.add(t);
            }
        }
        assertThat(shown).first().isEqualTo(0L);
        assertThat(shown).hasSize(12);
        for (int i = 1; i < shown.size(); i++) {
            assertThat(shown.get(i) - shown.get(i - 1)).isBetween(100L, 106L);
        }
    }

    @Test
    void twoThreadsAskingAtOnceGetOneStep() throws InterruptedException {
        AtomicLong now = new AtomicLong(0);
        ProgressPace pace = new ProgressPace(now::get);
        now.set(ProgressPace.INTERVAL_NANOS * 10);
        AtomicInteger due = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int k = 0; k < 1_000; k++) {
                    if (pace.due()) {
                        due.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(due.get()).isEqualTo(1);
    }
}
