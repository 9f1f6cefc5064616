package org.eventscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up probe the benchmark and the app image's build rely on, in a fresh JVM. */
class FirstFrameTest {

    @Test
    void opensTheWindowHeadlessAndPrintsTheMillisecondsToTheFirstFrame() throws Exception {
        // Read while waiting (ChildJvm), so a probe that never ends fails after two minutes instead of hanging.
        ChildJvm.Result r = new ChildJvm().option("-Dfirst-frame.detail=true").run(FirstFrame.class.getName());
        String out = r.out() + r.err();
        assertThat(r.status()).as(out).isZero();
        List<String> lines = r.out().lines().toList();
        String detail = lines.stream()
                .filter(l -> l.startsWith("JavaFX up "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no detail line in:\n" + out));
        long total = Long.parseLong(lines.stream()
                .filter(l -> l.matches("\\d+"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure in:\n" + out)));
        // The phases come in order and end with the figure printed alone.
        long[] phases = java.util.Arrays.stream(
                        detail.replaceAll("[^0-9]+", " ").trim().split(" "))
                .mapToLong(Long::parseLong)
                .toArray();
        assertThat(phases).hasSize(3).isSorted();
        assertThat(phases[2]).isEqualTo(total);
        assertThat(total).isPositive();
    }

    @Test
    void aWaitThatBeganBeforeTheResetCountsOnlyFromTheReset() {
        long ms = 1_000_000;
        FirstFrame.Waits waits = new FirstFrame.Waits();
        waits.reset(0);
        waits.answered(2 * ms, 30 * ms);
        assertThat(waits.longest()).isEqualTo(28 * ms);
        assertThat(waits.longestAt()).isEqualTo(2 * ms);
        // Asked at 100 ms, the heap collected until 250 ms, the next opening's reset at 240 ms.
        waits.reset(240 * ms);
        waits.answered(100 * ms, 250 * ms);
        assertThat(waits.longest()).isEqualTo(10 * ms);
        assertThat(waits.longestAt()).isEqualTo(240 * ms);
        waits.answered(300 * ms, 305 * ms);
        waits.answered(400 * ms, 460 * ms);
        waits.answered(500 * ms, 520 * ms);
        assertThat(waits.longest()).isEqualTo(60 * ms);
        assertThat(waits.longestAt()).isEqualTo(400 * ms);
    }

    @Test
    void withAFileItPrintsOneJsonLineOfTheFirstFrameAndEachReopening() throws Exception {
        ChildJvm.Result r =
                new ChildJvm().run(Main.class.getName(), "first-frame", TestFiles.GENEVA.toString(), "--reopen", "2");
        assertThat(r.status()).as(r.out() + r.err()).isZero();
        String line = r.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "\\{\"file\":\"[^\"]*geneva-2022\\.json\",\"firstFrameMs\":(\\d+),\"reopenMs\":\\[(\\d+),(\\d+)\\],"
                                + "\"rssMb\":\\[(\\d+),(\\d+),(\\d+)\\],\"heapMb\":\\[(\\d+),(\\d+),(\\d+)\\],"
                                + "\"phases\":\\[(.*)\\]\\}")
                .matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        for (int g = 1; g <= 9; g++) {
            assertThat(Long.parseLong(m.group(g)))
                    .as("figure %d of %s", g, line)
                    .isPositive();
        }
        // One set of phases for the first opening and for each reopening, in the window's real path.
        com.fasterxml.jackson.databind.JsonNode phases =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree("[" + m.group(10) + "]");
        assertThat(phases).hasSize(3);
        for (com.fasterxml.jackson.databind.JsonNode p : phases) {
            assertThat(p.fieldNames())
                    .toIterable()
                    .containsExactly(
                            "readMs",
                            "indexMs",
                            "queuedMs",
                            "handoverMs",
                            "layoutMs",
                            "paintMs",
                            "fxStallMs",
                            "fxStallAtMs");
            p.elements()
                    .forEachRemaining(v -> assertThat(v.asLong()).as("%s", p).isNotNegative());
        }
        // A file that does not open ends the probe at once, with the reader's first problem.
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("first-frame", ".json");
        java.nio.file.Files.writeString(bad, "{\"formatVersion\": 1, \"title\": ");
        try {
            long t = System.nanoTime();
            ChildJvm.Result broken = new ChildJvm().run(Main.class.getName(), "first-frame", bad.toString());
            assertThat(broken.status()).as(broken.err()).isEqualTo(1);
            assertThat(broken.err()).contains("first-frame: did not open: ").contains(":1:");
            assertThat(System.nanoTime() - t).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(60));
        } finally {
            java.nio.file.Files.delete(bad);
        }
        ChildJvm.Result wrong = new ChildJvm().run(Main.class.getName(), "first-frame", "nowhere.json");
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err()).contains("first-frame: nowhere.json: no such file");
    }
}
