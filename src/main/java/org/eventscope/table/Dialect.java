package org.eventscope.table;

import org.eventscope.io.SheetDateFormat;
import org.jspecify.annotations.Nullable;

/**
 * The SQL an engine speaks, where DuckDB's and Spark's differ: how a column is named, text is
 * cast, numbers divide, times are read and text is searched. The questions are otherwise the same
 * for both, so both count the same events.
 */
enum Dialect {
    DUCKDB {
        @Override
        String quote(String name) {
            return '"' + name.replace("\"", "\"\"") + '"';
        }

        @Override
        String literal(String text) {
            return "'" + text.replace("'", "''") + "'";
        }

        @Override
        String text(String expression) {
            return "CAST(" + expression + " AS VARCHAR)";
        }

        @Override
        String div(String a, long b) {
            return "((" + a + ") // " + b + ")";
        }

        @Override
        String epochMs(String timestamp) {
            return "epoch_ms(" + timestamp + ")";
        }

        @Override
        String yyyymmdd(String number) {
            String d = "TRY_CAST(" + number + " AS BIGINT)";
            return "epoch_ms(try(make_date(CAST(" + d + " // 10000 AS INTEGER), CAST((" + d
                    + " // 100) % 100 AS INTEGER), CAST(" + d + " % 100 AS INTEGER))))";
        }

        @Override
        String parse(String v, @Nullable SheetDateFormat dates) {
            String formats = dates == SheetDateFormat.DAY_FIRST
                    ? "['%d/%m/%Y', '%d.%m.%Y', '%d-%m-%Y', '%d/%m/%Y %H:%M', '%d.%m.%Y %H:%M']"
                    : dates == SheetDateFormat.MONTH_FIRST
                            ? "['%m/%d/%Y', '%m/%d/%Y %H:%M', '%m-%d-%Y']"
                            : "['%Y-%m-%d', '%d %B %Y', '%Y%m%d']";
            return "coalesce(try_cast(try_cast(" + v + " AS TIMESTAMPTZ) AS TIMESTAMP), try_strptime(" + v + ", "
                    + formats + "))";
        }

        @Override
        String hasTimeOfDay(String v) {
            return "regexp_matches(" + v + ", '[0-9]:[0-9][0-9]')";
        }

        @Override
        String holds(String title, String needle) {
            return "contains(lower(" + title + "), " + literal(needle) + ")";
        }
    },

    SPARK {
        @Override
        String quote(String name) {
            return '`' + name.replace("`", "``") + '`';
        }

        @Override
        String literal(String text) {
            // Spark reads backslash escapes in string literals.
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }

        @Override
        String text(String expression) {
            return "CAST(" + expression + " AS STRING)";
        }

        @Override
        String div(String a, long b) {
            return "((" + a + ") div " + b + ")";
        }

        @Override
        String epochMs(String timestamp) {
            return "unix_millis(" + timestamp + ")";
        }

        @Override
        String yyyymmdd(String number) {
            return "unix_millis(try_to_timestamp(CAST(try_cast(" + number + " AS BIGINT) AS STRING), 'yyyyMMdd'))";
        }

        @Override
        String parse(String v, @Nullable SheetDateFormat dates) {
            String[] formats = dates == SheetDateFormat.DAY_FIRST
                    ? new String[] {"dd/MM/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "dd/MM/yyyy HH:mm", "dd.MM.yyyy HH:mm"}
                    : dates == SheetDateFormat.MONTH_FIRST
                            ? new String[] {"MM/dd/yyyy", "MM/dd/yyyy HH:mm", "MM-dd-yyyy"}
                            : new String[] {"d MMMM yyyy", "yyyyMMdd"};
            StringBuilder out = new StringBuilder("coalesce(try_to_timestamp(" + v + ")");
            for (String f : formats) {
                out.append(", try_to_timestamp(")
                        .append(v)
                        .append(", '")
                        .append(f)
                        .append("')");
            }
            return out.append(')').toString();
        }

        @Override
        String hasTimeOfDay(String v) {
            return "(" + v + " RLIKE '[0-9]:[0-9][0-9]')";
        }

        @Override
        String holds(String title, String needle) {
            return "(instr(lower(" + title + "), " + literal(needle) + ") > 0)";
        }
    };

    /** A column's name in SQL. */
    abstract String quote(String name);

    /** A text in SQL. */
    abstract String literal(String text);

    /** An expression as text. */
    abstract String text(String expression);

    /** Whole-number division. */
    abstract String div(String a, long b);

    /** A timestamp (UTC) as epoch milliseconds. */
    abstract String epochMs(String timestamp);

    /** A number yyyymmdd as the epoch milliseconds of its midnight (UTC), {@code NULL} when no date. */
    abstract String yyyymmdd(String number);

    /** A text as a timestamp (ISO, or in the order {@code dates} says), {@code NULL} when no time. */
    abstract String parse(String v, @Nullable SheetDateFormat dates);

    /** Whether a text holds a time of day ("10:30"). */
    abstract String hasTimeOfDay(String v);

    /** Whether a title holds a (lower-case) text. */
    abstract String holds(String title, String needle);
}
