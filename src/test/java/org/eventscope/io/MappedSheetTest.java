package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.SheetMapping.Field;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Precision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sheets of any other layout, read by a mapping of their columns (synthetic rows only). */
class MappedSheetTest {

    private static final Path SHEETS = Path.of("src/test/resources/sheets");

    @BeforeEach
    void english() {
        org.eventscope.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
    }

    private static LoadResult read(Path file, SheetOptions options) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return EventFileReader.read(
                file.getFileName().toString(),
                new ByteArrayInputStream(bytes),
                bytes.length,
                ReadMonitor.NONE,
                options);
    }

    private static LoadResult read(String name, String text, SheetMapping mapping) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return EventFileReader.read(
                name, new ByteArrayInputStream(bytes), bytes.length, ReadMonitor.NONE, new SheetOptions(null, mapping));
    }

    @Test
    void aSemicolonSheetInWindows1251WithUkrainianColumnsIsMappedByTheirNamesAndItsDaysReadDayFirst() throws Exception {
        Path sheet = SHEETS.resolve("ukrainian-semicolon-1251-synthetic.csv");
        // Without the encoding it is refused, never guessed.
        LoadResult refused = read(sheet, SheetOptions.NONE);
        assertThat(refused.file()).isNull();
        assertThat(refused.problems().get(0).message()).contains("--encoding");

        SheetMapping guess =
                SheetMapping.guess(List.of("Дата", "Подія", "Опис", "Місце", "Джерело", "Посилання", "Тип"));
        assertThat(guess.columns())
                .containsEntry(Field.START, "Дата")
                .containsEntry(Field.TITLE, "Подія")
                .containsEntry(Field.DESCRIPTION, "Опис")
                .containsEntry(Field.PLACE, "Місце")
                .containsEntry(Field.SOURCE, "Джерело")
                .containsEntry(Field.URL, "Посилання")
                .containsEntry(Field.CATEGORY, "Тип");
        assertThat(guess.dates()).isNull();

        LoadResult result = read(sheet, new SheetOptions(Charset.forName("windows-1251"), guess));
        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).isTrue();
        EventFile file = result.file();
        assertThat(file.events()).extracting(Event::id).containsExactly("row-2", "row-3", "row-4", "row-5");
        Event geneva = file.events().get(0);
        assertThat(geneva.title()).isEqualTo("Переговори в Женеві");
        assertThat(geneva.start().text()).isEqualTo("2022-01-10");
        assertThat(geneva.place()).isEqualTo("Женева");
        assertThat(file.category(geneva.category()).orElseThrow().name()).isEqualTo("Переговори");
        assertThat(geneva.sourceIds()).hasSize(2).startsWith("sheet");
        assertThat(file.source(geneva.sourceIds().get(1)).orElseThrow().url()).isEqualTo("https://example.org/1");
        assertThat(file.events().get(1).start().text()).isEqualTo("2022-01-12T14:30");
        assertThat(file.events().get(1).description())
                .isEqualTo("Синтетичний опис; з крапкою з комою\nі другим рядком.");
        // Each web address is a source of its own, named by the Source column.
        assertThat(file.source(file.events().get(1).sourceIds().get(1)).orElseThrow())
                .extracting(org.eventscope.model.Source::name, org.eventscope.model.Source::url)
                .containsExactly("Синтетична агенція", "https://example.org/2");
        assertThat(file.events().get(2).start().text()).isEqualTo("2022-01-13");
        assertThat(file.events().get(2).sourceIds()).containsExactly("sheet");
        assertThat(file.events().get(3).start().precision()).isEqualTo(Precision.MONTH);
        assertThat(file.source("sheet").orElseThrow().name()).isEqualTo("ukrainian-semicolon-1251-synthetic.csv");
    }

    @Test
    void excelSerialDatesReadInTheSystemTheMappingNamesAndTheDefaultSaysWhichItTook() throws Exception {
        Map<Field, String> columns = Map.of(Field.START, "Start", Field.TITLE, "Title", Field.DESCRIPTION, "Notes");
        LoadResult in1900 = read(
                SHEETS.resolve("excel-serial-1900-synthetic.csv"),
                new SheetOptions(null, new SheetMapping(columns, null)));
        assertThat(in1900.file().events())
                .extracting(e -> e.start().text())
                .containsExactly("2022-01-10", "2022-01-12T14:30", "1900-03-01");
        assertThat(in1900.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.path()).isEqualTo("A (Start)");
            assertThat(p.message()).contains("1904");
        });

        LoadResult in1904 = read(
                SHEETS.resolve("excel-serial-1904-synthetic.csv"),
                new SheetOptions(null, new SheetMapping(columns, SheetDateFormat.EXCEL_1904)));
        assertThat(in1904.problems()).isEmpty();
        assertThat(in1904.file().events())
                .extracting(e -> e.start().text())
                .containsExactly("2022-01-10", "1904-01-01");
    }

    @Test
    void brokenRowsAreAllListedAtTheirCellsAndNothingOpens() {
        SheetMapping mapping = new SheetMapping(
                Map.of(Field.START, "When", Field.END, "Until", Field.TITLE, "What"), SheetDateFormat.DAY_FIRST);
        LoadResult result = read(
                "broken.csv",
                "What,When,Until\n"
                        + "Fine (synthetic),10.01.2022,\n"
                        + "No day (synthetic),31.02.2022,\n"
                        + ",11.01.2022,\n"
                        + "No start (synthetic),,\n"
                        + "Backwards (synthetic),12.01.2022,11.01.2022\n"
                        + "ISO (synthetic),2022-01-10,\n"
                        + "Slashes (synthetic),2022/01/10,\n",
                mapping);
        assertThat(result.file()).isNull();
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "broken.csv:3:B (When): error: there is no 31 February (February has 28 days)",
                        "broken.csv:4:A (What): error: the event has no title; expected a text in this column",
                        "broken.csv:5:B (When): error: the event has no start; expected a date in this column",
                        "broken.csv:6:C (Until): error: the end comes before the start",
                        "broken.csv:8:B (When): error: \"2022/01/10\" is not a date written as Day first (31.12.2022,"
                                + " 31/12/2022 14:30)");
    }

    @Test
    void datesThatReadBothWaysAreAnErrorUntilTheMappingSaysWhichAndAMissingColumnIsNamed() {
        String sheet = "What,When\nA (synthetic),03/04/2022\nB (synthetic),05/06/2022\n";
        SheetMapping mapping = new SheetMapping(Map.of(Field.START, "When", Field.TITLE, "What"), null);
        LoadResult either = read("either.csv", sheet, mapping);
        assertThat(either.file()).isNull();
        assertThat(either.problems().get(0).toString())
                .isEqualTo("either.csv:1:B (When): error: the dates read as day-first and as month-first alike"
                        + " (no day is after the 12th); say which with \"dates\" in the mapping");
        assertThat(read("either.csv", sheet, mapping.withDates(SheetDateFormat.MONTH_FIRST))
                        .file()
                        .events())
                .extracting(e -> e.start().text())
                .containsExactly("2022-03-04", "2022-05-06");

        LoadResult missing =
                read("missing.csv", sheet, new SheetMapping(Map.of(Field.START, "Date", Field.TITLE, "What"), null));
        assertThat(missing.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "missing.csv:1:A (What): error: the header has no column \"Date\" (the mapping's start)");
    }

    @Test
    void aMappingFileReadsBackAsWrittenAndItsMistakesHaveTheirLineAndColumn() {
        SheetMapping mapping = new SheetMapping(
                Map.of(Field.START, "Дата", Field.TITLE, "Подія", Field.ACTORS, "Who"), SheetDateFormat.DAY_FIRST);
        ProblemList problems = new ProblemList();
        SheetMapping back = SheetMapping.read(
                "m.json", new ByteArrayInputStream(mapping.toJson().getBytes(StandardCharsets.UTF_8)), problems);
        assertThat(problems).isEmpty();
        assertThat(back).isEqualTo(mapping);
        assertThat(mapping.toJson()).contains("\"dates\" : \"day-first\"");

        ProblemList bad = new ProblemList();
        String text =
                "{\"eventscopeMapping\": 1,\n \"columns\": {\"start\": \"Date\",\n  \"when\": \"X\", \"title\": 3},\n"
                        + " \"dates\": \"someday\"}";
        assertThat(SheetMapping.read("bad.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), bad))
                .isNull();
        assertThat(bad)
                .extracting(Problem::toString)
                .containsExactly(
                        "bad.json:3:columns.when: error: \"when\" is not a field of an event; expected one of"
                                + " start, end, title, description, category, actors, place, source, url",
                        "bad.json:3:columns.title: error: expected the name of a column of the sheet's header,"
                                + " as a text",
                        "bad.json:4:dates: error: expected one of iso, day-first, month-first, excel-1900,"
                                + " excel-1904");
    }

    @Test
    void theExampleSheetOfTheStoryImportsByTheGuessedMappingAsTheBundledTimelineHasIt() throws Exception {
        Path example = Path.of("docs/examples/geneva-2022-sheet.csv");
        SheetPreview preview = SheetPreview.read(example, null, 50);
        assertThat(preview.problem()).isNull();
        assertThat(preview.layout()).isEqualTo(SheetPreview.Layout.OTHER);
        assertThat(preview.rows()).hasSize(8);
        assertThat(preview.more()).isFalse();
        LoadResult result = EventFileReader.read(
                example,
                "geneva-2022-sheet.csv",
                ReadMonitor.NONE,
                new SheetOptions(null, SheetMapping.guess(preview.header())));
        assertThat(result.problems()).isEmpty();
        EventFile sheet = result.file();
        EventFile bundled =
                EventFileReader.read(Path.of("data/geneva-2022.json")).file();
        assertThat(sheet.events()).hasSameSizeAs(bundled.events());
        for (int i = 0; i < sheet.events().size(); i++) {
            Event mine = sheet.events().get(i);
            Event theirs = bundled.events().get(i);
            assertThat(mine.start().local().toLocalDate())
                    .isEqualTo(theirs.start().local().toLocalDate());
            assertThat(mine.start().precision()).isIn(theirs.start().precision(), Precision.DAY);
            assertThat(mine.title()).isEqualTo(theirs.texts().of("title").get("uk"));
        }
        assertThat(sheet.categories()).hasSize(4);
    }

    @Test
    void rowsKeepTheirSpreadsheetNumbersAcrossBlankLinesAndATsvSplitsOnTabsOnly() {
        SheetMapping mapping = new SheetMapping(Map.of(Field.START, "Start", Field.TITLE, "Title"), null);
        LoadResult blank = read("blank.csv", "Start,Title\n2022-01-10,a\n\n\n2022-01-11,b\nbad,c\n", mapping);
        assertThat(blank.errors()).extracting(Problem::line).containsExactly(6);
        LoadResult mended = read("blank.csv", "Start,Title\n2022-01-10,a\n\n\n2022-01-11,b\n", mapping);
        assertThat(mended.file().events()).extracting(Event::id).containsExactly("row-2", "row-5");

        SheetMapping titled =
                new SheetMapping(Map.of(Field.START, "Start", Field.TITLE, "Title (short, plain, no HTML)"), null);
        LoadResult tsv = read("h.tsv", "Start\tTitle (short, plain, no HTML)\n2022-01-10\tTalks, day one\n", titled);
        assertThat(tsv.errors()).isEmpty();
        assertThat(tsv.file().events().get(0).title()).isEqualTo("Talks, day one");
    }

    @Test
    void aRowGivenTwiceIsAnErrorNotTwoEventsOfOneId() {
        ProblemList problems = new ProblemList();
        SheetImport.Cells cells = new SheetImport.Cells("twice.xlsx", problems);
        cells.header(1, List.of("Start", "Title"));
        MappedLayout layout = MappedLayout.of(
                cells, new SheetMapping(Map.of(Field.START, "Start", Field.TITLE, "Title"), SheetDateFormat.ISO));
        layout.row(2, List.of("2022-01-10", "First (synthetic)"));
        layout.row(2, List.of("2022-01-11", "Again (synthetic)"));
        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "twice.xlsx:2:A (Start): error: the workbook gives row 2 twice; its second is not read");
        assertThat(layout.finish().events()).extracting(Event::title).containsExactly("First (synthetic)");
    }

    @Test
    void controlCharactersInCellsDoNotReachTheEvents() {
        SheetMapping mapping = new SheetMapping(Map.of(Field.START, "Start", Field.TITLE, "Title"), null);
        LoadResult result =
                read("ctrl.csv", "Start,Title\n2022-01-10,Hello\u001b[2J world (synthetic)\u0007\n", mapping);
        assertThat(result.errors()).isEmpty();
        assertThat(result.file().events().get(0).title()).isEqualTo("Hello[2J world (synthetic)");
    }
}
