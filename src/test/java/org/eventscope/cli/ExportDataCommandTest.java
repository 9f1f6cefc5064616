package org.eventscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventscope export-data}: an event file's data as a TimelineJS sheet or TimelineJS JSON. */
class ExportDataCommandTest {

    private static final Path GENEVA = Path.of("data/geneva-2022.json");

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @Test
    void eachFormReadsBackWithTheStorysEventsAndNothingIsReplacedUnasked() throws Exception {
        EventFile geneva = EventFileReader.read(GENEVA).file();
        for (String name : new String[] {"geneva.csv", "geneva.xlsx", "geneva-timelinejs.json"}) {
            Path out = dir.resolve(name);
            assertThat(cli.run("export-data", GENEVA.toString(), "--out", out.toString()))
                    .as(name)
                    .isZero();
            assertThat(cli.err())
                    .contains("8 events written to " + out)
                    .contains("warning: 2 times carry a time zone, which TimelineJS cannot hold");
            EventFile back = EventFileReader.read(out).file();
            assertThat(back.events()).as(name).hasSize(8);
            assertThat(back.events().get(3).title())
                    .isEqualTo(geneva.events().get(3).title());
            assertThat(back.events().get(4).start().text()).isEqualTo("2022-01-10T09:00");
            assertThat(cli.run("export-data", GENEVA.toString(), "--out", out.toString()))
                    .isEqualTo(2);
            assertThat(cli.err()).contains("use --force");
        }
        assertThat(cli.run(
                        "export-data",
                        GENEVA.toString(),
                        "--out",
                        dir.resolve("x.txt").toString()))
                .isEqualTo(1);
        assertThat(cli.err()).contains("expected a name ending in .csv, .xlsx or .json");
        assertThat(dir.resolve("x.txt")).doesNotExist();
        assertThat(cli.run("export-data", GENEVA.toString(), "--out", GENEVA.toString()))
                .isEqualTo(1);
        assertThat(Files.readString(GENEVA)).startsWith("{\n  \"$schema\"");
    }
}
