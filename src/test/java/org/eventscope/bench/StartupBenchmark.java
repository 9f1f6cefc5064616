package org.eventscope.bench;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.eventscope.app.MainWindow;
import org.eventscope.app.Theme;
import org.eventscope.cli.FxRuntime;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Measures start-up: from the JVM's start to the first frame drawn with the bundled Geneva file
 * open (headless, Monocle, software rendering), in fresh processes, median of 7.
 * Run with {@code mvn -Pbenchmark verify}; see docs/benchmarks.md.
 */
public final class StartupBenchmark {

    public static void main(String[] args) {
        int status = 0;
        try {
            if (args.length > 0 && args[0].equals("child")) {
                child();
            } else {
                parent();
            }
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // JavaFX keeps the process alive otherwise.
        System.exit(status);
    }

    private static void parent() throws Exception {
        List<Double> times = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < 7; i++) {
            Process p = new ProcessBuilder(java, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"), StartupBenchmark.class.getName(),
                    "child").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor(60, TimeUnit.SECONDS);
            String last = out.lines().reduce((a, b) -> b).orElse("");
            if (!last.matches("\\d+")) {
                throw new IllegalStateException("the measured process failed:\n" + out);
            }
            times.add(Double.parseDouble(last));
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "start-up to first frame with the bundled file: median %.0f ms, best %.0f ms,"
                + " worst %.0f ms (%s)%n", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1],
                Arrays.toString(Arrays.stream(sorted).mapToLong(Math::round).toArray()));
    }

    private static void child() throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        FxRuntime.startHeadless();
        long fx = System.currentTimeMillis() - jvmStart;
        long[] marks = new long[3];
        CountDownLatch drawn = new CountDownLatch(1);
        Platform.runLater(() -> {
            Theme.LIGHT.apply();
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, url -> { });
            marks[0] = System.currentTimeMillis() - jvmStart;
            window.model().documentProperty().addListener((o, old, now) -> {
                marks[1] = System.currentTimeMillis() - jvmStart;
                stage.getScene().addPostLayoutPulseListener(new Runnable() {
                        @Override
                        public void run() {
                            if (window.timeline().getScale() != null) {
                                stage.getScene().removePostLayoutPulseListener(this);
                                drawn.countDown();
                            }
                        }
                    });
            });
            window.openBundled();
            stage.show();
        });
        if (!drawn.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no frame within 60 s");
        }
        long total = System.currentTimeMillis() - jvmStart;
        if (System.getProperty("startup.detail") != null) {
            System.out.println("JavaFX started " + fx + " ms, window built " + marks[0] + " ms, file loaded " + marks[1]
                    + " ms");
        }
        System.out.println(total);
    }

    private StartupBenchmark() {
    }
}
