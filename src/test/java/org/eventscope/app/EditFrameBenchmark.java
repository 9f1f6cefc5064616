package org.eventscope.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.eventscope.bench.SyntheticEventFiles;
import org.eventscope.cli.FxRuntime;
import org.eventscope.model.Event;
import org.eventscope.timeline.TimelineView;

/**
 * An edit in the real window, headless: a synthetic file open, an event moved by three days as a
 * drag does ({@link EditCommands#move}), then undone; the time the window's thread spends on it,
 * and the time until the next frame is laid out and drawn. Run with
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Xmx3g -cp …
 * org.eventscope.app.EditFrameBenchmark [events]}; see docs/benchmarks.md.
 */
public final class EditFrameBenchmark {

    private EditFrameBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path file = dir.resolve("synthetic-" + n + ".json");
        if (!Files.exists(file)) {
            SyntheticEventFiles.write(file, n, 42);
        }
        System.setProperty("eventscope.dataDir", dir.resolve("data").toString());
        FxRuntime.startHeadless();
        MainWindow window = onFx(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, url -> {});
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            w.open(file);
            return w;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (onFx(
                () -> window.model().getDocument() == null || window.timeline().getScale() == null)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the file did not open");
            }
            Thread.sleep(50);
        }
        Random r = new Random(3);
        int rounds = Integer.getInteger("rounds", 30);
        double[] work = new double[rounds];
        double[] frame = new double[rounds];
        double[] undoWork = new double[rounds];
        double[] undoFrame = new double[rounds];
        double[] moveCost = new double[rounds];
        double[] undoCost = new double[rounds];
        int warm = Integer.getInteger("warm", 5);
        for (int i = 0; i < rounds + warm; i++) {
            double[] move = timed(window, () -> {
                List<Event> events = window.model().getDocument().file().events();
                Event e = events.get(r.nextInt(events.size()));
                window.editCommands().move(new TimelineView.Move(e, TimelineView.Edge.WHOLE, 3 * 86_400_000L));
            });
            double[] undo = timed(window, () -> window.model().edits().undo());
            if (i >= warm) {
                work[i - warm] = move[0];
                frame[i - warm] = move[1];
                undoWork[i - warm] = undo[0];
                moveCost[i - warm] = move[2];
                undoCost[i - warm] = undo[2];
                undoFrame[i - warm] = undo[1];
            }
        }
        System.out.printf(Locale.ROOT, "%d events in the window%n", n);
        System.out.printf(Locale.ROOT, "%-40s %10s %10s %10s%n", "", "median ms", "p95 ms", "max ms");
        row("move: the window's thread", work);
        row("move: to the next frame drawn", frame);
        row("move: work for the frame (no timer wait)", moveCost);
        row("undo: the window's thread", undoWork);
        row("undo: to the next frame drawn", undoFrame);
        row("undo: work for the frame (no timer wait)", undoCost);
        Platform.runLater(() -> System.exit(0));
        Thread.sleep(10_000);
        System.exit(0);
    }

    /**
     * Runs {@code edit} on the FX thread: ms it took there, ms until the next layout pulse ended,
     * and ms of work for the change (the edit, what ran on the thread after it before the pulse,
     * and the pulse's own layout and drawing; without the wait for the pulse timer's next tick).
     */
    private static double[] timed(MainWindow window, Runnable edit) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            edit.run();
            long t1 = System.nanoTime();
            long[] queued = {t1};
            // What the edit left for later in this turn (the details pane) runs before the pulse.
            Platform.runLater(() -> queued[0] = System.nanoTime());
            long[] pulse = new long[1];
            var scene = window.stage().getScene();
            Runnable[] before = new Runnable[1];
            before[0] = () -> {
                scene.removePreLayoutPulseListener(before[0]);
                pulse[0] = System.nanoTime();
            };
            Runnable[] after = new Runnable[1];
            after[0] = () -> {
                scene.removePostLayoutPulseListener(after[0]);
                long end = System.nanoTime();
                double work = (t1 - t0 + Math.max(0, queued[0] - t1) + (end - pulse[0])) / 1e6;
                done.complete(new double[] {(t1 - t0) / 1e6, (end - t0) / 1e6, work});
            };
            scene.addPreLayoutPulseListener(before[0]);
            scene.addPostLayoutPulseListener(after[0]);
            Platform.requestNextPulse();
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(call.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    private static void row(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-40s %10.1f %10.1f %10.1f%n",
                what,
                sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1]);
    }
}
