package org.eventscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;

/**
 * Importing an ACLED-shaped export ({@link SyntheticAcled}, 500,000 rows by default) as the window
 * and {@code eventscope import} do: every byte checked as UTF-8, every cell read and checked,
 * the events made; time (median of five runs after a warm-up), throughput, and the heap the
 * imported document keeps per event. See docs/benchmarks.md.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path file = dir.resolve("synthetic-acled-" + rows + ".csv");
        if (!Files.exists(file)) {
            SyntheticAcled.write(file, rows, 11);
        }
        double mb = Files.size(file) / 1e6;
        double[] ms = new double[5];
        EventFile kept = null;
        for (int i = -1; i < ms.length; i++) {
            kept = null;
            Heap.settle();
            long t0 = System.nanoTime();
            EventFileReader.LoadResult result = EventFileReader.read(file);
            double took = (System.nanoTime() - t0) / 1e6;
            if (result.file() == null) {
                throw new IllegalStateException(file + " did not import: " + result.errors());
            }
            kept = result.file();
            if (i >= 0) {
                ms[i] = took;
            }
        }
        long withDocument = Heap.used();
        int events = kept.events().size();
        kept = null;
        long without = Heap.used();
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "%d rows, %.0f MB: median %.0f ms, best %.0f ms, %.0f MB/s; the document keeps %d B/event%n",
                events,
                mb,
                ms[ms.length / 2],
                ms[0],
                mb / (ms[ms.length / 2] / 1000),
                (withDocument - without) / events);
    }
}
