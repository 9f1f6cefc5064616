package org.eventscope.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes a synthetic table in the shape of GDELT 2.0's event table (its columns, names and
 * types; invented actors, places and links under example.org) as Parquet, seeded so the same
 * arguments give the same rows. Rows are in order of date from 2015-02-18, as GDELT publishes
 * them, over {@code days} days; QuadClass 1–4 as categories. Every value is synthetic.
 *
 * <p>{@code java -cp … org.eventscope.bench.SyntheticGdelt OUT.parquet ROWS [SEED] [DAYS]}
 */
public final class SyntheticGdelt {

    private SyntheticGdelt() {}

    public static void main(String[] args) throws SQLException {
        Path out = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        int days = args.length > 3 ? Integer.parseInt(args[3]) : 3_900;
        long t = System.nanoTime();
        write(out, rows, seed, days);
        System.out.printf(
                "wrote %,d synthetic GDELT-shaped rows to %s in %.1f s%n", rows, out, (System.nanoTime() - t) / 1e9);
    }

    /** Writes {@code rows} synthetic events over {@code days} days to {@code out} (Parquet). */
    public static void write(Path out, long rows, long seed, int days) throws SQLException {
        String h = "hash(i + " + seed + " * 1000003)";
        String day = "(DATE '2015-02-18' + CAST(floor(i * " + days + ".0 / " + rows + ") AS INTEGER))";
        String sql = "COPY (SELECT 410000000 + i AS GLOBALEVENTID,"
                + " CAST(strftime(" + day + ", '%Y%m%d') AS INTEGER) AS SQLDATE,"
                + " CAST(strftime(" + day + ", '%Y%m') AS INTEGER) AS MonthYear,"
                + " CAST(year(" + day + ") AS INTEGER) AS Year,"
                + " 'SYN' || CAST(" + h + " % 200 AS VARCHAR) AS Actor1Code,"
                + " 'Synthetic actor ' || CAST(" + h + " % 5000 AS VARCHAR) AS Actor1Name,"
                + " CASE WHEN " + h + " % 3 = 0 THEN NULL ELSE 'Synthetic actor ' || CAST((" + h
                + " // 7) % 5000 AS VARCHAR) END AS Actor2Name,"
                + " CAST(1 - " + h + " % 2 AS TINYINT) AS IsRootEvent,"
                + " lpad(CAST(1 + (" + h + " // 11) % 20 AS VARCHAR), 2, '0') || CAST((" + h
                + " // 13) % 10 AS VARCHAR) AS EventCode,"
                + " lpad(CAST(1 + (" + h + " // 11) % 20 AS VARCHAR), 2, '0') AS EventRootCode,"
                + " CAST(1 + (" + h + " // 17) % 4 AS TINYINT) AS QuadClass,"
                + " CAST(((" + h + " // 19) % 200) / 10.0 - 10 AS DOUBLE) AS GoldsteinScale,"
                + " CAST(1 + (" + h + " // 23) % 40 AS INTEGER) AS NumMentions,"
                + " CAST(((" + h + " // 29) % 2000) / 100.0 - 10 AS DOUBLE) AS AvgTone,"
                + " 'Synthetic place ' || CAST((" + h + " // 31) % 3000 AS VARCHAR) AS ActionGeo_FullName,"
                + " CAST(strftime(" + day + ", '%Y%m%d') AS BIGINT) * 1000000 + 1500 AS DATEADDED,"
                + " 'https://example.org/synthetic/' || CAST(i AS VARCHAR) AS SOURCEURL"
                + " FROM range(" + rows + ") r(i)) TO '"
                + out.toAbsolutePath().toString().replace("'", "''")
                + "' (FORMAT parquet, ROW_GROUP_SIZE 122880)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("SET preserve_insertion_order = true");
            s.execute(sql);
        }
    }
}
