package org.eventscope.bench;

import java.lang.management.ManagementFactory;

/** Heap measurements for the benchmarks: what a structure keeps, after collections settle. */
public final class Heap {

    private Heap() {}

    /** Collects garbage a few times, so heap figures and timings start from a quiet heap. */
    public static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    /** The heap in use now, after settling. */
    public static long used() throws InterruptedException {
        settle();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
