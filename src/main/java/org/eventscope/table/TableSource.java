package org.eventscope.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.Printable;
import org.eventscope.io.SheetMapping;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.Precision;
import org.eventscope.model.Source;
import org.eventscope.model.TimePoint;
import org.eventscope.table.TableLayout.Column;
import org.eventscope.timeline.EventSource;
import org.jspecify.annotations.Nullable;

/**
 * A Parquet or CSV table of events as an {@link EventSource}, read in place by DuckDB (embedded):
 * nothing of the table is copied into memory. Opening it counts its events once per category and
 * time bin at a ladder of bin sizes (a minute, then each four times longer) into a <em>tile
 * table</em> kept in a cache folder and reused while the table is unchanged; a far-out frame then
 * sums tiles, not rows. The events of a close window are read from the table itself, skipping
 * row groups by the start column's statistics where its type allows.
 *
 * <p>Questions are answered one at a time (one connection); {@link #cancel()} interrupts the one
 * under way. The table is only ever read; the engine's own memory is outside the JVM's heap.
 */
public final class TableSource implements EventSource {

    /** A tile of level 0 is a minute; each level's tiles are four times longer than the one below. */
    static final long BASE_BIN = 60_000;

    static final int LEVELS = 14;

    /** The most categories kept apart; events of rarer ones are counted as without a category. */
    static final int MAX_CATEGORIES = 32;

    /** Changes when the tile table's form does, so older caches are not read. */
    private static final String TILE_FORMAT = "tiles-1";

    private final Path table;
    /** DuckDB, holding the tiles (and, for the DuckDB engine, the view of the rows). */
    private final Connection connection;

    private final Rows rows;
    private final TableLayout layout;
    private final String title;
    private final List<Category> categories;
    private final Map<String, Integer> categoryPosition;
    private final long[] categoryCounts;
    private final long size;
    private final long unreadable;
    private final long minMillis;
    private final long maxMillis;
    private final long maxSpan;
    private final Path tiles;
    private final boolean built;
    private volatile @Nullable Statement running;
    /** Whether the table is text (CSV), whose rows the engine may refuse. */
    private final boolean csv;
    /** The start column's position, from 1. */
    private final int startIndex;

    private TableSource(
            Path table, Connection connection, Rows rows, TableLayout layout, Path tiles, boolean built, int startIndex)
            throws SQLException {
        this.table = table;
        this.rows = rows;
        this.csv = !rows.parquet();
        this.startIndex = startIndex;
        this.connection = connection;
        this.layout = layout;
        this.tiles = tiles;
        this.built = built;
        this.title = Printable.escape(String.valueOf(table.getFileName()));
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT events, unreadable, first, last, span FROM tiles.meta")) {
            r.next();
            size = r.getLong(1);
            unreadable = r.getLong(2);
            minMillis = r.getLong(3);
            maxMillis = r.getLong(4);
            maxSpan = Math.max(0, r.getLong(5));
        }
        List<Category> cats = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        List<Long> counts = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT value, pos, n FROM tiles.cats WHERE pos < " + MAX_CATEGORIES + " ORDER BY pos")) {
            while (r.next()) {
                String value = r.getString(1);
                cats.add(new Category(
                        value, Printable.escape(layout.categoryNames().getOrDefault(value, value)), null));
                positions.put(value, r.getInt(2));
                counts.add(r.getLong(3));
            }
        }
        this.categories = List.copyOf(cats);
        this.categoryPosition = Map.copyOf(positions);
        long[] all = new long[cats.size() + 1];
        long named = 0;
        for (int i = 0; i < counts.size(); i++) {
            all[i] = counts.get(i);
            named += all[i];
        }
        all[cats.size()] = size - named;
        this.categoryCounts = all;
    }

    /**
     * Opens {@code table} (a {@code .parquet} file, or a {@code .csv}/{@code .tsv} file), its rows
     * read as events by {@code mapping} or, without one, as GDELT 2.0 or ACLED events when its
     * columns are theirs. Builds the tile table in {@code cache} unless one for this table as it
     * is now is there already.
     *
     * @throws TableException with a message fit for the user when the table cannot be opened
     */
    public static TableSource open(Path table, @Nullable SheetMapping mapping, Path cache, TableProgress progress) {
        BasicFileAttributes attributes = attributes(table);
        String shown = Printable.escape(table.toString());
        // The kind of table first: a wrong name is said before the engine starts.
        DuckRows.reader(table);
        Connection connection = duckdb();
        try {
            return open(table, attributes, mapping, cache, progress, connection, new DuckRows(connection, table));
        } catch (SQLException e) {
            close(connection);
            throw new TableException(shown + ": " + message(e), e);
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    /**
     * As {@link #open(Path, SheetMapping, Path, TableProgress)}, its rows asked of Spark at
     * {@code master}: {@code local[N]} in this process, a cluster's master URL, or a Spark Connect
     * address ({@code sc://host:port}). Spark must be on the class path (docs/big-tables.md); the
     * tiles are kept and read as for DuckDB.
     */
    public static TableSource openSpark(
            Path table, @Nullable SheetMapping mapping, Path cache, String master, TableProgress progress) {
        if (master.isBlank()) {
            throw new TableException("no Spark address given: a master URL (local[2], spark://host:7077) or a Spark"
                    + " Connect address (sc://host:15002)");
        }
        BasicFileAttributes attributes = attributes(table);
        if (!SparkRows.available()) {
            throw new TableException("Spark is not on the class path: put Spark's jars beside Eventscope's"
                    + " (docs/big-tables.md), or leave out --spark to read the table with DuckDB");
        }
        Rows rows = SparkRows.open(table, master);
        Connection connection;
        try {
            connection = duckdb();
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
        try {
            return open(table, attributes, mapping, cache, progress, connection, rows);
        } catch (SQLException e) {
            close(connection);
            rows.close();
            throw new TableException(Printable.escape(table.toString()) + ": " + message(e), e);
        } catch (RuntimeException e) {
            close(connection);
            rows.close();
            throw e;
        }
    }

    /** The table file's attributes, when it is a regular file this process may read. */
    private static BasicFileAttributes attributes(Path table) {
        String shown = Printable.escape(table.toString());
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(table, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new TableException(shown + ": " + Printable.escape(EventFileReader.reason(e)), true);
        }
        if (!attributes.isRegularFile()) {
            throw new TableException(shown + ": not a file (a table must be a Parquet or CSV file)", true);
        }
        if (!Files.isReadable(table)) {
            throw new TableException(shown + ": cannot read it (permission denied)", true);
        }
        return attributes;
    }

    /** Why a folder or file could not be written, in plain words. */
    private static String whyNotWritten(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a file stands where a folder is needed";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                ? f.getReason()
                : e.getMessage();
        if (why != null && why.contains("Not a directory")) {
            return "a file stands where a folder is needed";
        }
        return why == null ? e.getClass().getSimpleName() : why;
    }

    /** A DuckDB connection in memory, set up for a table's questions. */
    private static Connection duckdb() {
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new TableException("the table engine (DuckDB) did not start: " + message(e), e);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads = " + Math.max(1, Runtime.getRuntime().availableProcessors()));
            s.execute("SET memory_limit = '1GB'");
            s.execute("SET TimeZone = 'UTC'");
            s.execute("SET preserve_insertion_order = false");
            s.execute("SET enable_progress_bar = true");
            s.execute("SET enable_progress_bar_print = false");
            // A Parquet file's footer (the row groups' statistics) read once, not for every question.
            s.execute("SET parquet_metadata_cache = true");
            return connection;
        } catch (SQLException e) {
            close(connection);
            throw new TableException("the table engine (DuckDB) did not start: " + message(e), e);
        }
    }

    /** What the engines share: the layout found, the view defined, the tiles found or built. */
    private static TableSource open(
            Path table,
            BasicFileAttributes attributes,
            @Nullable SheetMapping mapping,
            Path cache,
            TableProgress progress,
            Connection connection,
            Rows rows)
            throws SQLException {
        String shown = Printable.escape(table.toString());
        List<Column> columns = rows.columns();
        if (columns.isEmpty()) {
            throw new TableException(shown + ": the table has no columns");
        }
        Dialect sql = rows.dialect();
        String listed = Printable.escape(String.join(", ", names(columns)));
        TableLayout layout;
        try {
            layout = TableLayout.of(columns, mapping, sql).orElse(null);
        } catch (TableException e) {
            throw new TableException(shown + ": " + e.getMessage() + ". The table's columns: " + listed);
        }
        if (layout == null) {
            throw new TableException(
                    shown + ": which columns hold the events' times and titles is not known; give a mapping"
                            + " (--mapping, as for a sheet) naming at least the start and title columns. The"
                            + " table's columns: " + listed,
                    TableException.Kind.NO_LAYOUT);
        }
        // Every row in ev0; in ev, the events: a start outside the years 1 to 9999 is no time (as a wrong
        // date is), counted apart and listed by check.
        rows.define(
                layout.start() + " AS s, " + layout.end() + " AS e, " + layout.day() + " AS day, "
                        + layout.category() + " AS c, " + layout.title() + " AS t, " + idColumn(layout, rows)
                        + " AS id, " + layout.place() + " AS p, " + layout.description() + " AS d, " + layout.url()
                        + " AS u, " + sql.quote(layout.startColumn()) + " AS " + TableLayout.RAW_START,
                "s, least(e, " + TableLayout.LAST + ") AS e, day, c, t, id, p, d, u, " + TableLayout.RAW_START + ", rn",
                KNOWN);
        int startIndex = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(layout.startColumn())) {
                startIndex = i + 1;
            }
        }
        Path tiles;
        boolean built = false;
        try {
            Files.createDirectories(cache);
            removeStale(cache);
            tiles = cache.resolve(key(table, attributes, layout) + ".tiles.duckdb");
            if (!Files.isRegularFile(tiles, LinkOption.NOFOLLOW_LINKS)) {
                build(connection, rows, tiles, progress);
                built = true;
            } else {
                // Used now: the last to be let go when the folder holds too many.
                Files.setLastModifiedTime(tiles, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            }
            keepRecent(cache, KEPT_TILES);
        } catch (IOException e) {
            throw new TableException(
                    "cannot write the table's tiles in " + Printable.escape(cache.toString()) + ": "
                            + Printable.escape(whyNotWritten(e)),
                    true);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("ATTACH " + Dialect.DUCKDB.literal(tiles.toString()) + " AS tiles (READ_ONLY)");
        }
        return new TableSource(table, connection, rows, layout, tiles, built, startIndex);
    }

    /** An event's id: the table's own, else its row (Parquet), else made of its start and title. */
    private static String idColumn(TableLayout layout, Rows rows) {
        if (!layout.id().equals("NULL")) {
            return layout.id();
        }
        return rows instanceof DuckRows d && d.numbered()
                ? "'row ' || CAST(file_row_number + 1 AS VARCHAR)"
                : "'r' || substr(md5(concat(" + rows.dialect().text(layout.start()) + ", " + layout.title()
                        + ")), 1, 12)";
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).limit(60).toList();
    }

    /** A name for the tile table of this table as it is now, read the way {@code layout} reads it. */
    private static String key(Path table, BasicFileAttributes attributes, TableLayout layout) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String what = TILE_FORMAT
                    + '\n'
                    + table.toAbsolutePath().normalize()
                    + '\n'
                    + attributes.size()
                    + '\n'
                    + attributes.lastModifiedTime().toMillis()
                    + '\n'
                    + layout.withSortedNames();
            byte[] hash = digest.digest(what.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether a row's start {@code s} is a time an event may have: from the year 1 to 9999. */
    private static final String KNOWN = "(s BETWEEN " + TableLayout.FIRST + " AND " + TableLayout.LAST + ")";

    /** How many tables' tiles the cache keeps: those used last. */
    static final int KEPT_TILES = 64;

    /** Removes the tiles of all but the {@code keep} tables used last (a few hundred kilobytes each). */
    static void keepRecent(Path cache, int keep) {
        try (var files = Files.list(cache)) {
            List<Path> tiles = files.filter(p -> String.valueOf(p.getFileName()).endsWith(".tiles.duckdb"))
                    .sorted(java.util.Comparator.comparing((Path p) -> {
                                try {
                                    return Files.getLastModifiedTime(p);
                                } catch (IOException e) {
                                    return java.nio.file.attribute.FileTime.fromMillis(0);
                                }
                            })
                            .reversed())
                    .toList();
            for (Path p : tiles.subList(Math.min(keep, tiles.size()), tiles.size())) {
                Files.deleteIfExists(p);
                Files.deleteIfExists(p.resolveSibling(p.getFileName() + ".wal"));
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next opening.
        }
    }

    /**
     * Removes tiles being written by a process that is no longer running (killed mid-build): their
     * names end in {@code .PID.tmp} or {@code .PID.tmp.wal}.
     */
    static void removeStale(Path cache) {
        java.util.regex.Pattern temporary =
                java.util.regex.Pattern.compile("\\.tiles\\.duckdb\\.(\\d{1,10})\\.tmp(\\.wal)?$");
        try (var files = Files.list(cache)) {
            for (Path p : files.toList()) {
                java.util.regex.Matcher m = temporary.matcher(String.valueOf(p.getFileName()));
                if (m.find() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next opening; they harm nothing but space.
        }
    }

    /**
     * Counts the table's events per minute and category, then per ever longer bins, into a new
     * database at {@code tiles}: written beside it and moved into place when whole, so a build
     * that fails or is stopped leaves no tile table to be trusted.
     */
    private static void build(Connection connection, Rows rows, Path tiles, TableProgress progress)
            throws SQLException, IOException {
        Path temp = tiles.resolveSibling(
                tiles.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temp);
        Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + ".wal"));
        boolean done = false;
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("ATTACH " + Dialect.DUCKDB.literal(temp.toString()) + " AS build");
            }
            Dialect sql = rows.dialect();
            // Each event counted in the minute of its middle, by category; rows without a start counted apart.
            String end = "least(greatest(e, s), " + TableLayout.LAST + ")";
            String raw = "SELECT CASE WHEN " + KNOWN + " THEN " + sql.div("s + " + sql.div(end + " - s", 2), BASE_BIN)
                    + " END AS bin, c, count(*) AS n, min(CASE WHEN " + KNOWN + " THEN s END) AS first, max(CASE WHEN "
                    + KNOWN + " THEN " + end + " END) AS last, max(CASE WHEN " + KNOWN + " THEN " + end
                    + " - s END) AS span FROM ev0 GROUP BY ALL";
            if (rows instanceof DuckRows) {
                watched(connection, "CREATE TABLE build.raw AS " + raw, progress, "Counting the table's events");
            } else {
                progress.update(-1, "Counting the table's events with " + rows.name());
                copyInto(connection, rows, raw);
            }
            try (Statement s = connection.createStatement()) {
                s.execute(
                        "CREATE TABLE build.cats AS SELECT c AS value, CAST(row_number() OVER (ORDER BY sum(n) DESC, c)"
                                + " - 1 AS INTEGER) AS pos, CAST(sum(n) AS BIGINT) AS n FROM build.raw"
                                + " WHERE bin IS NOT NULL AND c IS NOT NULL GROUP BY c");
                s.execute("CREATE TABLE build.meta AS SELECT coalesce(sum(n) FILTER (WHERE bin IS NOT NULL), 0)"
                        + " AS events, coalesce(sum(n) FILTER (WHERE bin IS NULL), 0) AS unreadable,"
                        + " coalesce(min(first), 0) AS first, coalesce(max(last), 0) AS last,"
                        + " coalesce(max(span), 0) AS span FROM build.raw");
                s.execute("CREATE TABLE build.level0 AS SELECT bin, CAST(coalesce(k.pos, -1) AS SMALLINT) AS cat,"
                        + " CAST(sum(r.n) AS BIGINT) AS n FROM build.raw r LEFT JOIN build.cats k"
                        + " ON r.c = k.value AND k.pos < " + MAX_CATEGORIES + " WHERE bin IS NOT NULL GROUP BY ALL");
                StringBuilder levels =
                        new StringBuilder("SELECT CAST(0 AS TINYINT) AS level, bin, cat, n FROM build.level0");
                for (int level = 1; level < LEVELS; level++) {
                    levels.append(" UNION ALL SELECT CAST(")
                            .append(level)
                            .append(" AS TINYINT), bin // ")
                            .append(1L << (2 * level))
                            .append(", cat, CAST(sum(n) AS BIGINT) FROM build.level0 GROUP BY ALL");
                }
                progress.update(-1, "Writing the tiles");
                s.execute("CREATE TABLE build.tiles AS SELECT * FROM (" + levels + ") ORDER BY level, bin");
                s.execute("DROP TABLE build.raw");
                s.execute("DROP TABLE build.level0");
                s.execute("DETACH build");
            }
            if (progress.isCancelled()) {
                throw new TableException("stopped");
            }
            try {
                Files.move(temp, tiles, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, tiles, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                try (Statement s = connection.createStatement()) {
                    s.execute("DETACH DATABASE IF EXISTS build");
                } catch (SQLException ignored) {
                    // The connection is going away with the failure.
                }
                Files.deleteIfExists(temp);
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + ".wal"));
            }
        }
    }

    /**
     * Runs the counting of another engine and writes what it gives into {@code build.raw}: the
     * rows stream through an appender, so however many minutes the table holds, little of them is
     * in the heap at once.
     */
    private static void copyInto(Connection connection, Rows rows, String raw) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE raw_in (bin BIGINT, c VARCHAR, n BIGINT, first BIGINT, last BIGINT,"
                    + " span BIGINT)");
        }
        try (org.duckdb.DuckDBAppender appender = ((org.duckdb.DuckDBConnection) connection)
                .createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, "raw_in")) {
            rows.query(raw, r -> {
                String bin = r.getString(1);
                appender.beginRow();
                if (bin == null) {
                    appender.appendNull();
                } else {
                    appender.append(Long.parseLong(bin));
                }
                String c = r.getString(2);
                if (c == null) {
                    appender.appendNull();
                } else {
                    appender.append(c);
                }
                appender.append(r.getLong(3));
                appender.append(r.getLong(4));
                appender.append(r.getLong(5));
                appender.append(r.getLong(6));
                appender.endRow();
            });
        }
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE build.raw AS SELECT * FROM raw_in");
            s.execute("DROP TABLE raw_in");
        }
    }

    /** Runs {@code sql}, telling {@code progress} how far the engine has come and stopping it when asked. */
    private static void watched(Connection connection, String sql, TableProgress progress, String step)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            Thread watcher = new Thread(
                    () -> {
                        try {
                            while (!Thread.currentThread().isInterrupted()) {
                                Thread.sleep(150);
                                if (progress.isCancelled()) {
                                    s.cancel();
                                    return;
                                }
                                double p = ((org.duckdb.DuckDBPreparedStatement) s)
                                        .getQueryProgress()
                                        .getPercentage();
                                progress.update(p < 0 ? -1 : p / 100, step);
                            }
                        } catch (InterruptedException | SQLException e) {
                            // The query ended.
                        }
                    },
                    "table progress");
            watcher.setDaemon(true);
            watcher.start();
            try {
                s.execute();
            } catch (SQLException e) {
                if (progress.isCancelled()) {
                    throw new TableException("stopped", e);
                }
                throw e;
            } finally {
                watcher.interrupt();
            }
        }
    }

    static String message(SQLException e) {
        String m = String.valueOf(e.getMessage());
        // The engine's messages begin with its error's kind ("IO Error: ", "Invalid Input Error: ").
        return Printable.escape(m.lines().findFirst().orElse(m));
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing more to do with it.
        }
    }

    /**
     * Reads the whole table again and says what is wrong with its rows, at most {@code limit}
     * problems in full and then how many more: rows the engine could not read (a CSV line with too
     * few or too many fields, at its line and field), and rows whose start is no time (at their
     * row: in a CSV, the data row counted from 1 under the header, so its line when no field holds
     * a line break; in Parquet, the row). Nothing is written.
     */
    public synchronized List<org.eventscope.io.Problem> check(int limit) {
        if (!(rows instanceof DuckRows)) {
            throw new TableException("a table is checked with DuckDB, not " + rows.name());
        }
        List<org.eventscope.io.Problem> out = new ArrayList<>();
        String file = Printable.escape(table.toString());
        long rejected = 0;
        try (Statement s = connection.createStatement()) {
            s.execute("SET preserve_insertion_order = true");
            if (csv) {
                s.execute("DROP TABLE IF EXISTS reject_errors");
                s.execute("DROP TABLE IF EXISTS reject_scans");
            }
            List<String[]> bad = new ArrayList<>();
            List<Long> rejectedLines = new ArrayList<>();
            boolean numbered = this.rows instanceof DuckRows d && d.numbered();
            String rows = numbered ? "rn" : "row_number() OVER ()";
            try (ResultSet r = s.executeQuery("SELECT n, raw FROM (SELECT " + rows + " AS n, CAST("
                    + TableLayout.RAW_START + " AS VARCHAR) AS raw, s FROM ev0) WHERE s IS NULL OR NOT " + KNOWN
                    + " ORDER BY n LIMIT "
                    + Math.max(0, limit))) {
                while (r.next()) {
                    bad.add(new String[] {String.valueOf(r.getLong(1)), r.getString(2)});
                }
            }
            if (csv) {
                try (ResultSet r =
                        s.executeQuery("SELECT line, column_idx, error_type, error_message FROM reject_errors"
                                + " ORDER BY line LIMIT " + Math.max(0, limit))) {
                    while (r.next()) {
                        out.add(new org.eventscope.io.Problem(
                                org.eventscope.io.Problem.Severity.ERROR,
                                file,
                                (int) Math.min(Integer.MAX_VALUE, r.getLong(1)),
                                Math.max(1, r.getInt(2)),
                                "",
                                Printable.escape(String.valueOf(r.getString(3)).toLowerCase(Locale.ROOT) + ": "
                                                + String.valueOf(r.getString(4))
                                                        .lines()
                                                        .findFirst()
                                                        .orElse(""))
                                        + "; the row is left out"));
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT DISTINCT line FROM reject_errors ORDER BY line")) {
                    while (r.next()) {
                        rejectedLines.add(r.getLong(1));
                    }
                }
                rejected = rejectedLines.size();
            }
            s.execute("SET preserve_insertion_order = false");
            for (String[] b : bad) {
                long row = Long.parseLong(b[0]);
                out.add(new org.eventscope.io.Problem(
                        org.eventscope.io.Problem.Severity.ERROR,
                        file,
                        (int) Math.min(Integer.MAX_VALUE, csv ? lineOf(row, rejectedLines) : row),
                        startIndex,
                        "",
                        b[1] == null || b[1].isBlank()
                                ? "the start (" + Printable.escape(layout.startColumn())
                                        + ") is empty; the row is left out"
                                : "the start (" + Printable.escape(layout.startColumn())
                                        + ") is not a date or time from the year 1 to 9999: \""
                                        + Printable.escape(b[1]) + "\"; the row is left out"));
            }
        } catch (SQLException e) {
            throw new SourceException(title + ": " + message(e), e);
        }
        out.sort(java.util.Comparator.comparingInt(org.eventscope.io.Problem::line));
        long all = unreadable + rejected;
        List<org.eventscope.io.Problem> shown = new ArrayList<>(out.subList(0, (int) Math.min(out.size(), limit)));
        if (all > shown.size()) {
            shown.add(new org.eventscope.io.Problem(
                    org.eventscope.io.Problem.Severity.ERROR,
                    file,
                    0,
                    0,
                    "",
                    String.format(Locale.ROOT, "%,d more rows left out, not listed", all - shown.size()),
                    all - shown.size()));
        }
        return shown;
    }

    /**
     * The line of a CSV's data row {@code row} (from 1, among the rows read), the engine having
     * refused the rows at {@code rejected} (lines, in order): the header and each refused line
     * before it moves it down one. Rows holding a line break move it further; those are not seen.
     */
    static long lineOf(long row, List<Long> rejected) {
        long line = row + 1;
        for (long r : rejected) {
            if (r <= line) {
                line++;
            }
        }
        return line;
    }

    /** The table's file. */
    public Path table() {
        return table;
    }

    /** Which layout its rows are read by ("GDELT 2.0 events", "ACLED events", "mapped columns"). */
    public String layoutName() {
        return layout.name();
    }

    /** Rows whose start could not be read as a time: not counted, not shown. */
    public long unreadable() {
        return unreadable;
    }

    /** Whether opening built the tile table (rather than finding it in the cache). */
    public boolean builtTiles() {
        return built;
    }

    /** The tile table's file. */
    public Path tiles() {
        return tiles;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ZoneId zone() {
        return ZoneOffset.UTC;
    }

    @Override
    public List<Category> categories() {
        return categories;
    }

    @Override
    public long[] categoryCounts() {
        return categoryCounts.clone();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long minMillis() {
        return minMillis;
    }

    @Override
    public long maxMillis() {
        return maxMillis;
    }

    /** The tile level whose bins are the longest not longer than {@code millisPerColumn}, or -1 when none is that short. */
    static int levelFor(double millisPerColumn) {
        int level = -1;
        for (int k = 0; k < LEVELS && BASE_BIN * (double) (1L << (2 * k)) <= millisPerColumn; k++) {
            level = k;
        }
        return level;
    }

    @Override
    public synchronized int[][] columns(
            double originMillis, double millisPerColumn, int columns, @Nullable String search) {
        int[][] out = new int[categories.size() + 1][columns];
        if (columns <= 0 || size == 0) {
            return out;
        }
        String needle = EventSource.needle(search);
        // Bins at most an eighth of a column: a bin counted in its middle's column moves an event by at most a
        // sixteenth of one.
        // Closer in, minutes (counted in their middles) while a minute is no wider than a column.
        int level = needle == null ? levelFor(millisPerColumn / 8) : -1;
        if (needle == null && level < 0 && millisPerColumn >= BASE_BIN) {
            level = 0;
        }
        double endMillis = originMillis + columns * millisPerColumn;
        if (level >= 0) {
            double bin = BASE_BIN * (double) (1L << (2 * level));
            long lo = (long) Math.floor((originMillis - bin / 2) / bin) - 1;
            long hi = (long) Math.ceil(endMillis / bin) + 1;
            String sql = "SELECT CAST(floor((bin * " + bin + " + " + bin / 2 + " - " + originMillis + ") / "
                    + millisPerColumn + ") AS BIGINT) AS x, cat, sum(n) FROM tiles.tiles WHERE level = " + level
                    + " AND bin BETWEEN " + lo + " AND " + hi + " GROUP BY ALL";
            tileQuery(sql, r -> {
                long x = r.getLong(1);
                int cat = r.getInt(2);
                if (x >= 0 && x < columns) {
                    int row = cat < 0 || cat >= categories.size() ? categories.size() : cat;
                    out[row][(int) x] += (int) Math.min(Integer.MAX_VALUE, r.getLong(3));
                }
            });
            return out;
        }
        long from = (long) Math.floor(originMillis);
        long to = (long) Math.ceil(endMillis);
        Dialect dialect = rows.dialect();
        String anchor = "(s + " + dialect.div("e - s", 2) + ")";
        String sql = "SELECT CAST(floor((" + anchor + " - " + originMillis + ") / " + millisPerColumn
                + ") AS BIGINT) AS x, c, count(*) FROM ev WHERE " + anchor + " >= " + from + " AND " + anchor
                + " < " + to + " AND s >= " + (from - maxSpan) + " AND s <= " + to + " AND "
                + layout.pruneBetween(from - maxSpan, to) + (needle == null ? "" : " AND " + dialect.holds("t", needle))
                + " GROUP BY ALL";
        rowQuery(sql, r -> {
            long x = r.getLong(1);
            if (x >= 0 && x < columns) {
                out[row(r.getString(2))][(int) x] += (int) Math.min(Integer.MAX_VALUE, r.getLong(3));
            }
        });
        return out;
    }

    private int row(@Nullable String category) {
        Integer p = category == null ? null : categoryPosition.get(category);
        return p == null ? categories.size() : p;
    }

    @Override
    public synchronized List<Event> events(long fromMillis, long toMillis, int limit, @Nullable String search) {
        String needle = EventSource.needle(search);
        String sql = "SELECT id, s, e, day, c, t, p, d, u FROM ev WHERE s <= " + toMillis + " AND e >= " + fromMillis
                + " AND s >= " + (fromMillis - maxSpan) + " AND " + layout.pruneBetween(fromMillis - maxSpan, toMillis)
                + (needle == null ? "" : " AND " + rows.dialect().holds("t", needle)) + " ORDER BY s, id LIMIT "
                + Math.max(0, limit);
        List<Event> out = new ArrayList<>();
        rowQuery(sql, r -> out.add(event(r)));
        return out;
    }

    @Override
    public synchronized long count(long fromMillis, long toMillis, @Nullable String search) {
        String needle = EventSource.needle(search);
        if (needle == null && fromMillis < minMillis && toMillis > maxMillis) {
            return size;
        }
        long[] n = {0};
        rowQuery(
                "SELECT count(*) FROM ev WHERE s < " + toMillis + " AND e > " + fromMillis + " AND s >= "
                        + (fromMillis - maxSpan) + " AND " + layout.pruneBetween(fromMillis - maxSpan, toMillis)
                        + (needle == null ? "" : " AND " + rows.dialect().holds("t", needle)),
                r -> n[0] = r.getLong(1));
        return n[0];
    }

    /** An event of a row of {@code id, s, e, day, c, t, p, d, u}. */
    private Event event(Rows.Cells r) {
        long s = r.getLong(2);
        long e = r.getLong(3);
        boolean day = r.getBoolean(4);
        String category = r.getString(5);
        String url = r.getString(9);
        TimePoint start = point(s, day);
        TimePoint end =
                day ? (e - s > 86_400_000L ? point(e - 86_400_000L, true) : null) : (e > s ? point(e, false) : null);
        return new Event(
                String.valueOf(r.getString(1)),
                String.valueOf(r.getString(6)),
                start,
                end,
                false,
                category != null && categoryPosition.containsKey(category) ? category : null,
                List.of(),
                r.getString(7),
                r.getString(8),
                url == null ? List.of() : List.of(url));
    }

    private static TimePoint point(long millis, boolean day) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(
                Math.floorDiv(millis, 1000), (int) Math.floorMod(millis, 1000) * 1_000_000, ZoneOffset.UTC);
        Precision p = day ? Precision.DAY : millis % 60_000 == 0 ? Precision.MINUTE : Precision.SECOND;
        return TimePoint.of(t, p, ZoneOffset.UTC, null);
    }

    @Override
    public List<Source> sources(List<Event> events) {
        Set<String> urls = new LinkedHashSet<>();
        for (Event e : events) {
            urls.addAll(e.sourceIds());
        }
        List<Source> out = new ArrayList<>();
        for (String url : urls) {
            boolean web = url.startsWith("https://") || url.startsWith("http://");
            out.add(new Source(url, Printable.escape(hostOf(url)), web ? url : null, null));
        }
        return out;
    }

    private static String hostOf(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** A question of the tiles (DuckDB, in this process). */
    private void tileQuery(String sql, Rows.Each each) {
        try {
            DuckRows.run(connection, sql, each, s -> running = s);
        } catch (SourceException e) {
            throw new SourceException(title + ": " + e.getMessage(), e);
        }
    }

    /** A question of the rows, of whichever engine reads them. */
    private void rowQuery(String sql, Rows.Each each) {
        try {
            rows.query(sql, each);
        } catch (SourceException | TableException e) {
            throw new SourceException(title + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void cancel() {
        rows.cancel();
        DuckRows.cancel(running);
    }

    @Override
    public void close() {
        cancel();
        synchronized (this) {
            rows.close();
            close(connection);
        }
    }
}
