package org.eventscope.io;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.eventscope.i18n.Messages;
import org.eventscope.model.TimePoint;
import org.jspecify.annotations.Nullable;

/**
 * The rules for the times of an event file that need its display zone: an end may not lie before
 * its start ({@link TimePoint#endsBefore}), and a clock reading without an offset must exist in its
 * zone (a daylight-saving gap is an error, an overlap a warning). The zone may come anywhere in the
 * file, so a check that needs it before it is known waits until {@link #zoneKnown}.
 */
final class TimeChecks {

    private final JsonCursor c;
    private @Nullable ZoneId displayZone;
    private List<Runnable> waiting = new ArrayList<>();

    TimeChecks(JsonCursor c) {
        this.c = c;
    }

    /** The display zone is known (or known to be missing, when UTC stands in): runs the checks that waited. */
    void zoneKnown(@Nullable ZoneId zone) {
        if (zone == null || displayZone != null) {
            return;
        }
        displayZone = zone;
        List<Runnable> now = waiting;
        waiting = List.of();
        now.forEach(Runnable::run);
    }

    /** Checks {@code time}, the value of {@code field} read at {@code at}, if a clock change can matter to it. */
    void clockExists(TimePoint time, long at, String field) {
        if (time.hasClock() && time.offset() == null) {
            Section section = c.section();
            int index = c.index();
            whenZoneKnown(time.zone() != null, () -> clockExists(time, at, section, index, field, displayZone));
        }
    }

    /** Reports an end (read at {@code endAt}) that lies before the start. */
    void endAfterStart(@Nullable TimePoint start, @Nullable TimePoint end, long endAt) {
        if (start == null || end == null) {
            return;
        }
        boolean zoneFree = start.ownZone() != null && end.ownZone() != null;
        if (zoneFree || displayZone != null) {
            endAfterStart(start, end, endAt, c.section(), c.index());
        } else {
            Section section = c.section();
            int index = c.index();
            waiting.add(() -> endAfterStart(start, end, endAt, section, index));
        }
    }

    private void endAfterStart(TimePoint start, TimePoint end, long endAt, @Nullable Section section, int index) {
        if (end.endsBefore(start, displayZone == null ? ZoneOffset.UTC : displayZone)) {
            c.error(
                    endAt,
                    JsonCursor.path(section, index, "end"),
                    Messages.get("read.endBeforeStart", end.toString(), start.toString()));
        }
    }

    private void whenZoneKnown(boolean zoneFree, Runnable check) {
        if (zoneFree || displayZone != null) {
            check.run();
        } else {
            waiting.add(check);
        }
    }

    /** Reports a wall-clock time that a clock change skips (an error) or repeats (a warning). */
    private void clockExists(
            TimePoint time, long at, @Nullable Section section, int index, String field, @Nullable ZoneId fallback) {
        ZoneOffsetTransition change = time.clockChange(fallback == null ? ZoneOffset.UTC : fallback);
        if (change == null) {
            return;
        }
        String where = JsonCursor.path(section, index, field);
        ZoneId clock = time.clockZone(fallback == null ? ZoneOffset.UTC : fallback);
        String zone = clock == null ? "" : clock.getId();
        // Clock times, or dates and times when the change skipped or repeated a whole day (Samoa, 2011).
        boolean sameDay = change.getDateTimeBefore()
                .toLocalDate()
                .equals(change.getDateTimeAfter().toLocalDate());
        String before = sameDay
                ? change.getDateTimeBefore().toLocalTime().toString()
                : change.getDateTimeBefore().toString().replace('T', ' ');
        String after = sameDay
                ? change.getDateTimeAfter().toLocalTime().toString()
                : change.getDateTimeAfter().toString().replace('T', ' ');
        if (change.isGap()) {
            c.error(at, where, Messages.get("read.time.gap", time.text(), zone, before, after));
        } else {
            c.warning(
                    at,
                    where,
                    Messages.get(
                            "read.time.overlap",
                            time.text(),
                            zone,
                            before,
                            after,
                            change.getOffsetBefore().getId(),
                            change.getOffsetAfter().getId()));
        }
    }
}
