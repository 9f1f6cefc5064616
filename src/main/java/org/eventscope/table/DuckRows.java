package org.eventscope.table;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventscope.io.Printable;
import org.eventscope.table.TableLayout.Column;
import org.eventscope.timeline.EventSource.SourceException;
import org.jspecify.annotations.Nullable;

/** A table's rows read in place by DuckDB, in the connection that also holds its tiles. */
final class DuckRows implements Rows {

    private final Connection connection;
    private final TablePath path;
    private final String reader;
    /** Whether the engine numbers the rows ({@code file_row_number}): a Parquet table without such a column of its own. */
    private final boolean numbered;

    private final List<Column> columns;
    private volatile @Nullable Statement running;

    /** @param connection an in-memory DuckDB connection, set up for the table's questions */
    DuckRows(Connection connection, Path table) {
        this.connection = connection;
        this.path = TablePath.of(table);
        List<Column> out = new ArrayList<>();
        String plain = reader(table, path.path(), false);
        try (Statement s = connection.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + plain + ")")) {
            while (r.next()) {
                out.add(new Column(r.getString(1), r.getString(2)));
            }
        } catch (SQLException e) {
            path.close();
            // The file is there but is no table the engine can read (not Parquet, cut short, not text).
            throw new TableException(Printable.escape(table.toString()) + ": " + TableSource.message(e), true);
        }
        this.columns = List.copyOf(out);
        // Rows are numbered by the engine, unless the table has a column of that name already.
        this.numbered = isParquet(String.valueOf(table.getFileName()).toLowerCase(Locale.ROOT))
                && out.stream().noneMatch(c -> c.name().equalsIgnoreCase("file_row_number"));
        this.reader = reader(table, path.path(), numbered);
    }

    /** The engine's reader of the table, by its name's extension (checks only the name when {@code at} is null). */
    static String reader(Path table) {
        return reader(table, table, false);
    }

    private static String reader(Path table, Path at, boolean numbered) {
        String name = String.valueOf(table.getFileName()).toLowerCase(Locale.ROOT);
        String path = Dialect.DUCKDB.literal(at.toAbsolutePath().toString());
        if (isParquet(name)) {
            return "read_parquet(" + path + (numbered ? ", file_row_number = true)" : ")");
        }
        if (isText(name)) {
            return "read_csv(" + path + ", header = true, all_varchar = true, store_rejects = true"
                    + (name.endsWith(".tsv") ? ", delim = '\\t'" : "") + ")";
        }
        throw new TableException(Printable.escape(table.toString())
                + ": not a table Eventscope reads (a .parquet file, or a .csv or .tsv file)");
    }

    static boolean isParquet(String name) {
        return name.endsWith(".parquet") || name.endsWith(".parq");
    }

    static boolean isText(String name) {
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    Connection connection() {
        return connection;
    }

    @Override
    public Dialect dialect() {
        return Dialect.DUCKDB;
    }

    @Override
    public String name() {
        return "DuckDB";
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public boolean parquet() {
        return reader.startsWith("read_parquet");
    }

    /** Whether the engine numbers the rows ({@code file_row_number}). */
    boolean numbered() {
        return numbered;
    }

    @Override
    public void define(String inner, String outer, String where) {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP VIEW ev0 AS SELECT " + inner + ", "
                    + (numbered() ? "file_row_number + 1" : "NULL") + " AS rn FROM " + reader);
            s.execute("CREATE OR REPLACE TEMP VIEW ev AS SELECT " + outer + " FROM ev0 WHERE " + where);
        } catch (SQLException e) {
            throw new TableException(TableSource.message(e), e);
        }
    }

    @Override
    public void query(String sql, Each each) {
        run(connection, sql, each, s -> running = s);
    }

    /**
     * Runs {@code sql} on {@code connection}, handing each row to {@code each}; {@code running}
     * is told the statement while it runs (to cancel it) and {@code null} after. A failure is a
     * {@link SourceException}.
     */
    static void run(
            Connection connection, String sql, Each each, java.util.function.Consumer<@Nullable Statement> running) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            running.accept(s);
            try (ResultSet r = s.executeQuery()) {
                Cells cells = new Cells() {
                    @Override
                    public long getLong(int i) {
                        return cell(() -> r.getLong(i));
                    }

                    @Override
                    public int getInt(int i) {
                        return cell(() -> r.getInt(i));
                    }

                    @Override
                    public @Nullable String getString(int i) {
                        try {
                            return r.getString(i);
                        } catch (SQLException e) {
                            throw new SourceException(TableSource.message(e), e);
                        }
                    }

                    @Override
                    public boolean getBoolean(int i) {
                        return cell(() -> r.getBoolean(i));
                    }
                };
                while (r.next()) {
                    each.take(cells);
                }
            } finally {
                running.accept(null);
            }
        } catch (SQLException e) {
            throw new SourceException(TableSource.message(e), e);
        }
    }

    private interface Cell<T> {
        T get() throws SQLException;
    }

    private static <T> T cell(Cell<T> read) {
        try {
            return read.get();
        } catch (SQLException e) {
            throw new SourceException(TableSource.message(e), e);
        }
    }

    @Override
    public void cancel() {
        cancel(running);
    }

    /** Stops the statement {@code s} runs, if it still does. */
    static void cancel(@Nullable Statement s) {
        if (s != null) {
            try {
                s.cancel();
            } catch (SQLException ignored) {
                // Already over.
            }
        }
    }

    @Override
    public void close() {
        // The connection is the source's: it closes it.
        path.close();
    }
}
