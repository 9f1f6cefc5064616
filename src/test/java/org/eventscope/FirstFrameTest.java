package org.eventscope;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up probe the benchmark and the app image's build rely on, in a fresh JVM. */
class FirstFrameTest {

    @Test
    void opensTheWindowHeadlessAndPrintsTheMillisecondsToTheFirstFrame() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfirst-frame.detail=true", "-cp", System.getProperty("java.class.path"), FirstFrame.class.getName()));
        pb.environment().remove("DISPLAY");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        String detail = lines.stream().filter(l -> l.startsWith("JavaFX up ")).findFirst().orElseThrow(
                () -> new AssertionError("no detail line in:\n" + out));
        long total = Long.parseLong(lines.stream().filter(l -> l.matches("\\d+")).findFirst().orElseThrow(
                () -> new AssertionError("no figure in:\n" + out)));
        // The phases come in order and end with the figure printed alone.
        long[] phases = java.util.Arrays.stream(detail.replaceAll("[^0-9]+", " ").trim().split(" "))
                .mapToLong(Long::parseLong).toArray();
        assertThat(phases).hasSize(3).isSorted();
        assertThat(phases[2]).isEqualTo(total);
        assertThat(total).isPositive();
    }
}
