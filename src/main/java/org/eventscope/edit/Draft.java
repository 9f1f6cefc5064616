package org.eventscope.edit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eventscope.io.Origins;
import org.eventscope.model.Category;
import org.eventscope.model.ChunkedList;
import org.eventscope.model.Era;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.Texts;
import org.eventscope.model.TroopReport;
import org.jspecify.annotations.Nullable;

/**
 * An event file being edited: its lists as they are now, and for each entry where it stood in the
 * file as last read or saved (its <em>base</em>), so a save can copy what did not change. Origins
 * carry the base's generation: after a save the base is what was written, and an entry whose
 * origin is of an older generation counts as new.
 */
final class Draft {

    private EventFile base;
    private int generation;
    private String title;
    private Texts texts;
    private ZoneId zone;
    private final Map<Part, Slot> slots = new EnumMap<>(Part.class);

    private @Nullable EventFile file;

    Draft(EventFile base) {
        this.base = base;
        this.title = base.title();
        this.texts = base.texts();
        this.zone = base.displayZone();
        for (Part p : Part.values()) {
            slots.put(p, new Slot(p.of(base)));
        }
        this.file = base;
    }

    EventFile base() {
        return base;
    }

    /** The file as it is now; the same instance until the next change. */
    EventFile file() {
        EventFile f = file;
        if (f == null) {
            f = new EventFile(
                    base.formatVersion(),
                    title,
                    zone,
                    cast(slot(Part.SOURCES).shown(), Source.class),
                    cast(slot(Part.CATEGORIES).shown(), Category.class),
                    cast(slot(Part.EVENTS).shown(), Event.class),
                    cast(slot(Part.TROOP_REPORTS).shown(), TroopReport.class),
                    cast(slot(Part.ERAS).shown(), Era.class),
                    texts);
            file = f;
        }
        return f;
    }

    /** Every entry of a part is of the part's type ({@link Part#of}); {@code type} says which. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> list, Class<T> type) {
        assert list.stream().allMatch(type::isInstance);
        return (List<T>) list;
    }

    private Slot slot(Part p) {
        return Objects.requireNonNull(slots.get(p), "every part has a slot");
    }

    List<Object> list(Part p) {
        return Collections.unmodifiableList(slot(p).entries());
    }

    /** Where each entry stood in the base. */
    Origins origins() {
        return new Origins(
                slot(Part.SOURCES).positions(generation),
                slot(Part.CATEGORIES).positions(generation),
                slot(Part.EVENTS).positions(generation),
                slot(Part.TROOP_REPORTS).positions(generation),
                slot(Part.ERAS).positions(generation));
    }

    /** The origin of entry {@code index} of {@code part}, for a change that removes it. */
    long origin(Part part, int index) {
        return slot(part).origin(index);
    }

    /** The saved file is the base from now on. */
    void rebase(EventFile saved) {
        base = saved;
        generation++;
        backAtBase();
    }

    /**
     * The lists are as in the base again (undo or redo came back to the saved state): each entry
     * stands at its own position in the base, whatever the changes that brought it back say.
     */
    void backAtBase() {
        for (Part p : Part.values()) {
            slot(p).rebase(generation);
        }
    }

    void apply(Change change) {
        file = null;
        if (change instanceof Change.Head h) {
            check(
                    title.equals(h.titleBefore()) && texts.equals(h.textsBefore()) && zone.equals(h.zoneBefore()),
                    change);
            title = h.title();
            texts = h.texts();
            zone = h.zone();
            return;
        }
        if (change instanceof Change.Put put) {
            Slot slot = slot(put.part());
            List<?> entries = slot.entries();
            check(put.index() < entries.size() && entries.get(put.index()) == put.before(), change);
            slot.changing().set(put.index(), put.after());
            // The model's list follows by one chunk, not by a copy of the whole list.
            slot.shown = ChunkedList.<Object>of(slot.shown()).with(put.index(), put.after());
        } else if (change instanceof Change.Insert in) {
            Slot slot = slot(in.part());
            int size = slot.entries().size();
            check(in.index() <= size, change);
            // Added at the end (Add event): one chunk copied; elsewhere the list is made again.
            List<?> was = in.index() == size ? slot.shown() : null;
            slot.origins().insert(in.index(), in.origin()); // the origins first: made from the entries before
            slot.changing().add(in.index(), in.entry());
            slot.shown = was == null ? null : ChunkedList.<Object>of(was).plus(in.entry());
        } else if (change instanceof Change.Remove rm) {
            Slot slot = slot(rm.part());
            List<?> entries = slot.entries();
            check(rm.index() < entries.size() && entries.get(rm.index()) == rm.entry(), change);
            slot.origins().remove(rm.index());
            slot.changing().remove(rm.index());
            slot.shown = null;
        }
    }

    private static void check(boolean holds, Change change) {
        if (!holds) {
            throw new IllegalStateException("the draft does not stand where " + change + " applies");
        }
    }

    /**
     * One list: its entries, their origins, and the list as the model holds it (made again only
     * after a change). Until the first change the entries are the model's list itself, each at its
     * own position: opening a million events copies nothing.
     */
    private static final class Slot {
        /** The entries, once changed; until then {@link #shown} holds them. */
        private @Nullable ArrayList<Object> list;
        /** Their origins, once changed since {@link #since}; until then each entry's is its position. */
        private @Nullable Longs origins;
        /** The generation whose positions the entries hold while {@link #origins} is null. */
        private int since;

        @Nullable
        List<?> shown;

        Slot(List<?> entries) {
            this.shown = entries;
        }

        /** The entries as they are now. */
        List<?> entries() {
            ArrayList<Object> l = list;
            return l != null ? l : Objects.requireNonNull(shown, "the entries are shown until changed");
        }

        /** The entries, to be changed. */
        List<Object> changing() {
            ArrayList<Object> l = list;
            if (l == null) {
                l = new ArrayList<>(entries());
                list = l;
            }
            return l;
        }

        /** The origins, to be changed. */
        Longs origins() {
            Longs o = origins;
            if (o == null) {
                o = Longs.identity(entries().size(), since);
                origins = o;
            }
            return o;
        }

        long origin(int index) {
            Longs o = origins;
            return o != null ? o.get(index) : ((long) since << 32) | index;
        }

        int[] positions(int generation) {
            Longs o = origins;
            if (o != null) {
                return o.positions(generation);
            }
            int[] out = new int[entries().size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = since == generation ? i : -1;
            }
            return out;
        }

        /** Each entry stands at its own position in {@code generation}, the base from now on. */
        void rebase(int generation) {
            origins = null;
            since = generation;
        }

        List<?> shown() {
            List<?> s = shown;
            if (s == null) {
                // One copy: the model's List.copyOf keeps an immutable list as it is.
                s = List.copyOf(entries());
                shown = s;
            }
            return s;
        }
    }

    /** A growable array of origins: generation in the high half, position in the low. */
    private static final class Longs {
        private long[] a;
        private int n;

        private Longs(long[] a, int n) {
            this.a = a;
            this.n = n;
        }

        static Longs identity(int size, int generation) {
            long[] a = new long[Math.max(16, size)];
            for (int i = 0; i < size; i++) {
                a[i] = ((long) generation << 32) | i;
            }
            return new Longs(a, size);
        }

        long get(int i) {
            return a[i];
        }

        void insert(int i, long value) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            System.arraycopy(a, i, a, i + 1, n - i);
            a[i] = value;
            n++;
        }

        void remove(int i) {
            System.arraycopy(a, i + 1, a, i, n - i - 1);
            n--;
        }

        int[] positions(int generation) {
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = a[i] >= 0 && (int) (a[i] >>> 32) == generation ? (int) a[i] : -1;
            }
            return out;
        }
    }
}
