package org.eventscope.table;

import java.util.List;
import org.eventscope.table.TableLayout.Column;
import org.jspecify.annotations.Nullable;

/**
 * The engine a table's rows are asked of: it reads the table in place and holds a view {@code ev}
 * of its events (columns {@code s, e, day, c, t, id, p, d, u, raw_start, rn}, as {@link
 * TableSource} defines it). DuckDB in this process ({@link DuckRows}), or Spark ({@link
 * SparkRows}), on this machine or a cluster.
 */
interface Rows extends AutoCloseable {

    /** The SQL it speaks. */
    Dialect dialect();

    /** A name for it in messages ("DuckDB", "Spark local[2]"). */
    String name();

    /** The table's columns, with their types as DuckDB names them ({@code VARCHAR}, {@code DATE}, …). */
    List<Column> columns();

    /** Whether the table is Parquet (rows numbered in {@code rn}), rather than text. */
    boolean parquet();

    /**
     * Defines the view {@code ev0} as {@code SELECT inner, rn FROM} the table ({@code rn} being
     * the row's number, from 1, where the engine knows it: else {@code NULL}), and the view
     * {@code ev} as {@code SELECT outer FROM ev0 WHERE where}.
     */
    void define(String inner, String outer, String where);

    /** Runs {@code sql}, handing each row to {@code each}; a failure is a {@link TableException} or a source's. */
    void query(String sql, Each each);

    /** Stops the query under way. */
    void cancel();

    @Override
    void close();

    /** A row's cells, from 1 as JDBC counts them; a missing number is 0. */
    interface Cells {
        long getLong(int i);

        int getInt(int i);

        @Nullable
        String getString(int i);

        boolean getBoolean(int i);
    }

    /** What is done with each row. */
    interface Each {
        void take(Cells row) throws java.sql.SQLException;
    }
}
