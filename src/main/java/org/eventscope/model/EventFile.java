package org.eventscope.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The contents of one event file, checked and immutable.
 *
 * @param formatVersion the format version the file declares
 * @param title         the file's title
 * @param displayZone   the zone times are shown in by default, and read in when they carry none
 * @param sources       every source the file cites
 * @param categories    the event categories, possibly empty
 * @param events        the events, in file order
 * @param troopReports  the troop reports, in file order
 * @param eras          named stretches of time drawn behind the events, possibly empty
 * @param texts         the title in each language, when the file gives several
 */
public record EventFile(
        int formatVersion,
        String title,
        ZoneId displayZone,
        List<Source> sources,
        List<Category> categories,
        List<Event> events,
        List<TroopReport> troopReports,
        List<Era> eras,
        Texts texts) {

    /** The one format version this release reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public EventFile {
        title = java.util.Objects.requireNonNull(texts.pick("title", title));
        sources = List.copyOf(sources);
        categories = List.copyOf(categories);
        // Chunked: an edit of one event copies one chunk, and two versions compare by their chunks.
        events = ChunkedList.of(events);
        troopReports = List.copyOf(troopReports);
        eras = List.copyOf(eras);
    }

    /** A file whose title is in one language. */
    public EventFile(
            int formatVersion,
            String title,
            ZoneId displayZone,
            List<Source> sources,
            List<Category> categories,
            List<Event> events,
            List<TroopReport> troopReports,
            List<Era> eras) {
        this(formatVersion, title, displayZone, sources, categories, events, troopReports, eras, Texts.NONE);
    }

    /** A file without eras. */
    public EventFile(
            int formatVersion,
            String title,
            ZoneId displayZone,
            List<Source> sources,
            List<Category> categories,
            List<Event> events,
            List<TroopReport> troopReports) {
        this(formatVersion, title, displayZone, sources, categories, events, troopReports, List.of());
    }

    /**
     * The languages the file writes its texts in: those of its title, sources, categories, eras,
     * reports and events, in order of first appearance (empty when every text is in one
     * language). An editor offers a field per language for each text.
     */
    public java.util.Set<String> languages() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        texts.addLanguages(all);
        sources.forEach(s -> s.texts().addLanguages(all));
        categories.forEach(c -> c.texts().addLanguages(all));
        eras.forEach(e -> e.texts().addLanguages(all));
        troopReports.forEach(r -> r.texts().addLanguages(all));
        for (Event e : events) {
            if (!e.texts().isEmpty()) {
                e.texts().addLanguages(all);
            }
        }
        return all;
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Category> category(@Nullable String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The troop report that the given event carried, if any. */
    public Optional<TroopReport> reportOf(Event event) {
        return event == null
                ? Optional.empty()
                : troopReports.stream()
                        .filter(r -> event.id().equals(r.eventId()))
                        .findFirst();
    }
}
