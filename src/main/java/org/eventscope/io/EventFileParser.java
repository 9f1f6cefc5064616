package org.eventscope.io;

import org.eventscope.i18n.Messages;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.eventscope.model.Band;
import org.eventscope.model.Category;
import org.eventscope.model.Era;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.TimePoint;
import org.eventscope.model.TroopReport;

import java.io.IOException;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Reads an event file in one streaming pass, checking it as it goes: types, required fields,
 * times, ids, references, limits. No tree is built, so a million events read in about a second;
 * positions come from the parser and paths are only spelled out for problems. Every problem is
 * collected, in file order; the document is {@code null} when any is an error.
 */
final class EventFileParser {

    private static final String[] ROOT_FIELDS = {"$schema", "format", "formatVersion", "title", "displayZone",
            "sources", "categories", "events", "troopReports", "eras"};
    private static final String[] ERA_FIELDS = {"id", "title", "start", "end", "color"};
    private static final String[] SOURCE_FIELDS = {"id", "name", "url", "note"};
    private static final String[] CATEGORY_FIELDS = {"id", "name", "color"};
    private static final String[] EVENT_FIELDS = {"id", "title", "start", "end", "endApproximate", "category",
            "actors", "place", "description", "sources"};
    private static final String[] REPORT_FIELDS = {"id", "date", "reportedBy", "subject", "sources", "event", "bands"};
    private static final String[] BAND_FIELDS = {"withinKm", "troops"};
    private static final String[] SECTIONS = {"sources", "categories", "events", "troopReports", "eras"};
    private static final int MONITOR_EVERY = 4096;
    private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** The language whose text is taken when a field gives several. */
    private final String preferredLanguage = java.util.Locale.getDefault().getLanguage();

    private final JsonParser p;
    private final String file;
    private final long totalBytes;
    private final ReadMonitor monitor;
    private final ProblemList problems;
    /** The file's display zone once read; checks that need it wait until then. */
    private ZoneId displayZone;
    private final List<Runnable> needZone = new ArrayList<>();

    /** id → where it was first used: section in the top bits, index below. */
    private final Map<String, Integer> firstUse;
    private final Map<String, String> shared = new HashMap<>();
    private final Map<List<String>, List<String>> sharedLists = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, List<String>> singletonLists = new HashMap<>();
    /** Which sections have been read, so references into them can be checked at once. */
    private final Set<String> readSections = new HashSet<>();
    private final Set<String> brokenSections = new HashSet<>();

    /** The object being read, for spelling out paths: section ("" for the root) and index. */
    private String section = "";
    private int index;

    /** A reference checked once the list it points into has been read. */
    private record Pending(String kind, String id, int line, int column, String path) {
    }

    private EventFileParser(JsonParser p, String file, long totalBytes, ReadMonitor monitor, ProblemList problems) {
        this.p = p;
        this.file = file;
        this.totalBytes = totalBytes;
        this.monitor = monitor;
        this.problems = problems;
        // Sized for the file (an event takes 100 bytes or more), so a million ids never rehash.
        this.firstUse = new HashMap<>((int) Math.min(1 << 24, Math.max(64, totalBytes / 100)));
    }

    /**
     * Reads the document from {@code p}; problems go to {@code problems}. Returns {@code null}
     * when there is any error.
     *
     * @throws CancellationException when the monitor cancels
     */
    static EventFile parse(JsonParser p, String file, long totalBytes, ReadMonitor monitor, ProblemList problems) {
        EventFileParser reader = new EventFileParser(p, file, totalBytes, monitor, problems);
        EventFile result = null;
        try {
            result = reader.document();
        } catch (InputException e) {
            reader.error(e.line(), e.column(), "", e.getMessage());
        } catch (JsonProcessingException e) {
            JsonLocation at = JsonTreeReader.where(e, p);
            reader.error(at.getLineNr(), at.getColumnNr(), "", JsonTreeReader.describe(e));
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            JsonLocation at = p.currentLocation();
            reader.error(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), "",
                    Messages.get("read.cannotReadJson", String.valueOf(e.getMessage())));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems.hasErrors() ? null : result;
    }

    private EventFile document() throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            JsonLocation at = p.currentLocation();
            error(at.getLineNr(), at.getColumnNr(), "", Messages.get("read.empty"));
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            error(line(), column(), "", Messages.get("read.documentIs", kind(first)));
            return null;
        }
        long root = pos();
        Long version = null;
        String title = null;
        ZoneId zone = ZoneOffset.UTC;
        boolean hasZone = false;
        List<Source> sources = null;
        List<Category> categories = List.of();
        List<Event> events = null;
        List<TroopReport> reports = List.of();
        List<Era> eras = List.of();
        Keys keys = new Keys(ROOT_FIELDS);
        for (String name = keys.next(); name != null; name = keys.next()) {
            switch (name) {
                case "$schema" -> string(name, false);
                case "format" -> {
                    String format = string(name, false);
                    if (format != null && !format.equals("eventscope")) {
                        error(line(), column(), "/format", Messages.get("read.format", format));
                    }
                }
                case "formatVersion" -> {
                    version = integer(name, 1, Integer.MAX_VALUE);
                    if (version != null && version != EventFile.FORMAT_VERSION) {
                        error(line(), column(), "/formatVersion", Messages.get("read.formatVersion",
                                String.valueOf(version), String.valueOf(EventFile.FORMAT_VERSION)));
                    }
                }
                case "title" -> title = text(name, true);
                case "displayZone" -> {
                    hasZone = true;
                    String text = string(name, true);
                    if (text != null) {
                        try {
                            zone = ZoneId.of(text);
                            displayZone = zone;
                        } catch (DateTimeException e) {
                            error(line(), column(), "/displayZone", Messages.get("read.unknownZone", text));
                        }
                    }
                }
                case "sources" -> sources = list(name, this::source);
                case "categories" -> {
                    List<Category> list = list(name, this::category);
                    categories = list == null ? List.of() : list;
                }
                case "events" -> events = list(name, this::event);
                case "troopReports" -> {
                    List<TroopReport> list = list(name, this::report);
                    reports = list == null ? List.of() : list;
                }
                case "eras" -> {
                    List<Era> list = list(name, this::era);
                    eras = list == null ? List.of() : list;
                }
                default -> { } // Keys reported and skipped it
            }
        }
        JsonToken extra = p.nextToken();
        if (extra != null) {
            error(line(), column(), "", Messages.get("read.trailing"));
            return null;
        }
        section = "";
        missing(keys, "formatVersion", "whole", root);
        missing(keys, "title", "string", root);
        missing(keys, "displayZone", "string", root);
        missing(keys, "sources", "array", root);
        missing(keys, "events", "array", root);
        resolvePending();
        if (displayZone == null) {
            displayZone = ZoneOffset.UTC;
        }
        needZone.forEach(Runnable::run);
        if (version == null || title == null || !hasZone || sources == null || events == null) {
            return null;
        }
        return new EventFile(version.intValue(), title, zone, sources, categories, events, reports, eras);
    }

    // ---- sections -------------------------------------------------------------------------

    private interface Item<T> {
        /** Reads the object whose START_OBJECT the parser stands on, at {@code start}. */
        T read(long start) throws IOException;
    }

    /** The objects of an array member; {@code null} (with a problem) when it is not an array. */
    private <T> List<T> list(String name, Item<T> item) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            error(line(), column(), "/" + name, Messages.get("read.notArrayOfObjects", name, kind(p.currentToken())));
            skip();
            brokenSections.add(name);
            return null;
        }
        List<T> out = new ArrayList<>();
        int i = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            section = name;
            index = i;
            if (t == JsonToken.START_OBJECT) {
                T value = item.read(pos());
                if (value != null) {
                    out.add(value);
                }
            } else {
                error(line(), column(), path(null), Messages.get("read.itemNotObject", kind(t)));
                skip();
            }
            if (++i % MONITOR_EVERY == 0) {
                if (monitor.isCancelled()) {
                    throw new CancellationException("reading " + file + " was cancelled");
                }
                monitor.progress(p.currentLocation().getByteOffset(), totalBytes);
            }
        }
        section = "";
        readSections.add(name);
        return out;
    }

    private Source source(long objectAt) throws IOException {
        String id = null;
        String name = null;
        String url = null;
        String note = null;
        Keys keys = new Keys(SOURCE_FIELDS);
        for (String field = keys.next(); field != null; field = keys.next()) {
            switch (field) {
                case "id" -> id = id();
                case "name" -> name = string(field, true);
                case "url" -> {
                    url = string(field, false);
                    if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
                        error(line(), column(), path(field), Messages.get("read.notUrl", url));
                    }
                }
                case "note" -> note = string(field, false);
                default -> { } // Keys reported and skipped it
            }
        }
        missing(keys, objectAt, "id", "name");
        return new Source(id, name, url, note);
    }

    private Category category(long objectAt) throws IOException {
        String id = null;
        String name = null;
        String color = null;
        Keys keys = new Keys(CATEGORY_FIELDS);
        for (String field = keys.next(); field != null; field = keys.next()) {
            switch (field) {
                case "id" -> id = id();
                case "name" -> name = text(field, true);
                case "color" -> color = colour(field);
                default -> { } // Keys reported and skipped it
            }
        }
        missing(keys, objectAt, "id", "name");
        return new Category(id, name, color);
    }

    private Event event(long objectAt) throws IOException {
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
        Keys keys = new Keys(EVENT_FIELDS);
        for (String field = keys.next(); field != null; field = keys.next()) {
            switch (field) {
                case "id" -> id = id();
                case "title" -> title = text(field, true);
                case "start" -> start = time(field, true);
                case "end" -> {
                    endAt = pos();
                    end = time(field, false);
                }
                case "endApproximate" -> {
                    approxAt = pos();
                    endApproximate = bool(field);
                }
                case "category" -> {
                    category = shared(string(field, false));
                    if (category != null) {
                        reference("category", category, "categories", field, -1);
                    }
                }
                case "actors" -> actors = strings(field, null);
                case "place" -> place = text(field, false);
                case "description" -> description = text(field, false);
                case "sources" -> sources = strings(field, "sources");
                default -> { } // Keys reported and skipped it
            }
        }
        missing(keys, objectAt, "id", "title", "start");
        if (endApproximate && !keys.has("end")) {
            warning(approxAt, path("endApproximate"), Messages.get("read.approxNoEnd"));
        }
        endAfterStart(start, end, endAt);
        return new Event(id, title, start, end, endApproximate, category, actors, place, description, sources);
    }

    private TroopReport report(long objectAt) throws IOException {
        String id = null;
        TimePoint date = null;
        String reportedBy = null;
        String subject = null;
        List<String> sources = List.of();
        String event = null;
        List<Band> bands = List.of();
        Keys keys = new Keys(REPORT_FIELDS);
        for (String field = keys.next(); field != null; field = keys.next()) {
            switch (field) {
                case "id" -> id = id();
                case "date" -> date = time(field, true);
                case "reportedBy" -> reportedBy = string(field, true);
                case "subject" -> subject = text(field, false);
                case "sources" -> sources = strings(field, "sources");
                case "event" -> {
                    event = string(field, false);
                    if (event != null) {
                        reference("event", event, "events", field, -1);
                    }
                }
                case "bands" -> bands = bands();
                default -> { } // Keys reported and skipped it
            }
        }
        missing(keys, objectAt, "id", "date", "reportedBy");
        missing(keys, "bands", "array", objectAt);
        return new TroopReport(id, date, reportedBy, subject, sources, event, bands);
    }

    private Era era(long objectAt) throws IOException {
        String id = null;
        String title = null;
        TimePoint start = null;
        TimePoint end = null;
        long endAt = 0;
        String color = null;
        Keys keys = new Keys(ERA_FIELDS);
        for (String field = keys.next(); field != null; field = keys.next()) {
            switch (field) {
                case "id" -> id = id();
                case "title" -> title = text(field, true);
                case "start" -> start = time(field, true);
                case "end" -> {
                    endAt = pos();
                    end = time(field, true);
                }
                case "color" -> color = colour(field);
                default -> { } // Keys reported and skipped it
            }
        }
        missing(keys, objectAt, "id", "title", "start", "end");
        endAfterStart(start, end, endAt);
        return new Era(id, title, start, end, color);
    }

    private List<Band> bands() throws IOException {
        String bandsPath = path("bands");
        if (p.currentToken() != JsonToken.START_ARRAY) {
            error(line(), column(), bandsPath, Messages.get("read.notArrayOfObjects", "bands", kind(p.currentToken())));
            skip();
            return List.of();
        }
        long arrayAt = pos();
        List<Band> out = new ArrayList<>();
        Band previous = null;
        int i = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String bandPath = bandsPath + "/" + i++;
            if (t != JsonToken.START_OBJECT) {
                error(line(), column(), bandPath, Messages.get("read.itemNotObject", kind(t)));
                skip();
                continue;
            }
            long objectAt = pos();
            Long km = null;
            Long troops = null;
            long kmAt = 0;
            long troopsAt = 0;
            Keys keys = new Keys(BAND_FIELDS, bandPath);
            for (String field = keys.next(); field != null; field = keys.next()) {
                switch (field) {
                    case "withinKm" -> {
                        kmAt = pos();
                        km = integer(field, 1, 100_000, bandPath + "/withinKm");
                    }
                    case "troops" -> {
                        troopsAt = pos();
                        troops = integer(field, 0, 100_000_000, bandPath + "/troops");
                    }
                    default -> { } // Keys reported and skipped it
                }
            }
            missing(keys, "withinKm", "whole", objectAt, bandPath);
            missing(keys, "troops", "whole", objectAt, bandPath);
            if (km == null || troops == null) {
                continue;
            }
            Band band = new Band(km.intValue(), troops);
            if (previous != null) {
                if (band.withinKm() <= previous.withinKm()) {
                    error(kmAt, bandPath + "/withinKm", Messages.get("read.bandsOrder",
                            String.valueOf(band.withinKm()), String.valueOf(previous.withinKm())));
                } else if (band.troops() < previous.troops()) {
                    warning(troopsAt, bandPath + "/troops", Messages.get("read.bandsFewer",
                            String.valueOf(band.troops()), String.valueOf(band.withinKm()),
                            String.valueOf(previous.troops()), String.valueOf(previous.withinKm())));
                }
            }
            previous = band;
            out.add(band);
        }
        if (i == 0) {
            error(arrayAt, bandsPath, Messages.get("read.bandsEmpty"));
        }
        return out;
    }

    // ---- values ---------------------------------------------------------------------------

    private String id() throws IOException {
        String id = string("id", true);
        if (id != null) {
            int here = sectionNumber(section) << 28 | index;
            Integer first = firstUse.putIfAbsent(id, here);
            if (first != null) {
                error(line(), column(), path("id"), Messages.get("read.duplicateId", id,
                        "/" + SECTIONS[first >>> 28] + "/" + (first & 0x0fffffff) + "/id"));
            }
        }
        return id;
    }

    private String string(String name, boolean required) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText();
            if (required && s.isBlank()) {
                error(line(), column(), path(name), Messages.get("read.emptyText", name));
                return null;
            }
            return s;
        }
        error(line(), column(), path(name), Messages.get("read.notString", name, kind(t)));
        skip();
        return null;
    }

    /**
     * Text a reader sees: a string, or the same text in several languages as an object from
     * language tag to string ({@code {"en": "...", "uk": "..."}}); the interface's language is
     * taken when it is there, else the first.
     */
    private String text(String name, boolean required) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return string(name, required);
        }
        long at = pos();
        String chosen = null;
        String first = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String language = p.currentName();
            long keyAt = pos();
            JsonToken value = p.nextToken();
            String where = path(name) + "/" + JsonTreeReader.escape(language);
            if (value != JsonToken.VALUE_STRING) {
                error(pos(), where, Messages.get("read.languageNotText", language, kind(value)));
                skip();
                continue;
            }
            if (!LANGUAGE_TAG.matcher(language).matches()) {
                warning(keyAt, where, Messages.get("read.badLanguage", language));
            }
            String text = p.getText();
            if (first == null) {
                first = text;
            }
            if (chosen == null && language.toLowerCase(java.util.Locale.ROOT).split("-")[0].equals(preferredLanguage)) {
                chosen = text;
            }
        }
        if (first == null && required) {
            error(at, path(name), Messages.get("read.noText", name,
                    "{\"en\": \"...\", \"uk\": \"...\"}"));
        }
        return chosen != null ? chosen : first;
    }

    private boolean bool(String name) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        error(line(), column(), path(name), Messages.get("read.notBoolean", name, kind(t)));
        skip();
        return false;
    }

    private Long integer(String name, long min, long max) throws IOException {
        return integer(name, min, max, path(name));
    }

    private Long integer(String name, long min, long max, String at) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            error(line(), column(), at, Messages.get("read.notWholeWritten", name, p.getText()));
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            error(line(), column(), at, Messages.get("read.notWhole", name, kind(t)));
            skip();
            return null;
        }
        BigInteger value = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? p.getBigIntegerValue() : BigInteger.valueOf(p.getLongValue());
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            error(line(), column(), at, Messages.get("read.outOfRange", name, p.getText(),
                    String.valueOf(min), String.valueOf(max)));
            return null;
        }
        return value.longValue();
    }

    private TimePoint time(String name, boolean required) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_STRING) {
            string(name, required);
            return null;
        }
        TimePoint time;
        try {
            time = TimePoint.parse(new CharArray(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()));
        } catch (DateTimeException e) {
            error(line(), column(), path(name), e.getMessage());
            return null;
        }
        if (time.hasClock() && time.offset() == null) {
            long at = pos();
            String where = path(name);
            whenZoneKnown(time.zone() != null, () -> clockExists(time, at, where));
        }
        return time;
    }

    /** Runs {@code check} now when it needs no display zone or the zone is known, else once it is. */
    private void whenZoneKnown(boolean zoneFree, Runnable check) {
        if (zoneFree || displayZone != null) {
            check.run();
        } else {
            needZone.add(check);
        }
    }

    /** Reports a wall-clock time that a clock change skips (an error) or repeats (a warning). */
    private void clockExists(TimePoint time, long at, String where) {
        java.time.zone.ZoneOffsetTransition change = time.clockChange(displayZone);
        if (change == null) {
            return;
        }
        String zone = time.clockZone(displayZone).getId();
        String before = change.getDateTimeBefore().toLocalTime().toString();
        String after = change.getDateTimeAfter().toLocalTime().toString();
        if (change.isGap()) {
            error(at, where, Messages.get("read.time.gap", time.text(), zone, before, after));
        } else {
            warning(at, where, Messages.get("read.time.overlap", time.text(), zone, before, after,
                    change.getOffsetBefore().getId(), change.getOffsetAfter().getId()));
        }
    }

    /** An array of strings; each must be the id of an entry of {@code target} when that is given. */
    private List<String> strings(String name, String target) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            error(line(), column(), path(name), Messages.get("read.notArrayOfStrings", name, kind(p.currentToken())));
            skip();
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        JsonToken t;
        int i = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_STRING) {
                String value = shared(p.getText());
                out.add(value);
                if (target != null) {
                    reference(target.substring(0, target.length() - 1), value, target, name, i);
                }
            } else {
                error(line(), column(), path(name) + "/" + i, Messages.get("read.itemNotString", kind(t)));
                skip();
            }
            i++;
        }
        if (target == null) {
            return List.copyOf(out);
        }
        // Lists of ids repeat across events: share one instance of each.
        if (out.size() == 1) {
            return singletonLists.computeIfAbsent(out.get(0), List::of);
        }
        return sharedLists.computeIfAbsent(List.copyOf(out), l -> l);
    }

    /**
     * Checks a reference (the value of {@code field}, or its item {@code item} when that is not
     * negative) now when its target list has been read, else once it has.
     */
    private void reference(String kind, String id, String target, String field, int item) {
        if (brokenSections.contains(target)) {
            return; // the list it points into is itself broken, and reported
        }
        if (!readSections.contains(target)) {
            pending.add(new Pending(kind, id, line(), column(), item < 0 ? path(field) : path(field) + "/" + item));
        } else if (!isIdIn(id, target)) {
            error(line(), column(), item < 0 ? path(field) : path(field) + "/" + item, unknownReference(kind, id));
        }
    }

    private boolean isIdIn(String id, String section) {
        Integer first = firstUse.get(id);
        return first != null && SECTIONS[first >>> 28].equals(section);
    }

    private void resolvePending() {
        for (Pending r : pending) {
            String target = r.kind().equals("category") ? "categories" : r.kind() + "s";
            if (brokenSections.contains(target)) {
                continue;
            }
            if (!isIdIn(r.id(), target)) {
                error(r.line(), r.column(), r.path(), unknownReference(r.kind(), r.id()));
            }
        }
    }

    private static String unknownReference(String kind, String id) {
        String list = kind.equals("category") ? "categories" : kind + "s";
        return Messages.get("read.unknownReference", Messages.get("read.ref." + kind), id, list);
    }

    /** Reports each of the string fields {@code names} that the object lacks. */
    private void missing(Keys keys, long objectStart, String... names) {
        for (String name : names) {
            missing(keys, name, "string", objectStart);
        }
    }

    /** A colour "#rrggbb" in the current string value, or {@code null} (with a problem) for anything else. */
    private String colour(String field) throws IOException {
        String color = string(field, false);
        if (color != null && !color.matches("#[0-9a-fA-F]{6}")) {
            error(line(), column(), path(field), Messages.get("read.notColour", color));
            return null;
        }
        return color;
    }

    /** Reports an end (read at {@code endAt}) that comes before the start. */
    private void endAfterStart(TimePoint start, TimePoint end, long endAt) {
        if (start == null || end == null) {
            return;
        }
        String where = path("end");
        whenZoneKnown(start.ownZone() != null && end.ownZone() != null, () -> {
            if (end.endsBefore(start, displayZone)) {
                error(endAt, where, Messages.get("read.endBeforeStart", end.toString(), start.toString()));
            }
        });
    }

    private void missing(Keys keys, String name, String expected, long objectStart) {
        missing(keys, name, expected, objectStart, path(null));
    }

    private void missing(Keys keys, String name, String expected, long objectStart, String at) {
        if (!keys.has(name)) {
            error(objectStart, at, Messages.get("read.missing", name, Messages.get("read.expect." + expected)));
        }
    }

    /**
     * Skips the current value and everything in it, holding the limits on the way: a string is
     * read (so an over-long one is refused wherever it stands), not jumped over.
     */
    private void skip() throws IOException {
        int depth = 0;
        JsonToken t = p.currentToken();
        do {
            if (t == null) {
                return; // the end of the input: the next read reports it
            }
            switch (t) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case VALUE_STRING -> p.getText(); // reading it checks its length
                default -> { }
            }
        } while (depth > 0 && (t = p.nextToken()) != null);
    }

    /** One shared instance per distinct id string, so repeated category and source ids cost nothing. */
    private String shared(String s) {
        if (s == null) {
            return null;
        }
        String known = shared.putIfAbsent(s, s);
        return known != null ? known : s;
    }

    // ---- positions and problems -----------------------------------------------------------

    /** The current token's line and column packed in one number (one location object, not two). */
    private long pos() {
        JsonLocation at = p.currentTokenLocation();
        return (long) at.getLineNr() << 32 | (at.getColumnNr() & 0xffffffffL);
    }

    private int line() {
        return p.currentTokenLocation().getLineNr();
    }

    private int column() {
        return p.currentTokenLocation().getColumnNr();
    }

    private void error(long pos, String path, String message) {
        error((int) (pos >>> 32), (int) pos, path, message);
    }

    private void warning(long pos, String path, String message) {
        warning((int) (pos >>> 32), (int) pos, path, message);
    }

    /** The JSON pointer of a field of the current object, or of the object itself. */
    private String path(String field) {
        String object = section.isEmpty() ? "" : "/" + section + "/" + index;
        return field == null ? object : object + "/" + JsonTreeReader.escape(field);
    }

    private static int sectionNumber(String section) {
        for (int i = 0; i < SECTIONS.length; i++) {
            if (SECTIONS[i].equals(section)) {
                return i;
            }
        }
        return 0;
    }

    private static String kind(JsonToken t) {
        if (t == null) {
            return Messages.get("read.kind.missing");
        }
        return switch (t) {
            case START_OBJECT -> Messages.get("read.kind.object");
            case START_ARRAY -> Messages.get("read.kind.array");
            case VALUE_STRING -> Messages.get("read.kind.string");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Messages.get("read.kind.number");
            case VALUE_TRUE, VALUE_FALSE -> Messages.get("read.kind.boolean");
            case VALUE_NULL -> Messages.get("read.kind.null");
            default -> t.name();
        };
    }

    private void error(int line, int column, String path, String message) {
        problems.add(new Problem(Problem.Severity.ERROR, file, line, column, path, message));
    }

    private void warning(int line, int column, String path, String message) {
        problems.add(new Problem(Problem.Severity.WARNING, file, line, column, path, message));
    }

    /**
     * The member names seen in one object. Reports duplicate keys and unknown fields at the key
     * (where the parser stands when {@link #first} is called) and skips their values.
     */
    private final class Keys {
        private final String[] known;
        private final String at;
        private int seen;
        private Set<String> others;

        Keys(String[] known) {
            this(known, null);
        }

        /** @param at the object's JSON pointer, or {@code null} for the current object */
        Keys(String[] known, String at) {
            this.known = known;
            this.at = at;
        }

        /**
         * Moves to the value of the object's next field that is known and seen for the first
         * time, and names it; {@code null} at the end of the object. Duplicate and unknown
         * fields on the way are reported and skipped.
         */
        String next() throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (first(name)) {
                    p.nextToken();
                    return name;
                }
            }
            return null;
        }

        /**
         * Records {@code name}, with the parser on its key. Returns true when the caller should
         * read the value: the field is known and seen for the first time.
         */
        private boolean first(String name) throws IOException {
            int i = indexOf(name);
            boolean fresh;
            if (i >= 0) {
                fresh = (seen & (1 << i)) == 0;
                seen |= 1 << i;
            } else {
                if (others == null) {
                    others = new HashSet<>();
                }
                fresh = others.add(name);
            }
            if (fresh && i >= 0) {
                return true;
            }
            long key = pos();
            String object = at != null ? at : path(null);
            String field = object + "/" + JsonTreeReader.escape(name);
            if (!fresh) {
                error(key, field, Messages.get("read.duplicateKey", name));
            } else {
                warning(key, field, Messages.get("read.unknownField", name, String.join(", ", known)));
            }
            p.nextToken();
            skip();
            return false;
        }

        boolean has(String name) {
            int i = indexOf(name);
            return i >= 0 && (seen & (1 << i)) != 0;
        }

        private int indexOf(String name) {
            for (int i = 0; i < known.length; i++) {
                if (known[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A view of part of the parser's buffer, so times are parsed without a String each. */
    private record CharArray(char[] buffer, int offset, int length) implements CharSequence {
        public int length() {
            return length;
        }

        public char charAt(int i) {
            return buffer[offset + i];
        }

        public CharSequence subSequence(int start, int end) {
            return new String(buffer, offset + start, end - start);
        }

        @Override
        public String toString() {
            return new String(buffer, offset, length);
        }
    }
}
