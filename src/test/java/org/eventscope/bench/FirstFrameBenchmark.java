package org.eventscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.eventscope.Main;

/**
 * Measures opening a big file the way a user meets it: the real window (headless: Monocle,
 * software rendering) through {@code eventscope first-frame FILE --reopen N} in fresh JVMs. Cold:
 * from the JVM's start to the first frame drawn with the file. Warm: from choosing the file again
 * in the open window to its first frame, the reopenings after the first (whose code is still
 * being compiled). Each with its phases (read and check, index, waiting for the JavaFX thread,
 * handing the document to the window, first layout, rendering), the longest the JavaFX thread
 * could not answer, the resident memory at the first frame and the heap after a collection.
 *
 * <p>Files: the synthetic files {@link LoadBenchmark} reads ({@code target/benchmark}, written
 * the first time). Configurations: the Maven class path, and the app image when built
 * ({@code mvn -Pdist package}), started as its launcher starts it. Run with the other benchmarks
 * ({@code mvn -Pbenchmark verify -DskipTests}), or alone with its class path; see docs/benchmarks.md.
 * The properties {@code firstframe.sizes} (100000,1000000), {@code firstframe.runs} (3) and
 * {@code firstframe.reopen} (4) change what is measured; {@code firstframe.options} adds JVM
 * options to every configuration, to compare settings.
 */
public final class FirstFrameBenchmark {

    private static final List<String> HEADLESS =
            List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw");
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(
                        System.getProperty("firstframe.sizes", "100000,1000000").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int runs = Integer.getInteger("firstframe.runs", 3);
        int reopen = Integer.getInteger("firstframe.reopen", 4);
        List<String> extra = Arrays.stream(
                        System.getProperty("firstframe.options", "").strip().split("\\s+"))
                .filter(o -> !o.isEmpty())
                .toList();
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        AppImage image = AppImage.at(Path.of(args.length > 0 ? args[0] : "target/dist/eventscope"));
        for (int n : sizes) {
            Path file = dir.resolve("synthetic-" + n + ".json");
            if (!Files.exists(file)) {
                SyntheticEventFiles.write(file, n, 42);
            }
            String what = String.format(Locale.ROOT, "%,d events (%.1f MB)", n, Files.size(file) / 1e6);
            measure(
                    what + ", class path",
                    command(java, extra, System.getProperty("java.class.path"), file, reopen),
                    runs);
            if (image != null) {
                List<String> options = new ArrayList<>(image.options());
                options.addAll(extra);
                measure(what + ", app image", command(image.java(), options, image.classPath(), file, reopen), runs);
            } else {
                System.out.println("app image: not built (mvn -Pdist package), skipped");
            }
        }
    }

    private static List<String> command(String java, List<String> options, String classPath, Path file, int reopen) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(HEADLESS);
        command.addAll(List.of(
                "-cp",
                classPath,
                Main.class.getName(),
                "first-frame",
                file.toString(),
                "--reopen",
                String.valueOf(reopen)));
        return command;
    }

    private static void measure(String name, List<String> command, int runs) throws IOException, InterruptedException {
        List<JsonNode> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            String line = out.lines()
                    .filter(l -> l.startsWith("{"))
                    .reduce((a, b) -> b)
                    .orElse("");
            if (line.isEmpty()) {
                throw new IllegalStateException(name + ": the measured process failed:\n" + out);
            }
            results.add(JSON.readTree(line));
        }
        List<JsonNode> cold = new ArrayList<>();
        List<JsonNode> warm = new ArrayList<>();
        List<Double> warmMs = new ArrayList<>();
        for (JsonNode r : results) {
            cold.add(r.get("phases").get(0));
            for (int k = 2; k < r.get("phases").size(); k++) {
                warm.add(r.get("phases").get(k));
                warmMs.add(r.get("reopenMs").get(k - 1).asDouble());
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d fresh JVMs:%n", name, runs);
        System.out.printf(
                Locale.ROOT,
                "  cold, JVM start to first frame: median %.0f ms %s; first opening: %s%n",
                median(results, r -> r.get("firstFrameMs").asDouble()),
                list(results, r -> r.get("firstFrameMs").asDouble()),
                phases(cold));
        if (!warm.isEmpty()) {
            System.out.printf(
                    Locale.ROOT,
                    "  warm, file chosen to first frame: median %.0f ms %s; %s%n",
                    median(warmMs, d -> d),
                    list(warmMs, d -> d),
                    phases(warm));
        }
        System.out.printf(
                Locale.ROOT,
                "  resident at first frame: median %.0f MB %s; heap after a collection %s MB; after the reopenings %s MB%n",
                median(results, r -> r.get("rssMb").get(0).asDouble()),
                list(results, r -> r.get("rssMb").get(0).asDouble()),
                list(results, r -> r.get("heapMb").get(0).asDouble()),
                list(results, r -> r.get("rssMb").get(r.get("rssMb").size() - 1).asDouble()));
    }

    private static String phases(List<JsonNode> phases) {
        StringBuilder out = new StringBuilder("medians");
        for (String p : List.of("read", "index", "queued", "handover", "layout", "paint")) {
            out.append(String.format(
                    Locale.ROOT,
                    " %s %.0f",
                    p,
                    median(phases, n -> n.get(p + "Ms").asDouble())));
        }
        return out.append(String.format(
                        Locale.ROOT,
                        " ms; JavaFX thread's longest stall %s ms",
                        list(phases, n -> n.get("fxStallMs").asDouble())))
                .toString();
    }

    private static <T> double median(List<T> items, ToDoubleFunction<T> value) {
        double[] v = items.stream().mapToDouble(value).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }

    private static <T> String list(List<T> items, ToDoubleFunction<T> value) {
        return Arrays.toString(
                items.stream().mapToDouble(value).mapToLong(Math::round).toArray());
    }

    private FirstFrameBenchmark() {}
}
