package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestartTest {

    @Test
    void startsTheSameProgramWithoutTheApplicationsArguments() {
        String[] javaRun = {"-Dglass.platform=gtk", "-cp", "a.jar:b.jar", "org.eventscope.Main", "/tmp/x.json"};
        assertThat(Restart.command(Optional.of("/usr/bin/java"), Optional.of(javaRun), List.of("/tmp/x.json")))
                .contains(
                        List.of("/usr/bin/java", "-Dglass.platform=gtk", "-cp", "a.jar:b.jar", "org.eventscope.Main"));
        // The app image's launcher: the process is the launcher itself.
        assertThat(Restart.command(
                        Optional.of("/opt/eventscope/bin/eventscope"), Optional.of(new String[0]), List.of()))
                .contains(List.of("/opt/eventscope/bin/eventscope"));
    }

    @Test
    void noRestartWhenTheCommandLineIsUnknownOrDoesNotEndWithTheArguments() {
        assertThat(Restart.command(Optional.empty(), Optional.of(new String[0]), List.of()))
                .isEmpty();
        assertThat(Restart.command(Optional.of("/usr/bin/java"), Optional.empty(), List.of()))
                .isEmpty();
        assertThat(Restart.command(
                        Optional.of("/usr/bin/java"),
                        Optional.of(new String[] {"Main", "other.json"}),
                        List.of("x.json")))
                .isEmpty();
        assertThat(Restart.command(Optional.of("/usr/bin/java"), Optional.of(new String[0]), List.of("x.json")))
                .isEmpty();
    }

    /**
     * In the app image the launcher sets jpackage.app-path and _JPACKAGE_LAUNCHER: the restart
     * runs the launcher itself, without the variable that would make it act as plain java
     * (which printed Java's usage text and never came back).
     */
    @Test
    void inTheAppImageTheLauncherStartsAgainWithoutItsOwnVariable() {
        String before = System.getProperty(org.eventscope.io.JavaHeap.APP_IMAGE_LAUNCHER);
        System.setProperty(org.eventscope.io.JavaHeap.APP_IMAGE_LAUNCHER, "/opt/event scope/bin/eventscope");
        try {
            assertThat(Restart.command(List.of("/tmp/x.json"))).contains(List.of("/opt/event scope/bin/eventscope"));
        } finally {
            if (before == null) {
                System.clearProperty(org.eventscope.io.JavaHeap.APP_IMAGE_LAUNCHER);
            } else {
                System.setProperty(org.eventscope.io.JavaHeap.APP_IMAGE_LAUNCHER, before);
            }
        }
        Map<String, String> env =
                new HashMap<>(Map.of("_JPACKAGE_LAUNCHER", "0", "HOME", "/home/x", "LANG", "uk_UA.UTF-8"));
        Restart.clean(env);
        assertThat(env).isEqualTo(Map.of("HOME", "/home/x", "LANG", "uk_UA.UTF-8"));
        ProcessBuilder pb = Restart.process(List.of("/opt/event scope/bin/eventscope"));
        assertThat(pb.command()).containsExactly("/opt/event scope/bin/eventscope");
        assertThat(pb.environment()).doesNotContainKey("_JPACKAGE_LAUNCHER");
    }

    @Test
    void thisProcessKnowsItsCommandLine() {
        // On Linux, macOS and Windows the JDK reports the running process's command.
        assertThat(Restart.command(List.of()))
                .hasValueSatisfying(c -> assertThat(c.get(0)).contains("java"));
    }
}
