package org.eventscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.eventscope.bench.SyntheticGdelt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code export-timeline} of a data table (Parquet, or CSV with a mapping), through its engine. */
class TableCommandTest {

    @TempDir
    static Path dir;

    static Path gdelt;

    @BeforeAll
    static void writeTable() throws Exception {
        gdelt = dir.resolve("synthetic-gdelt.parquet");
        SyntheticGdelt.write(gdelt, 50_000, 3, 100);
    }

    @Test
    void checkOfAParquetTableCountsItsEventsByItsLayout() {
        CommandRun cli = new CommandRun();
        assertThat(cli.run("check", gdelt.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err())
                .contains(
                        "synthetic-gdelt.parquet: 50,000 events (read as GDELT 2.0 events), 4 categories; 0 rows left out");
    }

    @Test
    void checkOfACsvWithAMappingListsTheRowsLeftOutAtTheirLines() throws Exception {
        Path csv = Files.writeString(dir.resolve("synthetic-table.csv"), """
                When,What
                2024-01-02,Synthetic first
                not a date,Synthetic second
                2024-01-04,Synthetic third,one too many
                ,Synthetic fourth
                2024-01-06,Synthetic fifth
                """, StandardCharsets.UTF_8);
        Path mapping = Files.writeString(dir.resolve("mapping.json"), """
                {"eventscopeMapping": 1, "columns": {"start": "When", "title": "What"}}""", StandardCharsets.UTF_8);
        CommandRun cli = new CommandRun();
        assertThat(cli.run("check", csv.toString(), "--mapping", mapping.toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.out().lines().toList())
                .containsExactly(
                        csv
                                + ":3:1: error: the start (When) is not a date or time from the year 1 to 9999: \"not a date\"; the row is left out",
                        csv
                                + ":4:3: error: too many columns: Expected Number of Columns: 2 Found: 3; the row is left out",
                        csv + ":5:1: error: the start (When) is empty; the row is left out");
        assertThat(cli.err()).contains("2 events (read as mapped columns), 0 categories; 3 rows left out");
    }

    @Test
    void aTableThatIsNotThereCannotBeRead() {
        CommandRun cli = new CommandRun();
        assertThat(cli.run("check", dir.resolve("missing.parquet").toString()))
                .isEqualTo(EventscopeCommand.CANNOT_READ);
        assertThat(cli.err()).contains("missing.parquet: no such file");
        CommandRun export = new CommandRun();
        Path png = dir.resolve("never.png");
        assertThat(export.run("export-timeline", dir.resolve("missing.parquet").toString(), "--out", png.toString()))
                .isEqualTo(EventscopeCommand.CANNOT_READ);
        assertThat(png).doesNotExist();
    }

    @Test
    void exportTimelineOfAParquetWindowDrawsItsCountsAndSaysHowMany() throws Exception {
        Path svg = dir.resolve("window.svg");
        CommandRun cli = new CommandRun();
        assertThat(cli.run(
                        "export-timeline",
                        gdelt.toString(),
                        "--out",
                        svg.toString(),
                        "--from",
                        "2015-03-01",
                        "--to",
                        "2015-03-10"))
                .as(cli.err())
                .isZero();
        String text = Files.readString(svg);
        // 500 synthetic events a day, ten days.
        assertThat(text).contains("5,000 events").contains("Material conflict").contains("synthetic-gdelt.parquet");
        Path png = dir.resolve("window.png");
        CommandRun again = new CommandRun();
        assertThat(again.run(
                        "export-timeline",
                        gdelt.toString(),
                        "--out",
                        png.toString(),
                        "--size",
                        "1200x700",
                        "--scale",
                        "1"))
                .as(again.err())
                .isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertThat(colours).as("the density bands in the categories' colours").hasSizeGreaterThan(20);
    }

    @Test
    void aDayFewEnoughToLabelShowsItsEventsTitles() throws Exception {
        Path svg = dir.resolve("day.svg");
        Path small = dir.resolve("small-gdelt.parquet");
        SyntheticGdelt.write(small, 300, 5, 30);
        CommandRun cli = new CommandRun();
        assertThat(cli.run(
                        "export-timeline",
                        small.toString(),
                        "--out",
                        svg.toString(),
                        "--from",
                        "2015-02-19",
                        "--to",
                        "2015-02-21"))
                .as(cli.err())
                .isZero();
        assertThat(Files.readString(svg))
                .contains("30 events")
                .contains("Synthetic actor")
                .contains("(CAMEO ");
    }

    @Test
    void exportTimelineAsksSparkWhenToldAndDrawsTheSameCounts() throws Exception {
        Path duck = dir.resolve("duck.svg");
        Path spark = dir.resolve("spark.svg");
        String[] window = {"--from", "2015-03-01", "--to", "2015-03-10"};
        CommandRun one = new CommandRun();
        assertThat(one.run(
                        concat(new String[] {"export-timeline", gdelt.toString(), "--out", duck.toString()}, window)))
                .as(one.err())
                .isZero();
        CommandRun other = new CommandRun();
        assertThat(other.run(concat(
                        new String[] {
                            "export-timeline", gdelt.toString(), "--spark", "local[2]", "--out", spark.toString()
                        },
                        window)))
                .as(other.err())
                .isZero();
        assertThat(Files.readString(spark)).contains("5,000 events").isEqualTo(Files.readString(duck));
        CommandRun wrong = new CommandRun();
        assertThat(wrong.run(
                        "export-timeline",
                        org.eventscope.TestFiles.GENEVA.toString(),
                        "--spark",
                        "local[2]",
                        "--out",
                        dir.resolve("never.png").toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(wrong.err()).contains("--spark reads a data table");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aTableThatIsNoTableOrATileFolderThatCannotBeWrittenCannotBeRead() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.parquet"), "not a table");
        CommandRun cli = new CommandRun();
        assertThat(cli.run("check", garbage.toString())).isEqualTo(EventscopeCommand.CANNOT_READ);
        assertThat(cli.err()).contains("garbage.parquet: ");
        String saved = System.getProperty("eventscope.dataDir");
        try {
            System.setProperty(
                    "eventscope.dataDir",
                    Files.writeString(dir.resolve("a file"), "").toString());
            CommandRun blocked = new CommandRun();
            assertThat(blocked.run("check", gdelt.toString())).isEqualTo(EventscopeCommand.CANNOT_READ);
            assertThat(blocked.err())
                    .contains("cannot write the table's tiles in")
                    .contains("a file stands where a folder");
        } finally {
            System.setProperty("eventscope.dataDir", saved == null ? "" : saved);
        }
    }

    @Test
    void aMappingsColumnNameIsEscapedInTheMessage() throws Exception {
        Path mapping = Files.writeString(
                dir.resolve("escape-mapping.json"),
                "{\"eventscopeMapping\": 1, \"columns\": {\"start\": \"Nope\\u001b]0;title\\u0007\", \"title\": \"What\"}}",
                StandardCharsets.UTF_8);
        Path csv = Files.writeString(dir.resolve("plain.csv"), "When,What\n2024-01-02,Synthetic\n");
        CommandRun cli = new CommandRun();
        assertThat(cli.run("check", csv.toString(), "--mapping", mapping.toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err())
                .contains("plain.csv: the mapping names a column \"Nope\\u001b]0;title\\u0007\" for start")
                .contains("The table's columns: When, What")
                .doesNotContain("\u001b");
        CommandRun blank = new CommandRun();
        assertThat(blank.run(
                        "export-timeline",
                        gdelt.toString(),
                        "--spark",
                        " ",
                        "--out",
                        dir.resolve("b.png").toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(blank.err()).contains("no Spark address given");
    }
}
