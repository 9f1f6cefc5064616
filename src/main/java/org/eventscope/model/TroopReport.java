package org.eventscope.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who said how many troops stand within which distance of a border, and when.
 *
 * @param id         stable id, unique in the file
 * @param date       when the figures were given
 * @param reportedBy who gave them, e.g. "Oleksiy Danilov, NSDC secretary"
 * @param subject    what is counted, e.g. "Russian troops near Ukraine's borders", or {@code null}
 * @param sourceIds  ids of the sources that carry it
 * @param eventId    the event that carried the figures, or {@code null}
 * @param bands      the figures, ordered by distance
 * @param texts      who reported and the subject in each language, when the file gives several
 */
public record TroopReport(
        String id,
        TimePoint date,
        String reportedBy,
        @Nullable String subject,
        List<String> sourceIds,
        @Nullable String eventId,
        List<Band> bands,
        Texts texts) {

    public TroopReport {
        sourceIds = List.copyOf(sourceIds);
        bands = List.copyOf(bands);
        reportedBy = java.util.Objects.requireNonNull(texts.pick("reportedBy", reportedBy));
        subject = texts.pick("subject", subject);
    }

    /** A report whose texts are each in one language. */
    public TroopReport(
            String id,
            TimePoint date,
            String reportedBy,
            @Nullable String subject,
            List<String> sourceIds,
            @Nullable String eventId,
            List<Band> bands) {
        this(id, date, reportedBy, subject, sourceIds, eventId, bands, Texts.NONE);
    }
}
