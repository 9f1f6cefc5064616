package org.eventscope.edit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eventscope.model.Band;
import org.eventscope.model.Category;
import org.eventscope.model.Era;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.Texts;
import org.eventscope.model.TimePoint;
import org.eventscope.model.TroopReport;

/**
 * Random edits that keep a file one the reader opens, and random files of synthetic entries, for
 * the property tests: titles with quotes, backslashes, Cyrillic, tabs and line breaks.
 */
final class RandomEdits {

    private static final String[] WORDS = {
        "talks", "\"quoted\"", "back\\slash", "Женева", "переговори", "tab\there", "two\nlines", "ümlaut", "😀", "A&B"
    };
    private static final String[] ZONES = {"Europe/Kyiv", "UTC", "America/New_York", "Asia/Tokyo"};

    private final Random r;

    RandomEdits(long seed) {
        this.r = new Random(seed);
    }

    String text() {
        int n = 1 + r.nextInt(4);
        StringBuilder b = new StringBuilder("synthetic");
        for (int i = 0; i < n; i++) {
            b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    TimePoint time() {
        int year = 2020 + r.nextInt(4);
        int month = 1 + r.nextInt(12);
        int day = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> TimePoint.parse(String.format("%d-%02d", year, month));
            case 1 ->
                TimePoint.parse(String.format(
                        "%d-%02d-%02dT%02d:%02d",
                        year,
                        month,
                        day,
                        // Daytime hours: a time in the night a clock change skips is refused, rightly.
                        6 + r.nextInt(16),
                        5 * r.nextInt(12)));
            default -> TimePoint.parse(String.format("%d-%02d-%02d", year, month, day));
        };
    }

    private TimePoint after(TimePoint start) {
        String t = start.text();
        if (t.length() == 7) {
            return TimePoint.parse((Integer.parseInt(t.substring(0, 4)) + 1) + t.substring(4));
        }
        return TimePoint.parse((Integer.parseInt(t.substring(0, 4)) + 1 + r.nextInt(2)) + t.substring(4));
    }

    private <T> List<T> some(List<T> from, int max) {
        List<T> out = new ArrayList<>();
        for (T t : from) {
            if (out.size() < max && r.nextInt(3) == 0) {
                out.add(t);
            }
        }
        return out;
    }

    Event event(EventFile f, String id) {
        TimePoint start = time();
        boolean range = r.nextInt(3) == 0;
        List<String> sources = some(f.sources().stream().map(Source::id).toList(), 3);
        List<Category> categories = f.categories();
        return new Event(
                id,
                text(),
                start,
                range ? after(start) : null,
                range && r.nextBoolean(),
                categories.isEmpty() || r.nextBoolean()
                        ? null
                        : categories.get(r.nextInt(categories.size())).id(),
                r.nextBoolean() ? List.of() : List.of(text(), text()),
                r.nextBoolean() ? null : text(),
                r.nextBoolean() ? null : text(),
                sources,
                languages("title", "description"));
    }

    /** Now and then, some of {@code fields} given in two or three languages. */
    Texts languages(String... fields) {
        Texts t = Texts.NONE;
        for (String field : fields) {
            if (r.nextInt(3) == 0) {
                Map<String, String> byLanguage = new LinkedHashMap<>();
                byLanguage.put(r.nextBoolean() ? "en" : "uk", text());
                byLanguage.put("de", text());
                if (r.nextBoolean()) {
                    byLanguage.put("pl", text());
                }
                t = t.with(field, byLanguage);
            }
        }
        return t;
    }

    /** A random file of synthetic entries. */
    EventFile file() {
        List<Source> sources = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            sources.add(new Source(
                    "s" + i, text(), r.nextBoolean() ? "https://example.org/" + i : null, null, languages("name")));
        }
        List<Category> categories = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            categories.add(new Category("c" + i, text(), r.nextBoolean() ? "#12ab3" + i : null));
        }
        EventFile f = new EventFile(
                1,
                text(),
                ZoneId.of(ZONES[r.nextInt(ZONES.length)]),
                sources,
                categories,
                List.of(),
                List.of(),
                List.of(),
                languages("title"));
        List<Event> events = new ArrayList<>();
        for (int i = 0, n = r.nextInt(6); i < n; i++) {
            events.add(event(f, "e" + i));
        }
        List<TroopReport> reports = new ArrayList<>();
        if (!events.isEmpty() && r.nextBoolean()) {
            reports.add(report(events.get(0).id(), "t0"));
        }
        List<Era> eras = r.nextBoolean() ? List.of() : List.of(era("era0"));
        return new EventFile(1, f.title(), f.displayZone(), sources, categories, events, reports, eras, f.texts());
    }

    TroopReport report(String event, String id) {
        return new TroopReport(
                id,
                time(),
                text(),
                r.nextBoolean() ? null : text(),
                List.of(),
                event,
                List.of(new Band(200, 1000L * r.nextInt(200)), new Band(400, 200_000L + r.nextInt(1000))));
    }

    Era era(String id) {
        TimePoint start = time();
        return new Era(id, text(), start, after(start), r.nextBoolean() ? "#aabbcc" : null);
    }

    /** Makes one random edit of {@code editor}'s file. */
    void edit(Editor editor) {
        EventFile f = editor.file();
        List<Event> events = f.events();
        switch (r.nextInt(10)) {
            case 0, 1 -> editor.add("Add event", event(f, editor.newId(Part.EVENTS)));
            case 2, 3, 4 -> {
                if (!events.isEmpty()) {
                    Event e = events.get(r.nextInt(events.size()));
                    Event changed = event(f, e.id());
                    editor.replace(
                            "Edit event", e, r.nextBoolean() ? changed : keepTimes(changed, e), "typing " + e.id());
                }
            }
            case 5 -> {
                if (!events.isEmpty()) {
                    editor.remove("Delete event", some(events, 2));
                }
            }
            case 6 -> editor.add("Add source", new Source(editor.newId(Part.SOURCES), text(), null, text()));
            case 7 -> {
                List<?> all = r.nextBoolean() ? f.sources() : f.categories();
                if (!all.isEmpty()) {
                    editor.remove("Delete", List.of(all.get(r.nextInt(all.size()))));
                }
            }
            case 8 -> editor.head("Retitle", text(), ZoneId.of(ZONES[r.nextInt(ZONES.length)]), null);
            default -> {
                if (r.nextBoolean()) {
                    editor.add("Add category", new Category(editor.newId(Part.CATEGORIES), text(), "#00ff00"));
                } else {
                    editor.add("Add era", era(editor.newId(Part.ERAS)));
                }
            }
        }
    }

    private static Event keepTimes(Event changed, Event e) {
        return new Event(
                e.id(),
                changed.title(),
                e.start(),
                e.end(),
                e.endApproximate(),
                e.category(),
                changed.actors(),
                changed.place(),
                e.description(),
                e.sourceIds(),
                e.texts().with("title", changed.texts().of("title")));
    }
}
