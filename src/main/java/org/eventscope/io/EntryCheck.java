package org.eventscope.io;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eventscope.model.Category;
import org.eventscope.model.Era;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.TroopReport;
import org.jspecify.annotations.Nullable;

/**
 * Checks one entry as an editor has it, by the reader's own rules: the entry is written as JSON
 * (its times as the user typed them) into a small file with the sources, categories and events it
 * may refer to, and that file is read. So an edit is refused exactly where opening the file would
 * fail, with the reader's words, and nothing is checked twice in two ways.
 */
public final class EntryCheck {

    /**
     * What the reader made of an entry.
     *
     * @param entry    the entry as read, or {@code null} when it has errors
     * @param problems its problems, errors and warnings, each with the member it is at
     */
    public record Result<T>(@Nullable T entry, List<Found> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        /** The first error at {@code member}, or {@code null}. */
        public @Nullable String errorAt(String member) {
            for (Found f : problems) {
                if (f.problem().isError() && f.member().equals(member)) {
                    return f.problem().message();
                }
            }
            return null;
        }

        public boolean ok() {
            return entry != null;
        }
    }

    /**
     * A problem of the entry.
     *
     * @param member the member it is at ({@code "start"}), or {@code ""} for the entry as a whole
     */
    public record Found(String member, Problem problem) {}

    private EntryCheck() {}

    /** An event of {@code context} written as {@code members} (name to String, Boolean or list of Strings). */
    public static Result<Event> event(EventFile context, Map<String, Object> members) {
        return check(context, "events", members, List.of(), EventFile::events);
    }

    public static Result<Source> source(EventFile context, Map<String, Object> members) {
        return check(context, "sources", members, List.of(), EventFile::sources);
    }

    public static Result<Category> category(EventFile context, Map<String, Object> members) {
        return check(context, "categories", members, List.of(), EventFile::categories);
    }

    public static Result<Era> era(EventFile context, Map<String, Object> members) {
        return check(context, "eras", members, List.of(), EventFile::eras);
    }

    /** A troop report; {@code bands} values are lists of {@link org.eventscope.model.Band}. */
    public static Result<TroopReport> troopReport(EventFile context, Map<String, Object> members) {
        Object event = members.get("event");
        List<Event> carrying =
                event instanceof String id ? context.event(id).map(List::of).orElse(List.of()) : List.of();
        return check(context, "troopReports", members, carrying, EventFile::troopReports);
    }

    private static <T> Result<T> check(
            EventFile context,
            String list,
            Map<String, Object> members,
            List<Event> events,
            Function<EventFile, List<T>> entries) {
        StringBuilder b = new StringBuilder(1024);
        b.append("{\n");
        for (Fields.Member m : Fields.head(context)) {
            b.append(JsonText.INDENT);
            JsonText.member(b, m, JsonText.INDENT);
            b.append(",\n");
        }
        String[] names = {"sources", "categories", "events", list};
        List<?>[] lists = {context.sources(), context.categories(), events, List.of()};
        boolean firstList = true;
        for (int s = 0; s < names.length; s++) {
            if (s < 3 && names[s].equals(list)) {
                continue; // written last, as the one entry to check
            }
            b.append(firstList ? "  " : ",\n  ");
            firstList = false;
            JsonText.string(b, names[s]);
            b.append(": [");
            if (s == 3) {
                b.append("\n    {");
                boolean first = true;
                for (Map.Entry<String, Object> m : members.entrySet()) {
                    b.append(first ? "\n      " : ",\n      ");
                    JsonText.member(b, new Fields.Member(m.getKey(), m.getValue(), Fields.Kind.PLAIN), "      ");
                    first = false;
                }
                b.append("\n    }\n  ]");
                continue;
            }
            for (int i = 0; i < lists[s].size(); i++) {
                b.append(i == 0 ? "\n    " : ",\n    ");
                JsonText.object(b, Fields.of(lists[s].get(i)), "    ");
            }
            b.append(lists[s].isEmpty() ? "]" : "\n  ]");
        }
        b.append("\n}\n");
        EventFileReader.LoadResult read = EventFileReader.read(
                "entry", new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)));
        String prefix = "/" + list + "/0";
        List<Found> found = new ArrayList<>();
        for (Problem p : read.problems()) {
            if (p.path().equals(prefix)) {
                found.add(new Found("", p));
            } else if (p.path().startsWith(prefix + "/")) {
                String rest = p.path().substring(prefix.length() + 1);
                int slash = rest.indexOf('/');
                found.add(new Found(slash < 0 ? rest : rest.substring(0, slash), p));
            } else if (p.isError()) {
                // Not the entry's: the context is the editor's doing, and should never fail.
                found.add(new Found("", p));
            }
        }
        EventFile file = read.file();
        T entry = file == null || entries.apply(file).isEmpty()
                ? null
                : entries.apply(file).get(0);
        return new Result<>(entry, found);
    }
}
