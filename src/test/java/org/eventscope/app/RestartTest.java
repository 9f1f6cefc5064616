package org.eventscope.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RestartTest {

    @Test
    void startsTheSameProgramWithoutTheApplicationsArguments() {
        String[] javaRun = {"-Dglass.platform=gtk", "-cp", "a.jar:b.jar", "org.eventscope.app.Launcher", "/tmp/x.json"};
        assertThat(Restart.command(Optional.of("/usr/bin/java"), Optional.of(javaRun), List.of("/tmp/x.json")))
                .contains(List.of("/usr/bin/java", "-Dglass.platform=gtk", "-cp", "a.jar:b.jar",
                        "org.eventscope.app.Launcher"));
        // The app image's launcher: the process is the launcher itself.
        assertThat(Restart.command(Optional.of("/opt/eventscope/bin/eventscope"), Optional.of(new String[0]), List.of()))
                .contains(List.of("/opt/eventscope/bin/eventscope"));
    }

    @Test
    void noRestartWhenTheCommandLineIsUnknownOrDoesNotEndWithTheArguments() {
        assertThat(Restart.command(Optional.empty(), Optional.of(new String[0]), List.of())).isEmpty();
        assertThat(Restart.command(Optional.of("/usr/bin/java"), Optional.empty(), List.of())).isEmpty();
        assertThat(Restart.command(Optional.of("/usr/bin/java"), Optional.of(new String[]{"Main", "other.json"}),
                List.of("x.json"))).isEmpty();
        assertThat(Restart.command(Optional.of("/usr/bin/java"), Optional.of(new String[0]), List.of("x.json"))).isEmpty();
    }

    @Test
    void thisProcessKnowsItsCommandLine() {
        // On Linux, macOS and Windows the JDK reports the running process's command.
        assertThat(Restart.command(List.of())).hasValueSatisfying(c -> assertThat(c.get(0)).contains("java"));
    }
}
