package org.eventscope.io;

import org.eventscope.io.Fields.Located;
import org.eventscope.io.JsonValue.JObject;
import org.eventscope.model.Band;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.TimePoint;
import org.eventscope.model.TroopReport;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a parsed JSON tree into an {@link EventFile}, checking types, required fields, dates,
 * ids and references. Every problem is reported; the result is {@code null} when any is an
 * error.
 */
final class EventFileBinder {

    private static final Set<String> ROOT_FIELDS = ordered("$schema", "format", "formatVersion", "title",
            "displayZone", "sources", "categories", "events", "troopReports");
    private static final Set<String> SOURCE_FIELDS = ordered("id", "name", "url", "note");
    private static final Set<String> CATEGORY_FIELDS = ordered("id", "name", "color");
    private static final Set<String> EVENT_FIELDS = ordered("id", "title", "start", "end", "endApproximate",
            "category", "actors", "place", "description", "sources");
    private static final Set<String> REPORT_FIELDS = ordered("id", "date", "reportedBy", "subject", "sources",
            "event", "bands");
    private static final Set<String> BAND_FIELDS = ordered("withinKm", "troops");

    private final Problems problems;
    private final Map<String, String> idPaths = new HashMap<>();

    private EventFileBinder(Problems problems) {
        this.problems = problems;
    }

    static EventFile bind(JsonValue root, Problems problems) {
        return new EventFileBinder(problems).bindRoot(root);
    }

    private EventFile bindRoot(JsonValue root) {
        if (!(root instanceof JObject object)) {
            problems.error(root, "", "the document is " + root.kind() + "; expected an event file object");
            return null;
        }
        Fields f = new Fields(problems, object, "", ROOT_FIELDS);
        String format = f.optionalString("format");
        if (format != null && !format.equals("eventscope")) {
            problems.error(f.value("format"), "/format", "\"format\" is \"" + format + "\"; expected \"eventscope\"");
        }
        Long version = f.requiredInteger("formatVersion", 1, Integer.MAX_VALUE);
        if (version != null && version != EventFile.FORMAT_VERSION) {
            problems.error(f.value("formatVersion"), "/formatVersion", "format version " + version
                    + " is not supported; this version of Eventscope reads version " + EventFile.FORMAT_VERSION);
        }
        String title = f.requiredString("title");
        ZoneId zone = zone(f);

        List<Source> sources = new ArrayList<>();
        for (Located l : f.objectList("sources", true)) {
            Fields s = new Fields(problems, l.object(), l.path(), SOURCE_FIELDS);
            String id = id(s);
            String name = s.requiredString("name");
            String url = s.optionalString("url");
            checkUrl(s, url);
            sources.add(new Source(id, name, url, s.optionalString("note")));
        }
        List<Category> categories = new ArrayList<>();
        for (Located l : f.objectList("categories", false)) {
            Fields c = new Fields(problems, l.object(), l.path(), CATEGORY_FIELDS);
            categories.add(new Category(id(c), c.requiredString("name"), color(c)));
        }
        Set<String> sourceIds = f.isArray("sources") ? ids(sources.stream().map(Source::id).toList()) : null;
        Set<String> categoryIds = f.value("categories") == null || f.isArray("categories")
                ? ids(categories.stream().map(Category::id).toList()) : null;

        List<Event> events = new ArrayList<>();
        for (Located l : f.objectList("events", true)) {
            events.add(event(l, sourceIds, categoryIds));
        }
        Set<String> eventIds = f.isArray("events") ? ids(events.stream().map(Event::id).toList()) : null;
        List<TroopReport> reports = new ArrayList<>();
        for (Located l : f.objectList("troopReports", false)) {
            reports.add(report(l, sourceIds, eventIds));
        }
        if (problems.hasErrors()) {
            return null;
        }
        return new EventFile(version.intValue(), title, zone, sources, categories, events, reports);
    }

    private Event event(Located l, Set<String> sourceIds, Set<String> categoryIds) {
        Fields e = new Fields(problems, l.object(), l.path(), EVENT_FIELDS);
        String id = id(e);
        String title = e.requiredString("title");
        TimePoint start = time(e, "start", true);
        TimePoint end = time(e, "end", false);
        boolean endApproximate = e.optionalBoolean("endApproximate");
        if (endApproximate && end == null && e.value("end") == null) {
            problems.warning(e.value("endApproximate"), e.path("endApproximate"),
                    "\"endApproximate\" is set but the event has no \"end\"");
        }
        if (start != null && end != null) {
            ZoneId utc = ZoneId.of("UTC");
            if (end.periodEnd(utc).isBefore(start.start(utc))) {
                problems.error(e.value("end"), e.path("end"), "the end " + end + " is before the start " + start);
            }
        }
        String category = e.optionalString("category");
        if (category != null && categoryIds != null && !categoryIds.contains(category)) {
            problems.error(e.value("category"), e.path("category"), "unknown category \"" + category
                    + "\"; expected the id of an entry in \"categories\"");
        }
        List<String> sources = references(e, "sources", sourceIds, "source");
        return new Event(id, title, start, end, endApproximate, category, e.stringList("actors"),
                e.optionalString("place"), e.optionalString("description"), sources);
    }

    private TroopReport report(Located l, Set<String> sourceIds, Set<String> eventIds) {
        Fields r = new Fields(problems, l.object(), l.path(), REPORT_FIELDS);
        String id = id(r);
        TimePoint date = time(r, "date", true);
        String reportedBy = r.requiredString("reportedBy");
        List<String> sources = references(r, "sources", sourceIds, "source");
        String event = r.optionalString("event");
        if (event != null && eventIds != null && !eventIds.contains(event)) {
            problems.error(r.value("event"), r.path("event"), "unknown event \"" + event
                    + "\"; expected the id of an entry in \"events\"");
        }
        List<Band> bands = new ArrayList<>();
        List<Located> bandObjects = r.objectList("bands", true);
        if (bandObjects.isEmpty() && r.value("bands") != null) {
            problems.error(r.value("bands"), r.path("bands"), "\"bands\" is empty; expected at least one band");
        }
        Band previous = null;
        for (Located b : bandObjects) {
            Fields bf = new Fields(problems, b.object(), b.path(), BAND_FIELDS);
            Long km = bf.requiredInteger("withinKm", 1, 100_000);
            Long troops = bf.requiredInteger("troops", 0, 100_000_000);
            if (km == null || troops == null) {
                continue;
            }
            Band band = new Band(km.intValue(), troops);
            if (previous != null) {
                if (band.withinKm() <= previous.withinKm()) {
                    problems.error(bf.value("withinKm"), bf.path("withinKm"), "bands must grow in distance; "
                            + band.withinKm() + " km follows " + previous.withinKm() + " km");
                } else if (band.troops() < previous.troops()) {
                    problems.warning(bf.value("troops"), bf.path("troops"), "the report contradicts itself: "
                            + band.troops() + " troops within " + band.withinKm() + " km is fewer than "
                            + previous.troops() + " within " + previous.withinKm() + " km (bands are cumulative)");
                }
            }
            previous = band;
            bands.add(band);
        }
        return new TroopReport(id, date, reportedBy, r.optionalString("subject"), sources, event, bands);
    }

    private String id(Fields f) {
        String id = f.requiredString("id");
        if (id != null) {
            String first = idPaths.putIfAbsent(id, f.path("id"));
            if (first != null) {
                problems.error(f.value("id"), f.path("id"), "duplicate id \"" + id + "\"; first used at " + first);
            }
        }
        return id;
    }

    private ZoneId zone(Fields f) {
        String text = f.requiredString("displayZone");
        if (text == null) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            problems.error(f.value("displayZone"), "/displayZone", "unknown time zone \"" + text
                    + "\"; expected a zone id such as Europe/Kyiv or UTC");
            return ZoneId.of("UTC");
        }
    }

    private TimePoint time(Fields f, String name, boolean required) {
        String text = required ? f.requiredString(name) : f.optionalString(name);
        if (text == null) {
            return null;
        }
        try {
            return TimePoint.parse(text);
        } catch (DateTimeException e) {
            problems.error(f.value(name), f.path(name), e.getMessage());
            return null;
        }
    }

    private List<String> references(Fields f, String name, Set<String> known, String what) {
        List<String> ids = f.stringList(name);
        if (known == null) {
            return ids; // the list they refer to is itself broken, and reported
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                JsonValue.JArray array = (JsonValue.JArray) f.value(name);
                problems.error(array.items().get(i), f.path(name) + "/" + i, "unknown " + what + " \""
                        + ids.get(i) + "\"; expected the id of an entry in \"" + what + "s\"");
            }
        }
        return ids;
    }

    private void checkUrl(Fields f, String url) {
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            problems.error(f.value("url"), f.path("url"), "\"" + url + "\" is not a web address; expected http:// or https://");
        }
    }

    private String color(Fields f) {
        String color = f.optionalString("color");
        if (color != null && !color.matches("#[0-9a-fA-F]{6}")) {
            problems.error(f.value("color"), f.path("color"), "\"" + color + "\" is not a colour; expected #rrggbb");
            return null;
        }
        return color;
    }

    private static Set<String> ids(List<String> ids) {
        Set<String> out = new HashSet<>(ids);
        out.remove(null);
        return out;
    }

    private static Set<String> ordered(String... names) {
        return new java.util.LinkedHashSet<>(List.of(names));
    }
}
