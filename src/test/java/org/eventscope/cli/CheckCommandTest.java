package org.eventscope.cli;

import org.eventscope.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    private int check(String... files) {
        String[] args = new String[files.length + 1];
        args[0] = "check";
        System.arraycopy(files, 0, args, 1, files.length);
        return cli.run(args);
    }

    @Test
    void aValidFileExitsZeroAndPrintsNothing() {
        assertThat(check(TestFiles.GENEVA.toString())).isZero();
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("0 errors, 0 warnings");
    }

    @Test
    void errorsArePrintedOnePerLineAndExitOne() {
        Path bad = TestFiles.write(dir, "bad.json", TestFiles.SYNTHETIC
                .replace("\"troops\": 1000", "\"troops\": \"1000\"")
                .replace("\"start\": \"2020-03-05\"", "\"start\": \"2020-02-30\""));
        assertThat(check(bad.toString())).isEqualTo(1);
        assertThat(cli.out().lines()).hasSize(2).allMatch(l -> l.startsWith(bad + ":")
                && l.matches(".*bad\\.json:\\d+:\\d+: error: .* \\(at /.*\\)"));
        assertThat(cli.out()).contains("(at /events/1/start)").contains("(at /troopReports/0/bands/0/troops)");
    }

    @Test
    void warningsAloneExitZero() {
        Path warn = TestFiles.write(dir, "warn.json", TestFiles.SYNTHETIC.replace("\"displayZone\": \"UTC\",",
                "\"displayZone\": \"UTC\", \"newField\": 1,"));
        assertThat(check(warn.toString())).isZero();
        assertThat(cli.out()).startsWith(warn + ":4:").contains("warning: unknown field \"newField\"");
    }

    @Test
    void anUnreadableFileExitsTwoEvenBesideABadOne() {
        Path bad = TestFiles.write(dir, "bad.json", "{");
        assertThat(check(bad.toString(), dir.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(cli.out()).contains("bad.json:1:").contains("absent.json:0:0: error: no such file");
    }
}
