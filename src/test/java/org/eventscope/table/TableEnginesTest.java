package org.eventscope.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eventscope.bench.SyntheticGdelt;
import org.eventscope.io.SheetDateFormat;
import org.eventscope.io.SheetMapping;
import org.eventscope.io.SheetMapping.Field;
import org.eventscope.model.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB and Spark (in local mode, in this JVM) answer the same questions of the same table
 * alike: a synthetic GDELT-shaped table of a million rows, counted far out (from each engine's
 * own tiles) and close in (from rows), its events, a search; and a CSV read by a mapping. The
 * times each engine took are printed.
 */
class TableEnginesTest {

    private static final long DAY = 86_400_000L;
    private static final long FIRST_DAY =
            LocalDate.of(2015, 2, 18).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

    @TempDir
    static Path dir;

    static TableSource duck;
    static TableSource spark;

    @BeforeAll
    static void openBoth() throws Exception {
        Path table = dir.resolve("synthetic-gdelt-1m.parquet");
        long t = System.nanoTime();
        SyntheticGdelt.write(table, 1_000_000, 11, 1_000);
        System.out.printf("1,000,000 synthetic rows written in %.1f s%n", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        duck = TableSource.open(table, null, dir.resolve("duck"), TableProgress.NONE);
        System.out.printf("DuckDB: tiles built in %.1f s%n", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        spark = TableSource.openSpark(table, null, dir.resolve("spark"), "local[2]", TableProgress.NONE);
        System.out.printf("Spark local[2]: started and tiles built in %.1f s%n", (System.nanoTime() - t) / 1e9);
    }

    @AfterAll
    static void closeBoth() {
        if (duck != null) {
            duck.close();
        }
        if (spark != null) {
            spark.close();
        }
    }

    @Test
    void bothCountTheSameEventsInTheSameCategories() {
        assertThat(spark.size()).isEqualTo(duck.size()).isEqualTo(1_000_000);
        assertThat(spark.categories()).isEqualTo(duck.categories());
        assertThat(spark.categoryCounts()).isEqualTo(duck.categoryCounts());
        assertThat(spark.minMillis()).isEqualTo(duck.minMillis()).isEqualTo(FIRST_DAY);
        assertThat(spark.maxMillis()).isEqualTo(duck.maxMillis());
    }

    @Test
    void bothGiveTheSameCountsForTheSameWindows() {
        // Far out (tiles), a month at a column's day (tiles), a day at hours (rows), and a search (rows).
        double[][] windows = {
            {FIRST_DAY - 30 * DAY, 1_060.0 * DAY / 1_500},
            {FIRST_DAY + 200 * DAY, DAY / 20.0},
            {FIRST_DAY + 400 * DAY, 40_000}
        };
        for (double[] w : windows) {
            long t = System.nanoTime();
            int[][] a = duck.columns(w[0], w[1], 1_500, null);
            long duckNanos = System.nanoTime() - t;
            t = System.nanoTime();
            int[][] b = spark.columns(w[0], w[1], 1_500, null);
            long sparkNanos = System.nanoTime() - t;
            System.out.printf(
                    "window at %.0f ms a column: DuckDB %.1f ms, Spark %.1f ms%n",
                    w[1], duckNanos / 1e6, sparkNanos / 1e6);
            assertThat(Arrays.stream(a).flatMapToInt(Arrays::stream).sum()).isPositive();
            for (int row = 0; row < a.length; row++) {
                assertThat(Arrays.mismatch(a[row], b[row]))
                        .as("row %d at %s", row, w[1])
                        .isEqualTo(-1);
            }
        }
        long t = System.nanoTime();
        int[][] a = duck.columns(FIRST_DAY - DAY, DAY, 1_010, "synthetic actor 77");
        int[][] b = spark.columns(FIRST_DAY - DAY, DAY, 1_010, "SYNTHETIC ACTOR 77");
        System.out.printf("a search over both: %.1f ms%n", (System.nanoTime() - t) / 1e6);
        assertThat(Arrays.stream(a).flatMapToInt(Arrays::stream).sum()).isPositive();
        for (int row = 0; row < a.length; row++) {
            assertThat(Arrays.mismatch(a[row], b[row])).as("search row %d", row).isEqualTo(-1);
        }
    }

    @Test
    void bothGiveTheSameEventsOfAWindowInTheSameOrder() {
        long from = FIRST_DAY + 500 * DAY;
        List<Event> a = duck.events(from, from + DAY - 1, 2_000, null);
        List<Event> b = spark.events(from, from + DAY - 1, 2_000, null);
        assertThat(a).hasSizeGreaterThan(900);
        assertThat(b).extracting(Event::id).isEqualTo(a.stream().map(Event::id).toList());
        assertThat(b)
                .extracting(Event::title)
                .isEqualTo(a.stream().map(Event::title).toList());
        assertThat(b)
                .extracting(e -> e.start().toString())
                .isEqualTo(a.stream().map(e -> e.start().toString()).toList());
        assertThat(b)
                .extracting(Event::sourceIds)
                .isEqualTo(a.stream().map(Event::sourceIds).toList());
    }

    @Test
    void bothReadACsvByAMappingAlike() throws Exception {
        Path csv = Files.writeString(dir.resolve("synthetic-day-first.csv"), """
                Date,Title,Kind
                03/02/2024,Synthetic first,alpha
                04/02/2024 10:30,Synthetic second,beta
                31/02/2024,Synthetic impossible,alpha
                ,Synthetic empty,beta
                05/02/2024,"Synthetic third, quoted",
                """, StandardCharsets.UTF_8);
        SheetMapping mapping = new SheetMapping(
                Map.of(Field.START, "Date", Field.TITLE, "Title", Field.CATEGORY, "Kind"), SheetDateFormat.DAY_FIRST);
        try (TableSource d = TableSource.open(csv, mapping, dir.resolve("csv-duck"), TableProgress.NONE);
                TableSource s =
                        TableSource.openSpark(csv, mapping, dir.resolve("csv-spark"), "local[2]", TableProgress.NONE)) {
            assertThat(d.size()).isEqualTo(3);
            assertThat(s.size()).isEqualTo(d.size());
            assertThat(s.unreadable()).isEqualTo(d.unreadable()).isEqualTo(2);
            List<Event> a = d.events(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4, 10, null);
            List<Event> b = s.events(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4, 10, null);
            assertThat(a)
                    .extracting(e -> e.start().toString())
                    .containsExactly("2024-02-03", "2024-02-04T10:30Z", "2024-02-05");
            assertThat(b)
                    .extracting(e -> e.start().toString())
                    .isEqualTo(a.stream().map(e -> e.start().toString()).toList());
            assertThat(b)
                    .extracting(Event::category)
                    .isEqualTo(a.stream().map(Event::category).toList());
        }
    }
}
