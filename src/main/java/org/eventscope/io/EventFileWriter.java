package org.eventscope.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eventscope.io.Fields.Kind;
import org.eventscope.io.Fields.Member;
import org.eventscope.model.EventFile;
import org.eventscope.model.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Writes event files. A new file is written as Eventscope writes ({@link JsonText}). A file that
 * was read and then edited is written as a patch of the bytes it was read from: everything that
 * did not change is copied byte for byte (key order, white space, unknown members, {@code $schema},
 * texts in several languages, the way numbers are written), an entry that changed has only its
 * changed members rewritten, and a text given in several languages has only the language the
 * reader showed replaced. So a file saved without edits is the same bytes, and a diff of a saved
 * file shows the edit and nothing else.
 */
public final class EventFileWriter {

    private static final java.util.regex.Pattern BARE_LF = java.util.regex.Pattern.compile("(?<!\r)\n");

    private static final String[] SECTIONS = {"sources", "categories", "events", "troopReports", "eras"};
    private static final boolean[] REQUIRED = {true, false, true, false, false};

    private EventFileWriter() {}

    /** Writes {@code file} as a new file. */
    public static void write(EventFile file, OutputStream out) throws IOException {
        Out o = new Out(out, null);
        StringBuilder b = new StringBuilder(256);
        b.append("{\n");
        for (Member m : Fields.head(file)) {
            b.append(JsonText.INDENT);
            JsonText.member(b, m, JsonText.INDENT);
            b.append(",\n");
        }
        o.emit(b);
        boolean first = true;
        for (int s = 0; s < SECTIONS.length; s++) {
            List<?> list = list(file, s);
            if (list.isEmpty() && !REQUIRED[s]) {
                continue;
            }
            b.append(first ? "" : ",\n").append(JsonText.INDENT);
            JsonText.string(b, SECTIONS[s]);
            b.append(": ");
            first = false;
            if (list.isEmpty()) {
                b.append("[]");
                continue;
            }
            b.append('[');
            String inner = JsonText.INDENT + JsonText.INDENT;
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "\n" : ",\n").append(inner);
                JsonText.object(b, Fields.of(list.get(i)), inner);
                if (b.length() > 1 << 16) {
                    o.emit(b);
                }
            }
            b.append('\n').append(JsonText.INDENT).append(']');
        }
        b.append("\n}\n");
        o.emit(b);
        o.flush();
    }

    /**
     * Writes {@code now}, an edit of {@code base}, as a patch of {@code original}: the bytes
     * {@code base} was read from (without errors).
     *
     * @param origins where each entry of {@code now} stands in {@code base}
     */
    public static void write(byte[] original, EventFile base, EventFile now, Origins origins, OutputStream out)
            throws IOException {
        write(ByteSource.of(original), base, now, origins, out);
    }

    /**
     * As {@link #write(byte[], EventFile, EventFile, Origins, OutputStream)}, reading the original
     * bytes from the file open in {@code original} as they are needed (a big file is not held in
     * memory).
     */
    public static void write(
            java.nio.channels.FileChannel original, EventFile base, EventFile now, Origins origins, OutputStream out)
            throws IOException {
        write(ByteSource.of(original), base, now, origins, out);
    }

    private static void write(ByteSource original, EventFile base, EventFile now, Origins origins, OutputStream out)
            throws IOException {
        try {
            new Patch(new JsonSpans(original), new Out(out, original)).file(base, now, origins);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<?> list(EventFile f, int section) {
        return switch (section) {
            case 0 -> f.sources();
            case 1 -> f.categories();
            case 2 -> f.events();
            case 3 -> f.troopReports();
            default -> f.eras();
        };
    }

    /** The output: copied ranges of the original and new text, both as UTF-8. */
    private static final class Out {
        private final OutputStream out;
        private final @Nullable ByteSource original;
        private int copied;
        /** The original's line end is CRLF: new text gets it too, so a diff shows only the edit. */
        private boolean crlf;

        Out(OutputStream out, @Nullable ByteSource original) {
            this.out = new BufferedOutputStream(out, 1 << 16);
            this.original = original;
        }

        /** Copies the original up to {@code to}, from where the last copy or skip ended. */
        void copyTo(int to) throws IOException {
            copy(copied, to);
            copied = to;
        }

        void copy(int from, int to) throws IOException {
            if (to > from) {
                Objects.requireNonNull(original).copy(from, to, out);
            }
        }

        /** Leaves the original out up to {@code to}. */
        void skipTo(int to) {
            copied = to;
        }

        void emit(CharSequence text) throws IOException {
            String t = text.toString();
            if (crlf) {
                // Bare line feeds of new text only: copied text already has CRLF, and JSON strings hold no raw line
                // ends.
                t = BARE_LF.matcher(t).replaceAll("\r\n");
            }
            out.write(t.getBytes(StandardCharsets.UTF_8));
            if (text instanceof StringBuilder b) {
                b.setLength(0);
            }
        }

        void flush() throws IOException {
            out.flush();
        }
    }

    private static final class Patch {
        private final JsonSpans spans;
        private final Out out;
        private final String unit;

        Patch(JsonSpans spans, Out out) {
            this.spans = spans;
            this.out = out;
            this.unit = spans.unit();
            out.crlf = spans.crlf();
        }

        void file(EventFile base, EventFile now, Origins origins) throws IOException {
            int open = spans.root();
            List<JsonSpans.Member> members = spans.members(open);
            Map<String, JsonSpans.Member> byName = new HashMap<>();
            for (JsonSpans.Member m : members) {
                byName.put(m.name(), m);
            }
            for (JsonSpans.Member m : members) {
                switch (m.name()) {
                    case "title" -> {
                        if (!base.title().equals(now.title()) || !base.texts().equals(now.texts())) {
                            for (Member title : Fields.head(now)) {
                                if (title.name().equals("title")) {
                                    replace(m, title);
                                }
                            }
                        }
                    }
                    case "displayZone" -> {
                        if (!base.displayZone().equals(now.displayZone())) {
                            replace(
                                    m,
                                    new Member("displayZone", now.displayZone().getId(), Kind.PLAIN));
                        }
                    }
                    default -> {
                        int s = section(m.name());
                        if (s >= 0 && changed(list(base, s), list(now, s), origins.of(s))) {
                            out.copyTo(m.valueStart());
                            array(m, list(base, s), list(now, s), origins.of(s));
                            out.skipTo(m.valueEnd());
                        }
                    }
                }
            }
            // Lists the file did not have, now with entries, go after its last member.
            String indent = members.isEmpty()
                    ? unit
                    : spans.indentOf(members.get(members.size() - 1).keyStart());
            StringBuilder added = new StringBuilder();
            for (int s = 0; s < SECTIONS.length; s++) {
                List<?> list = list(now, s);
                if (!byName.containsKey(SECTIONS[s]) && !list.isEmpty()) {
                    added.append(members.isEmpty() && added.isEmpty() ? "\n" : ",\n")
                            .append(indent);
                    JsonText.string(added, SECTIONS[s]);
                    added.append(": [");
                    String inner = indent + unit;
                    for (int i = 0; i < list.size(); i++) {
                        added.append(i == 0 ? "\n" : ",\n").append(inner);
                        JsonText.object(added, Fields.of(list.get(i)), inner, unit);
                    }
                    added.append('\n').append(indent).append(']');
                }
            }
            if (!added.isEmpty()) {
                out.copyTo(
                        members.isEmpty()
                                ? open + 1
                                : members.get(members.size() - 1).valueEnd());
                out.emit(added);
            }
            out.copyTo(spans.bytes().length());
            out.flush();
        }

        private static int section(String name) {
            for (int s = 0; s < SECTIONS.length; s++) {
                if (SECTIONS[s].equals(name)) {
                    return s;
                }
            }
            return -1;
        }

        private static boolean changed(List<?> base, List<?> now, int[] origins) {
            if (base.size() != now.size()) {
                return true;
            }
            for (int i = 0; i < origins.length; i++) {
                if (origins[i] != i || !same(base.get(i), now.get(i))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean same(Object a, Object b) {
            return a == b || a.equals(b);
        }

        /** Replaces the value of a member of the file's own object. */
        private void replace(JsonSpans.Member m, Member value) throws IOException {
            out.copyTo(m.valueStart());
            StringBuilder b = new StringBuilder();
            value(b, m, value, spans.indentOf(m.keyStart()));
            out.emit(b);
            out.skipTo(m.valueEnd());
        }

        /** A list, its entries copied, patched or written new, in their new order. */
        private void array(JsonSpans.Member m, List<?> base, List<?> now, int[] origins) throws IOException {
            if (now.isEmpty()) {
                out.emit("[]");
                return;
            }
            JsonSpans.Items items = spans.items(m.valueStart());
            String indent = spans.indentOf(m.keyStart());
            int n = items.size();
            String itemIndent = n > 0 ? spans.indentOf(items.starts()[0]) : indent + unit;
            String lead = n > 0 ? spans.text(items.open() + 1, items.starts()[0]) : "\n" + itemIndent;
            String tail = n > 0 ? spans.text(items.ends()[n - 1], items.close()) : "\n" + indent;
            String separator = n >= 2 ? spans.text(items.ends()[0], items.starts()[1]) : "," + lead;
            StringBuilder b = new StringBuilder(256);
            b.append('[').append(lead);
            for (int j = 0; j < now.size(); j++) {
                int o = origins[j];
                if (j > 0) {
                    int before = origins[j - 1];
                    if (before >= 0 && o == before + 1) {
                        out.emit(b);
                        out.copy(items.ends()[before], items.starts()[o]);
                    } else {
                        b.append(separator);
                    }
                }
                Object entry = now.get(j);
                if (o >= 0 && same(base.get(o), entry)) {
                    out.emit(b);
                    out.copy(items.starts()[o], items.ends()[o]);
                } else if (o >= 0) {
                    entry(b, items.starts()[o], base.get(o), entry, itemIndent);
                } else {
                    JsonText.object(b, Fields.of(entry), itemIndent, unit);
                }
                if (b.length() > 1 << 16) {
                    out.emit(b);
                }
            }
            b.append(tail).append(']');
            out.emit(b);
        }

        private record Change(int from, int to, String text) {}

        /** An entry that changed: only its changed members are rewritten, in the file's style. */
        private void entry(StringBuilder b, int open, Object before, Object after, String indent) {
            List<JsonSpans.Member> members = spans.members(open);
            int close = spans.close(open, members);
            Map<String, Member> was = new HashMap<>();
            for (Member m : Fields.of(before)) {
                was.put(m.name(), m);
            }
            List<Member> is = Fields.of(after);
            Map<String, Member> isByName = new HashMap<>();
            for (Member m : is) {
                isByName.put(m.name(), m);
            }
            Map<String, Integer> at = new HashMap<>();
            for (int k = 0; k < members.size(); k++) {
                at.put(members.get(k).name(), k);
            }
            String memberIndent = members.isEmpty()
                    ? indent + unit
                    : spans.indentOf(members.get(0).keyStart());
            String lead = members.isEmpty()
                    ? "\n" + memberIndent
                    : spans.text(open + 1, members.get(0).keyStart());
            // What stands between two members, the comma included.
            String between = members.size() >= 2
                    ? spans.text(members.get(0).valueEnd(), members.get(1).keyStart())
                    : "," + (lead.isEmpty() ? " " : lead);
            List<Change> changes = new ArrayList<>();
            boolean[] removed = new boolean[members.size()];
            // Changed and removed members.
            for (int k = 0; k < members.size(); k++) {
                JsonSpans.Member m = members.get(k);
                Member old = was.get(m.name());
                Member now = isByName.get(m.name());
                if ((old == null && now == null)
                        || (old != null && now != null && old.value().equals(now.value()))) {
                    continue; // unknown to Eventscope, or unchanged
                }
                if (now == null) {
                    removed[k] = true;
                } else {
                    StringBuilder v = new StringBuilder();
                    value(v, m, now, memberIndent);
                    changes.add(new Change(m.valueStart(), m.valueEnd(), v.toString()));
                }
            }
            int firstKept = 0;
            while (firstKept < members.size() && removed[firstKept]) {
                firstKept++;
            }
            if (firstKept > 0) {
                int to = firstKept < members.size() ? members.get(firstKept).keyStart() : close;
                changes.add(new Change(members.get(0).keyStart(), to, ""));
            }
            for (int k = firstKept + 1; k < members.size(); k++) {
                if (removed[k]) {
                    changes.add(new Change(
                            members.get(k - 1).valueEnd(), members.get(k).valueEnd(), ""));
                }
            }
            // New members go after the member that comes before them in Eventscope's order.
            for (int i = 0; i < is.size(); i++) {
                Member m = is.get(i);
                if (at.containsKey(m.name())) {
                    continue;
                }
                StringBuilder v = new StringBuilder();
                JsonText.member(v, m, memberIndent, unit);
                int anchor = -1;
                for (int j = i - 1; j >= 0 && anchor < 0; j--) {
                    Integer k = at.get(is.get(j).name());
                    if (k != null && !removed[k]) {
                        anchor = k;
                    }
                }
                if (anchor >= 0) {
                    int where = members.get(anchor).valueEnd();
                    changes.add(new Change(where, where, between + v));
                } else if (firstKept < members.size()) {
                    int where = members.get(firstKept).keyStart();
                    changes.add(new Change(where, where, v + between));
                } else {
                    changes.add(new Change(open + 1, open + 1, lead + v + "\n" + indent));
                }
            }
            changes.sort(Comparator.comparingInt(Change::from).thenComparingInt(c -> c.to() - c.from()));
            int pos = open;
            for (Change c : changes) {
                b.append(spans.text(pos, c.from())).append(c.text());
                pos = Math.max(pos, c.to());
            }
            b.append(spans.text(pos, close + 1));
        }

        /**
         * A changed value for {@code m}: a text given in several languages has each language's
         * text replaced (a language whose text did not change keeps its form); the items of a list
         * of texts that did not change keep their form.
         */
        private void value(StringBuilder b, JsonSpans.Member m, Member value, String indent) {
            if (value.kind() == Kind.TEXT
                    && value.value() instanceof Map<?, ?> byLanguage
                    && spans.at(m.valueStart()) == '{') {
                languages(b, m, byLanguage, indent);
                return;
            }
            if (value.kind() == Kind.TEXTS && spans.at(m.valueStart()) == '[') {
                JsonSpans.Items old = spans.items(m.valueStart());
                List<?> items = (List<?>) value.value();
                int n = old.size();
                // The array's own spacing: on one line or one item a line, as the file had it.
                String inner = indent + unit;
                String lead = n > 0 ? spans.text(old.open() + 1, old.starts()[0]) : "\n" + inner;
                String between =
                        n >= 2 ? spans.text(old.ends()[0], old.starts()[1]) : "," + (lead.isEmpty() ? " " : lead);
                String tail = n > 0 ? spans.text(old.ends()[n - 1], old.close()) : "\n" + indent;
                // An item that is still there, wherever it now stands, keeps its form (its languages).
                String[] shownBefore = new String[n];
                boolean[] used = new boolean[n];
                for (int j = 0; j < n; j++) {
                    shownBefore[j] = shown(old.starts()[j], old.ends()[j]);
                }
                b.append('[').append(lead);
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        b.append(between);
                    }
                    String item = (String) items.get(i);
                    int kept = -1;
                    for (int j = 0; j < n && kept < 0; j++) {
                        if (!used[j] && item.equals(shownBefore[j])) {
                            kept = j;
                        }
                    }
                    if (kept >= 0) {
                        used[kept] = true;
                        b.append(spans.text(old.starts()[kept], old.ends()[kept]));
                    } else {
                        JsonText.string(b, item);
                    }
                }
                b.append(tail).append(']');
                return;
            }
            JsonText.value(b, value.value(), indent, unit);
        }

        /** A text by language written over the object at {@code m}, in its style. */
        private void languages(StringBuilder b, JsonSpans.Member m, Map<?, ?> byLanguage, String indent) {
            int open = m.valueStart();
            List<JsonSpans.Member> old = spans.members(open);
            int close = spans.close(open, old);
            Map<String, JsonSpans.Member> oldByName = new HashMap<>();
            for (JsonSpans.Member l : old) {
                oldByName.putIfAbsent(l.name(), l);
            }
            String lead = old.isEmpty()
                    ? "\n" + indent + unit
                    : spans.text(open + 1, old.get(0).keyStart());
            String between = old.size() >= 2
                    ? spans.text(old.get(0).valueEnd(), old.get(1).keyStart())
                    : "," + (lead.isEmpty() ? " " : lead);
            String tail = old.isEmpty()
                    ? "\n" + indent
                    : spans.text(old.get(old.size() - 1).valueEnd(), close);
            b.append('{').append(lead);
            boolean first = true;
            for (Map.Entry<?, ?> e : byLanguage.entrySet()) {
                String language = (String) e.getKey();
                String text = (String) e.getValue();
                if (!first) {
                    b.append(between);
                }
                first = false;
                JsonSpans.Member was = oldByName.get(language);
                if (was != null && text.equals(decode(was.valueStart(), was.valueEnd()))) {
                    b.append(spans.text(was.keyStart(), was.valueEnd()));
                } else if (was != null) {
                    b.append(spans.text(was.keyStart(), was.valueStart()));
                    JsonText.string(b, text);
                } else {
                    JsonText.string(b, language);
                    b.append(": ");
                    JsonText.string(b, text);
                }
            }
            b.append(tail).append('}');
        }

        /** The text a reader shows for the string or texts by language at [from, to). */
        private @Nullable String shown(int from, int to) {
            if (spans.at(from) == '"') {
                return decode(from, to);
            }
            if (spans.at(from) != '{') {
                return null;
            }
            List<JsonSpans.Member> languages = spans.members(from);
            for (JsonSpans.Member l : languages) {
                if (Texts.isShownLanguage(l.name())) {
                    return decode(l.valueStart(), l.valueEnd());
                }
            }
            return languages.isEmpty()
                    ? null
                    : decode(languages.get(0).valueStart(), languages.get(0).valueEnd());
        }

        private @Nullable String decode(int from, int to) {
            try (com.fasterxml.jackson.core.JsonParser p =
                    Json.FACTORY.createParser(spans.bytes().read(from, to))) {
                p.nextToken();
                return p.getText();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
