package org.eventscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventscope import}: another format in, an Eventscope event file out (synthetic sheets only). */
class ImportCommandTest {

    private static final Path ACLED = Path.of("src/test/resources/sheets/acled-synthetic.csv");

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @Test
    void anAcledExportIsWrittenAsAnEventFileThatReadsBackTheSame() throws Exception {
        Path out = dir.resolve("acled.json");
        assertThat(cli.run("import", ACLED.toString(), "--out", out.toString())).isZero();
        assertThat(cli.err()).contains("3 events written to " + out);
        EventFile written = EventFileReader.read(out).file();
        assertThat(written).isEqualTo(EventFileReader.read(ACLED).file());
        assertThat(Files.readString(out)).startsWith("{\n  \"format\": \"eventscope\",\n");
        // An existing file is replaced only when asked.
        assertThat(cli.run("import", ACLED.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(cli.err()).contains(out + " exists; use --force to replace it");
        assertThat(cli.run("import", ACLED.toString(), "--out", out.toString(), "--force"))
                .isZero();
    }

    @Test
    void aSheetOnStandardInputIsToldByItsFirstBytesAsAFileIsByItsName() throws Exception {
        Path out = dir.resolve("stdin.json");
        assertThat(cli.runWithInput(Files.readAllBytes(ACLED), "import", "-", "--out", out.toString()))
                .as(cli.err())
                .isZero();
        assertThat(EventFileReader.read(out).file().events())
                .isEqualTo(EventFileReader.read(ACLED).file().events());

        // A workbook (a zip) on standard input, as a pipe from a download would give it.
        Path xlsx = dir.resolve("acled.xlsx");
        CommandRun export = new CommandRun();
        assertThat(export.run("export-data", ACLED.toString(), "--out", xlsx.toString()))
                .as(export.err())
                .isZero();
        CommandRun check = new CommandRun();
        assertThat(check.runWithInput(Files.readAllBytes(xlsx), "check", "-"))
                .as(check.err())
                .isZero();
        assertThat(check.err()).contains("<stdin>: 0 errors");

        // An event file still reads as one, from standard input or under a name that tells nothing.
        CommandRun json = new CommandRun();
        assertThat(json.runWithInput(Files.readAllBytes(TestFiles.GENEVA), "check", "-"))
                .isZero();
        Path txt = Files.copy(TestFiles.GENEVA, dir.resolve("geneva.txt"));
        CommandRun named = new CommandRun();
        assertThat(named.run("check", txt.toString())).as(named.err()).isZero();
    }

    @Test
    void aSheetWithBadCellsPrintsThemAndWritesNothing() throws Exception {
        Path bad = Files.writeString(
                dir.resolve("bad.csv"),
                "event_id_cnty,event_date,time_precision,event_type\nSYN1,2022-02-30,1,Battles\nSYN2,2022-01-01,9,Battles\n");
        Path out = dir.resolve("bad.json");
        assertThat(cli.run("import", bad.toString(), "--out", out.toString())).isEqualTo(1);
        assertThat(cli.out().lines())
                .containsExactly(
                        bad + ":2:B (event_date): error: \"2022-02-30\" is not a date; expected a date such as"
                                + " 2022-01-10 or 10 January 2022",
                        bad + ":3:C (time_precision): error: \"9\" is not a time precision; expected 1 (the day),"
                                + " 2 (within a week) or 3 (within a month)");
        assertThat(out).doesNotExist();
        assertThat(cli.run("import", bad.toString(), "--out", bad.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("is the input");
        assertThat(Files.readString(bad)).startsWith("event_id_cnty");
    }

    @Test
    void aSemicolonSheetInWindows1251IsReadInTheEncodingGivenAndNeverGuessed() throws Exception {
        String sheet = "event_id_cnty;event_date;time_precision;event_type;location;notes\r\n"
                + "SYN1;2022-01-10;1;Протести;Синтетичне місто;Вигадано для тесту; не справжня подія\r\n";
        Path cp1251 = dir.resolve("cyrillic.csv");
        Files.write(cp1251, sheet.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        Path out = dir.resolve("cyrillic.json");
        assertThat(cli.run("import", cp1251.toString(), "--out", out.toString()))
                .isEqualTo(1);
        assertThat(cli.out()).contains(cp1251 + ":2:").contains("invalid UTF-8").contains("--encoding");
        assertThat(out).doesNotExist();
        assertThat(cli.run("import", cp1251.toString(), "--out", out.toString(), "--encoding", "windows-1251"))
                .isZero();
        EventFile file = EventFileReader.read(out).file();
        assertThat(file.events().get(0).place()).isEqualTo("Синтетичне місто");
        assertThat(file.categories().get(0).name()).isEqualTo("Протести");
    }

    @Test
    void excelsUnicodeTextIsUtf16WithTabsAndReadsWithoutBeingTold() throws Exception {
        String sheet = "\uFEFFevent_id_cnty\tevent_date\ttime_precision\tevent_type\tlocation\r\n"
                + "SYN1\t2022-01-10\t1\tПротести\tСинтетичне місто\r\n";
        Path utf16 = dir.resolve("unicode.tsv");
        Files.write(utf16, sheet.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        Path out = dir.resolve("unicode.json");
        assertThat(cli.run("import", utf16.toString(), "--out", out.toString())).isZero();
        assertThat(EventFileReader.read(out).file().events().get(0).place()).isEqualTo("Синтетичне місто");
    }

    @Test
    void anyOtherSheetIsReadByAMappingFileAndABadMappingIsNamedAtItsLine() throws Exception {
        Path sheet = Path.of("src/test/resources/sheets/ukrainian-semicolon-1251-synthetic.csv");
        Path mapping = Files.writeString(
                dir.resolve("m.json"),
                "{\"eventscopeMapping\": 1,\n \"columns\": {\"start\": \"Дата\", \"title\": \"Подія\"},\n"
                        + " \"dates\": \"day-first\"}\n");
        Path out = dir.resolve("mapped.json");
        assertThat(cli.run(
                        "import",
                        sheet.toString(),
                        "--encoding",
                        "windows-1251",
                        "--mapping",
                        mapping.toString(),
                        "--out",
                        out.toString()))
                .isZero();
        assertThat(cli.err()).contains("4 events written to " + out);
        assertThat(EventFileReader.read(out).file().events().get(0).title()).isEqualTo("Переговори в Женеві");

        // Without a mapping the header is not a layout Eventscope knows: the option is named.
        Path plain = Files.writeString(dir.resolve("plain.csv"), "When,What\n2022-01-10,A (synthetic)\n");
        assertThat(cli.run(
                        "import",
                        plain.toString(),
                        "--out",
                        dir.resolve("p.json").toString()))
                .isEqualTo(1);
        assertThat(cli.out()).contains("--mapping");

        Files.writeString(mapping, "{\"eventscopeMapping\": 1,\n \"columns\": {\"start\": \"When\"}}");
        assertThat(cli.run(
                        "import",
                        plain.toString(),
                        "--mapping",
                        mapping.toString(),
                        "--out",
                        dir.resolve("p.json").toString()))
                .isEqualTo(1);
        assertThat(cli.out())
                .contains(mapping + ":1:columns: error: the mapping names no column for \"title\"; it is needed");
        assertThat(dir.resolve("p.json")).doesNotExist();
    }
}
