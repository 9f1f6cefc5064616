package org.eventscope.table;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventscope.io.SheetDateFormat;
import org.eventscope.io.SheetMapping;
import org.eventscope.io.SheetMapping.Field;
import org.jspecify.annotations.Nullable;

/**
 * How a table's rows become events: SQL expressions over its columns, for the GDELT 2.0 event
 * table and ACLED's export (recognised by their columns), or for the columns a {@link
 * SheetMapping} names. Times are epoch milliseconds in UTC; a date is a day from its midnight to
 * the next, as a day is in an event file.
 *
 * @param name        what the layout is called in messages ("GDELT 2.0 events")
 * @param startColumn the column the start is read from, as the table names it
 * @param start       the start in epoch milliseconds, {@code NULL} where the value is no time
 * @param end         the end in epoch milliseconds (at least the start)
 * @param day         whether the event is known to the day only
 * @param category    the category's value as text, or {@code NULL}
 * @param title       the title
 * @param id          the event's id as text
 * @param place       where, or {@code NULL}
 * @param description more, or {@code NULL}
 * @param url         a link to the source, or {@code NULL}
 * @param prune       how the start column itself can be bounded, so that an engine checks a
 *     Parquet file's statistics and skips row groups; {@link Prune#NONE} when the column is text
 * @param categoryNames names for category values that are codes (GDELT's QuadClass)
 */
record TableLayout(
        String name,
        String startColumn,
        String start,
        String end,
        String day,
        String category,
        String title,
        String id,
        String place,
        String description,
        String url,
        Prune prune,
        Map<String, String> categoryNames) {

    /** The start column as the events' view names it, beside the start as a time. */
    static final String RAW_START = "raw_start";

    /** How the start column holds its time, for a condition on the column itself. */
    enum Prune {
        /** Text: no condition. */
        NONE,
        /** A number yyyymmdd (GDELT's SQLDATE). */
        YYYYMMDD,
        DATE,
        TIMESTAMP
    }

    /**
     * A condition on the start column that holds for every row starting between {@code
     * fromMillis} and {@code toMillis} (it may hold for more): literals only, so an engine can
     * check it against a file's statistics. {@code "true"} when the column allows none.
     */
    String pruneBetween(long fromMillis, long toMillis) {
        // Within the years a start may be, which every engine can write as a literal.
        long first = Math.max(FIRST, Math.min(LAST, fromMillis));
        long last = Math.max(FIRST, Math.min(LAST - 1_000, toMillis));
        java.time.LocalDateTime from =
                java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(first, 1000), 0, java.time.ZoneOffset.UTC);
        java.time.LocalDateTime to =
                java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(last, 1000) + 1, 0, java.time.ZoneOffset.UTC);
        String q = RAW_START;
        return switch (prune) {
            case NONE -> "true";
            case YYYYMMDD -> q + " BETWEEN " + yyyymmdd(from.toLocalDate()) + " AND " + yyyymmdd(to.toLocalDate());
            case DATE -> q + " BETWEEN DATE '" + from.toLocalDate() + "' AND DATE '" + to.toLocalDate() + "'";
            case TIMESTAMP ->
                "CAST(" + q + " AS TIMESTAMP) BETWEEN TIMESTAMP '" + from.toLocalDate() + " " + from.toLocalTime()
                        + "' AND TIMESTAMP '" + to.toLocalDate() + " " + to.toLocalTime() + "'";
        };
    }

    private static long yyyymmdd(java.time.LocalDate d) {
        return d.getYear() * 10_000L + d.getMonthValue() * 100L + d.getDayOfMonth();
    }

    /** The same, its category names in order of value: its text is then the same in every run. */
    TableLayout withSortedNames() {
        return new TableLayout(
                name,
                startColumn,
                start,
                end,
                day,
                category,
                title,
                id,
                place,
                description,
                url,
                prune,
                java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(categoryNames)));
    }

    /** A column of the table: its name and its engine type ({@code VARCHAR}, {@code DATE}, …). */
    record Column(String name, String type) {}

    private static final long DAY_MS = 86_400_000L;

    /** The first instant a start may be: 0001-01-01T00:00Z. Earlier (or later than {@link #LAST}) is no time. */
    static final long FIRST = -62_135_596_800_000L;

    /** The last instant a start may be: the end of 9999-12-31 (UTC). */
    static final long LAST = 253_402_300_799_999L;

    /**
     * The layout of a table with these columns: by {@code mapping} when given, else GDELT's or
     * ACLED's when the columns are theirs; empty when neither.
     *
     * @throws TableException when the mapping names a column the table lacks
     */
    static Optional<TableLayout> of(List<Column> columns, @Nullable SheetMapping mapping, Dialect sql) {
        if (mapping != null) {
            return Optional.of(mapped(columns, mapping, sql));
        }
        if (has(columns, "GLOBALEVENTID") && has(columns, "SQLDATE") && has(columns, "QuadClass")) {
            return Optional.of(gdelt(columns, sql));
        }
        if (has(columns, "event_id_cnty") && has(columns, "event_date") && has(columns, "event_type")) {
            return Optional.of(acled(columns, sql));
        }
        return Optional.empty();
    }

    private static boolean has(List<Column> columns, String name) {
        return find(columns, name) != null;
    }

    private static @Nullable Column find(List<Column> columns, String name) {
        for (Column c : columns) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    private static String text(Dialect sql, List<Column> columns, String... names) {
        StringBuilder parts = new StringBuilder();
        for (String n : names) {
            Column c = find(columns, n);
            if (c != null) {
                parts.append(parts.isEmpty() ? "" : ", ").append(sql.text(sql.quote(c.name())));
            }
        }
        return parts.isEmpty() ? "NULL" : names.length == 1 ? parts.toString() : "concat_ws(' – ', " + parts + ")";
    }

    private static String nonEmpty(String expression) {
        return "nullif(trim(" + expression + "), '')";
    }

    /** GDELT 2.0's event table: a day (SQLDATE), QuadClass as category, the actors and the CAMEO code as title. */
    private static TableLayout gdelt(List<Column> columns, Dialect sql) {
        Column date = java.util.Objects.requireNonNull(find(columns, "SQLDATE"));
        String type = date.type().toUpperCase(Locale.ROOT);
        boolean isTime = type.equals("DATE") || type.startsWith("TIMESTAMP");
        boolean fraction = type.equals("DOUBLE") || type.equals("FLOAT") || type.startsWith("DECIMAL");
        // A number yyyymmdd as GDELT writes it; a date or timestamp as such; a fraction of a day cut off.
        Time asTime = isTime ? time(date, null, sql) : null;
        String start = asTime != null
                ? asTime.start()
                : sql.yyyymmdd(fraction ? "floor(" + sql.quote(date.name()) + ")" : sql.quote(date.name()));
        String actors = "concat_ws(' → ', " + nonEmpty(text(sql, columns, "Actor1Name")) + ", "
                + nonEmpty(text(sql, columns, "Actor2Name")) + ")";
        String code = has(columns, "EventCode") ? text(sql, columns, "EventCode") : text(sql, columns, "EventRootCode");
        String title = "coalesce(nullif(" + actors + ", ''), 'Unnamed actors') || ' (CAMEO ' || coalesce(" + code
                + ", '?') || ')'";
        return new TableLayout(
                "GDELT 2.0 events",
                date.name(),
                start,
                "(" + start + " + " + DAY_MS + ")",
                "true",
                text(sql, columns, "QuadClass"),
                title,
                text(sql, columns, "GLOBALEVENTID"),
                has(columns, "ActionGeo_FullName") ? nonEmpty(text(sql, columns, "ActionGeo_FullName")) : "NULL",
                "NULL",
                has(columns, "SOURCEURL") ? nonEmpty(text(sql, columns, "SOURCEURL")) : "NULL",
                type.contains("INT") ? Prune.YYYYMMDD : asTime != null ? asTime.prune() : Prune.NONE,
                Map.of(
                        "1", "Verbal cooperation",
                        "2", "Material cooperation",
                        "3", "Verbal conflict",
                        "4", "Material conflict"));
    }

    /** ACLED's export: the event date, the event type as category, sub-event, actor and place as title. */
    private static TableLayout acled(List<Column> columns, Dialect sql) {
        Column date = java.util.Objects.requireNonNull(find(columns, "event_date"));
        Time t = time(date, null, sql);
        String title = "concat_ws(': ', " + nonEmpty(text(sql, columns, "sub_event_type")) + ", concat_ws(' – ', "
                + nonEmpty(text(sql, columns, "actor1")) + ", " + nonEmpty(text(sql, columns, "location")) + "))";
        return new TableLayout(
                "ACLED events",
                date.name(),
                t.start,
                t.end,
                t.day,
                text(sql, columns, "event_type"),
                "coalesce(nullif(" + title + ", ''), 'Untitled event')",
                text(sql, columns, "event_id_cnty"),
                has(columns, "location") ? nonEmpty(text(sql, columns, "location", "admin1", "country")) : "NULL",
                has(columns, "notes") ? nonEmpty(text(sql, columns, "notes")) : "NULL",
                "NULL",
                t.prune,
                Map.of());
    }

    /** The columns a mapping names. */
    private static TableLayout mapped(List<Column> columns, SheetMapping mapping, Dialect sql) {
        for (var named : mapping.columns().entrySet()) {
            if (!has(columns, named.getValue())) {
                throw new TableException("the mapping names a column \""
                        + org.eventscope.io.Printable.escape(named.getValue()) + "\" for "
                        + named.getKey().key()
                        + ", but the table has none of that name");
            }
        }
        String startName = mapping.columns().get(Field.START);
        String titleName = mapping.columns().get(Field.TITLE);
        if (startName == null || titleName == null) {
            throw new TableException("the mapping names no column for the " + (startName == null ? "start" : "title"));
        }
        Column startColumn = java.util.Objects.requireNonNull(find(columns, startName));
        Time t = time(startColumn, mapping.dates(), sql);
        String end = t.end;
        String endName = mapping.columns().get(Field.END);
        if (endName != null) {
            Time e = time(java.util.Objects.requireNonNull(find(columns, endName)), mapping.dates(), sql);
            // An end before the start, or none, leaves the event at its start.
            end = "greatest(" + t.end + ", coalesce(" + e.end + ", " + t.end + "))";
        }
        return new TableLayout(
                "mapped columns",
                startColumn.name(),
                t.start,
                end,
                t.day,
                field(columns, mapping, Field.CATEGORY, sql),
                "coalesce(" + nonEmpty(text(sql, columns, titleName)) + ", 'Untitled event')",
                "NULL",
                field(columns, mapping, Field.PLACE, sql),
                field(columns, mapping, Field.DESCRIPTION, sql),
                field(columns, mapping, Field.URL, sql),
                t.prune,
                Map.of());
    }

    private static String field(List<Column> columns, SheetMapping mapping, Field f, Dialect sql) {
        String name = mapping.columns().get(f);
        return name == null ? "NULL" : nonEmpty(text(sql, columns, name));
    }

    /** A start's SQL: epoch ms, end, whether known to the day, and a pruning condition. */
    private record Time(String start, String end, String day, Prune prune) {}

    private static Time time(Column c, @Nullable SheetDateFormat dates, Dialect sql) {
        String q = sql.quote(c.name());
        String type = c.type().toUpperCase(Locale.ROOT);
        if (type.equals("DATE")) {
            String s = sql.epochMs("CAST(" + q + " AS TIMESTAMP)");
            return new Time(s, "(" + s + " + " + DAY_MS + ")", "true", Prune.DATE);
        }
        if (type.startsWith("TIMESTAMP")) {
            String s = sql.epochMs("CAST(" + q + " AS TIMESTAMP)");
            return new Time(s, s, "false", Prune.TIMESTAMP);
        }
        String v = "trim(" + sql.text(q) + ")";
        String s = sql.epochMs(sql.parse(v, dates));
        // Known to the day: the value holds no time of day.
        String day = "(NOT " + sql.hasTimeOfDay(v) + ")";
        return new Time(s, "(" + s + " + CASE WHEN " + day + " THEN " + DAY_MS + " ELSE 0 END)", day, Prune.NONE);
    }
}
