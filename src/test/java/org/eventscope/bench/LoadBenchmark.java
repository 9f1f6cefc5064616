package org.eventscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.EventFileReader.LoadResult;

/**
 * Measures reading and checking synthetic event files of 10k, 100k and 1M events: time
 * (median of several runs after warm-up), throughput, the heap the loaded document keeps, and
 * the time the collectors took during a read (median).
 * Run with {@code mvn -Pbenchmark verify}; see docs/benchmarks.md.
 */
public final class LoadBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        int[] sizes = args.length > 0
                ? Arrays.stream(String.join(",", args).split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : new int[] {10_000, 100_000, 1_000_000};
        System.out.printf(
                Locale.ROOT,
                "%-10s %9s %10s %10s %9s %12s %10s%n",
                "events",
                "file MB",
                "median ms",
                "best ms",
                "MB/s",
                "heap B/event",
                "GC ms");
        for (int n : sizes) {
            Path file = dir.resolve("synthetic-" + n + ".json");
            if (!Files.exists(file)) {
                SyntheticEventFiles.write(file, n, 42);
            }
            double mb = Files.size(file) / 1e6;
            int runs = n >= 1_000_000 ? 5 : 9;
            long[] times = new long[runs];
            long[] collecting = new long[runs];
            for (int warm = 0; warm < 2; warm++) {
                check(EventFileReader.read(file), n);
            }
            for (int i = 0; i < runs; i++) {
                Heap.settle(); // each load starts on a collected heap, as when the app opens a file
                long gc0 = collectionMillis();
                long t0 = System.nanoTime();
                LoadResult r = EventFileReader.read(file);
                times[i] = System.nanoTime() - t0;
                collecting[i] = collectionMillis() - gc0;
                check(r, n);
            }
            Arrays.sort(times);
            Arrays.sort(collecting);
            double median = times[runs / 2] / 1e6;
            double best = times[0] / 1e6;
            long heap = retainedBytes(file);
            System.out.printf(
                    Locale.ROOT,
                    "%-10d %9.1f %10.0f %10.0f %9.0f %12.0f %10d%n",
                    n,
                    mb,
                    median,
                    best,
                    mb / (median / 1000),
                    heap / (double) n,
                    collecting[runs / 2]);
        }
    }

    /** The time the collectors have spent so far, by their own count (G1: its pauses). */
    private static long collectionMillis() {
        long ms = 0;
        for (java.lang.management.GarbageCollectorMXBean gc :
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static void check(LoadResult r, int n) {
        if (!r.ok() || r.file().events().size() != n) {
            throw new IllegalStateException("benchmark file did not load: " + r.problems());
        }
    }

    /** The heap still in use while the document is held, minus the heap in use before loading. */
    private static long retainedBytes(Path file) throws InterruptedException {
        long before = Heap.used();
        LoadResult kept = EventFileReader.read(file);
        long after = Heap.used();
        if (kept.file() == null) {
            throw new IllegalStateException();
        }
        return after - before;
    }
}
