package org.eventscope.io;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Precision;
import org.eventscope.model.Source;
import org.eventscope.model.TimePoint;
import org.jspecify.annotations.Nullable;

/**
 * An ACLED export as an event file, told by its header (event_id_cnty, event_date,
 * time_precision, event_type). Each row is an event: its id; its date at the precision ACLED
 * gives ({@code time_precision} 1 a day, 2 within a week — drawn as the seven days around the
 * date, its end approximate —, 3 a month); the event type as its category; actors, place, notes;
 * the sources it names, each a source of the file, and the export itself. Fatalities are kept as
 * the event's number of fatalities. The mapping is documented in docs/acled-import.md.
 */
final class AcledLayout implements SheetImport.Layout {

    private static final String[] REQUIRED = {"event_id_cnty", "event_date", "time_precision", "event_type"};
    private static final String[] ACTOR_COLUMNS = {"actor1", "assoc_actor_1", "actor2", "assoc_actor_2"};
    private static final String[] PLACE_COLUMNS = {"location", "admin1", "country"};
    /** The columns an event is made of; the others are not read. */
    private static final Set<String> READS = java.util.stream.Stream.of(
                    REQUIRED, ACTOR_COLUMNS, PLACE_COLUMNS, new String[] {
                        "sub_event_type", "source", "notes", "fatalities"
                    })
            .flatMap(java.util.Arrays::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final SheetImport.Cells cells;
    private final String fileName;
    private final List<Event> events = new ArrayList<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    /** The export itself, the first source of every event. */
    private final Source export;
    /** The sources the rows name, by their names. */
    private final Map<String, Source> sources = new LinkedHashMap<>();

    /** The ids of the rows read (texts: a bucket of ids whose hashes collide is searched as a tree). */
    private final java.util.Set<String> ids = new java.util.HashSet<>();
    /** Repeated texts (titles, places, actors, lists of actors and of sources) kept once. */
    private final Interner interner = new Interner();
    /** The events' values, kept in columns; the titles and places made once, kept so. */
    private final org.eventscope.model.EventColumns columns =
            org.eventscope.model.EventColumns.sharingTitlesAndPlaces();
    /** The times of the rows, one of each day and precision: {@link #time}. */
    private final Map<Long, TimePoint> times = new java.util.HashMap<>();
    /** The time of the row before, by its key in {@link #times}: an export's rows come by day. */
    private long lastKey = Long.MIN_VALUE;

    private @Nullable TimePoint lastTime;
    /** Messages used for every row, formatted once with markers in place of their arguments. */
    private final Template titleTemplate = new Template(Messages.get("acled.title", "\u0000", "\u0001"));

    /** A message with two places, cut once so each row only joins its pieces. */
    private static final class Template {
        private final String[] pieces = new String[3];
        private final boolean swapped;

        Template(String message) {
            int a = message.indexOf('\u0000');
            int b = message.indexOf('\u0001');
            if (b < 0) {
                b = message.length();
                message = message + '\u0001';
            }
            swapped = b < a;
            int first = Math.min(a, b);
            int second = Math.max(a, b);
            pieces[0] = message.substring(0, first);
            pieces[1] = message.substring(first + 1, second);
            pieces[2] = message.substring(second + 1);
        }

        String fill(String zero, String one) {
            return pieces[0] + (swapped ? one : zero) + pieces[1] + (swapped ? zero : one) + pieces[2];
        }
    }

    /** Whether {@code id} is one the import gives its own entries: acled, source-N, type-N. */
    private static boolean reserved(String id) {
        if (id.equals("acled")) {
            return true;
        }
        String digits = id.startsWith("source-") ? id.substring(7) : id.startsWith("type-") ? id.substring(5) : null;
        if (digits == null || digits.isEmpty()) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private AcledLayout(SheetImport.Cells cells) {
        this.cells = cells;
        this.fileName = cells.fileName();
        export = new Source(
                "acled",
                Messages.get("acled.source", fileName),
                "https://acleddata.com/",
                Messages.get("acled.sourceNote"));
    }

    /** The layout for a sheet with this header, or {@code null} when it is not an ACLED export. */
    static @Nullable AcledLayout of(SheetImport.Cells cells) {
        return cells.has(REQUIRED) ? new AcledLayout(cells) : null;
    }

    @Override
    public Set<String> reads() {
        return READS;
    }

    @Override
    public void row(int row, List<String> values) {
        String id = cells.value(values, "event_id_cnty");
        if (id.isEmpty()) {
            cells.error(row, cells.column("event_id_cnty"), Messages.get("acled.noId"));
            return;
        }
        if (reserved(id)) {
            // The ids the import gives its sources and categories: an event may not take one.
            cells.error(row, cells.column("event_id_cnty"), Messages.get("acled.reservedId", id));
            return;
        }
        if (!ids.add(id)) {
            cells.error(row, cells.column("event_id_cnty"), Messages.get("sheet.duplicateId", id));
            return;
        }
        String dateCell = cells.value(values, "event_date");
        LocalDate day = dateCell.equals(lastDateCell) ? lastDay : writable(date(dateCell));
        lastDateCell = dateCell;
        lastDay = day;
        if (day == null) {
            cells.error(
                    row, cells.column("event_date"), Messages.get("acled.badDate", cells.value(values, "event_date")));
            return;
        }
        String precision = cells.value(values, "time_precision");
        TimePoint start;
        TimePoint end = null;
        boolean approximate = false;
        switch (precision) {
            case "1" -> start = time(day, Precision.DAY);
            case "2" -> {
                // Within a week of the date: the seven days around it, the end an estimate.
                start = time(day.minusDays(3), Precision.DAY);
                end = time(day.plusDays(3), Precision.DAY);
                approximate = true;
            }
            case "3" -> start = time(day, Precision.MONTH);
            default -> {
                cells.error(row, cells.column("time_precision"), Messages.get("acled.badPrecision", precision));
                return;
            }
        }
        String type = cells.value(values, "event_type");
        String category = null;
        if (!type.isEmpty()) {
            category = categories
                    .computeIfAbsent(type, t -> new Category("type-" + (categories.size() + 1), t, null))
                    .id();
        }
        List<String> actors = List.of();
        for (String column : ACTOR_COLUMNS) {
            List<String> named = partsOf(cells.value(values, column));
            if (actors.isEmpty()) {
                actors = named;
            } else {
                for (int i = 0; i < named.size(); i++) {
                    if (!actors.contains(named.get(i))) {
                        actors = actors instanceof ArrayList ? actors : new ArrayList<>(actors);
                        actors.add(named.get(i));
                    }
                }
            }
        }
        Places place = place(
                cells.value(values, PLACE_COLUMNS[0]),
                cells.value(values, PLACE_COLUMNS[1]),
                cells.value(values, PLACE_COLUMNS[2]));
        List<String> cited = cited(cells.value(values, "source"));
        String subType = cells.value(values, "sub_event_type");
        String what = subType.isEmpty() ? type : subType;
        String title = title(what, place.where());
        String description = cells.value(values, "notes");
        String deaths = cells.value(values, "fatalities");
        Integer fatalities = null;
        if (!deaths.isEmpty()) {
            if (!isCount(deaths) || Long.parseLong(deaths) > EventFileParser.MAX_FATALITIES) {
                cells.warning(row, cells.column("fatalities"), Messages.get("acled.badFatalities", deaths));
            } else {
                fatalities = Integer.valueOf(deaths);
            }
        }
        events.add(columns.add(
                id,
                title.isEmpty() ? id : title,
                start,
                end,
                approximate,
                category,
                actors instanceof ArrayList ? interner.list(actors) : actors,
                place.names(),
                description.isEmpty() ? null : description,
                cited,
                org.eventscope.model.Texts.NONE,
                fatalities,
                null));
    }

    /** The date cell of the row before, and its day ({@code null} when it is none): an export's rows come by day. */
    private String lastDateCell = "";

    private @Nullable LocalDate lastDay;

    /** {@code day} when an event file can hold the week around it (years 1 to 9999), else {@code null}. */
    private static @Nullable LocalDate writable(@Nullable LocalDate day) {
        return day == null
                        || day.getYear() < 1
                        || day.getYear() > 9999
                        || day.minusDays(3).getYear() < 1
                        || day.plusDays(3).getYear() > 9999
                ? null
                : day;
    }

    /** The start of {@code day} at {@code precision}: made once, then shared by the rows of that day. */
    private TimePoint time(LocalDate day, Precision precision) {
        long key = day.toEpochDay() * 2 + (precision == Precision.DAY ? 0 : 1);
        TimePoint known = lastKey == key ? lastTime : null;
        if (known == null) {
            known = times.computeIfAbsent(key, k -> TimePoint.of(day.atStartOfDay(), precision, null, null));
            lastKey = key;
            lastTime = known;
        }
        return known;
    }

    /**
     * What was made of the cells of rows before, by the cells: a column's cells repeat (the same
     * place, actor or newspaper on many rows), and reading a row then costs one look-up. Forgotten
     * all at once when it holds {@link #MEMO} results.
     */
    private final Map<String, List<String>> partsMemo = new java.util.HashMap<>();

    private final Map<String, List<String>> citedMemo = new java.util.HashMap<>();
    private final Map<Interner.Key, Places> placeMemo = new java.util.HashMap<>();
    private final Map<Interner.Key, String> titleMemo = new java.util.HashMap<>();
    private static final int MEMO = 1 << 16;

    /** What {@code memo} holds for {@code key}, made by {@code make} the first time it is asked. */
    private static <K, V> V memo(Map<K, V> memo, K key, java.util.function.Function<K, V> make) {
        V known = memo.get(key);
        if (known == null) {
            known = make.apply(key);
            if (memo.size() == MEMO) {
                memo.clear();
            }
            memo.put(key, known);
        }
        return known;
    }

    /** The names in a cell of actors, each once, shared ({@link #parts}). */
    private List<String> partsOf(String cell) {
        return cell.isEmpty()
                ? List.of()
                : memo(partsMemo, cell, c -> {
                    List<String> named = new ArrayList<>(2);
                    for (String part : parts(c)) {
                        if (!named.contains(part)) {
                            named.add(interner.string(part));
                        }
                    }
                    return interner.list(named);
                });
    }

    /** The sources a row cites: the export, then each named in its cell of sources (new ones made sources of the file). */
    private List<String> cited(String cell) {
        return memo(citedMemo, cell, c -> {
            List<String> ids = new ArrayList<>(4);
            ids.add(export.id());
            for (String name : parts(c)) {
                String id = sources.computeIfAbsent(
                                name,
                                k -> new Source(
                                        "source-" + (sources.size() + 1), k, null, Messages.get("acled.citedNote")))
                        .id();
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            return interner.list(ids);
        });
    }

    /** A row's place: its narrowest name, and all its names from the narrowest, each once ("Bakhmut, Donetsk, Ukraine"). */
    private record Places(String where, @Nullable String names) {}

    private Places place(String location, String admin1, String country) {
        return memo(placeMemo, new Interner.Key(java.util.Arrays.asList(location, admin1, country)), key -> {
            List<String> names = new ArrayList<>(3);
            for (String name : key.items()) {
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names.isEmpty()
                    ? new Places("", null)
                    : new Places(names.get(0), interner.string(String.join(", ", names)));
        });
    }

    /** "Armed clash in Bakhmut": what happened, in its narrowest place when it has one. */
    private String title(String what, String where) {
        return memo(
                titleMemo,
                new Interner.Key(java.util.Arrays.asList(what, where)),
                key -> interner.string(where.isEmpty() ? what : titleTemplate.fill(what, where)));
    }

    /** The texts between semicolons, stripped, the empty ones left out ("A; B"). */
    static List<String> parts(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        int from = 0;
        while (from <= cell.length()) {
            int to = cell.indexOf(';', from);
            if (to < 0) {
                to = cell.length();
            }
            String part = cell.substring(from, to).strip();
            if (!part.isEmpty()) {
                out.add(part);
            }
            from = to + 1;
        }
        return out;
    }

    /** Whether {@code text} is a whole number of at most nine digits. */
    private static boolean isCount(String text) {
        if (text.length() > 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A date as ACLED writes it: 2022-01-10, or 10 January 2022 in older exports. */
    private static @Nullable LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            // The common form, without a formatter's cost: four, two and two digits.
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            int d = digits(text, 8, 10);
            if (y >= 0
                    && m >= 1
                    && m <= 12
                    && d >= 1
                    && d <= java.time.YearMonth.of(y, m).lengthOfMonth()) {
                return LocalDate.of(y, m, d);
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, WRITTEN);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    @Override
    public @Nullable EventFile finish() {
        columns.trim();
        return new EventFile(
                EventFile.FORMAT_VERSION,
                Messages.get("acled.fileTitle", fileName),
                ZoneOffset.UTC,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(export), sources.values().stream())
                        .toList(),
                List.copyOf(categories.values()),
                events,
                List.of());
    }
}
