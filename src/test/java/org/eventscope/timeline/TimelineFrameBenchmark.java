package org.eventscope.timeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import org.eventscope.bench.Heap;
import org.eventscope.bench.SyntheticEventFiles;
import org.eventscope.cli.FxRuntime;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;

/**
 * Measures the timeline's frame time headless at 1920x600 for synthetic files of 1k, 100k and
 * 1M events: at full extent and zoomed to one day, each frame panned a little from the last (as
 * a drag does), median and 95th percentile; the time a zoom step takes on the FX thread; and the
 * heap the timeline's index keeps per event. Run with {@code mvn -Pbenchmark verify}.
 */
public final class TimelineFrameBenchmark {

    private static final double WIDTH = 1920;
    private static final double HEIGHT = 600;
    private static final long DAY = 86_400_000L;

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } finally {
            // JavaFX keeps the process alive otherwise, also after a failure.
            System.exit(0);
        }
    }

    private static void run(String[] args) throws Exception {
        FxRuntime.startHeadless();
        int[] sizes = args.length > 0
                ? Arrays.stream(String.join(",", args).split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : new int[] {1_000, 100_000, 1_000_000};
        System.out.printf(
                Locale.ROOT,
                "%-9s %-11s %9s %9s %9s %13s %10s %11s %12s%n",
                "events",
                "view",
                "median ms",
                "p95 ms",
                "max ms",
                "max no-GC ms",
                "GC frames",
                "raster ms",
                "index B/ev");
        for (int n : sizes) {
            Path file = Path.of("target", "benchmark", "synthetic-" + n + ".json");
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                SyntheticEventFiles.write(file, n, 42);
            }
            EventFile doc = EventFileReader.read(file).file();
            double indexBytes = indexBytesPerEvent(doc);
            TimelineIndex index = TimelineIndex.of(doc);
            long mid = (index.minMillis() + index.maxMillis()) / 2;
            TimeScale full = TimeScale.fit(index.minMillis(), index.maxMillis(), WIDTH, 40);
            TimeScale day = TimeScale.fit(mid, mid + DAY, WIDTH, 0);
            report(n, "full", FxRuntime.call(() -> frames(doc, index, full, 120)), indexBytes);
            report(n, "one day", FxRuntime.call(() -> frames(doc, index, day, 300)), indexBytes);
            report(n, "zoom steps", FxRuntime.call(() -> zoomSteps(doc, index, full)), indexBytes);
        }
        javafx.application.Platform.exit();
    }

    /**
     * @param millis       each frame's time on the FX thread
     * @param collected    whether a garbage collection ran during that frame
     * @param rasterMillis the time to rasterise a frame in software (snapshot), or NaN
     */
    private record Result(double[] millis, boolean[] collected, double rasterMillis) {}

    private static long gcCount() {
        long n = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /** Paints {@code count} frames, each panned 7 px from the last. */
    private static Result frames(EventFile doc, TimelineIndex index, TimeScale start, int count) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        TimelinePainter painter = new TimelinePainter();
        double[] times = new double[count];
        boolean[] collected = new boolean[count];
        TimeScale scale = start;
        for (int warm = 0; warm < 20; warm++) {
            painter.paint(
                    new org.eventscope.view.FxSurface(canvas.getGraphicsContext2D()),
                    frame(doc, index, scale.pan(warm)));
        }
        for (int i = 0; i < count; i++) {
            scale = scale.pan(i % 40 < 20 ? 7 : -7);
            long gc = gcCount();
            long t0 = System.nanoTime();
            painter.paint(new org.eventscope.view.FxSurface(canvas.getGraphicsContext2D()), frame(doc, index, scale));
            times[i] = (System.nanoTime() - t0) / 1e6;
            collected[i] = gcCount() != gc;
        }
        // Rasterising the last frame in software, as the render thread would.
        long t0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            painter.paint(new org.eventscope.view.FxSurface(canvas.getGraphicsContext2D()), frame(doc, index, scale));
            canvas.snapshot(null, null);
        }
        return new Result(times, collected, (System.nanoTime() - t0) / 5e6);
    }

    /**
     * Zooms from full extent to minutes and back, one wheel step (x1.15) a frame; the second of
     * two passes is measured, so compiling the code is not counted.
     */
    private static Result zoomSteps(EventFile doc, TimelineIndex index, TimeScale full) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        TimelinePainter painter = new TimelinePainter();
        double[] times = new double[200];
        boolean[] collected = new boolean[200];
        for (int pass = 0; pass < 2; pass++) {
            TimeScale scale = full;
            for (int i = 0; i < times.length; i++) {
                double factor = i < 100 ? 1.15 : 1 / 1.15;
                long gc = gcCount();
                long t0 = System.nanoTime();
                scale = scale.zoom(factor, WIDTH / 2);
                painter.paint(
                        new org.eventscope.view.FxSurface(canvas.getGraphicsContext2D()), frame(doc, index, scale));
                times[i] = (System.nanoTime() - t0) / 1e6;
                collected[i] = gcCount() != gc;
            }
        }
        return new Result(times, collected, Double.NaN);
    }

    private static Frame frame(EventFile doc, TimelineIndex index, TimeScale scale) {
        return new Frame(
                WIDTH,
                HEIGHT,
                doc,
                index,
                scale,
                ZoneOffset.UTC,
                Locale.UK,
                null,
                null,
                false,
                System.currentTimeMillis(),
                TimelineStyle.LIGHT,
                Set.of(),
                true,
                false,
                null);
    }

    private static void report(int n, String view, Result r, double indexBytes) {
        double[] sorted = r.millis().clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
        double maxNoGc = 0;
        int gcFrames = 0;
        for (int i = 0; i < r.millis().length; i++) {
            if (r.collected()[i]) {
                gcFrames++;
            } else {
                maxNoGc = Math.max(maxNoGc, r.millis()[i]);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%-9d %-11s %9.2f %9.2f %9.2f %13.2f %10d %11s %12.1f%n",
                n,
                view,
                median,
                p95,
                sorted[sorted.length - 1],
                maxNoGc,
                gcFrames,
                Double.isNaN(r.rasterMillis()) ? "-" : String.format(Locale.ROOT, "%.1f", r.rasterMillis()),
                indexBytes);
    }

    private static double indexBytesPerEvent(EventFile doc) throws InterruptedException {
        long before = Heap.used();
        TimelineIndex kept = TimelineIndex.of(doc);
        long after = Heap.used();
        return kept.size() == 0 ? 0 : (after - before) / (double) kept.size();
    }

    private TimelineFrameBenchmark() {}
}
