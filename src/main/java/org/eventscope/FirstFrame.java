package org.eventscope;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.eventscope.app.AppPreferences;
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
 * from asking to the first frame with the file read again, and the resident memory and heap in
 * use after each (after a collection).
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
        FxRuntime.startHeadless();
        MainWindow[] window = new MainWindow[1];
        shown(
                window,
                () -> window[0] = EventscopeApp.showWindow(
                        new Stage(), AppPreferences.none(), List.of(file.toString()), url -> {}));
        StringBuilder json = new StringBuilder("{\"file\":\"")
                .append(jsonText(file.toString()))
                .append("\",\"firstFrameMs\":")
                .append(System.currentTimeMillis() - jvmStart);
        StringBuilder times = new StringBuilder();
        StringBuilder rss = new StringBuilder().append(residentMegabytes());
        StringBuilder heap = new StringBuilder().append(heapMegabytes());
        for (int i = 0; i < reopen; i++) {
            long t = System.currentTimeMillis();
            shown(window, () -> window[0].openFile(file));
            times.append(i == 0 ? "" : ",").append(System.currentTimeMillis() - t);
            rss.append(',').append(residentMegabytes());
            heap.append(',').append(heapMegabytes());
        }
        json.append(",\"reopenMs\":[")
                .append(times)
                .append("],\"rssMb\":[")
                .append(rss)
                .append("],\"heapMb\":[")
                .append(heap)
                .append("]}");
        System.out.println(json);
        System.out.flush();
        Platform.runLater(() -> System.exit(0));
        Thread.sleep(TimeUnit.SECONDS.toMillis(30));
        return 0;
    }

    /**
     * Runs {@code open} on the JavaFX thread and waits for the first frame drawn with a document
     * other than the one {@code window} showed before (and a time scale for it).
     */
    private static void shown(MainWindow[] window, Runnable open) throws Exception {
        CountDownLatch drawn = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Object before = window[0] == null ? null : window[0].model().getDocument();
                open.run();
                MainWindow w = window[0];
                Stage stage = (Stage) w.timeline().getScene().getWindow();
                Runnable whenDrawn = new Runnable() {
                    @Override
                    public void run() {
                        Object now = w.model().getDocument();
                        if (now != null && now != before && w.timeline().getScale() != null) {
                            stage.getScene().removePostLayoutPulseListener(this);
                            drawn.countDown();
                        }
                    }
                };
                stage.getScene().addPostLayoutPulseListener(whenDrawn);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (!drawn.await(120, TimeUnit.SECONDS)) {
            System.err.println("first-frame: no frame with the file open within 120 s");
            System.exit(1);
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
