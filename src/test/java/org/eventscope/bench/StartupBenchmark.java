package org.eventscope.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eventscope.FirstFrame;

/**
 * Measures start-up: from the JVM's start to the first frame drawn with the bundled Geneva file
 * open (headless, Monocle, software rendering; {@link FirstFrame}), in fresh processes, median
 * of 9. Measures the Maven class path (as {@code mvn javafx:run} starts) and, when it has been
 * built ({@code mvn -Pdist package}), the app image with its own runtime and options, with and
 * without its class-data-sharing archive. Run with {@code mvn -Pdist,benchmark verify
 * -DskipTests}; see docs/benchmarks.md.
 */
public final class StartupBenchmark {

    private static final int RUNS = 9;
    private static final List<String> HEADLESS =
            List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw");

    public static void main(String[] args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        measure("class path, no archive", command(java, List.of(), System.getProperty("java.class.path")));
        Path image = Path.of(args.length > 0 ? args[0] : "target/dist/eventscope");
        AppImage app = AppImage.at(image);
        if (app == null) {
            System.out.println("app image: not built at " + image + " (mvn -Pdist package), skipped");
            return;
        }
        measure("app image", command(app.java(), app.options(), app.classPath()));
        AppImage off = app.withoutArchive();
        measure("app image, archive off", command(off.java(), off.options(), off.classPath()));
    }

    private static List<String> command(String java, List<String> options, String classPath) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(HEADLESS);
        command.addAll(List.of("-cp", classPath, FirstFrame.class.getName()));
        return command;
    }

    private static void measure(String name, List<String> command) throws IOException, InterruptedException {
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor(60, TimeUnit.SECONDS);
            // JavaFX may still complain on its way out after the figure.
            String last = out.lines()
                    .filter(l -> l.matches("\\d+"))
                    .reduce((a, b) -> b)
                    .orElse("");
            if (last.isEmpty()) {
                throw new IllegalStateException(name + ": the measured process failed:\n" + out);
            }
            times[i] = Double.parseDouble(last);
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "start-up to first frame with the bundled file, %s: median %.0f ms, best %.0f ms,"
                        + " worst %.0f ms (in run order %s)%n",
                name,
                sorted[RUNS / 2],
                sorted[0],
                sorted[RUNS - 1],
                Arrays.toString(Arrays.stream(times).mapToLong(Math::round).toArray()));
    }

    private StartupBenchmark() {}
}
