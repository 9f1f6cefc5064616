package org.eventscope.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import javafx.scene.canvas.Canvas;
import org.eventscope.cli.FxRuntime;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.eventscope.view.FxSurface;

/**
 * Measures a frame of the chart over time headless at 1200x600 with 1,000 synthetic troop
 * reports (not real figures: random dates over two years, a tenth known only to the month, a
 * twentieth sharing a date with another reporter, some contradicting themselves): the window
 * moved to the frame's place ({@link ChartContent#inWindow}) and painted, as a drag or the
 * linked timeline does. At full extent and zoomed to two months, each frame panned a little from
 * the last; median, 95th percentile and the worst, and the time to rasterise a frame. Run with
 * {@code mvn -Pbenchmark verify} or alone (see docs/benchmarks.md).
 */
public final class OverTimeFrameBenchmark {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 600;
    private static final long DAY = 86_400_000L;

    public static void main(String[] args) throws Exception {
        try {
            FxRuntime.startHeadless();
            int reports = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
            EventFile file = synthetic(reports, 7);
            ChartContent whole = ChartContent.overTime(file, file.troopReports(), ZoneOffset.UTC, Locale.UK);
            long[] all = whole.trend().whole();
            long middle = (all[0] + all[1]) / 2;
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %-12s %10s %9s %9s %9s %10s%n",
                    "reports",
                    "window",
                    "median ms",
                    "p95 ms",
                    "max ms",
                    "marks",
                    "raster ms");
            report(reports, "full", FxRuntime.call(() -> frames(whole, all[0], all[1], 300)));
            report(reports, "two months", FxRuntime.call(() -> frames(whole, middle, middle + 61 * DAY, 300)));
            javafx.application.Platform.exit();
        } finally {
            System.exit(0);
        }
    }

    /** @param millis each frame's time on the FX thread; marks in view in the last; raster time of a frame */
    private record Result(double[] millis, int marks, double rasterMillis) {}

    /** Paints {@code count} frames of the window {@code [from, to)}, each panned 5 px from the last. */
    private static Result frames(ChartContent whole, long from, long to, int count) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        ChartPainter painter = new ChartPainter();
        var highlighted = whole.series().get(whole.series().size() / 2).report();
        double step = 5 * (to - from) / (WIDTH - 100);
        TrendLayout last = null;
        for (int i = 0; i < 50; i++) {
            last = frame(painter, canvas, whole, from + (long) (i * step), to + (long) (i * step), highlighted);
        }
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            long shift = (long) ((i % 40 < 20 ? i % 20 : 20 - i % 20) * step);
            long t0 = System.nanoTime();
            last = frame(painter, canvas, whole, from + shift, to + shift, highlighted);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            frame(painter, canvas, whole, from, to, highlighted);
            canvas.snapshot(null, null);
        }
        return new Result(times, last.marks().size(), (System.nanoTime() - t0) / 5e6);
    }

    private static TrendLayout frame(
            ChartPainter painter,
            Canvas canvas,
            ChartContent whole,
            long from,
            long to,
            org.eventscope.model.TroopReport highlighted) {
        ChartContent shown = whole.inWindow(from, to);
        return painter.paintOverTime(new FxSurface(canvas.getGraphicsContext2D()), WIDTH, HEIGHT, shown, highlighted);
    }

    /** {@code n} synthetic reports (random, seeded), each carried by its own event. */
    static EventFile synthetic(int n, long seed) {
        Random random = new Random(seed);
        StringBuilder json = new StringBuilder("""
                {"formatVersion": 1, "title": "Synthetic troop reports (not real figures)", "displayZone": "UTC",
                 "sources": [{"id": "s", "name": "Synthetic source"}], "events": [""");
        StringBuilder reports = new StringBuilder();
        LocalDate start = LocalDate.of(2021, 1, 1);
        String date = "2021-01-01";
        for (int i = 0; i < n; i++) {
            // A twentieth share the date before them (another reporter, the same day).
            if (i == 0 || random.nextInt(20) != 0) {
                LocalDate d = start.plusDays(random.nextInt(730));
                date = random.nextInt(10) == 0 ? d.toString().substring(0, 7) : d.toString();
            }
            long near = 50_000 + random.nextInt(100_000);
            long far = near + (random.nextInt(30) == 0 ? -5_000 : random.nextInt(40_000));
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"e")
                    .append(i)
                    .append("\", \"title\": \"Synthetic report ")
                    .append(i)
                    .append("\", \"start\": \"")
                    .append(date)
                    .append("\", \"sources\": [\"s\"]}");
            reports.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"r")
                    .append(i)
                    .append("\", \"date\": \"")
                    .append(date)
                    .append("\", \"reportedBy\": \"Synthetic reporter ")
                    .append(i % 7)
                    .append("\", \"sources\": [\"s\"], \"event\": \"e")
                    .append(i)
                    .append("\", \"bands\": [{\"withinKm\": 200, \"troops\": ")
                    .append(near)
                    .append("}, {\"withinKm\": 400, \"troops\": ")
                    .append(far)
                    .append("}]}");
        }
        json.append("], \"troopReports\": [").append(reports).append("]}");
        return EventFileReader.read(
                        "synthetic.json",
                        new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)))
                .file();
    }

    private static void report(int n, String window, Result r) {
        double[] sorted = r.millis().clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-8d %-12s %10.2f %9.2f %9.2f %9d %10.1f%n",
                n,
                window,
                sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1],
                r.marks(),
                r.rasterMillis());
    }

    private OverTimeFrameBenchmark() {}
}
