package org.eventscope.io;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    private static final Section[] SECTIONS = Section.values();

    /** The ids this reader gave, with their places packed ({@link #pack}). */
    private final IdTable ids;
    /**
     * For a file read in two parts ({@link SplitRead}), the ids given by the other part: for the
     * second half, those given before its events array, as they were when it began; for the
     * reader, once the second half is joined, those it gave ({@link #join}). {@code null} otherwise.
     */
    private @Nullable IdTable others;
    /** Whether {@link #others} are the second half's, their indices counted from its first event. */
    private boolean othersOfSecondHalf;

    /** Slots per list in {@link #found}. */
    private static final int FOUND_SLOTS = 64;

    /**
     * Per list (by its ordinal), ids found in it, each in the slot of its identity hash: the few
     * category and source ids that a million references repeat are read as one shared instance
     * each ({@link JsonCursor#interned}), so checking one again is a comparison, not a look-up.
     */
    private final @Nullable String[] @Nullable [] found = new String[SECTIONS.length][];

    private final List<Pending> pending = new ArrayList<>();
    private final Set<Section> read;
    private final Set<Section> broken;
    private final int expected;

    /** @param expected about how many ids the file holds, so a million are not rehashed */
    References(int expected) {
        this.expected = expected;
        this.ids = new IdTable(expected);
        this.read = EnumSet.noneOf(Section.class);
        this.broken = EnumSet.noneOf(Section.class);
    }

    private References(References whole) {
        this.expected = whole.expected / 2;
        this.ids = new IdTable(expected);
        this.others = whole.ids.copy();
        this.read = EnumSet.copyOf(whole.read);
        this.broken = EnumSet.copyOf(whole.broken);
    }

    /**
     * The references of the second half of the events, read on another thread: the ids and
     * lists read so far, as they are now, and a table of its own for the ids it gives, which
     * {@link #join} adds to this reader's. Call on this reader's thread before the half begins.
     */
    References secondHalf() {
        return new References(this);
    }

    /**
     * Takes in the ids the second half gave, once it has stopped, their places marked ({@link
     * #ofSecondHalf}); false, and nothing taken, when this reader gave any of them too.
     */
    boolean join(References half) {
        if (others != null || ids.sharesAnyWith(half.ids)) {
            return false;
        }
        others = half.ids;
        othersOfSecondHalf = true;
        return true;
    }

    /** Whether {@code place} was declared by the second half of a file read in two parts. */
    static boolean ofSecondHalf(Place place) {
        return place.index() < 0;
    }

    /** Records {@code id} at {@code place}; the place it was first given when it was given before, else {@code null}. */
    @Nullable
    Place declare(String id, Place place) {
        long other = other(id);
        if (other != IdTable.ABSENT) {
            return unpack(other);
        }
        long first = ids.putIfAbsent(id, pack(place));
        return first == IdTable.ABSENT ? null : unpack(first);
    }

    /** Where the other part gave {@code id}, packed, or {@link IdTable#ABSENT}. */
    private long other(String id) {
        IdTable o = others;
        if (o == null) {
            return IdTable.ABSENT;
        }
        long place = o.get(id);
        if (place == IdTable.ABSENT || !othersOfSecondHalf) {
            return place;
        }
        return (place & ~0xFFFF_FFFFL) | ((-1L - (int) place) & 0xFFFF_FFFFL);
    }

    /** Gives {@code id} to {@code place}, whatever it was given to before. */
    void redeclare(String id, Place place) {
        ids.put(id, pack(place));
        java.util.Arrays.fill(found, null); // an id may now name an entry of another list
    }

    /** A place as one {@code long}: its list in the high half, its index in the low. */
    @SuppressWarnings("EnumOrdinal") // packed and unpacked only here, within one run
    private static long pack(Place place) {
        return ((long) place.section().ordinal() << 32) | (place.index() & 0xFFFF_FFFFL);
    }

    private static Place unpack(long packed) {
        return new Place(SECTIONS[(int) (packed >>> 32)], (int) packed);
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
        } else if (!found(id, target)) {
            at.error(path(at, field, item), unknown(target, id));
        }
    }

    /** Whether {@code id} names an entry of {@code section}: as {@link #isIn}, at once for an instance found before. */
    @SuppressWarnings({"EnumOrdinal", "ReferenceEquality"}) // within one run; the very instance found before
    private boolean found(String id, Section section) {
        @Nullable String[] seen = found[section.ordinal()];
        int slot = System.identityHashCode(id) & (FOUND_SLOTS - 1);
        if (seen != null && seen[slot] == id) {
            return true;
        }
        if (!isIn(id, section)) {
            return false;
        }
        if (seen == null) {
            seen = new String[FOUND_SLOTS];
            found[section.ordinal()] = seen;
        }
        seen[slot] = id;
        return true;
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
        long place = ids.get(id);
        if (place == IdTable.ABSENT) {
            place = other(id);
        }
        return place != IdTable.ABSENT && SECTIONS[(int) (place >>> 32)] == section;
    }

    private static String unknown(Section target, String id) {
        return Messages.get("read.unknownReference", Messages.get(target.refKey()), id, target.key());
    }
}
