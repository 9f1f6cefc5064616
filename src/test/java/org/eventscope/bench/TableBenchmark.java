package org.eventscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.eventscope.table.TableProgress;
import org.eventscope.table.TableSource;
import org.eventscope.timeline.SourceView;
import org.eventscope.timeline.TimeScale;

/**
 * How a table too big for memory behaves as a timeline's source: the tile build (once), opening
 * with the tiles built until the first frame's data, and the data for each step of a walk of pans
 * and zooms, at the window's width of 1,920 pixels; with the JVM's heap. The table is a synthetic
 * GDELT-shaped Parquet file ({@link SyntheticGdelt}), written first when missing.
 *
 * <pre>
 * java -Xmx300m -cp target/test-classes:target/classes:$(cat cp.txt) org.eventscope.bench.TableBenchmark \
 *     /tmp/big/gdelt-100m.parquet 100000000 [STEPS] [SPARK-MASTER]
 * </pre>
 *
 * <p>With a Spark master ({@code local[2]}), the table is read by Spark instead of DuckDB (the JVM
 * then needs Spark's {@code --add-opens}; see docs/big-tables.md).
 */
public final class TableBenchmark {

    private static final int WIDTH = 1_920;

    private TableBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path table = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        String spark = args.length > 3 ? args[3] : null;
        if (!Files.exists(table)) {
            long t = System.nanoTime();
            SyntheticGdelt.write(table, rows, 1, 3_900);
            System.out.printf("generated %,d rows in %.1f s%n", rows, seconds(t));
        }
        System.out.printf("engine: %s%n", spark == null ? "DuckDB" : "Spark " + spark);
        System.out.printf(
                "table %s: %,d bytes; heap limit %,d MB; %d processors%n",
                table,
                Files.size(table),
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        Path cache = Files.createTempDirectory("eventscope-tiles");
        try {
            long t = System.nanoTime();
            try (TableSource source = open(table, cache, spark)) {
                System.out.printf(
                        "tile build: %.1f s for %,d events (%,d unreadable)%n",
                        seconds(t), source.size(), source.unreadable());
                System.out.printf("tile table: %,d bytes%n", Files.size(source.tiles()));
            }
            for (int round = 1; round <= 3; round++) {
                t = System.nanoTime();
                try (TableSource source = open(table, cache, spark)) {
                    double opened = millis(t);
                    TimeScale fitted = TimeScale.fit(source.minMillis(), source.maxMillis(), WIDTH, 40);
                    SourceView first = SourceView.fetch(source, fitted, WIDTH, false, null, null);
                    System.out.printf(
                            "open %d → first frame's data: %.0f ms (opening %.0f ms; %s)%n",
                            round, millis(t), opened, first.columns() == null ? "labelled" : "counts");
                    if (round == 3) {
                        walk(source, fitted, first, steps);
                        closeIn(source, 30);
                    }
                }
            }
            System.out.printf(
                    "heap: peak %,d MB of the old generation, %,d MB in use after collecting%n",
                    peakOld() >> 20, Heap.used() >> 20);
        } finally {
            try (Stream<Path> files = Files.walk(cache)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static TableSource open(Path table, Path cache, @org.jspecify.annotations.Nullable String spark) {
        return spark == null
                ? TableSource.open(table, null, cache, TableProgress.NONE)
                : TableSource.openSpark(table, null, cache, spark, TableProgress.NONE);
    }

    /** A seeded walk: zoom in or out about a random point, or pan by up to a third of the width. */
    private static void walk(TableSource source, TimeScale start, SourceView first, int steps) {
        Random random = new Random(16);
        TimeScale scale = start;
        SourceView previous = first;
        List<Double> counts = new ArrayList<>();
        List<Double> labelled = new ArrayList<>();
        double minMpp = 60_000.0 / 4;
        for (int i = 0; i < steps; i++) {
            int kind = random.nextInt(3);
            double x = random.nextDouble() * WIDTH;
            if (kind == 0 && scale.millisPerPixel() > minMpp) {
                scale = scale.zoom(1.6, x);
            } else if (kind == 1 && scale.millisPerPixel() < start.millisPerPixel()) {
                scale = scale.zoom(1 / 1.6, x);
            } else {
                scale = scale.pan((random.nextDouble() - 0.5) * WIDTH * 0.66);
            }
            long t = System.nanoTime();
            previous = SourceView.fetch(source, scale, WIDTH, false, null, previous);
            (previous.columns() == null ? labelled : counts).add(millis(t));
        }
        report("pan/zoom steps drawn as counts", counts);
        report("pan/zoom steps drawn as labelled events", labelled);
        List<Double> all = new ArrayList<>(counts);
        all.addAll(labelled);
        report("every pan/zoom step", all);
    }

    /**
     * Views of one day at seeded places, each asked anew: closer than a minute a column, so the
     * rows are asked (counted, or read to be labelled when few enough), as when a user zooms in.
     */
    private static void closeIn(TableSource source, int views) {
        Random random = new Random(17);
        List<Double> counts = new ArrayList<>();
        List<Double> labelled = new ArrayList<>();
        long span = Math.max(1, source.maxMillis() - source.minMillis() - 86_400_000L);
        for (int i = 0; i < views; i++) {
            long from = source.minMillis() + (long) (random.nextDouble() * span);
            TimeScale day = TimeScale.fit(from, from + 86_400_000L, WIDTH, 0);
            long t = System.nanoTime();
            SourceView v = SourceView.fetch(source, day, WIDTH, false, null, null);
            (v.columns() == null ? labelled : counts).add(millis(t));
        }
        report("a day's view (rows asked), drawn as counts", counts);
        report("a day's view (rows asked), drawn as labelled events", labelled);
        long t = System.nanoTime();
        TimeScale all = TimeScale.fit(source.minMillis(), source.maxMillis(), WIDTH, 40);
        SourceView.fetch(source, all, WIDTH, false, "synthetic actor 42", null);
        System.out.printf("a search of every title (the whole extent): %.0f ms%n", millis(t));
    }

    private static void report(String what, List<Double> ms) {
        if (ms.isEmpty()) {
            System.out.printf("%s: none%n", what);
            return;
        }
        List<Double> sorted = ms.stream().sorted().toList();
        System.out.printf(
                "%s: %d, median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                what,
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1)),
                sorted.get(sorted.size() - 1));
    }

    private static long peakOld() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        return peak;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
