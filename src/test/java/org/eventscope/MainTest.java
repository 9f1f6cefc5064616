package org.eventscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void withoutADisplayAWordThatIsNoCommandGetsOneLineAndExitTwo() {
        for (String[] args : new String[][] {{"frobnicate"}, {"chek", "data/geneva-2022.json"}, {}}) {
            ChildJvm.Result r = new ChildJvm().run(Main.class.getName(), args);
            assertThat(r.status()).as(r.err()).isEqualTo(2);
            assertThat(r.err().lines()).as(r.err()).hasSize(1);
            assertThat(r.err())
                    .startsWith("eventscope: no display: to open the window")
                    .contains("commands are check, export-chart, export-timeline, export-report, import, export-data")
                    .doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void everyCommandRunsFromTheJarsMainWithoutADisplay() {
        // The dispatch knows each command the command line has, import and export-data included.
        java.nio.file.Path out = dir.resolve("geneva.csv");
        ChildJvm.Result exported = new ChildJvm()
                .run(Main.class.getName(), "export-data", "data/geneva-2022.json", "--out", out.toString());
        assertThat(exported.status()).as(exported.err()).isZero();
        java.nio.file.Path back = dir.resolve("back.json");
        ChildJvm.Result imported =
                new ChildJvm().run(Main.class.getName(), "import", out.toString(), "--out", back.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("8 events written to " + back);
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void aDisplayThatCannotBeOpenedGetsOneLineAndExitTwo() throws java.io.IOException {
        // As in an ssh session whose DISPLAY names no X server: GTK cannot open it. A first run:
        // the user's preferences, read for the language of a file given at launch, do not exist yet.
        java.nio.file.Path home = java.nio.file.Files.createTempDirectory("first-run");
        ChildJvm.Result r = new ChildJvm()
                .option("-Djava.util.prefs.userRoot=" + home)
                .environment(env -> env.put("DISPLAY", ":4242"))
                .run(Main.class.getName(), "frobnicate\u001b[2J");
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err())
                .startsWith("eventscope: no display: to open the window on \"frobnicate\\u001b[2J\"")
                .contains(":4242")
                .doesNotContain("Exception")
                .doesNotContain("WARNING");
    }

    @Test
    void runningOutOfMemoryIsOneLine() {
        String json = "{\"formatVersion\": 1, \"title\": \"Synthetic\", \"displayZone\": \"UTC\", \"sources\": [],"
                + " \"events\": [{\"id\": \"a\", \"title\": \"t\", \"start\": \"2020\", \"sources\": ["
                + String.join(
                        ",",
                        java.util.stream.IntStream.range(0, 1_500_000)
                                .mapToObj(i -> "\"n" + i + "\"")
                                .toList())
                + "]}]}";
        java.nio.file.Path file = org.eventscope.TestFiles.write(dir, "many-ids.json", json);
        ChildJvm.Result r = new ChildJvm().option("-Xmx24m").run(Main.class.getName(), "check", file.toString());
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.status()).as(r.err()).isIn(1, 2);
        assertThat(r.out() + r.err()).containsPattern("not enough memory|left out of this list");
    }

    /**
     * A file too big for the heap is refused with how to start Eventscope with more: the app
     * image's launcher takes JVM options only from JAVA_TOOL_OPTIONS (it has no java command to
     * give -Xmx to), a jar takes them on java's command line.
     */
    @Test
    void runningOutOfMemorySaysHowToGiveMoreTheWayEventscopeWasStarted() {
        String json = "{\"formatVersion\": 1, \"title\": \"Synthetic\", \"displayZone\": \"UTC\", \"sources\": [],"
                + " \"events\": [{\"id\": \"a\", \"title\": \"t\", \"start\": \"2020\", \"description\": \""
                + "synthetic ".repeat(4_000_000) + "\", \"sources\": []}]}";
        java.nio.file.Path file = org.eventscope.TestFiles.write(dir, "long-description.json", json);

        ChildJvm.Result image = new ChildJvm()
                .option("-Xmx32m")
                .option("-Djpackage.app-path=/opt/eventscope/bin/eventscope")
                .run(Main.class.getName(), "check", file.toString());
        assertThat(image.out() + image.err())
                .as(image.err())
                .contains("not enough memory")
                .contains("JAVA_TOOL_OPTIONS=-Xmx1g")
                .doesNotContain("-jar");

        ChildJvm.Result jar = new ChildJvm().option("-Xmx32m").run(Main.class.getName(), "check", file.toString());
        assertThat(jar.out() + jar.err())
                .as(jar.err())
                .contains("not enough memory")
                .contains("java -Xmx1g -jar eventscope.jar")
                .doesNotContain("JAVA_TOOL_OPTIONS");
        assertThat(jar.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(jar.status()).isIn(1, 2);
    }

    @Test
    void aDisplayIsAnXServerOrAWaylandCompositorOnLinuxAndAlwaysThereOnMacOsAndWindows() {
        assertThat(Display.available("Linux", Map.of(), null)).isFalse();
        assertThat(Display.available("Linux", Map.of("DISPLAY", ""), null)).isFalse();
        assertThat(Display.available("Linux", Map.of("DISPLAY", ":0"), null)).isTrue();
        assertThat(Display.available("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null))
                .isTrue();
        assertThat(Display.available("FreeBSD", Map.of(), null)).isFalse();
        assertThat(Display.available("Mac OS X", Map.of(), null)).isTrue();
        assertThat(Display.available("Windows 11", Map.of(), null)).isTrue();
        // The headless platform, asked for explicitly (as the tests do), needs no display.
        assertThat(Display.available("Linux", Map.of(), "Monocle")).isTrue();
    }
}
