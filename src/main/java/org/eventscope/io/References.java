package org.eventscope.io;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventscope.i18n.Messages;

/**
 * The ids of an event file and the references between its lists. An id is unique across the
 * whole file; a reference into a list that has been read is checked at once, one into a list that
 * comes later in the file once it has been read, and none into a list that is itself broken
 * (that is reported already).
 */
final class References {

    /** Where an id was first given: a list and the entry's index in it. */
    record Place(Section section, int index) {
        String idPath() {
            return "/" + section.key() + "/" + index + "/id";
        }
    }

    /** A reference checked once the list it points into has been read. */
    private record Pending(Section target, String id, int line, int column, String path) {}

    private final Map<String, Place> ids;
    private final List<Pending> pending = new ArrayList<>();
    private final Set<Section> read = EnumSet.noneOf(Section.class);
    private final Set<Section> broken = EnumSet.noneOf(Section.class);

    /** @param expected about how many ids the file holds, so a million never rehash */
    References(int expected) {
        this.ids = new HashMap<>(Math.max(64, expected));
    }

    /** Records {@code id} at {@code place}; the place it was first given when it was given before, else {@code null}. */
    Place declare(String id, Place place) {
        return ids.putIfAbsent(id, place);
    }

    void read(Section section) {
        read.add(section);
    }

    void broken(Section section) {
        broken.add(section);
    }

    /**
     * Checks that {@code id}, the value the cursor stands on, names an entry of {@code target}:
     * the value of {@code field}, or its item {@code item} when that is not negative. Its pointer
     * is only spelled out when needed.
     */
    void check(Section target, String id, JsonCursor at, String field, int item) {
        if (broken.contains(target)) {
            return;
        }
        if (!read.contains(target)) {
            pending.add(new Pending(target, id, at.line(), at.column(), path(at, field, item)));
        } else if (!isIn(id, target)) {
            at.error(path(at, field, item), unknown(target, id));
        }
    }

    private static String path(JsonCursor at, String field, int item) {
        return item < 0 ? at.path(field) : at.path(field) + "/" + item;
    }

    /** Checks the references that waited for a later list, reporting through {@code errors}. */
    void resolve(JsonCursor errors) {
        for (Pending r : pending) {
            if (!broken.contains(r.target()) && !isIn(r.id(), r.target())) {
                errors.error(r.line(), r.column(), r.path(), unknown(r.target(), r.id()));
            }
        }
    }

    private boolean isIn(String id, Section section) {
        Place place = ids.get(id);
        return place != null && place.section() == section;
    }

    private static String unknown(Section target, String id) {
        return Messages.get("read.unknownReference", Messages.get(target.refKey()), id, target.key());
    }
}
