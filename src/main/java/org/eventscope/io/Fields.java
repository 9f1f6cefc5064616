package org.eventscope.io;

import java.util.ArrayList;
import java.util.List;
import org.eventscope.model.Category;
import org.eventscope.model.Era;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Media;
import org.eventscope.model.Source;
import org.eventscope.model.Texts;
import org.eventscope.model.TimePoint;
import org.eventscope.model.TroopReport;
import org.jspecify.annotations.Nullable;

/**
 * The members an entry of an event file is written with, in the order Eventscope writes them;
 * a member whose value is the default (no end, no actors, not approximate) is left out, as the
 * reader reads a missing member. The same names the reader ({@link EventFileParser}) reads.
 */
final class Fields {

    /** How a member's value may be written in a file, so that a changed value keeps its form. */
    enum Kind {
        /** A string, or the same text in several languages ({@code {"en": …, "uk": …}}). */
        TEXT,
        /** An array of {@link #TEXT}s. */
        TEXTS,
        /** Any other value, written as it is. */
        PLAIN
    }

    /**
     * One member.
     *
     * @param value a String, Boolean, Long or Integer, a List of Strings or Bands, or a Map from
     *     language to text
     */
    record Member(String name, Object value, Kind kind) {}

    private Fields() {}

    /** The members of an entry of any list of the file. */
    static List<Member> of(Object entry) {
        Builder b = new Builder();
        if (entry instanceof Source s) {
            b.plain("id", s.id())
                    .text("name", s.name(), s.texts())
                    .plain("url", s.url())
                    .plain("note", s.note());
        } else if (entry instanceof Category c) {
            b.plain("id", c.id()).text("name", c.name(), c.texts()).plain("color", c.color());
        } else if (entry instanceof Event e) {
            b.plain("id", e.id())
                    .text("title", e.title(), e.texts())
                    .time("start", e.start())
                    .time("end", e.end())
                    .plain("endApproximate", e.endApproximate() ? Boolean.TRUE : null)
                    .plain("category", e.category())
                    .list("actors", e.actors(), Kind.TEXTS)
                    .text("place", e.place(), e.texts())
                    .text("description", e.description(), e.texts())
                    .plain("media", media(e.media()))
                    .plain("fatalities", e.fatalities())
                    .list("sources", e.sourceIds(), Kind.PLAIN);
        } else if (entry instanceof TroopReport r) {
            b.plain("id", r.id())
                    .time("date", r.date())
                    .text("reportedBy", r.reportedBy(), r.texts())
                    .text("subject", r.subject(), r.texts())
                    .list("sources", r.sourceIds(), Kind.PLAIN)
                    .plain("event", r.eventId())
                    .plain("bands", r.bands());
        } else if (entry instanceof Era e) {
            b.plain("id", e.id())
                    .text("title", e.title(), e.texts())
                    .time("start", e.start())
                    .time("end", e.end())
                    .plain("color", e.color());
        } else {
            throw new IllegalArgumentException("not an entry of an event file: " + entry.getClass());
        }
        return b.members;
    }

    /** The members of the file's own object before its lists. */
    static List<Member> head(EventFile file) {
        return new Builder()
                .plain("format", "eventscope")
                .plain("formatVersion", file.formatVersion())
                .text("title", file.title(), file.texts())
                .plain("displayZone", file.displayZone().getId())
                .members;
    }

    /** An event's media as the members of its object, in the order they are written; {@code null} for none. */
    private static java.util.@Nullable Map<String, String> media(@Nullable Media m) {
        if (m == null) {
            return null;
        }
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put("url", m.url());
        if (m.caption() != null) {
            out.put("caption", m.caption());
        }
        if (m.credit() != null) {
            out.put("credit", m.credit());
        }
        if (m.alt() != null) {
            out.put("alt", m.alt());
        }
        return out;
    }

    private static final class Builder {
        final List<Member> members = new ArrayList<>();

        Builder plain(String name, @Nullable Object value) {
            if (value != null) {
                members.add(new Member(name, value, Kind.PLAIN));
            }
            return this;
        }

        /** A text: given by language when {@code texts} has it so, else the plain {@code value}. */
        Builder text(String name, @Nullable String value, Texts texts) {
            java.util.Map<String, String> byLanguage = texts.of(name);
            if (!byLanguage.isEmpty()) {
                members.add(new Member(name, byLanguage, Kind.TEXT));
            } else if (value != null) {
                members.add(new Member(name, value, Kind.TEXT));
            }
            return this;
        }

        Builder time(String name, @Nullable TimePoint value) {
            return plain(name, value == null ? null : value.text());
        }

        Builder list(String name, List<String> value, Kind kind) {
            if (!value.isEmpty()) {
                members.add(new Member(name, value, kind));
            }
            return this;
        }
    }
}
