package org.eventscope.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.eventscope.i18n.Messages;
import org.eventscope.io.JsonCursor.Keys;
import org.eventscope.model.Band;
import org.eventscope.model.Category;
import org.eventscope.model.Era;
import org.eventscope.model.Event;
import org.eventscope.model.EventColumns;
import org.eventscope.model.EventFile;
import org.eventscope.model.Media;
import org.eventscope.model.Source;
import org.eventscope.model.Texts;
import org.eventscope.model.TimePoint;
import org.eventscope.model.TroopReport;
import org.jspecify.annotations.Nullable;

/**
 * Reads an event file in one streaming pass, checking it as it goes: the schema of each object
 * (over a {@link JsonCursor}, which checks types and limits), times, ids and references
 * ({@link References}). No tree is built, so a million events read in about a second. Every
 * problem is collected, in file order; the document is {@code null} when any is an error.
 */
final class EventFileParser {

    private static final String[] ROOT_FIELDS = {
        "$schema",
        "format",
        "formatVersion",
        "title",
        "displayZone",
        "sources",
        "categories",
        "events",
        "troopReports",
        "eras"
    };
    private static final String[] ERA_FIELDS = {"id", "title", "start", "end", "color"};
    private static final String[] SOURCE_FIELDS = {"id", "name", "url", "note"};
    private static final String[] CATEGORY_FIELDS = {"id", "name", "color"};
    /** The largest number of fatalities an event may give: more is a typing mistake, not a report. */
    static final long MAX_FATALITIES = 100_000_000;

    private static final String SOURCES_FIELD = "sources";

    /** The fields every event must give, one array for all events (not one per event). */
    private static final String[] EVENT_REQUIRED = {"id", "title", "start"};

    private static final String[] EVENT_FIELDS = {
        "id",
        "title",
        "start",
        "end",
        "endApproximate",
        "category",
        "actors",
        "place",
        "description",
        "media",
        "fatalities",
        "sources"
    };
    // The positions of the event's fields in EVENT_FIELDS.
    private static final int ID = 0;
    private static final int TITLE = 1;
    private static final int START = 2;
    private static final int END = 3;
    private static final int END_APPROXIMATE = 4;
    private static final int CATEGORY = 5;
    private static final int ACTORS = 6;
    private static final int PLACE = 7;
    private static final int DESCRIPTION = 8;
    private static final int MEDIA = 9;
    private static final int FATALITIES = 10;
    private static final int SOURCES = 11;
    private static final String[] REPORT_FIELDS = {"id", "date", "reportedBy", "subject", "sources", "event", "bands"};
    private static final int MONITOR_EVERY = 4096;

    private final JsonCursor c;
    private final long totalBytes;
    private final ReadMonitor monitor;
    private final ProblemList problems;
    private final References references;

    /** {@link #checkSource}, made once for all entries rather than once for each. */
    private final JsonCursor.Item checkSource = this::checkSource;

    private final Interner interner;
    private final EventColumns columns = new EventColumns();
    private final TimeChecks times;
    private @Nullable ZoneId displayZone;
    /** The second half of the events, read on another thread, when the file is read in two parts. */
    private final @Nullable SplitRead split;
    /** The problems counted when the events array ended, after the stream leapt over the second half. */
    private long problemsAtLeap = -1;

    /** The reader of the second half of the events of {@code whole}'s file, on another thread. */
    private EventFileParser(
            EventFileParser whole, References references, ProblemList problems, JsonParser p, ReadMonitor monitor) {
        this(new JsonCursor(p, whole.c.file(), problems), whole.totalBytes, monitor, problems, null, references);
        this.displayZone = whole.displayZone;
        times.zoneKnown(displayZone);
    }

    private EventFileParser(
            JsonCursor c,
            long totalBytes,
            ReadMonitor monitor,
            ProblemList problems,
            @Nullable SplitRead split,
            References references) {
        this.c = c;
        this.totalBytes = totalBytes;
        this.monitor = monitor;
        this.problems = problems;
        this.split = split;
        this.references = references;
        this.times = new TimeChecks(c);
        this.interner = c.interner();
    }

    /**
     * Reads the document from {@code p}; problems go to {@code problems}. Returns {@code null}
     * when there is any error. With {@code split}, the second half of the events is read on
     * another thread when the split finds it worth it.
     *
     * @throws CancellationException when the monitor cancels
     * @throws SplitRead.Restart when the second half was taken and turned out to be in doubt:
     *     the file must be read again in one part
     */
    static @Nullable EventFile parse(
            JsonParser p,
            String file,
            long totalBytes,
            ReadMonitor monitor,
            ProblemList problems,
            @Nullable SplitRead split) {
        // Sized for the file, an id for every 200 bytes or so: denser ids grow the table once or twice.
        References ids = new References((int) Math.min(1 << 24, totalBytes / 200));
        EventFileParser reader =
                new EventFileParser(new JsonCursor(p, file, problems), totalBytes, monitor, problems, split, ids);
        EventFile result = null;
        try {
            result = reader.document();
        } catch (InputException e) {
            reader.c.error(e.line(), e.column(), "", String.valueOf(e.getMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation where = Json.where(e, p);
            JsonLocation at = where != null ? where : p.currentLocation();
            reader.c.error(at.getLineNr(), at.getColumnNr(), "", Json.describe(e));
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            JsonLocation at = p.currentLocation();
            reader.c.error(
                    Math.max(1, at.getLineNr()),
                    Math.max(1, at.getColumnNr()),
                    "",
                    Messages.get("read.cannotReadJson", String.valueOf(e.getMessage())));
        }
        if (split != null) {
            // Positions after the leap are the stream's: warnings there are moved down by the lines leapt over
            // (JsonCursor.leapt); any other problem after it, however it came, has the file read again in one part.
            if (reader.problemsAtLeap >= 0 && reader.problemCount() - reader.problemsAtLeap != reader.c.shifted()) {
                split.doubt("a problem after the second half");
            }
            split.checkTaken();
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems.hasErrors() ? null : result;
    }

    private @Nullable EventFile document() throws IOException {
        JsonToken first = c.next();
        if (first == null) {
            JsonLocation at = c.parser().currentLocation();
            c.error(at.getLineNr(), at.getColumnNr(), "", Messages.get("read.empty"));
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            c.error("", Messages.get("read.documentIs", JsonCursor.kind(first)));
            return null;
        }
        long root = c.pos();
        Long version = null;
        String title = null;
        Texts texts = Texts.NONE;
        List<Source> sources = null;
        List<Category> categories = List.of();
        List<Event> events = null;
        List<TroopReport> reports = List.of();
        List<Era> eras = List.of();
        Keys keys = c.new Keys(ROOT_FIELDS);
        for (String name = keys.next(); name != null; name = keys.next()) {
            switch (name) {
                case "$schema" -> c.string(name, false);
                case "format" -> {
                    String format = c.string(name, false);
                    if (format != null && !format.equals("eventscope")) {
                        c.error("/format", Messages.get("read.format", format));
                    }
                }
                case "formatVersion" -> {
                    version = c.integer(name, 1, Integer.MAX_VALUE);
                    if (version != null && version != EventFile.FORMAT_VERSION) {
                        c.error(
                                "/formatVersion",
                                Messages.get(
                                        "read.formatVersion",
                                        String.valueOf(version),
                                        String.valueOf(EventFile.FORMAT_VERSION)));
                    }
                }
                case "title" -> {
                    title = c.text(name, true);
                    texts = c.withLanguages(Texts.NONE, name);
                }
                case "displayZone" -> {
                    displayZone = zone(name);
                    times.zoneKnown(displayZone);
                }
                case "sources" -> sources = list(Section.SOURCES, this::source);
                case "categories" -> categories = orEmpty(list(Section.CATEGORIES, this::category));
                case "events" -> events = list(Section.EVENTS, this::event);
                case "troopReports" -> reports = orEmpty(list(Section.TROOP_REPORTS, this::report));
                case "eras" -> eras = orEmpty(list(Section.ERAS, this::era));
                default -> {} // Keys reported and skipped it
            }
        }
        if (c.next() != null) {
            c.error("", Messages.get("read.trailing"));
            return null;
        }
        c.enter(null, 0);
        c.missing(keys, "formatVersion", "read.expect.whole", root, "");
        c.missing(keys, "title", "read.expect.string", root, "");
        c.missing(keys, "displayZone", "read.expect.string", root, "");
        c.missing(keys, "sources", "read.expect.array", root, "");
        c.missing(keys, "events", "read.expect.array", root, "");
        references.resolve(c);
        if (displayZone == null) {
            displayZone = ZoneOffset.UTC;
        }
        times.zoneKnown(displayZone);
        if (version == null || title == null || !keys.has("displayZone") || sources == null || events == null) {
            return null;
        }
        return new EventFile(version.intValue(), title, displayZone, sources, categories, events, reports, eras, texts);
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The display zone, or {@code null} (with a problem) when it names none. */
    private @Nullable ZoneId zone(String name) throws IOException {
        String text = c.string(name, true);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            c.error("/displayZone", Messages.get("read.unknownZone", text));
            return null;
        }
    }

    // ---- sections -------------------------------------------------------------------------

    private interface Entry<T> {
        /** Reads the object whose START_OBJECT the parser stands on, at {@code start}. */
        @Nullable
        T read(long start) throws IOException;
    }

    /** The objects of a list; {@code null} (with a problem) when it is not an array. */
    private <T> @Nullable List<T> list(Section section, Entry<T> entry) throws IOException {
        String name = section.key();
        if (c.token() != JsonToken.START_ARRAY) {
            c.error("/" + name, Messages.get("read.notArrayOfObjects", name, JsonCursor.kind(c.token())));
            c.skip();
            references.broken(section);
            return null;
        }
        List<T> out = new ArrayList<>();
        int i = 0;
        JsonToken t;
        if (section == Section.EVENTS && split != null && displayZone != null) {
            split.begin(c.parser().currentTokenLocation().getByteOffset(), new SecondHalf());
        }
        while ((t = c.next()) != JsonToken.END_ARRAY) {
            c.enter(section, i);
            if (t == JsonToken.START_OBJECT) {
                T value = entry.read(c.pos());
                // Once the file has an error it will not open: what is read from then on is only checked, not kept.
                if (value != null && !problems.hasErrors()) {
                    out.add(value);
                }
            } else {
                c.error(c.path(null), Messages.get("read.itemNotObject", JsonCursor.kind(t)));
                c.skip();
            }
            if (++i % MONITOR_EVERY == 0) {
                if (monitor.isCancelled()) {
                    throw new CancellationException("reading " + c.file() + " was cancelled");
                }
                long offset = c.parser().currentLocation().getByteOffset();
                monitor.progress(split == null ? offset : split.progress(offset), totalBytes);
            }
        }
        if (section == Section.EVENTS) {
            columns.trim();
        }
        if (section == Section.EVENTS && split != null && split.leapt()) {
            split.confirm(c.parser().currentLocation().getByteOffset() - 1);
            @SuppressWarnings("unchecked") // the list of a section of events is a list of events
            List<Event> events = (List<Event>) out;
            if (!problems.hasErrors()) {
                events.addAll(split.half().events());
            }
            problemsAtLeap = problemCount();
            SplitRead taken = split;
            c.leapt(
                    c.line(),
                    split.skippedLines(),
                    () -> taken.doubt("a problem that cannot be placed after the leap"));
        }
        c.enter(null, 0);
        references.read(section);
        return out;
    }

    private long problemCount() {
        return problems.errorCount() + problems.warningCount();
    }

    /** Reads the second half of the events on another thread, for {@link SplitRead}. */
    private final class SecondHalf implements SplitRead.SecondHalf {
        /** The ids and lists read so far, taken on the reader's thread before the second starts. */
        private final References seed = references.secondHalf();

        @Override
        public @Nullable List<Event> read(JsonParser p, ReadMonitor halfMonitor) throws IOException {
            ProblemList found = new ProblemList();
            EventFileParser r = new EventFileParser(EventFileParser.this, seed, found, p, new ReadMonitor() {
                @Override
                public void progress(long bytesRead, long totalBytes) {
                    halfMonitor.progress(bytesRead, totalBytes);
                }

                @Override
                public boolean isCancelled() {
                    // Any problem at all leaves the half to the reader: stop at once.
                    return halfMonitor.isCancelled() || !found.isEmpty();
                }
            });
            if (r.c.next() != JsonToken.START_ARRAY) {
                return null;
            }
            List<Event> events = r.list(Section.EVENTS, r::event);
            boolean clean = events != null && r.problemCount() == 0 && !r.references.anyPending();
            return clean ? events : null;
        }

        @Override
        public boolean join() {
            return references.join(seed);
        }
    }

    private @Nullable Source source(long objectAt) throws IOException {
        String id = null;
        String name = null;
        String url = null;
        String note = null;
        Texts texts = Texts.NONE;
        Keys keys = c.new Keys(SOURCE_FIELDS);
        for (String field = keys.next(); field != null; field = keys.next()) {
            switch (field) {
                case "id" -> id = id();
                case "name" -> {
                    name = c.text(field, true);
                    texts = c.withLanguages(texts, field);
                }
                case "url" -> {
                    url = c.string(field, false);
                    if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
                        c.error(c.path(field), Messages.get("read.notUrl", url));
                    }
                }
                case "note" -> note = c.string(field, false);
                default -> {} // Keys reported and skipped it
            }
        }
        c.missingStrings(keys, objectAt, "id", "name");
        return id == null || name == null ? null : new Source(id, name, url, note, texts);
    }

    private @Nullable Category category(long objectAt) throws IOException {
        String id = null;
        String name = null;
        String color = null;
        Texts texts = Texts.NONE;
        Keys keys = c.new Keys(CATEGORY_FIELDS);
        for (String field = keys.next(); field != null; field = keys.next()) {
            switch (field) {
                case "id" -> id = id();
                case "name" -> {
                    name = c.text(field, true);
                    texts = c.withLanguages(texts, field);
                }
                case "color" -> color = c.colour(field);
                default -> {} // Keys reported and skipped it
            }
        }
        c.missingStrings(keys, objectAt, "id", "name");
        return id == null || name == null ? null : new Category(id, name, color, texts);
    }

    private @Nullable Event event(long objectAt) throws IOException {
        String id = null;
        String title = null;
        TimePoint start = null;
        TimePoint end = null;
        long endAt = 0;
        boolean endApproximate = false;
        long approxAt = 0;
        String category = null;
        List<String> actors = List.of();
        String place = null;
        String description = null;
        List<String> sources = List.of();
        Texts texts = Texts.NONE;
        Integer fatalities = null;
        Media media = null;
        Keys keys = c.new Keys(EVENT_FIELDS);
        for (int at = keys.nextIndex(); at >= 0; at = keys.nextIndex()) {
            String field = EVENT_FIELDS[at];
            switch (at) {
                case ID -> id = id();
                case TITLE -> {
                    title = c.text(field, true);
                    texts = c.withLanguages(texts, field);
                }
                case START -> start = time(field, true);
                case END -> {
                    endAt = c.pos();
                    end = time(field, false);
                }
                case END_APPROXIMATE -> {
                    approxAt = c.pos();
                    endApproximate = c.bool(field);
                }
                case CATEGORY -> {
                    category = c.interned(field);
                    if (category != null) {
                        references.check(Section.CATEGORIES, category, c, field, -1);
                    }
                }
                case ACTORS -> actors = List.copyOf(c.texts(field, (value, i) -> value));
                case PLACE -> {
                    place = c.text(field, false);
                    texts = c.withLanguages(texts, field);
                }
                case DESCRIPTION -> {
                    description = c.text(field, false);
                    texts = c.withLanguages(texts, field);
                }
                case FATALITIES -> {
                    Long n = c.integer(field, 0, MAX_FATALITIES);
                    fatalities = n == null ? null : n.intValue();
                }
                case MEDIA -> media = MediaReader.media(c);
                case SOURCES -> sources = sourceIds();
                default -> {} // Keys reported and skipped it
            }
        }
        c.missingStrings(keys, objectAt, EVENT_REQUIRED);
        if (endApproximate && !keys.has("end")) {
            c.warning(approxAt, c.path("endApproximate"), Messages.get("read.approxNoEnd"));
        }
        times.endAfterStart(start, end, endAt);
        if (id == null || title == null || start == null) {
            return null;
        }
        return columns.add(
                id,
                title,
                start,
                end,
                endApproximate,
                category,
                actors,
                place,
                description,
                sources,
                texts,
                fatalities,
                media);
    }

    private @Nullable TroopReport report(long objectAt) throws IOException {
        String id = null;
        TimePoint date = null;
        String reportedBy = null;
        String subject = null;
        List<String> sources = List.of();
        String event = null;
        List<Band> bands = List.of();
        Texts texts = Texts.NONE;
        Keys keys = c.new Keys(REPORT_FIELDS);
        for (String field = keys.next(); field != null; field = keys.next()) {
            switch (field) {
                case "id" -> id = id();
                case "date" -> date = time(field, true);
                case "reportedBy" -> {
                    reportedBy = c.text(field, true);
                    texts = c.withLanguages(texts, field);
                }
                case "subject" -> {
                    subject = c.text(field, false);
                    texts = c.withLanguages(texts, field);
                }
                case SOURCES_FIELD -> sources = sourceIds();
                case "event" -> {
                    event = c.string(field, false);
                    if (event != null) {
                        references.check(Section.EVENTS, event, c, field, -1);
                    }
                }
                case "bands" -> bands = BandReader.bands(c);
                default -> {} // Keys reported and skipped it
            }
        }
        c.missingStrings(keys, objectAt, "id", "date", "reportedBy");
        c.missing(keys, "bands", "read.expect.array", objectAt, null);
        if (id == null || date == null || reportedBy == null) {
            return null;
        }
        return new TroopReport(id, date, reportedBy, subject, sources, event, bands, texts);
    }

    private @Nullable Era era(long objectAt) throws IOException {
        String id = null;
        String title = null;
        TimePoint start = null;
        TimePoint end = null;
        long endAt = 0;
        String color = null;
        Texts texts = Texts.NONE;
        Keys keys = c.new Keys(ERA_FIELDS);
        for (String field = keys.next(); field != null; field = keys.next()) {
            switch (field) {
                case "id" -> id = id();
                case "title" -> {
                    title = c.text(field, true);
                    texts = c.withLanguages(texts, field);
                }
                case "start" -> start = time(field, true);
                case "end" -> {
                    endAt = c.pos();
                    end = time(field, true);
                }
                case "color" -> color = c.colour(field);
                default -> {} // Keys reported and skipped it
            }
        }
        c.missingStrings(keys, objectAt, "id", "title", "start", "end");
        times.endAfterStart(start, end, endAt);
        if (id == null || title == null || start == null || end == null) {
            return null;
        }
        return new Era(id, title, start, end, color, texts);
    }

    // ---- ids and times ------------------------------------------------------------------------

    /** The entry's id, unique across the file. */
    private @Nullable String id() throws IOException {
        String id = c.string("id", true);
        if (id != null) {
            References.Place place =
                    new References.Place(Objects.requireNonNull(c.section(), "an id outside a list"), c.index());
            References.Place first = references.declare(id, place);
            if (first != null && split != null && References.ofSecondHalf(first)) {
                // Given in the second half too: that half is in doubt, and this is where the id is first given.
                split.doubt("an id given in both halves");
                references.redeclare(id, place);
                first = null;
            }
            if (first != null) {
                c.error(c.path("id"), Messages.get("read.duplicateId", id, first.idPath()));
            }
        }
        return id;
    }

    /** The ids of sources an entry's "sources" names, each checked; equal lists share one instance. */
    private List<String> sourceIds() throws IOException {
        return interner.list(c.strings(SOURCES_FIELD, checkSource));
    }

    /** Checks the id of a source that item {@code i} of "sources" names. */
    private String checkSource(String id, int i) {
        references.check(Section.SOURCES, id, c, SOURCES_FIELD, i);
        return id;
    }

    /** A time; the clock-change check it may need is made now or once the display zone is known. */
    private @Nullable TimePoint time(String name, boolean required) throws IOException {
        TimePoint time = c.time(name, required);
        if (time != null) {
            times.clockExists(time, c.pos(), name);
        }
        return time;
    }
}
