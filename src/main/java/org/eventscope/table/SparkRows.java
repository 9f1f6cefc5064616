package org.eventscope.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.eventscope.io.Printable;
import org.eventscope.table.TableLayout.Column;
import org.eventscope.timeline.EventSource.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * A table's rows read by Spark SQL: in this process ({@code local[N]}), on a cluster (its
 * master URL), or through Spark Connect ({@code sc://host:port}). The same view {@code ev} and
 * the same questions as DuckDB's, in Spark's dialect. Spark is not part of the application: this
 * class is loaded only when asked for, with Spark's jars on the class path.
 */
final class SparkRows implements Rows {

    private static final String SPARK = "org.apache.spark.sql.SparkSession";

    private final SparkSession spark;
    private final String master;
    private final boolean parquet;
    private final List<Column> columns;
    private final TablePath path;

    private SparkRows(SparkSession spark, String master, boolean parquet, List<Column> columns, TablePath path) {
        this.spark = spark;
        this.path = path;
        this.master = master;
        this.parquet = parquet;
        this.columns = columns;
    }

    /** Whether Spark's classes are on the class path. */
    static boolean available() {
        try {
            Class.forName(SPARK, false, SparkRows.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Starts (or joins) a Spark session at {@code master} and reads {@code table} in it.
     *
     * @throws TableException when Spark is missing, cannot reach {@code master}, or cannot read the table
     */
    static Rows open(Path table, String master) {
        if (master.isBlank()) {
            throw new TableException("no Spark address given: a master URL (local[2], spark://host:7077) or a Spark"
                    + " Connect address (sc://host:15002)");
        }
        String name = String.valueOf(table.getFileName()).toLowerCase(Locale.ROOT);
        boolean parquet = DuckRows.isParquet(name);
        if (!parquet && !DuckRows.isText(name)) {
            throw new TableException(Printable.escape(table.toString())
                    + ": not a table Eventscope reads (a .parquet file, or a .csv or .tsv file)");
        }
        SparkSession spark;
        try {
            synchronized (SparkRows.class) {
                SparkSession.Builder builder = SparkSession.builder().appName("Eventscope");
                builder = master.startsWith("sc://") ? builder.remote(master) : builder.master(master);
                SparkSession shared = builder.config("spark.sql.session.timeZone", "UTC")
                        .config("spark.ui.enabled", "false")
                        .config("spark.sql.shuffle.partitions", "8")
                        .getOrCreate();
                // A session of its own (its own views) over the one context, stopped when the last is closed.
                spark = shared.newSession();
                spark.conf().set("spark.sql.session.timeZone", "UTC");
                opened++;
            }
        } catch (RuntimeException | LinkageError e) {
            throw new TableException(
                    "Spark did not start at " + Printable.escape(master) + ": " + Printable.escape(firstLine(e)), e);
        }
        TablePath at = TablePath.of(table);
        try {
            String path = at.path().toString();
            Dataset<Row> data = parquet
                    ? spark.read().parquet(path)
                    : spark.read()
                            .option("header", "true")
                            .option("sep", name.endsWith(".tsv") ? "\t" : ",")
                            .csv(path);
            data.createOrReplaceTempView("eventscope_table");
            List<Column> columns = new ArrayList<>();
            for (StructField f : data.schema().fields()) {
                columns.add(new Column(f.name(), typeName(f.dataType().typeName())));
            }
            return new SparkRows(spark, master, parquet, List.copyOf(columns), at);
        } catch (RuntimeException e) {
            at.close();
            release(spark);
            throw new TableException(Printable.escape(table.toString()) + ": " + Printable.escape(firstLine(e)), e);
        }
    }

    /** Spark's name of a type as DuckDB names it, which the layouts know. */
    private static String typeName(String spark) {
        return switch (spark) {
            case "date" -> "DATE";
            case "timestamp", "timestamp_ntz" -> "TIMESTAMP";
            case "byte" -> "TINYINT";
            case "short" -> "SMALLINT";
            case "integer" -> "INTEGER";
            case "long" -> "BIGINT";
            case "string" -> "VARCHAR";
            default -> spark.toUpperCase(Locale.ROOT);
        };
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        return m.lines().findFirst().orElse(m);
    }

    @Override
    public Dialect dialect() {
        return Dialect.SPARK;
    }

    @Override
    public String name() {
        return "Spark " + master;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public boolean parquet() {
        return parquet;
    }

    @Override
    public void define(String inner, String outer, String where) {
        try {
            spark.sql("CREATE OR REPLACE TEMP VIEW ev0 AS SELECT " + inner
                    + ", CAST(NULL AS BIGINT) AS rn FROM eventscope_table");
            spark.sql("CREATE OR REPLACE TEMP VIEW ev AS SELECT " + outer + " FROM ev0 WHERE " + where);
        } catch (RuntimeException e) {
            throw new TableException(Printable.escape(firstLine(e)), e);
        }
    }

    @Override
    public void query(String sql, Each each) {
        try {
            Iterator<Row> rows = spark.sql(sql).toLocalIterator();
            while (rows.hasNext()) {
                Row row = rows.next();
                each.take(new Cells() {
                    private @Nullable Object at(int i) {
                        return row.isNullAt(i - 1) ? null : row.get(i - 1);
                    }

                    @Override
                    public long getLong(int i) {
                        return at(i) instanceof Number n ? n.longValue() : 0;
                    }

                    @Override
                    public int getInt(int i) {
                        return at(i) instanceof Number n ? n.intValue() : 0;
                    }

                    @Override
                    public @Nullable String getString(int i) {
                        Object v = at(i);
                        return v == null ? null : String.valueOf(v);
                    }

                    @Override
                    public boolean getBoolean(int i) {
                        return at(i) instanceof Boolean b && b;
                    }
                });
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            throw new SourceException("Spark: " + Printable.escape(firstLine(e)), e);
        }
    }

    @Override
    public void cancel() {
        try {
            spark.interruptAll();
        } catch (RuntimeException ignored) {
            // Nothing under way.
        }
    }

    @Override
    public void close() {
        release(spark);
        path.close();
    }

    /** How many tables are open in this process's Spark context. */
    private static int opened;

    /** Closes one table's session; the context stops with the last. */
    private static synchronized void release(SparkSession spark) {
        opened--;
        if (opened <= 0) {
            opened = 0;
            spark.stop();
        }
    }
}
