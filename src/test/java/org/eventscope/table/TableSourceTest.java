package org.eventscope.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eventscope.bench.SyntheticGdelt;
import org.eventscope.io.SheetMapping;
import org.eventscope.io.SheetMapping.Field;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.timeline.MemorySource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableSourceTest {

    private static final long DAY = 86_400_000L;
    private static final long FIRST_DAY =
            LocalDate.of(2015, 2, 18).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

    @TempDir
    static Path shared;

    static Path gdelt;

    @BeforeAll
    static void writeTable() throws Exception {
        gdelt = shared.resolve("synthetic-gdelt.parquet");
        SyntheticGdelt.write(gdelt, 20_000, 7, 400);
    }

    private static long sum(int[][] columns) {
        return Arrays.stream(columns)
                .flatMapToInt(Arrays::stream)
                .asLongStream()
                .sum();
    }

    /** What the engine says of the table by a query of its own, to check the source against. */
    private static long count(String where) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + gdelt + "') WHERE " + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aGdeltTableIsRecognisedByItsColumnsAndCountedByQuadClass(@TempDir Path cache) throws Exception {
        try (TableSource source = TableSource.open(gdelt, null, cache, TableProgress.NONE)) {
            assertThat(source.layoutName()).isEqualTo("GDELT 2.0 events");
            assertThat(source.size()).isEqualTo(20_000);
            assertThat(source.unreadable()).isZero();
            assertThat(source.minMillis()).isEqualTo(FIRST_DAY);
            assertThat(source.maxMillis()).isEqualTo(FIRST_DAY + 400 * DAY);
            assertThat(source.categories())
                    .extracting(c -> c.name())
                    .containsExactlyInAnyOrder(
                            "Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict");
            long[] counts = source.categoryCounts();
            for (int i = 0; i < source.categories().size(); i++) {
                String quad = source.categories().get(i).id();
                assertThat(counts[i]).as("QuadClass %s", quad).isEqualTo(count("QuadClass = " + quad));
            }
            assertThat(counts[4]).isZero();
            assertThat(source.builtTiles()).isTrue();
            assertThat(source.tiles()).startsWith(cache);
        }
    }

    @Test
    void theTilesAreBuiltOnceAndReusedWhileTheTableIsUnchanged(@TempDir Path cache) throws Exception {
        byte[] before = Files.readAllBytes(gdelt);
        try (TableSource first = TableSource.open(gdelt, null, cache, TableProgress.NONE)) {
            assertThat(first.builtTiles()).isTrue();
        }
        try (TableSource again = TableSource.open(gdelt, null, cache, TableProgress.NONE)) {
            assertThat(again.builtTiles()).isFalse();
            assertThat(again.size()).isEqualTo(20_000);
        }
        assertThat(Files.readAllBytes(gdelt))
                .as("nothing written into the user's table")
                .isEqualTo(before);
        try (var files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .singleElement()
                    .asString()
                    .endsWith(".tiles.duckdb");
        }
        try (var files = Files.list(gdelt.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("synthetic-gdelt.parquet");
        }
    }

    @Test
    void countsPerColumnAreTheSameFromTilesFromRowsAndFromTheEventsInMemory(@TempDir Path cache) {
        try (TableSource table = TableSource.open(gdelt, null, cache, TableProgress.NONE)) {
            List<Event> all = table.events(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4, 100_000, null);
            assertThat(all).hasSize(20_000);
            EventFile file = new EventFile(
                    1, "same rows", ZoneOffset.UTC, table.sources(all), table.categories(), all, List.of());
            MemorySource memory = new MemorySource(file);
            // Days at midnight; far out (tiles of 17 hours and more) and close in (a column of 6 hours: rows).
            for (double mpp : new double[] {DAY, 3 * DAY, 6 * 3_600_000.0}) {
                double origin = FIRST_DAY - 10 * DAY;
                int columns = 900;
                int[][] fromTable = table.columns(origin, mpp, columns, null);
                int[][] fromMemory = memory.columns(origin, mpp, columns, null);
                for (int row = 0; row < fromTable.length; row++) {
                    assertThat(Arrays.mismatch(fromTable[row], fromMemory[row]))
                            .as("the first column that differs, row %d at %s ms a column", row, mpp)
                            .isEqualTo(-1);
                }
            }
            assertThat(sum(table.columns(FIRST_DAY - 100 * DAY, 2 * DAY, 400, null)))
                    .isEqualTo(20_000);
        }
    }

    @Test
    void theEventsOfAWindowAreReadInOrderWithTheirSources(@TempDir Path cache) throws Exception {
        try (TableSource table = TableSource.open(gdelt, null, cache, TableProgress.NONE)) {
            long from = FIRST_DAY + 100 * DAY;
            List<Event> day = table.events(from + 1, from + DAY - 1, 1_000, null);
            long sqldate = 20150529; // 2015-02-18 + 100 days
            assertThat(day).hasSize((int) count("SQLDATE = " + sqldate));
            assertThat(day).allSatisfy(e -> {
                assertThat(e.start().toString()).isEqualTo("2015-05-29");
                assertThat(e.title()).contains("(CAMEO ");
                assertThat(e.sourceIds()).singleElement().asString().startsWith("https://example.org/synthetic/");
            });
            assertThat(table.events(from, from + 10 * DAY, 5, null)).hasSize(5);
            assertThat(table.sources(day.subList(0, 2)))
                    .extracting(s -> s.name())
                    .containsOnly("example.org");
        }
    }

    @Test
    void aSearchRunsInTheEngine(@TempDir Path cache) throws Exception {
        try (TableSource table = TableSource.open(gdelt, null, cache, TableProgress.NONE)) {
            long expected = count("Actor1Name = 'Synthetic actor 42' OR Actor2Name = 'Synthetic actor 42'"
                    + " OR Actor1Name LIKE 'Synthetic actor 42_%' OR Actor2Name LIKE 'Synthetic actor 42_%'");
            assertThat(expected).isPositive();
            int[][] found = table.columns(FIRST_DAY - DAY, DAY, 420, "SYNTHETIC ACTOR 42");
            assertThat(sum(found)).isEqualTo(expected);
            assertThat(table.events(FIRST_DAY - DAY, FIRST_DAY + 500 * DAY, 10_000, "synthetic actor 42"))
                    .hasSize((int) expected)
                    .allSatisfy(e -> assertThat(e.title()).containsIgnoringCase("synthetic actor 42"));
        }
    }

    @Test
    void aCsvIsReadByAMappingAndItsUnreadableRowsAreCountedNotShown(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("synthetic.csv");
        Files.writeString(csv, """
                When,What,Kind,Link
                2024-01-02,Synthetic first,alpha,https://example.org/1
                not a date,Synthetic second,beta,
                2024-01-04 10:30,"Synthetic third, quoted",alpha,
                02 March 2024,Synthetic fourth,,
                2024-01-05,Synthetic fifth
                """, StandardCharsets.UTF_8);
        SheetMapping mapping = new SheetMapping(
                Map.of(Field.START, "When", Field.TITLE, "What", Field.CATEGORY, "Kind", Field.URL, "Link"), null);
        try (TableSource table = TableSource.open(csv, mapping, dir.resolve("cache"), TableProgress.NONE)) {
            assertThat(table.layoutName()).isEqualTo("mapped columns");
            assertThat(table.size()).isEqualTo(3);
            assertThat(table.unreadable()).isEqualTo(1);
            List<Event> events = table.events(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4, 10, null);
            assertThat(events)
                    .extracting(Event::title)
                    .containsExactly("Synthetic first", "Synthetic third, quoted", "Synthetic fourth");
            assertThat(events.get(0).start().toString()).isEqualTo("2024-01-02");
            assertThat(events.get(1).start().toString()).startsWith("2024-01-04T10:30");
            assertThat(events.get(2).start().toString()).isEqualTo("2024-03-02");
            assertThat(events.get(0).category()).isEqualTo("alpha");
            assertThat(events.get(2).category()).isNull();
            assertThat(table.categoryCounts()).containsExactly(2, 1);
        }
    }

    @Test
    void aTableItCannotReadIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        assertThatThrownBy(() -> TableSource.open(dir.resolve("missing.parquet"), null, cache, TableProgress.NONE))
                .isInstanceOf(TableException.class)
                .hasMessageContaining("missing.parquet: no such file");
        assertThatThrownBy(() -> TableSource.open(dir, null, cache, TableProgress.NONE))
                .hasMessageContaining("not a file");
        Path fifo = dir.resolve("pipe.csv");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assertThatThrownBy(() -> TableSource.open(fifo, null, cache, TableProgress.NONE))
                .hasMessageContaining("not a file");
        Path garbage =
                Files.write(dir.resolve("garbage.parquet"), "not parquet\u0007".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TableSource.open(garbage, null, cache, TableProgress.NONE))
                .isInstanceOf(TableException.class)
                .hasMessageStartingWith(garbage.toString())
                .hasMessageNotContaining("\u0007");
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "a,b\n1,2\n");
        assertThatThrownBy(() -> TableSource.open(other, null, cache, TableProgress.NONE))
                .hasMessageContaining("give a mapping")
                .hasMessageContaining("columns: a, b");
        SheetMapping wrong = new SheetMapping(Map.of(Field.START, "When", Field.TITLE, "b"), null);
        assertThatThrownBy(() -> TableSource.open(other, wrong, cache, TableProgress.NONE))
                .hasMessageContaining("\"When\" for start");
        assertThatThrownBy(() -> TableSource.open(
                        Files.writeString(dir.resolve("x.json"), "{}"), null, cache, TableProgress.NONE))
                .hasMessageContaining("a .parquet file, or a .csv or .tsv file");
        if (Files.exists(cache)) {
            try (var files = Files.list(cache)) {
                assertThat(files.toList())
                        .as("no tiles left of a table not opened")
                        .isEmpty();
            }
        }
    }

    @Test
    void aBuildThatIsStoppedLeavesNoTiles(@TempDir Path cache) throws IOException {
        TableProgress stopped = new TableProgress() {
            @Override
            public void update(double fraction, String step) {}

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> TableSource.open(gdelt, null, cache, stopped))
                .isInstanceOf(TableException.class)
                .hasMessageContaining("stopped");
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void theTilesNameDoesNotHangOnTheOrderOfAMapInOneRun() {
        java.util.LinkedHashMap<String, String> one = new java.util.LinkedHashMap<>();
        one.put("1", "Verbal cooperation");
        one.put("2", "Material cooperation");
        java.util.LinkedHashMap<String, String> other = new java.util.LinkedHashMap<>();
        other.put("2", "Material cooperation");
        other.put("1", "Verbal cooperation");
        TableLayout a =
                new TableLayout("n", "c", "s", "e", "d", "c", "t", "i", "p", "d", "u", TableLayout.Prune.NONE, one);
        TableLayout b =
                new TableLayout("n", "c", "s", "e", "d", "c", "t", "i", "p", "d", "u", TableLayout.Prune.NONE, other);
        assertThat(a.toString()).isNotEqualTo(b.toString());
        assertThat(a.withSortedNames().toString()).isEqualTo(b.withSortedNames().toString());
    }

    @Test
    void tilesLeftHalfWrittenByAProcessThatIsGoneAreRemoved(@TempDir Path cache) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.writeString(cache.resolve("abc.tiles.duckdb." + gone.pid() + ".tmp"), "half");
        Path staleWal = Files.writeString(cache.resolve("abc.tiles.duckdb." + gone.pid() + ".tmp.wal"), "half");
        Path mine = Files.writeString(
                cache.resolve("abc.tiles.duckdb." + ProcessHandle.current().pid() + ".tmp"), "");
        Path other = Files.writeString(cache.resolve("notes.txt"), "kept");
        try (TableSource source = TableSource.open(gdelt, null, cache, TableProgress.NONE)) {
            assertThat(source.size()).isEqualTo(20_000);
        }
        assertThat(stale).doesNotExist();
        assertThat(staleWal).doesNotExist();
        assertThat(mine).as("a build of a running process").exists();
        assertThat(other).exists();
    }

    /** Writes a copy of the synthetic table with {@code replace} (DuckDB's SELECT * REPLACE list) to {@code out}. */
    private static Path variant(Path out, String select) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("COPY (SELECT " + select + " FROM (SELECT * FROM read_parquet('" + gdelt
                    + "') ORDER BY GLOBALEVENTID LIMIT 1000)) TO '"
                    + out.toString().replace("'", "''") + "' (FORMAT parquet)");
        }
        return out;
    }

    @Test
    void aNameHoldingPatternCharactersIsReadAsThatOneFile(@TempDir Path dir) throws Exception {
        Path star = Files.copy(gdelt, dir.resolve("a*.parquet"));
        Files.copy(gdelt, dir.resolve("abig.parquet"));
        Path bracket = Files.copy(gdelt, dir.resolve("ev[1].parquet"));
        variant(dir.resolve("ev1.parquet"), "*");
        try (TableSource a = TableSource.open(star, null, dir.resolve("cache"), TableProgress.NONE);
                TableSource b = TableSource.open(bracket, null, dir.resolve("cache"), TableProgress.NONE)) {
            assertThat(a.size()).isEqualTo(20_000);
            assertThat(b.size()).isEqualTo(20_000);
            assertThat(b.events(FIRST_DAY, FIRST_DAY + 500 * DAY, 100_000, null))
                    .hasSize(20_000);
        }
    }

    @Test
    void aGdeltDateOfAnotherTypeOrNoDateLeavesOnlyThatRowOut(@TempDir Path dir) throws Exception {
        Path text = variant(
                dir.resolve("text.parquet"),
                "* REPLACE (CASE WHEN GLOBALEVENTID % 100 = 0 THEN 'abc' ELSE CAST(SQLDATE AS VARCHAR) END AS SQLDATE)");
        Path date = variant(
                dir.resolve("date.parquet"),
                "* REPLACE (strptime(CAST(SQLDATE AS VARCHAR), '%Y%m%d')::DATE AS SQLDATE)");
        Path huge = variant(
                dir.resolve("huge.parquet"),
                "* REPLACE (CASE WHEN GLOBALEVENTID % 100 = 0 THEN 1e27 WHEN GLOBALEVENTID % 100 = 1 THEN 2000000101.0"
                        + " ELSE CAST(SQLDATE AS DOUBLE) END AS SQLDATE)");
        Path far = variant(
                dir.resolve("far.parquet"),
                "* REPLACE (CASE WHEN GLOBALEVENTID % 100 = 0 THEN 2000000101 WHEN GLOBALEVENTID % 100 = 1 THEN 101"
                        + " ELSE SQLDATE END AS SQLDATE)");
        try (TableSource t = TableSource.open(text, null, dir.resolve("c"), TableProgress.NONE);
                TableSource d = TableSource.open(date, null, dir.resolve("c"), TableProgress.NONE);
                TableSource h = TableSource.open(huge, null, dir.resolve("c"), TableProgress.NONE);
                TableSource f = TableSource.open(far, null, dir.resolve("c"), TableProgress.NONE)) {
            assertThat(t.size()).isEqualTo(990);
            assertThat(t.unreadable()).isEqualTo(10);
            assertThat(d.size()).isEqualTo(1_000);
            assertThat(d.minMillis()).isEqualTo(FIRST_DAY);
            assertThat(h.size()).isEqualTo(980);
            assertThat(h.unreadable()).isEqualTo(20);
            assertThat(f.size()).isEqualTo(980);
            assertThat(f.maxMillis())
                    .as("years past 9999 and year 0 are no dates")
                    .isLessThan(FIRST_DAY + 400 * DAY);
            assertThat(f.check(100))
                    .hasSize(20)
                    .first()
                    .satisfies(p -> assertThat(p.message())
                            .contains("is not a date or time from the year 1 to 9999: \"2000000101\""));
        }
    }

    @Test
    void aTableWithItsOwnRowNumberColumnOpens(@TempDir Path dir) throws Exception {
        Path own = variant(dir.resolve("own.parquet"), "*, 42 AS file_row_number");
        try (TableSource t = TableSource.open(own, null, dir.resolve("c"), TableProgress.NONE)) {
            assertThat(t.size()).isEqualTo(1_000);
            assertThat(t.check(10)).isEmpty();
        }
    }

    @Test
    void rowsAreNumberedByTheEngineWhateverTheTableIsNamed(@TempDir Path dir) throws Exception {
        // A table with its own column "file_row_number" is not numbered by the engine (its ids are made of
        // start and title), whatever its name holds: that column is never taken for the row number.
        Path named = variant(
                dir.resolve("synthetic_file_row_number.parquet"),
                "'x' AS title, DATE '2024-01-02' AS d, 42 AS file_row_number");
        SheetMapping mapping = new SheetMapping(Map.of(Field.START, "d", Field.TITLE, "title"), null);
        try (TableSource t = TableSource.open(named, mapping, dir.resolve("c"), TableProgress.NONE)) {
            long day = LocalDate.of(2024, 1, 2)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()
                    .toEpochMilli();
            assertThat(t.events(day, day + DAY, 5, null))
                    .extracting(org.eventscope.model.Event::id)
                    .hasSize(5)
                    .noneMatch(id -> id.startsWith("row "));
        }
        Path plain = variant(dir.resolve("synthetic.parquet"), "'x' AS title, DATE '2024-01-02' AS d");
        try (TableSource t = TableSource.open(plain, mapping, dir.resolve("c2"), TableProgress.NONE)) {
            long day = LocalDate.of(2024, 1, 2)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()
                    .toEpochMilli();
            assertThat(t.events(day, day + DAY, 3, null))
                    .extracting(org.eventscope.model.Event::id)
                    .hasSize(3)
                    .doesNotHaveDuplicates()
                    .allMatch(id -> id.matches("row [1-9][0-9]*"));
        }
    }

    @Test
    void aWindowNearTheYear9999CanBeAsked(@TempDir Path dir) throws Exception {
        Path edge = variant(dir.resolve("edge.parquet"), "GLOBALEVENTID AS id, 'x' AS title, DATE '9999-12-20' AS d");
        SheetMapping mapping = new SheetMapping(Map.of(Field.START, "d", Field.TITLE, "title"), null);
        try (TableSource t = TableSource.open(edge, mapping, dir.resolve("c"), TableProgress.NONE)) {
            long from = LocalDate.of(9999, 12, 1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()
                    .toEpochMilli();
            assertThat(t.count(from, from + 40 * DAY, null)).isEqualTo(1_000);
            assertThat(t.events(from, from + 40 * DAY, 5, null)).hasSize(5);
        }
    }

    @Test
    void theCountOfAWindowIsOfTheEventsThatReachIntoIt(@TempDir Path cache) throws Exception {
        try (TableSource t = TableSource.open(gdelt, null, cache, TableProgress.NONE)) {
            long from = FIRST_DAY + 16 * DAY;
            // Days 16 to 58 inclusive, as SQL counts them, the window ending at midnight after day 58.
            long expected = count("SQLDATE BETWEEN 20150306 AND 20150417");
            assertThat(t.count(from, from + 43 * DAY, null)).isEqualTo(expected);
            // A minute of a day holds that day's events.
            assertThat(t.count(from + 36_000_000L, from + 36_060_000L, null)).isEqualTo(count("SQLDATE = 20150306"));
            assertThat(t.count(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4, null)).isEqualTo(20_000);
        }
    }

    @Test
    void onlyTheTilesOfTheTablesUsedLastAreKept(@TempDir Path cache) throws Exception {
        Files.createDirectories(cache);
        for (int i = 0; i < 5; i++) {
            Path old = Files.writeString(cache.resolve("old" + i + ".tiles.duckdb"), "x");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        TableSource.keepRecent(cache, 3);
        try (var files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("old2.tiles.duckdb", "old3.tiles.duckdb", "old4.tiles.duckdb");
        }
    }
}
