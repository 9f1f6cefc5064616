package org.eventscope.io;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eventscope.i18n.Messages;
import org.eventscope.io.JsonValue.JArray;
import org.eventscope.io.JsonValue.JBoolean;
import org.eventscope.io.JsonValue.JNull;
import org.eventscope.io.JsonValue.JNumber;
import org.eventscope.io.JsonValue.JObject;
import org.eventscope.io.JsonValue.JString;
import org.eventscope.io.JsonValue.Member;
import org.eventscope.model.Category;
import org.eventscope.model.Era;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Media;
import org.eventscope.model.Precision;
import org.eventscope.model.Source;
import org.eventscope.model.Texts;
import org.eventscope.model.TimePoint;
import org.jspecify.annotations.Nullable;

/**
 * Reads a TimelineJS 3 JSON file as an event file: events with their dates, headlines, text,
 * groups (as categories) and media links (as sources). Real files write numbers as strings and
 * leave fields empty with {@code ""}; both are read. What Eventscope cannot show (eras, display
 * dates, backgrounds, a cosmological scale) is reported as a warning, never dropped silently.
 * The mapping is documented in docs/timelinejs-import.md.
 */
final class TimelineJsImporter {

    private static final Set<String> ROOT = Set.of("title", "events", "eras", "scale");
    private static final Set<String> EVENT = Set.of(
            "start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id");
    /** The fields of a date below the year, each meaningful only when the one before it is given. */
    private static final String[] DATE_FIELDS = {"month", "day", "hour", "minute", "second"};
    /** The field each of {@link #DATE_FIELDS} needs (-1: the year); a second needs the hour, not the minute. */
    private static final int[] DATE_PARENT = {-1, 0, 1, 2, 2};

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?[0-9]{1,400}");
    private static final Set<String> TITLE_SLIDE = Set.of("text", "media", "background", "unique_id", "autolink");
    private static final Set<String> ERA = Set.of("start_date", "end_date", "text", "unique_id");
    private static final Set<String> TEXT = Set.of("headline", "text");
    private static final Set<String> MEDIA = Set.of("url", "credit", "caption", "alt");
    private static final Set<String> DATE =
            Set.of("year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format");

    private final Problems problems;
    private final String file;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    private TimelineJsImporter(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static @Nullable EventFile read(String name, InputStream in, ProblemList problems) {
        JsonValue root = JsonTreeReader.read(name, in, problems);
        if (root == null || problems.hasErrors()) {
            return null;
        }
        Problems collected = new Problems(name, problems);
        EventFile result = new TimelineJsImporter(name, collected).document(root);
        problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return collected.hasErrors() ? null : result;
    }

    private @Nullable EventFile document(JsonValue rootValue) {
        if (!(rootValue instanceof JObject root)) {
            problems.error(rootValue, "", Messages.get("read.tjs.documentIs", rootValue.kind()));
            return null;
        }
        warnUnknown(root, "", ROOT);
        String title = file.replaceFirst("\\.json$", "");
        JsonValue titleSlide = member(root, "title");
        if (titleSlide instanceof JObject slide) {
            warnUnknown(slide, "/title", TITLE_SLIDE);
            warnUnknownIn(slide, "text", "/title", TEXT);
            String headline = plain(text(member(member(slide, "text"), "headline")));
            if (headline != null) {
                title = headline;
            }
            for (String part : new String[] {"media", "background"}) {
                if (present(member(slide, part))) {
                    problems.warning(
                            known(member(slide, part)), "/title/" + part, Messages.get("read.tjs.titlePart", part));
                }
            }
        }
        JsonValue scale = member(root, "scale");
        if (scale != null && !"human".equals(text(scale))) {
            problems.error(scale, "/scale", Messages.get("read.tjs.scale", text(scale)));
        }
        List<Era> eras = new ArrayList<>();
        if (member(root, "eras") instanceof JArray list) {
            for (int i = 0; i < list.items().size(); i++) {
                String path = "/eras/" + i;
                JsonValue item = list.items().get(i);
                if (!(item instanceof JObject o)) {
                    problems.error(item, path, Messages.get("read.itemNotObject", item.kind()));
                    continue;
                }
                warnUnknown(o, path, ERA);
                warnUnknownIn(o, "text", path, TEXT);
                TimePoint start = date(member(o, "start_date"), o, path + "/start_date", true, "read.tjs.yearRangeEra");
                TimePoint end = date(member(o, "end_date"), o, path + "/end_date", true, "read.tjs.yearRangeEra");
                String headline = plain(text(member(member(o, "text"), "headline")));
                if (start != null && end != null && end.endsBefore(start, ZoneOffset.UTC)) {
                    problems.error(
                            known(member(o, "end_date")),
                            path + "/end_date",
                            Messages.get("read.endBeforeStart", end.toString(), start.toString()));
                } else if (start != null && end != null) {
                    eras.add(new Era(
                            "era-" + (i + 1),
                            headline != null ? headline : Messages.get("read.tjs.era", String.valueOf(i + 1)),
                            start,
                            end,
                            null));
                }
            }
        }
        sources.put(
                "timelinejs",
                new Source(
                        "timelinejs",
                        // The file's name, never its folder: a page made from it may be published.
                        Messages.get(
                                "read.tjs.source",
                                file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)),
                        null,
                        Messages.get("read.tjs.sourceNote")));
        List<Event> events = new ArrayList<>();
        JsonValue list = member(root, "events");
        if (!(list instanceof JArray array)) {
            problems.error(
                    list == null ? root : list,
                    "/events",
                    list == null
                            ? Messages.get("read.tjs.missingEvents")
                            : Messages.get("read.notArrayOfObjects", "events", list.kind()));
            return null;
        }
        for (int i = 0; i < array.items().size(); i++) {
            JsonValue item = array.items().get(i);
            String path = "/events/" + i;
            if (item instanceof JObject o) {
                Event e = event(o, path, i);
                if (e != null) {
                    events.add(e);
                }
            } else {
                problems.error(item, path, Messages.get("read.itemNotObject", item.kind()));
            }
        }
        return new EventFile(
                EventFile.FORMAT_VERSION,
                title,
                ZoneOffset.UTC,
                List.copyOf(sources.values()),
                List.copyOf(categories.values()),
                events,
                List.of(),
                eras);
    }

    private @Nullable Event event(JObject o, String path, int index) {
        warnUnknown(o, path, EVENT);
        warnUnknownIn(o, "text", path, TEXT);
        warnUnknownIn(o, "media", path, MEDIA);
        TimePoint start = date(member(o, "start_date"), o, path + "/start_date", true, "read.tjs.yearRange");
        TimePoint end = date(member(o, "end_date"), o, path + "/end_date", false, "read.tjs.yearRange");
        if (start == null) {
            return null;
        }
        if (end != null && end.endsBefore(start, ZoneOffset.UTC)) {
            problems.error(
                    known(member(o, "end_date")),
                    path + "/end_date",
                    Messages.get("read.endBeforeStart", end.toString(), start.toString()));
        }
        for (String part : new String[] {"display_date", "background"}) {
            if (present(member(o, part))) {
                problems.warning(
                        known(member(o, part)),
                        path + "/" + part,
                        part.equals("display_date")
                                ? Messages.get("read.tjs.displayDate", text(member(o, part)))
                                : Messages.get("read.tjs.background"));
            }
        }
        JsonValue textObject = member(o, "text");
        String headline = plain(text(member(textObject, "headline")));
        String body = plain(text(member(textObject, "text")));
        String title = headline != null ? headline : body != null ? shorten(body) : null;
        if (title == null) {
            problems.warning(o, path, Messages.get("read.tjs.untitled", Messages.get("read.tjs.untitledTitle")));
            title = Messages.get("read.tjs.untitledTitle");
        }
        String id = text(member(o, "unique_id"));
        if (id == null || !ids.add(id)) {
            if (id != null) {
                problems.warning(
                        known(member(o, "unique_id")),
                        path + "/unique_id",
                        Messages.get("read.tjs.uniqueId", id, "tl-" + (index + 1)));
            }
            id = "tl-" + (index + 1);
            ids.add(id);
        }
        String category = null;
        String group = text(member(o, "group"));
        if (group != null) {
            category = categories
                    .computeIfAbsent(group, g -> new Category("group-" + (categories.size() + 1), g, null))
                    .id();
        }
        List<String> sourceIds = new ArrayList<>(List.of("timelinejs"));
        JsonValue media = member(o, "media");
        String url = text(member(media, "url"));
        Media shown =
                media(url, text(member(media, "caption")), text(member(media, "credit")), text(member(media, "alt")));
        if (url != null) {
            if (url.startsWith("https://") || url.startsWith("http://")) {
                sourceIds.add(mediaSource(sources, url, text(member(media, "credit")), text(member(media, "caption")))
                        .id());
            } else {
                problems.warning(
                        known(member(media, "url")), path + "/media/url", Messages.get("read.tjs.media", shorten(url)));
            }
        }
        return slide(id, title, start, end, category, headline != null ? body : null, sourceIds, shown);
    }

    /** The event a TimelineJS slide (a JSON event or a sheet's row) makes: no actors, no place, its media. */
    static Event slide(
            String id,
            String title,
            TimePoint start,
            @Nullable TimePoint end,
            @Nullable String category,
            @Nullable String text,
            List<String> sourceIds,
            @Nullable Media media) {
        return new Event(
                id, title, start, end, false, category, List.of(), null, text, sourceIds, Texts.NONE, null, media);
    }

    /**
     * The source a slide's media link stands for, one per address in {@code sources}: named by its
     * credit (else the address's host) and noted with its caption, both without their HTML.
     */
    static Source mediaSource(
            Map<String, Source> sources, String url, @Nullable String credit, @Nullable String caption) {
        return sources.computeIfAbsent(
                url, u -> new Source("media-" + sources.size(), nameOf(u, plain(credit)), u, plain(caption)));
    }

    /**
     * A TimelineJS slide's media as an event's: its web address (anything else, such as an embed's
     * HTML, is not shown), its caption and credit without their HTML, and its alternative text.
     */
    static @Nullable Media media(
            @Nullable String url, @Nullable String caption, @Nullable String credit, @Nullable String alt) {
        if (url == null || !Media.isWeb(url) || Media.problem(url) != null) {
            return null;
        }
        return new Media(url, blankToNull(plain(caption)), blankToNull(plain(credit)), blankToNull(plain(alt)));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A TimelineJS date object: year required, the rest optional; numbers may be strings. */
    /** @param outOfRange the message key for a year Eventscope cannot show (naming what is left out) */
    private @Nullable TimePoint date(
            @Nullable JsonValue value, JObject owner, String path, boolean required, String outOfRange) {
        if (value == null || !present(value)) {
            if (required) {
                problems.error(
                        value == null ? owner : value,
                        path,
                        Messages.get("read.tjs.missingDate", path.substring(path.lastIndexOf('/') + 1)));
            }
            return null;
        }
        if (!(value instanceof JObject d)) {
            problems.error(value, path, Messages.get("read.tjs.dateIs", value.kind()));
            return null;
        }
        warnUnknown(d, path, DATE);
        if (present(member(d, "display_date"))) {
            problems.warning(
                    known(member(d, "display_date")),
                    path + "/display_date",
                    Messages.get("read.tjs.displayDate", text(member(d, "display_date"))));
        }
        Long year = number(d, "year", path);
        if (year == null) {
            if (!present(member(d, "year"))) {
                problems.error(d, path, Messages.get("read.tjs.noYear"));
            }
            return null;
        }
        if (year < 1 || year > 9999) {
            problems.warning(
                    known(member(d, "year")), path + "/year", Messages.get(outOfRange, text(member(d, "year"))));
            return null;
        }
        Long[] fields = new Long[DATE_FIELDS.length];
        for (int i = 0; i < DATE_FIELDS.length; i++) {
            Long given = number(d, DATE_FIELDS[i], path);
            int parent = DATE_PARENT[i];
            if (given != null && parent >= 0 && fields[parent] == null) {
                problems.warning(
                        known(member(d, DATE_FIELDS[i])),
                        path + "/" + DATE_FIELDS[i],
                        Messages.get("read.tjs.fieldWithout", DATE_FIELDS[i], DATE_FIELDS[parent]));
                given = null;
            }
            fields[i] = given;
        }
        Long month = fields[0];
        Long day = fields[1];
        Long hour = fields[2];
        Long minute = fields[3];
        Long second = fields[4];
        Precision precision = month == null
                ? Precision.YEAR
                : day == null
                        ? Precision.MONTH
                        : hour == null ? Precision.DAY : second == null ? Precision.MINUTE : Precision.SECOND;
        String impossible = TimePoint.whyNotReal(year, or1(month), or1(day), or0(hour), or0(minute), or0(second));
        if (impossible != null) {
            problems.error(d, path, Messages.get("read.tjs.notRealDate", impossible));
            return null;
        }
        LocalDateTime local = LocalDateTime.of(
                LocalDate.of(year.intValue(), (int) or1(month), (int) or1(day)),
                LocalTime.of((int) or0(hour), (int) or0(minute), (int) or0(second)));
        return TimePoint.of(local, precision, null, null);
    }

    private static long or1(@Nullable Long value) {
        return value == null ? 1 : value;
    }

    private static long or0(@Nullable Long value) {
        return value == null ? 0 : value;
    }

    /**
     * A whole number written as a number or as a string; "" and null are absent. Numbers too
     * large for 18 digits (a cosmological year) are kept as the largest or smallest long, so range
     * checks still see them as out of range.
     */
    private @Nullable Long number(JObject o, String name, String path) {
        JsonValue v = member(o, name);
        if (v == null || !present(v)) {
            return null;
        }
        String text = v instanceof JNumber n
                ? n.text()
                : v instanceof JString s ? s.value().strip() : null;
        if (text != null && WHOLE.matcher(text).matches()) {
            boolean negative = text.startsWith("-");
            int digits = text.length() - (negative ? 1 : 0);
            return digits <= 18 ? Long.parseLong(text) : negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        problems.error(
                v,
                path + "/" + name,
                Messages.get("read.notWhole", name, text != null ? "\"" + text + "\"" : v.kind()));
        return null;
    }

    /** Warns about the fields of {@code owner}'s object member {@code name} that are not {@code known}. */
    private void warnUnknownIn(JObject owner, String name, String path, Set<String> known) {
        if (member(owner, name) instanceof JObject inner) {
            warnUnknown(inner, path + "/" + name, known);
        }
    }

    private void warnUnknown(JObject o, String path, Set<String> known) {
        for (Member m : o.members().values()) {
            if (!known.contains(m.name())) {
                problems.warning(
                        m.line(),
                        m.column(),
                        path + "/" + Json.escape(m.name()),
                        Messages.get("read.tjs.unknownField", m.name()));
            }
        }
    }

    /** A member whose presence the caller has checked. */
    private static JsonValue known(@Nullable JsonValue member) {
        return Objects.requireNonNull(member, "a member checked to be present");
    }

    private static @Nullable JsonValue member(@Nullable JsonValue object, String name) {
        if (object instanceof JObject o) {
            Member m = o.members().get(name);
            return m == null ? null : m.value();
        }
        return null;
    }

    /** Present: not missing, not null, not an empty string, not false. */
    private static boolean present(@Nullable JsonValue v) {
        return v != null
                && !(v instanceof JNull)
                && !(v instanceof JString s && s.value().isBlank())
                && !(v instanceof JBoolean b && !b.value());
    }

    private static @Nullable String text(@Nullable JsonValue v) {
        if (v instanceof JString s && !s.value().isBlank()) {
            return s.value().strip();
        }
        if (v instanceof JNumber n) {
            return n.text();
        }
        return null;
    }

    /** Text without HTML tags, entities decoded ({@link HtmlText}). */
    static @Nullable String plain(@Nullable String html) {
        return HtmlText.plain(html);
    }

    private static String shorten(String s) {
        String line = s.lines().findFirst().orElse(s);
        return line.length() <= 80 ? line : line.substring(0, 79).stripTrailing() + "…";
    }

    /** A media link's source name: its credit, else the host of its address. */
    static String nameOf(String url, @Nullable String credit) {
        if (credit != null) {
            return credit;
        }
        String host = url.replaceFirst("^https?://", "");
        int slash = host.indexOf('/');
        return slash > 0 ? host.substring(0, slash) : host;
    }
}
