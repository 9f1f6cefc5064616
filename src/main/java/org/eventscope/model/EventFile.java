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
 */
public record EventFile(
        int formatVersion,
        String title,
        ZoneId displayZone,
        List<Source> sources,
        List<Category> categories,
        List<Event> events,
        List<TroopReport> troopReports,
        List<Era> eras) {

    /** The one format version this release reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public EventFile {
        sources = List.copyOf(sources);
        categories = List.copyOf(categories);
        // Chunked: an edit of one event copies one chunk, and two versions compare by their chunks.
        events = ChunkedList.of(events);
        troopReports = List.copyOf(troopReports);
        eras = List.copyOf(eras);
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
