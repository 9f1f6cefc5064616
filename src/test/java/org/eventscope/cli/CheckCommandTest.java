package org.eventscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eventscope.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Path bad = TestFiles.write(
                dir,
                "bad.json",
                TestFiles.SYNTHETIC
                        .replace("\"troops\": 1000", "\"troops\": \"1000\"")
                        .replace("\"start\": \"2020-03-05\"", "\"start\": \"2020-02-30\""));
        assertThat(check(bad.toString())).isEqualTo(1);
        assertThat(cli.out().lines())
                .hasSize(2)
                .allMatch(l -> l.startsWith(bad + ":") && l.matches(".*bad\\.json:\\d+:\\d+: error: .* \\(at /.*\\)"));
        assertThat(cli.out()).contains("(at /events/1/start)").contains("(at /troopReports/0/bands/0/troops)");
    }

    @Test
    void warningsAloneExitZero() {
        Path warn = TestFiles.write(
                dir,
                "warn.json",
                TestFiles.SYNTHETIC.replace("\"displayZone\": \"UTC\",", "\"displayZone\": \"UTC\", \"newField\": 1,"));
        assertThat(check(warn.toString())).isZero();
        assertThat(cli.out()).startsWith(warn + ":4:").contains("warning: unknown field \"newField\"");
    }

    @Test
    void anUnreadableFileExitsTwoEvenBesideABadOne() {
        Path bad = TestFiles.write(dir, "bad.json", "{");
        assertThat(check(bad.toString(), dir.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(cli.out()).contains("bad.json:1:").contains("absent.json: error: no such file");
    }

    @Test
    void twoFilesOfTheSameNameAreToldApartByTheirPaths() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("d1"));
        java.nio.file.Files.createDirectories(dir.resolve("d2"));
        Path one = TestFiles.write(dir.resolve("d1"), "x.json", "{");
        Path two = TestFiles.write(dir.resolve("d2"), "x.json", "[");
        assertThat(check(one.toString(), two.toString())).isEqualTo(1);
        assertThat(cli.out().lines()).hasSize(2);
        assertThat(cli.out().lines().toList().get(0)).startsWith(one + ":1:");
        assertThat(cli.out().lines().toList().get(1)).startsWith(two + ":1:");
        assertThat(cli.err()).contains(one + ": 1 error").contains(two + ": 1 error");
    }

    @Test
    void aDashReadsStandardInput() {
        byte[] bad =
                TestFiles.SYNTHETIC.replace("\"2020-03-05\"", "\"2020-02-30\"").getBytes(StandardCharsets.UTF_8);
        assertThat(cli.runWithInput(bad, "check", "-")).isEqualTo(1);
        assertThat(cli.out()).startsWith("<stdin>:").contains("\"2020-02-30\" is not a real date");
        // Standard input stays open: a second "-" finds it empty, not closed.
        CommandRun twice = new CommandRun();
        assertThat(twice.runWithInput(TestFiles.SYNTHETIC.getBytes(StandardCharsets.UTF_8), "check", "-", "-"))
                .isEqualTo(1);
        assertThat(twice.out())
                .contains("<stdin>:1:1: error: the file is empty")
                .doesNotContain("closed");
        assertThat(cli.err()).contains("<stdin>: 2 errors, 0 warnings");
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    @org.junit.jupiter.api.Timeout(30)
    void aNamedPipeIsChecked() throws Exception {
        Path fifo = dir.resolve("in.fifo");
        // Fed as `check <(cat file)` would be.
        Process writer = TestFiles.fedPipe(fifo, TestFiles.GENEVA);
        assertThat(check(fifo.toString())).isZero();
        assertThat(writer.waitFor()).isZero();
        assertThat(cli.err()).contains(fifo + ": 0 errors, 0 warnings");
    }

    @Test
    void aHugeCountOfProblemsPrintsAThousandAndASummary() {
        StringBuilder json = new StringBuilder(
                "{\"formatVersion\": 1, \"title\": \"Synthetic\", \"displayZone\": \"UTC\", \"sources\": [], \"events\": [");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"e")
                    .append(i)
                    .append("\", \"title\": \"t\", \"start\": \"2021-13\"}");
        }
        Path many = TestFiles.write(dir, "many.json", json.append("]}").toString());
        assertThat(check(many.toString())).isEqualTo(1);
        assertThat(cli.out().lines()).hasSize(1001);
        assertThat(cli.out().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith(many
                        + ": error: 4,000 errors left out of this list, like this one: \"2021-13\" is not a real date")
                .endsWith("(at /events/*/start)");
        assertThat(cli.err()).contains("5,000 errors, 0 warnings");
    }
}
