package org.eventscope.io;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

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
    private final Set<Section> read;
    private final Set<Section> broken;
    /**
     * For the second half of a file read in two parts ({@link SplitRead}): the ids it declared,
     * to take back when the half is left; {@code null} for a reader of the whole file.
     */
    private final @Nullable List<String> declared;

    /**
     * @param expected about how many ids the file holds, so a million never rehash
     * @param shared   whether a second half will declare ids in the same map from another thread
     */
    References(int expected, boolean shared) {
        this.ids = shared ? new ConcurrentHashMap<>(Math.max(64, expected)) : new HashMap<>(Math.max(64, expected));
        this.read = EnumSet.noneOf(Section.class);
        this.broken = EnumSet.noneOf(Section.class);
        this.declared = null;
    }

    private References(References whole) {
        if (!(whole.ids instanceof ConcurrentHashMap)) {
            throw new IllegalStateException("the ids are not shared");
        }
        this.ids = whole.ids;
        this.read = EnumSet.copyOf(whole.read);
        this.broken = EnumSet.copyOf(whole.broken);
        this.declared = new ArrayList<>();
    }

    /**
     * The references of the second half of the events, read on another thread: the same ids,
     * the lists read so far. Its places are marked ({@link #ofSecondHalf}), since their indices
     * count from the half's first event.
     */
    References secondHalf() {
        return new References(this);
    }

    /** Whether {@code place} was declared by the second half of a file read in two parts. */
    static boolean ofSecondHalf(Place place) {
        return place.index() < 0;
    }

    /** Records {@code id} at {@code place}; the place it was first given when it was given before, else {@code null}. */
    @Nullable
    Place declare(String id, Place place) {
        if (declared == null) {
            return ids.putIfAbsent(id, place);
        }
        Place marked = new Place(place.section(), -1 - place.index());
        Place first = ids.putIfAbsent(id, marked);
        if (first == null) {
            declared.add(id);
        }
        return first;
    }

    /** Gives {@code id} to {@code place}, whatever it was given to before. */
    void redeclare(String id, Place place) {
        ids.put(id, place);
    }

    /** Takes back the ids this second half declared and still holds. */
    void forget() {
        if (declared != null) {
            for (String id : declared) {
                Place p = ids.get(id);
                if (p != null && ofSecondHalf(p)) {
                    ids.remove(id, p);
                }
            }
            declared.clear();
        }
    }

    /** Whether references were left to check once a later list is read. */
    boolean anyPending() {
        return !pending.isEmpty();
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
