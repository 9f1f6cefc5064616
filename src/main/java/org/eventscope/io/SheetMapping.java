package org.eventscope.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventscope.i18n.Messages;
import org.eventscope.io.JsonValue.JObject;
import org.eventscope.io.JsonValue.JString;
import org.eventscope.io.JsonValue.Member;
import org.jspecify.annotations.Nullable;

/**
 * Which column of a sheet holds what an event has (its start, end, title, …), by the column's
 * name in the header, and how the dates are written; {@code null} dates are detected from the
 * sheet. Made in the window's mapping dialog, remembered per header, and saved as a small JSON
 * file for {@code eventscope import --mapping}:
 *
 * <pre>{"eventscopeMapping": 1, "columns": {"start": "Date", "title": "What"}, "dates": "day-first"}</pre>
 */
public record SheetMapping(
        Map<Field, String> columns, @Nullable SheetDateFormat dates) {

    /** The version of the mapping file's form. */
    public static final int VERSION = 1;

    /** What a column can hold. */
    public enum Field {
        START("start", true),
        END("end", false),
        TITLE("title", true),
        DESCRIPTION("description", false),
        CATEGORY("category", false),
        ACTORS("actors", false),
        PLACE("place", false),
        SOURCE("source", false),
        URL("url", false);

        private final String key;
        private final boolean required;

        Field(String key, boolean required) {
            this.key = key;
            this.required = required;
        }

        /** The name the mapping file gives it. */
        public String key() {
            return key;
        }

        /** Whether every mapping names a column for it. */
        public boolean required() {
            return required;
        }

        /** What the interface calls it. */
        public String label() {
            return Messages.get("sheet.field." + key);
        }

        static @Nullable Field ofKey(String key) {
            for (Field f : values()) {
                if (f.key.equals(key)) {
                    return f;
                }
            }
            return null;
        }
    }

    public SheetMapping {
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        columns.forEach((f, c) -> {
            if (!c.isBlank()) {
                copy.put(f, c.strip());
            }
        });
        columns = java.util.Collections.unmodifiableMap(copy);
    }

    /** The column named for {@code field}, or {@code null}. */
    public @Nullable String column(Field field) {
        return columns.get(field);
    }

    /** The same mapping with the dates written in {@code format}. */
    public SheetMapping withDates(@Nullable SheetDateFormat format) {
        return new SheetMapping(columns, format);
    }

    /**
     * A first guess for a sheet with this header: each field the column whose name says it
     * ("Date", "Start", "Дата" for the start; "Title", "Headline", "Назва" for the title …).
     */
    public static SheetMapping guess(List<String> header) {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        for (String name : header) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            Field f = switch (n) {
                case "start", "start date", "date", "from", "begin", "when", "дата", "початок", "дата початку" ->
                    Field.START;
                case "end", "end date", "to", "until", "кінець", "дата кінця", "дата завершення" -> Field.END;
                case "title", "headline", "event", "name", "what", "назва", "заголовок", "подія" -> Field.TITLE;
                case "description", "text", "notes", "details", "summary", "опис", "текст", "примітки" ->
                    Field.DESCRIPTION;
                case "category", "type", "group", "kind", "категорія", "тип", "група" -> Field.CATEGORY;
                case "actors", "actor", "who", "parties", "учасники", "сторони" -> Field.ACTORS;
                case "place", "location", "where", "місце", "локація" -> Field.PLACE;
                case "source", "sources", "джерело", "джерела" -> Field.SOURCE;
                case "url", "link", "web address", "посилання" -> Field.URL;
                default -> null;
            };
            if (f != null) {
                columns.putIfAbsent(f, name.strip());
            }
        }
        return new SheetMapping(columns, null);
    }

    /** Whether every required field has its column. */
    public boolean complete() {
        for (Field f : Field.values()) {
            if (f.required && !columns.containsKey(f)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the mapping file's form. */
    public void write(OutputStream out) throws IOException {
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller closes (and syncs) the stream
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("eventscopeMapping", VERSION);
            g.writeObjectFieldStart("columns");
            for (Map.Entry<Field, String> e : columns.entrySet()) {
                g.writeStringField(e.getKey().key, e.getValue());
            }
            g.writeEndObject();
            if (dates != null) {
                g.writeStringField("dates", dates.key());
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** The mapping file's form as text. */
    public String toJson() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Reads a mapping file; its problems (at their line and column) go to {@code problems}.
     *
     * @return the mapping, or {@code null} when it has errors
     */
    public static @Nullable SheetMapping read(String name, InputStream in, ProblemList problems) {
        JsonValue root;
        try {
            root = JsonTreeReader.read(name, InputBytes.open(in, 1 << 20), problems);
        } catch (InputException e) {
            problems.add(e.problem(name));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(Problem.Severity.ERROR, name, 0, 0, "", EventFileReader.reason(e)));
            return null;
        }
        if (root == null) {
            return null;
        }
        Problems at = new Problems(name, problems);
        if (!(root instanceof JObject object)) {
            at.error(root, "", Messages.get("mapping.notObject", root.kind()));
            return null;
        }
        Member version = object.members().get("eventscopeMapping");
        if (version == null
                || !(version.value() instanceof JsonValue.JNumber n)
                || !n.text().equals(String.valueOf(VERSION))) {
            at.error(version != null ? version.value() : root, "eventscopeMapping", Messages.get("mapping.version"));
            return null;
        }
        Map<Field, String> columns = new EnumMap<>(Field.class);
        SheetDateFormat dates = null;
        for (Member m : object.members().values()) {
            switch (m.name()) {
                case "eventscopeMapping" -> {}
                case "columns" -> {
                    if (!(m.value() instanceof JObject cols)) {
                        at.error(
                                m.value(),
                                "columns",
                                Messages.get(
                                        "mapping.columnsNotObject", m.value().kind()));
                        continue;
                    }
                    for (Member c : cols.members().values()) {
                        Field f = Field.ofKey(c.name());
                        String path = "columns." + c.name();
                        if (f == null) {
                            at.error(c.value(), path, Messages.get("mapping.unknownField", c.name(), fieldKeys()));
                        } else if (!(c.value() instanceof JString s)
                                || s.value().isBlank()) {
                            at.error(c.value(), path, Messages.get("mapping.columnNotName"));
                        } else {
                            columns.put(f, s.value());
                        }
                    }
                }
                case "dates" -> {
                    SheetDateFormat f = m.value() instanceof JString s ? SheetDateFormat.ofKey(s.value()) : null;
                    if (f == null) {
                        at.error(m.value(), "dates", Messages.get("mapping.badDates", dateKeys()));
                    }
                    dates = f;
                }
                default -> at.warning(m.value(), m.name(), Messages.get("mapping.unknownMember", m.name()));
            }
        }
        for (Field f : Field.values()) {
            if (f.required && !columns.containsKey(f) && !problems.hasErrors()) {
                at.error(root, "columns", Messages.get("mapping.needs", f.key));
            }
        }
        return problems.hasErrors() ? null : new SheetMapping(columns, dates);
    }

    private static String fieldKeys() {
        StringBuilder b = new StringBuilder();
        for (Field f : Field.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(f.key);
        }
        return b.toString();
    }

    private static String dateKeys() {
        StringBuilder b = new StringBuilder();
        for (SheetDateFormat f : SheetDateFormat.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(f.key());
        }
        return b.toString();
    }
}
