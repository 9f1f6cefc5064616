package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Precision;
import org.eventscope.model.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Spreadsheets saved as CSV, read by the layout their header names (synthetic rows only). */
class SheetImportTest {

    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,"
            + "actor1,assoc_actor_1,actor2,country,admin1,location,source,notes,fatalities";

    @BeforeEach
    void english() {
        org.eventscope.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
    }

    private static LoadResult read(String name, String text) {
        return EventFileReader.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAcledExportOpensWithItsDatesAtTheirPrecisionAndItsSources() {
        LoadResult result = EventFileReader.read(Path.of("src/test/resources/sheets/acled-synthetic.csv"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).isTrue();
        EventFile file = result.file();
        assertThat(file.events()).extracting(Event::id).containsExactly("SYN1", "SYN2", "SYN3");

        Event clash = file.event("SYN1").orElseThrow();
        assertThat(clash.title()).isEqualTo("Armed clash in Synthetic Town");
        assertThat(clash.start().text()).isEqualTo("2022-01-10");
        assertThat(clash.start().precision()).isEqualTo(Precision.DAY);
        assertThat(clash.end()).isNull();
        assertThat(clash.actors()).containsExactly("Synthetic Army", "Synthetic Militia");
        assertThat(clash.place()).isEqualTo("Synthetic Town, Province 1, Syntheticland");
        assertThat(clash.description())
                .startsWith("Synthetic notes, with a comma and a \"quote\".\nA second line.")
                .doesNotContain("atalities");
        assertThat(clash.fatalities()).isEqualTo(3);
        assertThat(clash.sourceIds()).hasSize(3).startsWith("acled");
        assertThat(clash.sourceIds().stream()
                        .map(id -> file.source(id).orElseThrow().name()))
                .containsExactly("ACLED export acled-synthetic.csv", "Synthetic Newswire", "Synthetic Daily");

        // Within a week: the seven days around the date, the end an estimate.
        Event protest = file.event("SYN2").orElseThrow();
        assertThat(protest.start().text()).isEqualTo("2022-01-12");
        assertThat(protest.end().text()).isEqualTo("2022-01-18");
        assertThat(protest.endApproximate()).isTrue();
        assertThat(protest.actors())
                .containsExactly("Protesters (Syntheticland)", "Synthetic Union", "Synthetic Students");

        // Within a month: the month.
        Event agreement = file.event("SYN3").orElseThrow();
        assertThat(agreement.start().text()).isEqualTo("2022-02");
        assertThat(agreement.start().precision()).isEqualTo(Precision.MONTH);

        assertThat(file.categories())
                .extracting(c -> c.name())
                .containsExactly("Battles", "Protests", "Strategic developments");
        assertThat(file.category(clash.category()).orElseThrow().name()).isEqualTo("Battles");
        assertThat(file.sources()).extracting(Source::id).doesNotHaveDuplicates();
    }

    @Test
    void everyBadCellIsReportedAtItsRowAndColumnAllAtOnce() {
        LoadResult result = read(
                "bad.csv",
                HEADER + "\n"
                        + "SYN1,2022-13-01,2022,1,Battles,Armed clash,A,,,Syntheticland,,Town,S,notes,0\n"
                        + "SYN2,2022-01-10,2022,7,Battles,Armed clash,A,,,Syntheticland,,Town,S,notes,0\n"
                        + "SYN1,2022-01-11,2022,1,Battles,Armed clash,A,,,Syntheticland,,Town,S,notes,many\n");
        assertThat(result.file()).isNull();
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "bad.csv:2:B (event_date): error: \"2022-13-01\" is not a date; expected a date such as"
                                + " 2022-01-10 or 10 January 2022",
                        "bad.csv:3:D (time_precision): error: \"7\" is not a time precision; expected 1 (the day),"
                                + " 2 (within a week) or 3 (within a month)",
                        "bad.csv:4:A (event_id_cnty): error: the id \"SYN1\" is given to an earlier row too");
        // An id the import gives its own sources would make a file that does not open again.
        LoadResult taken =
                read("taken.csv", HEADER + "\nsource-1,2022-01-10,2022,1,Battles,Armed clash,A,,,L,,Town,S,notes,0\n");
        assert taken.file() == null : "an event took a source's id";
        assertThat(taken.errors()).extracting(Problem::path).containsExactly("A (event_id_cnty)");
    }

    @Test
    void aSemicolonSheetFromEuropeanExcelReadsAsACommaOne() {
        String comma = HEADER + "\nSYN1,2022-01-10,2022,1,Battles,Armed clash,A,,,Syntheticland,,Town,S,\"a, b\",0\n";
        String semicolon = comma.replace(',', ';').replace("\"a; b\"", "\"a, b\"");
        EventFile a = read("a.csv", comma).file();
        EventFile b = read("b.csv", semicolon).file();
        assertThat(b.events()).isEqualTo(a.events());
        assertThat(b.events().get(0).description()).startsWith("a, b");
    }

    @Test
    void aSheetOfAnotherLayoutOrBrokenQuotingSaysWhatWasExpected() {
        LoadResult other = read("other.csv", "Date,Title,Notes\n2022-01-10,Talks,x\n");
        assertThat(other.problems())
                .extracting(Problem::toString)
                .containsExactly("other.csv:1:1: error: the sheet's columns (Date, Title, Notes, …) are not a"
                        + " layout Eventscope knows (an ACLED export, TimelineJS's sheet template); open it in the"
                        + " window to say which column holds what, or give a mapping with eventscope import"
                        + " --mapping");
        LoadResult broken = read("broken.csv", HEADER + "\nSYN1,2022-01-10,2022,1,Battles,\"Armed\" clash,A\n");
        assertThat(broken.errors()).hasSize(1);
        assertThat(broken.errors().get(0).line()).isEqualTo(2);
        assertThat(broken.errors().get(0).message()).startsWith("malformed CSV");
        LoadResult empty = read("empty.csv", "");
        assertThat(empty.errors())
                .extracting(Problem::message)
                .containsExactly("the sheet is empty; expected a header row and rows of events");
    }

    @Test
    void aSheetFromTheTimelineJsTemplateReadsAsItsJsonWould() {
        LoadResult result =
                EventFileReader.read(Path.of("src/test/resources/sheets/timelinejs-template-synthetic.csv"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "src/test/resources/sheets/timelinejs-template-synthetic.csv:5:I (Display Date): warning:"
                                + " the column \"display date\" is not shown by Eventscope; its cells are left out",
                        "src/test/resources/sheets/timelinejs-template-synthetic.csv:5:R (Background): warning:"
                                + " the column \"background\" is not shown by Eventscope; its cells are left out");
        EventFile file = result.file();
        assertThat(file.title()).isEqualTo("Talks in Geneva (synthetic)");
        assertThat(file.events())
                .extracting(Event::title)
                .containsExactly("Talks begin", "Month of talks", "A year-only event without a headline");
        Event talks = file.events().get(0);
        assertThat(talks.start().text()).isEqualTo("2022-01-10T09:00");
        assertThat(talks.start().precision()).isEqualTo(Precision.MINUTE);
        assertThat(talks.end().text()).isEqualTo("2022-01-10T16:30");
        assertThat(talks.description()).isEqualTo("Delegations meet; made up for a test.\nSecond paragraph.");
        assertThat(talks.sourceIds().stream().map(id -> file.source(id).orElseThrow()))
                .extracting(Source::name, Source::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TimelineJS file timelinejs-template-synthetic.csv", null),
                        org.assertj.core.groups.Tuple.tuple("Synthetic Photo Agency", "https://example.org/photo.jpg"));
        assertThat(file.events().get(1).start().precision()).isEqualTo(Precision.MONTH);
        assertThat(file.events().get(2).start().text()).isEqualTo("2021");
        assertThat(file.categories()).extracting(c -> c.name()).containsExactly("Meetings", "Statements");
        assertThat(file.eras()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Run-up");
            assertThat(e.start().text()).isEqualTo("2021-12-01");
            assertThat(e.end().text()).isEqualTo("2022-01-31");
        });
    }

    @Test
    void aTemplateRowWithAnImpossibleDateOrADayWithoutAMonthIsAnErrorAtItsCell() {
        LoadResult result =
                read("tl.csv", "Year,Month,Day,Time,Headline\n2022,2,30,,A\n2022,,5,,B\n2022,1,1,25:00,C\n,,,,D\n");
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "tl.csv:2:C (Day): error: " + result.problems().get(0).message(),
                        "tl.csv:3:C (Day): error: \"day\" is given without \"month\", so it is left out of the date",
                        "tl.csv:4:D (Time): error: " + result.problems().get(2).message(),
                        "tl.csv:5:A (Year): error: the date has no year; expected a year such as 2022 (Month, Day and"
                                + " Time are optional)");
        assertThat(result.problems().get(0).message()).contains("30 February");
        assertThat(result.problems().get(2).message()).contains("25");
    }

    /** An ACLED-shaped sheet of {@code rows} synthetic rows, each its id's number as its notes. */
    private static StringBuilder rows(int rows) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            b.append("SYN")
                    .append(i)
                    .append(",2022-01-10,2022,1,Battles,x,A,,,L,,T,S,\"note ")
                    .append(i)
                    .append(", synthetic\",0\n");
        }
        return b;
    }

    @Test
    void rowsParsedAheadOfTheEventsComeInOrderAndProblemsKeepTheirRows() {
        // Around the batches rows are handed over in, none lost or repeated.
        for (int n : new int[] {1, 510, 511, 512, 1021, 1022, 1023, 2000}) {
            EventFile file = read("n.csv", rows(n).toString()).file();
            assertThat(file.events()).hasSize(n);
            assertThat(file.events().get(n - 1).id()).isEqualTo("SYN" + n);
            assertThat(file.events().get(n - 1).description()).isEqualTo("note " + n + ", synthetic");
        }
        // A byte that is not UTF-8, a quote left open and a bad date, thousands of rows in.
        StringBuilder sheet = rows(5000);
        int at = sheet.indexOf("SYN3000,");
        byte[] bytes = sheet.toString().getBytes(StandardCharsets.UTF_8);
        bytes[at + sheet.substring(at).indexOf("note")] = (byte) 0xC3;
        bytes[at + sheet.substring(at).indexOf("note") + 1] = (byte) 0x28;
        LoadResult notUtf8 = EventFileReader.read("bytes.csv", new ByteArrayInputStream(bytes));
        assertThat(notUtf8.errors())
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(3001));
        StringBuilder open = rows(5000);
        open.insert(open.indexOf("SYN2500,") + "SYN2500,".length(), "\"");
        assertThat(read("open.csv", open.toString()).errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2501);
            assertThat(p.message()).startsWith("malformed CSV: ");
        });
        // An id given again far below: the table of ids has grown several times by then.
        String again = rows(9000).toString().replace("SYN8999,", "SYN3,");
        assertThat(read("again.csv", again).errors()).extracting(Problem::line).containsExactly(9000);
        String late = rows(5000).toString().replace("SYN4000,2022-01-10", "SYN4000,2022-13-10");
        assertThat(read("late.csv", late).errors())
                .extracting(Problem::toString)
                .containsExactly("late.csv:4001:B (event_date): error: \"2022-13-10\" is not a date; expected a date"
                        + " such as 2022-01-10 or 10 January 2022");
    }

    @Test
    void aLayoutReadsOnlyTheColumnsItNamesAndAskingForAnotherIsAMistake() {
        SheetImport.Cells cells = new SheetImport.Cells("t.csv", new ProblemList());
        cells.header(1, java.util.List.of("id", "date", "notes"));
        assertThat(cells.reading(java.util.Set.of("id", "notes", "missing"))).containsExactly(true, false, true);
        java.util.List<String> row = java.util.List.of(" a ", "", "n\u0007 ");
        assertThat(cells.value(row, "id")).isEqualTo("a");
        assertThat(cells.value(row, "notes")).isEqualTo("n");
        assertThat(cells.value(row, "missing")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cells.value(row, "date"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("date");
    }

    @Test
    void listsOfLikeTextsAreSharedWhenEqualAndKeptApartWhenNot() {
        Interner interner = new Interner();
        java.util.Set<java.util.List<String>> made =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int a = 0; a < 300; a++) {
            for (int g = 0; g < 30; g++) {
                java.util.List<String> list = interner.list(
                        new java.util.ArrayList<>(java.util.List.of("Synthetic Actor " + a, "Synthetic Group " + g)));
                assertThat(list).containsExactly("Synthetic Actor " + a, "Synthetic Group " + g);
                made.add(list);
                assertThat(interner.list(java.util.List.of("Synthetic Actor " + a, "Synthetic Group " + g)))
                        .isSameAs(list);
            }
        }
        assertThat(made).hasSize(9000);
    }

    /** The {@code n}th of 2^k texts that all hash alike in Java ("Aa" and "BB" do). */
    private static String colliding(int n, int k) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < k; i++) {
            b.append((n >> i & 1) == 0 ? "Aa" : "BB");
        }
        return b.toString();
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, unit = java.util.concurrent.TimeUnit.SECONDS)
    void textsMadeToHashAlikeDoNotSlowTheImportToACrawl() {
        // 20,000 rows whose places, actors and ids all share one hash: each row used to search
        // every row before it (a minute); searched as trees, the rows take about a second.
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        int rows = 20_000;
        for (int i = 0; i < rows; i++) {
            String x = colliding(i, 15);
            b.append("I")
                    .append(x)
                    .append(",2022-01-10,2022,1,Battles,x,")
                    .append(x)
                    .append("; Z,,,C,A,")
                    .append(x)
                    .append(",S,synthetic,0\n");
        }
        EventFile file = read("flood.csv", b.toString()).file();
        assertThat(file.events()).hasSize(rows);
        assertThat(file.events().get(rows - 1).place()).isEqualTo(colliding(rows - 1, 15) + ", A, C");
        assertThat(file.events().get(rows - 1).actors()).containsExactly(colliding(rows - 1, 15), "Z");
    }

    @Test
    void aRowOfMoreCellsThanASheetHasColumnsIsRefusedAtItsRow() {
        String wide = HEADER + "\nSYN1,2022-01-10,2022,1,Battles,x,A,,,,,,,n,0\nSYN2,2022-01-10" + ",".repeat(100_000)
                + "\nSYN3,2022-01-10,2022,1,Battles,x,A,,,,,,,n,0\n";
        assertThat(read("wide.csv", wide).errors())
                .extracting(Problem::toString)
                .containsExactly("wide.csv:3:1: error: malformed CSV: the row holds more than 16,384 cells");
        // At its row, not its line, when a cell above runs over several lines.
        String below = wide.replace(",,n,0\nSYN2", ",,\"three\nline\nnote\",0\nSYN2");
        assertThat(below).isNotEqualTo(wide);
        assertThat(read("below.csv", below).errors())
                .extracting(Problem::toString)
                .containsExactly("below.csv:3:1: error: malformed CSV: the row holds more than 16,384 cells");
        // A header with blank lines under it is a header alone.
        assertThat(read("blank.csv", HEADER + "\n\n\n\n").errors())
                .extracting(Problem::toString)
                .containsExactly(
                        "blank.csv:2:1: error: the sheet has a header but no rows under it; there are no events"
                                + " to make");
    }

    @Test
    void textDecodedInAnEncodingGivenEndsOnceAndStaysEnded() throws java.io.IOException {
        // Readers above the decoding may ask again after its end; it answers the end again.
        java.nio.charset.Charset cp1251 = java.nio.charset.Charset.forName("windows-1251");
        String text = "Рік,Подія\n2022,Зустріч\n".repeat(2000);
        SheetImport.Decoding decoding =
                new SheetImport.Decoding(new ByteArrayInputStream(text.getBytes(cp1251)), cp1251.newDecoder());
        StringBuilder read = new StringBuilder();
        char[] chunk = new char[1000];
        for (int n = decoding.read(chunk, 0, chunk.length); n >= 0; n = decoding.read(chunk, 0, chunk.length)) {
            read.append(chunk, 0, n);
        }
        assertThat(read.toString()).isEqualTo(text);
        assertThat(decoding.read(chunk, 0, chunk.length)).isEqualTo(-1);
        assertThat(decoding.read(chunk, 0, chunk.length)).isEqualTo(-1);
    }

    @Test
    void textNotInTheEncodingGivenIsReportedAtItsLineThousandsOfRowsIn() {
        StringBuilder sheet = rows(5000);
        byte[] bytes = sheet.toString().getBytes(java.nio.charset.Charset.forName("windows-1252"));
        bytes[sheet.indexOf("note 4000,")] = (byte) 0x81; // no character in windows-1252
        LoadResult result = read("cp.csv", bytes, java.nio.charset.Charset.forName("windows-1252"));
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4001);
            assertThat(p.message()).startsWith("the text is not windows-1252 from here on");
        });
    }

    @Test
    void aSheetReadFromANamedPipeImportsAsFromAFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path source = dir.resolve("source.csv");
        java.nio.file.Files.writeString(source, rows(3000).toString());
        for (String encoding : new String[] {null, "windows-1252"}) {
            Path fifo = dir.resolve("pipe-" + encoding + ".csv");
            Process feeder = org.eventscope.TestFiles.fedPipe(fifo, source);
            LoadResult result = EventFileReader.read(
                    fifo,
                    "pipe.csv",
                    ReadMonitor.NONE,
                    new SheetOptions(encoding == null ? null : java.nio.charset.Charset.forName(encoding), null));
            feeder.waitFor();
            assertThat(result.problems()).isEmpty();
            assertThat(result.file().events()).hasSize(3000);
        }
    }

    @Test
    void aPlaceNamesEachOfItsPartsOnceFromTheNarrowest() {
        String sheet =
                HEADER + "\nSYN1,2022-01-10,2022,1,Battles,,A,,,Syntheticland,Synthetic City,Synthetic City,S,n,0"
                        + "\nSYN2,2022-01-10,2022,1,Battles,,A,,,Syntheticland,Province 2,,S,n,0"
                        + "\nSYN3,2022-01-10,2022,1,Battles,,A,,,,,,S,n,0\n";
        EventFile file = read("places.csv", sheet).file();
        assertThat(file.events())
                .extracting(Event::place)
                .containsExactly("Synthetic City, Syntheticland", "Province 2, Syntheticland", null);
        assertThat(file.events())
                .extracting(Event::title)
                .containsExactly("Battles in Synthetic City", "Battles in Province 2", "Battles");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAtTheirLineAsInAnEventFile() {
        byte[] latin1 = (HEADER + "\nSYN1,2022-01-10,2022,1,Battles,x,Akt\u00f6r,,,L,,T,S,n,0\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        LoadResult result = EventFileReader.read("latin1.csv", new ByteArrayInputStream(latin1));
        assertThat(result.file()).isNull();
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).line()).isEqualTo(2);
        assertThat(result.errors().get(0).message())
                .startsWith("invalid UTF-8 at byte offset ")
                .contains("; the sheet is not UTF-8 text; a sheet saved in another encoding can be opened with"
                        + " eventscope import --encoding")
                .doesNotContain("event file");
        // UTF-16 without a byte-order mark, and a binary file, in a sheet's words.
        byte[] wide = (HEADER + "\n").getBytes(StandardCharsets.UTF_16LE);
        assertThat(EventFileReader.read("wide.csv", new ByteArrayInputStream(wide))
                        .errors()
                        .get(0)
                        .message())
                .startsWith("the sheet looks like UTF-16LE text without a byte-order mark; ");
        byte[] binary = (HEADER + "\nSYN1,\u0000").getBytes(StandardCharsets.UTF_8);
        assertThat(EventFileReader.read("binary.csv", new ByteArrayInputStream(binary))
                        .errors()
                        .get(0)
                        .message())
                .isEqualTo("a NUL byte at byte offset " + (HEADER.length() + 6)
                        + ": a sheet saved as text holds none (is this a binary file?)");
    }

    @Test
    void datesOutsideTheYearsAnEventFileWritesAreErrorsNotCrashes() {
        String h = "event_id_cnty,event_date,time_precision,event_type\n";
        for (String date :
                new String[] {"+10000-01-01", "-0001-01-01", "0000-01-02", "29 February 2022", "31 April 2022"}) {
            LoadResult result = read("dates.csv", h + "A1," + date + ",2,Battles\n");
            assertThat(result.errors()).as(date).extracting(Problem::path).containsExactly("B (event_date)");
        }
        LoadResult year = read("years.csv", "Year,Headline\n-5,Synthetic\n123456,Synthetic\n");
        assertThat(year.errors()).extracting(Problem::path).containsExactly("A (Year)", "A (Year)");
    }

    @Test
    void aSheetReadInTheWrongEncodingSaysSoInsteadOfFailingToRead() throws Exception {
        // Excel's UTF-16 "Unicode text", read as if it were UTF-8.
        byte[] utf16 = ("\uFEFF" + HEADER + "\nSYN1,2022-01-10,2022,1,Battles,x,Актор,,,L,,T,S,n,0\n")
                .getBytes(StandardCharsets.UTF_16LE);
        LoadResult result = EventFileReader.read(
                "wrong.csv",
                new ByteArrayInputStream(utf16),
                -1,
                ReadMonitor.NONE,
                new SheetOptions(StandardCharsets.UTF_8, null));
        assertThat(result.readable()).isTrue();
        assertThat(result.errors())
                .extracting(Problem::message)
                .singleElement()
                .asString()
                .contains("--encoding");
    }

    private static LoadResult read(String name, byte[] bytes, java.nio.charset.Charset encoding) {
        return EventFileReader.read(
                name,
                new ByteArrayInputStream(bytes),
                bytes.length,
                ReadMonitor.NONE,
                new SheetOptions(encoding, null));
    }

    @Test
    void hostileSheetsAreRefusedAtTheirLineInsteadOfSwallowedOrGarbled() {
        // A quote left open at the end would make every later line one cell.
        LoadResult open = read(
                "open.csv",
                HEADER + "\nSYN1,2022-01-10,2022,1,Battles,\"Armed clash,A\nSYN2,2022-01-11,2022,1,Battles,x,B\n");
        assertThat(open.file()).isNull();
        assertThat(open.errors())
                .extracting(Problem::toString)
                .containsExactly("open.csv:2:1: error: malformed CSV: the quoted cell opened on line 2 is never"
                        + " closed; every line after it would be one cell");
        // Quotes doubled inside a quoted cell, and a quote inside an unquoted one, are fine.
        assertThat(read("fine.csv", HEADER + "\nSYN1,2022-01-10,2022,1,Battles,\"A \"\"quoted\"\" clash\",5\" pipe\n")
                        .errors())
                .isEmpty();

        // A cell of more than a million characters.
        LoadResult huge = read(
                "huge.csv", HEADER + "\nSYN1,2022-01-10,2022,1,Battles,x,A,,,,,,,\"" + "n".repeat(1_100_000) + "\"\n");
        assertThat(huge.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message())
                    .isEqualTo("malformed CSV: the cell in column N holds 1,100,000 characters, more"
                            + " than the 1,048,576 a cell may hold");
        });

        // A column name given twice: the second column is named, not silently dropped.
        LoadResult twice =
                read("twice.csv", HEADER + ",notes\nSYN1,2022-01-10,2022,1,Battles,x,A,,,,,,,first,,second\n");
        assertThat(twice.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "twice.csv:1:P (notes): warning: the column name \"notes\" is given to an earlier column"
                                + " too; this column is not read");
        assertThat(twice.file().events().get(0).description()).isEqualTo("first");

        // UTF-32, and a byte-order mark that contradicts the encoding given.
        byte[] utf32 = ("\uFEFF" + HEADER + "\n").getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
        assertThat(read("wide.csv", utf32, null).errors().get(0).message()).startsWith("the sheet is UTF-32 text");
        byte[] utf8Bom = ("\uFEFF" + HEADER + "\nSYN1,2022-01-10,2022,1,Battles\n").getBytes(StandardCharsets.UTF_8);
        assertThat(read("bom.csv", utf8Bom, java.nio.charset.Charset.forName("windows-1251"))
                        .errors()
                        .get(0)
                        .message())
                .isEqualTo("the sheet starts with the byte-order mark of UTF-8, so it is UTF-8 text, not windows-1251;"
                        + " leave the encoding out");

        // A header alone makes no empty timeline.
        assertThat(read("header.csv", HEADER + "\n").errors())
                .extracting(Problem::toString)
                .containsExactly(
                        "header.csv:2:1: error: the sheet has a header but no rows under it; there are no events"
                                + " to make");

        // A control character written as an HTML entity does not reach a title.
        LoadResult entity = read("tl.csv", "Year,Headline\n2022,Esc&#x1b;[2Jape (synthetic)\n");
        assertThat(entity.file().events().get(0).title()).isEqualTo("Esc[2Jape (synthetic)");
    }

    @Test
    void aCellCleanedFromItsCharactersIsTheCellCleanedAsText() {
        for (String cell : new String[] {
            "",
            " ",
            "  plain  ",
            "\u2003wide space\u2003",
            "tab\tinside",
            "\u001b[31mred\u001b[0m",
            " \u0007 ",
            "line\nbreak\r\n",
            "\u0085next line",
            "я ",
            "\uD83D\uDE00 smile"
        }) {
            char[] buffer = ("xx" + cell + "yy").toCharArray();
            assertThat(SheetImport.Cells.clean(buffer, 2, cell.length()))
                    .as("%s", cell)
                    .isEqualTo(SheetImport.Cells.clean(cell));
        }
    }
}
