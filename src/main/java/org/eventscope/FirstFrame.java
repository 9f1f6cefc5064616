package org.eventscope;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.eventscope.app.AppPreferences;
import org.eventscope.app.EarlyRead;
import org.eventscope.app.EventscopeApp;
import org.eventscope.app.MainWindow;
import org.eventscope.cli.FxRuntime;

/**
 * Starts the window as the application does, headless and without the user's preferences, on
 * the bundled example; prints the milliseconds from the JVM's start to the first frame drawn
 * with the file open, and exits. The start-up benchmark measures with it, and the app image's
 * build runs it to record the classes that start-up loads (for the class-data-sharing archive).
 * With {@code -Dfirst-frame.detail} it also prints when JavaFX was up and the window built.
 * It lives above the window and the command line, as {@link Main} does, since it starts the window.
 *
 * <p>{@code eventscope first-frame FILE [--reopen N]} (a command the help does not list) opens
 * FILE instead, then opens it again N times in the same window, and prints one JSON line: the
 * milliseconds from the JVM's start to the first frame with FILE, each reopening's milliseconds
 * from asking to the first frame with the file read again, the resident memory and heap in use
 * after each (after a collection), and each opening's phases ({@link Phases}): where the time went,
 * and the longest the JavaFX thread could not answer. {@code FirstFrameBenchmark} runs it.
 */
@AllowedToUseStandardStreams("a probe for benchmarks and the app image's build: prints one figure and exits")
public final class FirstFrame {

    private FirstFrame() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.exit(probe(args));
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        FxRuntime.startHeadless();
        long fxUp = System.currentTimeMillis() - jvmStart;
        long[] built = new long[1];
        CountDownLatch drawn = new CountDownLatch(1);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            MainWindow window = EventscopeApp.showWindow(stage, AppPreferences.none(), List.of(), url -> {});
            built[0] = System.currentTimeMillis() - jvmStart;
            Runnable whenDrawn = new Runnable() {
                @Override
                public void run() {
                    if (window.model().getDocument() != null
                            && window.timeline().getScale() != null) {
                        stage.getScene().removePostLayoutPulseListener(this);
                        drawn.countDown();
                    }
                }
            };
            stage.getScene().addPostLayoutPulseListener(whenDrawn);
        });
        if (!drawn.await(60, TimeUnit.SECONDS)) {
            System.err.println("first-frame: no frame with the file open within 60 s");
            System.exit(1);
        }
        long total = System.currentTimeMillis() - jvmStart;
        if (System.getProperty("first-frame.detail") != null) {
            System.out.println(
                    "JavaFX up " + fxUp + " ms, window shown " + built[0] + " ms, first frame " + total + " ms");
        }
        System.out.println(total);
        System.out.flush();
        // Exits from the JavaFX thread, so that it hands the renderer no more work on the way out.
        Platform.runLater(() -> System.exit(0));
        Thread.sleep(TimeUnit.SECONDS.toMillis(30));
        System.exit(0);
    }

    /** {@code FILE [--reopen N]}: the JSON line, or a message and status 1 for wrong arguments. */
    static int probe(String[] args) throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of(args[0]);
        int reopen = 0;
        if (args.length == 3 && args[1].equals("--reopen") && args[2].matches("\\d{1,3}")) {
            reopen = Integer.parseInt(args[2]);
        } else if (args.length != 1) {
            System.err.println("usage: eventscope first-frame FILE [--reopen N]");
            return 1;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            System.err.println("first-frame: " + org.eventscope.io.Printable.escape(args[0]) + ": no such file");
            return 1;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        StallWatch watch = new StallWatch();
        // As Main does for a file given at launch.
        EarlyRead.start(List.of(file.toString()), AppPreferences.none());
        FxRuntime.startHeadless();
        watch.start();
        MainWindow[] window = new MainWindow[1];
        java.nio.file.Path absolute = file.toAbsolutePath();
        Phases first = shown(
                window,
                watch,
                absolute,
                () -> window[0] = EventscopeApp.showWindow(
                        new Stage(), AppPreferences.none(), List.of(file.toString()), url -> {}));
        StringBuilder json = new StringBuilder("{\"file\":\"")
                .append(jsonText(file.toString()))
                .append("\",\"firstFrameMs\":")
                .append(System.currentTimeMillis() - jvmStart);
        StringBuilder times = new StringBuilder();
        StringBuilder rss = new StringBuilder().append(residentMegabytes());
        StringBuilder heap = new StringBuilder().append(heapMegabytes());
        StringBuilder phases = new StringBuilder().append(first.json());
        for (int i = 0; i < reopen; i++) {
            long t = System.currentTimeMillis();
            Phases p = shown(window, watch, absolute, () -> window[0].openFile(file));
            times.append(i == 0 ? "" : ",").append(System.currentTimeMillis() - t);
            rss.append(',').append(residentMegabytes());
            heap.append(',').append(heapMegabytes());
            phases.append(',').append(p.json());
        }
        json.append(",\"reopenMs\":[")
                .append(times)
                .append("],\"rssMb\":[")
                .append(rss)
                .append("],\"heapMb\":[")
                .append(heap)
                .append("],\"phases\":[")
                .append(phases)
                .append("]}");
        System.out.println(json);
        System.out.flush();
        Platform.runLater(() -> System.exit(0));
        Thread.sleep(TimeUnit.SECONDS.toMillis(30));
        return 0;
    }

    /**
     * One opening's parts, in milliseconds: reading and checking the file, indexing it for the
     * timeline, waiting for the JavaFX thread to take the document, handing it to the window (everyone
     * who hears of the document), the first layout pass with it (CSS, layout, the timeline's
     * drawing), and rendering that frame; and the longest the JavaFX thread was kept from
     * answering (by its own work or a collection) from asking to the frame rendered, and when that
     * began, from asking. Rendering is -1 where the renderer's report is not available.
     */
    private record Phases(
            double read,
            double index,
            double queued,
            double handover,
            double layout,
            double paint,
            double stall,
            double stallAt) {

        String json() {
            return String.format(
                    java.util.Locale.ROOT,
                    "{\"readMs\":%.0f,\"indexMs\":%.0f,\"queuedMs\":%.0f,\"handoverMs\":%.0f,\"layoutMs\":%.0f,\"paintMs\":%.0f,"
                            + "\"fxStallMs\":%.0f,\"fxStallAtMs\":%.0f}",
                    read,
                    index,
                    queued,
                    handover,
                    layout,
                    paint,
                    stall,
                    stallAt);
        }
    }

    /**
     * Runs {@code open} on the JavaFX thread and waits for the first frame drawn with a document
     * of {@code file} other than the one {@code window} showed before (and a time scale for it),
     * and rendered. (Not any other document: when memory is tight the window shows an empty one
     * while the file loads.)
     */
    private static Phases shown(MainWindow[] window, StallWatch watch, java.nio.file.Path file, Runnable open)
            throws Exception {
        CountDownLatch drawn = new CountDownLatch(1);
        long[] laidOut = new long[1];
        long[] rendered = {-1};
        boolean[] windowDrawn = {window[0] != null};
        watch.reset();
        Platform.runLater(() -> {
            try {
                Object before = window[0] == null ? null : window[0].model().getDocument();
                open.run();
                MainWindow w = window[0];
                javafx.scene.Scene scene = w.timeline().getScene();
                // A file that does not open ends the probe at once, with the reader's first problem.
                var failed = w.model().onLoadFailedProperty();
                var shows = failed.get();
                failed.set(failure -> {
                    shows.accept(failure);
                    if (file.equals(failure.path())) {
                        System.err.println("first-frame: did not open: "
                                + failure.problems().stream()
                                        .findFirst()
                                        .map(p -> org.eventscope.io.Printable.escape(p.toString()))
                                        .orElse(org.eventscope.io.Printable.escape(file.toString())));
                        System.exit(1);
                    }
                });
                Runnable whenDrawn = new Runnable() {
                    @Override
                    public void run() {
                        if (!windowDrawn[0]) {
                            // The window's own first layout is start-up, not the file: from here on it could answer.
                            windowDrawn[0] = true;
                            watch.reset();
                        }
                        org.eventscope.app.Document now = w.model().getDocument();
                        if (now != null
                                && now != before
                                && file.equals(now.path())
                                && w.timeline().getScale() != null) {
                            laidOut[0] = System.nanoTime();
                            scene.removePostLayoutPulseListener(this);
                            whenRendered(scene, () -> {
                                rendered[0] = System.nanoTime();
                                drawn.countDown();
                            });
                        }
                    }
                };
                scene.addPostLayoutPulseListener(whenDrawn);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (!drawn.await(120, TimeUnit.SECONDS)) {
            System.err.println("first-frame: no frame with the file open within 120 s");
            System.exit(1);
        }
        double stall = watch.longest();
        org.eventscope.app.DocumentModel.Opening o = window[0].model().lastOpening();
        if (o == null) {
            throw new IllegalStateException("the window showed a document it did not open");
        }
        return new Phases(
                ms(o.read() - o.asked()),
                ms(o.indexed() - o.read()),
                ms(o.taken() - o.indexed()),
                ms(o.handedOver() - o.taken()),
                ms(laidOut[0] - o.handedOver()),
                ms(rendered[0] - laidOut[0]),
                stall,
                Math.max(0, ms(watch.longestAt() - o.asked())));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /**
     * Calls {@code then} once the renderer has drawn the frame just laid out in {@code scene}
     * (JavaFX's own performance tracker, which a class-path JavaFX lets us use); else at once.
     */
    private static void whenRendered(javafx.scene.Scene scene, Runnable then) {
        try {
            com.sun.javafx.perf.PerformanceTracker tracker =
                    com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene);
            java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
            tracker.setOnRenderedFrameTask(() -> {
                if (once.compareAndSet(false, true)) {
                    then.run();
                    Platform.runLater(() -> com.sun.javafx.perf.PerformanceTracker.releaseSceneTracker(scene));
                }
            });
        } catch (RuntimeException | LinkageError e) {
            then.run();
        }
    }

    /**
     * Asks the JavaFX thread, four milliseconds after each answer, to answer again; keeps the longest
     * wait for an answer since the last {@link #reset()}: how long the window could not have reacted
     * to input, to within those four milliseconds. Asking every two took this thread alone about
     * 3% of a core, besides the JavaFX thread's answers, from the readers being measured.
     */
    private static final class StallWatch extends Thread {

        private final Waits waits = new Waits();

        StallWatch() {
            super("first-frame-stall-watch");
            setDaemon(true);
        }

        void reset() {
            waits.reset(System.nanoTime());
        }

        double longest() {
            return ms(waits.longest());
        }

        long longestAt() {
            return waits.longestAt();
        }

        @Override
        public void run() {
            try {
                while (true) {
                    long asked = System.nanoTime();
                    CountDownLatch answered = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        waits.answered(asked, System.nanoTime());
                        answered.countDown();
                    });
                    answered.await();
                    Thread.sleep(4);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The longest wait for an answer since the last reset, counted from the reset for a question
     * asked before it. Between two openings the probe itself collects the heap (a pause of 0.1-0.2 s)
     * to measure it; a question asked then was answered after the next opening's reset, and was
     * counted whole as a stall of that opening, at its start.
     */
    static final class Waits {

        private long from;
        private long longest;
        private long longestAt;

        /** Forgets the waits so far; from {@code now} ({@link System#nanoTime()}) on they count. */
        synchronized void reset(long now) {
            from = now;
            longest = 0;
            longestAt = now;
        }

        /** A question asked at {@code asked} was answered at {@code now}. */
        synchronized void answered(long asked, long now) {
            long start = Math.max(asked, from);
            if (now - start > longest) {
                longest = now - start;
                longestAt = start;
            }
        }

        /** The longest wait, in nanoseconds. */
        synchronized long longest() {
            return longest;
        }

        /** When the longest wait began. */
        synchronized long longestAt() {
            return longestAt;
        }
    }

    private static long heapMegabytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** The process's resident memory (Linux: VmRSS), or -1 where it cannot be read. */
    private static long residentMegabytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux.
        }
        return -1;
    }

    private static String jsonText(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
