package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A stage of the sheet import's pipeline: items made on a thread of their own, taken in order. */
class AheadTest {

    private static boolean alive(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void itemsComeInTheOrderMadeThenWhatTheMakerThrewAfterThem() throws IOException {
        AtomicInteger n = new AtomicInteger();
        Ahead<Integer> ahead = new Ahead<>("test-ahead-order", 2, () -> {
            int i = n.incrementAndGet();
            if (i == 1000) {
                throw new IOException("broken at 1000");
            }
            return i;
        });
        List<Integer> taken = new ArrayList<>();
        assertThatThrownBy(() -> {
                    for (Integer i = ahead.take(); i != null; i = ahead.take()) {
                        taken.add(i);
                    }
                })
                .isInstanceOf(IOException.class)
                .hasMessage("broken at 1000");
        assertThat(taken).hasSize(999).isSorted().startsWith(1, 2, 3);
        assertThat(ahead.take()).isNull();

        Ahead<String> ended = new Ahead<>("test-ahead-end", 2, () -> null);
        assertThat(ended.take()).isNull();
        assertThat(ended.take()).isNull();
    }

    @Test
    void stoppingEndsTheMakerThatWaitsForRoomAndAnInterruptedTakerIsCancelled() throws Exception {
        Ahead<String> endless = new Ahead<>("test-ahead-endless", 1, () -> "again");
        assertThat(endless.take()).isEqualTo("again");
        endless.stop();
        assertThat(alive("test-ahead-endless")).isFalse();

        CountDownLatch never = new CountDownLatch(1);
        Ahead<String> slow = new Ahead<>("test-ahead-slow", 1, () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        Thread.currentThread().interrupt();
        assertThatThrownBy(slow::take).isInstanceOf(CancellationException.class);
        assertThat(Thread.interrupted()).isTrue();
        slow.stop();
        assertThat(alive("test-ahead-slow")).isFalse();
    }
}
