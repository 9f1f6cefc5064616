package org.eventscope.timeline;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Precision;
import org.jspecify.annotations.Nullable;

/**
 * The events of a file on the time axis, sorted by start, in primitive arrays (about 31 bytes
 * an event): what the timeline needs to find the events in view without touching the model.
 * Pure and immutable; built once per document, off the FX thread when the app loads a file.
 *
 * <p>Each event covers [start, end]: a point known to the minute has end = start; a calendar
 * period (a day, a month, a year) covers the whole period; a range ends at its end.
 */
public final class TimelineIndex {

    private static final TimelineIndex EMPTY = new TimelineIndex(
            null, new long[0], new long[0], new long[0], new int[0], new boolean[0], new short[0], new int[1]);

    private final @Nullable EventFile file;
    /** The file's events, in file order. */
    private final List<Event> events;

    private final long[] start;
    private final long[] end;
    /** The latest end among items 0..i, so ranges that began before the view are still found. */
    private final long[] maxEnd;

    private final int[] order;
    private final boolean[] uncertain;
    /** Each item's category as its position in the file's categories; -1 for none. */
    private final short[] category;
    /** Items per category, by position, and last the items without one. */
    private final int[] categoryCounts;
    /**
     * Counts of items per category (rows as in {@link #categoryCounts()}) in {@link #BINS} equal
     * stretches of time from the first anchor to the last, so a far zoom sums bins, not items.
     */
    private int @Nullable [][] bins;

    private long binOrigin;
    private double binMillis;

    /** Slots of the identity cache of categories while an index is built. */
    private static final int CATEGORY_SLOTS = 64;

    /** How many stretches of time {@link #binsBefore()} divides the file into. */
    public static final int BINS = 1 << 16;

    private TimelineIndex(
            @Nullable EventFile file,
            long[] start,
            long[] end,
            long[] maxEnd,
            int[] order,
            boolean[] uncertain,
            short[] category,
            int[] categoryCounts) {
        this.file = file;
        this.events = file == null ? List.of() : file.events();
        this.start = start;
        this.end = end;
        this.maxEnd = maxEnd;
        this.order = order;
        this.uncertain = uncertain;
        this.category = category;
        this.categoryCounts = categoryCounts;
    }

    /** Indexes the events of {@code file}; {@code null} gives an empty index. */
    @SuppressWarnings("ReferenceEquality") // a category instance seen before: found by identity, else by value
    public static TimelineIndex of(@Nullable EventFile file) {
        if (file == null || file.events().isEmpty()) {
            return file == null
                    ? EMPTY
                    : new TimelineIndex(
                            file,
                            new long[0],
                            new long[0],
                            new long[0],
                            new int[0],
                            new boolean[0],
                            new short[0],
                            new int[file.categories().size() + 1]);
        }
        List<Event> events = file.events();
        int n = events.size();
        ZoneId fallback = file.displayZone();
        long[] s = new long[n];
        long[] e = new long[n];
        boolean[] u = new boolean[n];
        short[] c = new short[n];
        Map<String, Integer> categoryPosition = new HashMap<>();
        for (int k = 0; k < file.categories().size() && k < Short.MAX_VALUE; k++) {
            categoryPosition.put(file.categories().get(k).id(), k);
        }
        int[] counts = new int[file.categories().size() + 1];
        int[] secondCounts = new int[counts.length];
        // Everything asked of the events in file order, reading them in sequence (each half of
        // the file on its own core); then only arrays move.
        TwoHalves.run(n, (from, to) -> {
            int[] mine = from == 0 ? counts : secondCounts;
            // The categories a file's events name are a few shared instances: each is looked up
            // in the map once, then found by identity (a slot per identity hash).
            String[] seen = new String[CATEGORY_SLOTS];
            short[] seenAt = new short[CATEGORY_SLOTS];
            for (int i = from; i < to; i++) {
                Event ev = events.get(i);
                // Asked of the event's values, without making its times.
                s[i] = ev.startMillis(fallback);
                e[i] = ev.axisEndMillis(fallback);
                u[i] = uncertain(ev);
                String category = ev.category();
                short k;
                int slot = System.identityHashCode(category) & (CATEGORY_SLOTS - 1);
                if (category != null && seen[slot] == category) {
                    k = seenAt[slot];
                } else {
                    Integer found = category == null ? null : categoryPosition.get(category);
                    k = (short) (found == null ? -1 : found);
                    if (category != null) {
                        seen[slot] = category;
                        seenAt[slot] = k;
                    }
                }
                c[i] = k;
                mine[k < 0 ? mine.length - 1 : k]++;
            }
        });
        for (int k = 0; k < counts.length; k++) {
            counts[k] += secondCounts[k];
        }
        int[] order = IndexSort.byKey(s);
        long[] start = new long[n];
        long[] end = new long[n];
        long[] maxEnd = new long[n];
        boolean[] uncertain = new boolean[n];
        short[] category = new short[n];
        TwoHalves.run(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int k = order[i];
                start[i] = s[k];
                end[i] = e[k];
                uncertain[i] = u[k];
                category[i] = c[k];
            }
        });
        long running = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            running = Math.max(running, end[i]);
            maxEnd[i] = running;
        }
        return new TimelineIndex(file, start, end, maxEnd, order, uncertain, category, counts);
    }

    /**
     * As {@link #of}, and with the time bins counted when the timeline draws the file by them (more
     * than {@link Metrics#BINNED_ABOVE} events): for a thread that loads a file, so that the first
     * frame of a big file finds everything ready and costs the JavaFX thread no pass over the events.
     */
    public static TimelineIndex ready(@Nullable EventFile file) {
        TimelineIndex index = of(file);
        if (index.size() > Metrics.BINNED_ABOVE) {
            index.binsBefore();
        }
        return index;
    }

    /** A point known only to the month or year: drawn as a soft span. */
    private static boolean uncertain(Event ev) {
        Precision p = ev.startPrecision();
        return !ev.isRange() && p.isCalendarPeriod() && p != Precision.DAY;
    }

    /**
     * The index of {@code now}, an edit of this index's file: this index's arrays again when no
     * event moved in time or changed category (a retitled event, a new source), else a new index.
     */
    @SuppressWarnings("ReferenceEquality") // the same instance is the same event: no need to compare its times
    public TimelineIndex edited(EventFile now) {
        EventFile was = file;
        List<Event> after = now.events();
        if (was == null
                || after.size() != events.size()
                || !was.displayZone().equals(now.displayZone())
                || !was.categories().equals(now.categories())) {
            return of(now);
        }
        int moved = -1;
        for (int i = 0; i < after.size(); i++) {
            Event a = events.get(i);
            Event b = after.get(i);
            if (a != b
                    && !(a.start().equals(b.start())
                            && java.util.Objects.equals(a.end(), b.end())
                            && java.util.Objects.equals(a.category(), b.category()))) {
                if (moved >= 0) {
                    return of(now);
                }
                moved = i;
            }
        }
        if (moved >= 0) {
            return withOneMoved(now, moved);
        }
        return sameArrays(now);
    }

    /** The index of {@code now}, whose events stand where this file's do: these arrays and bins again. */
    private TimelineIndex sameArrays(EventFile now) {
        TimelineIndex same = new TimelineIndex(now, start, end, maxEnd, order, uncertain, category, categoryCounts);
        synchronized (this) {
            same.bins = bins;
            same.binOrigin = binOrigin;
            same.binMillis = binMillis;
        }
        return same;
    }

    /**
     * The index of {@code now}, whose event {@code k} alone moved in time or changed category:
     * the item taken out and put back where it now sorts, in copies of the arrays (a few
     * milliseconds for a million events, where building the index anew takes half a second).
     * Equal to {@link #of(EventFile)} of {@code now}.
     */
    private TimelineIndex withOneMoved(EventFile now, int k) {
        int n = order.length;
        int p = -1;
        // The item among those that start when the event did, else (should the times not agree) anywhere.
        EventFile indexed = file;
        if (indexed != null) {
            long old = indexed.events().get(k).startMillis(indexed.displayZone());
            for (int i = firstStartingAfter(old - 1); i < n && start[i] == old && p < 0; i++) {
                p = order[i] == k ? i : -1;
            }
        }
        for (int i = 0; p < 0 && i < n; i++) {
            p = order[i] == k ? i : -1;
        }
        Event ev = now.events().get(k);
        ZoneId zone = now.displayZone();
        long s = ev.startMillis(zone);
        long e = ev.axisEndMillis(zone);
        short c = categoryOf(now, ev);
        // Where it sorts among the others: by start, ties in file order, as a stable sort puts it.
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int at = mid < p ? mid : mid + 1;
            if (start[at] < s || (start[at] == s && order[at] < k)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int q = lo; // its position among the n - 1 others, which is its position in the new arrays
        // Copies (a clone is not zeroed first), the items between p and q shifted by one.
        long[] start2 = start.clone();
        long[] end2 = end.clone();
        int[] order2 = order.clone();
        boolean[] uncertain2 = uncertain.clone();
        short[] category2 = category.clone();
        shift(start2, p, q);
        shift(end2, p, q);
        shift(order2, p, q);
        shift(uncertain2, p, q);
        shift(category2, p, q);
        start2[q] = s;
        end2[q] = e;
        order2[q] = k;
        uncertain2[q] = uncertain(ev);
        category2[q] = c;
        long[] maxEnd2 = maxEnd.clone();
        int from = Math.min(p, q);
        int to = Math.max(p, q);
        long running = from == 0 ? Long.MIN_VALUE : maxEnd2[from - 1];
        for (int i = from; i < n; i++) {
            // Past the moved stretch the ends are the old ones: once the running maximum is the old one, so is the
            // rest.
            if (i > to && running == maxEnd[i - 1]) {
                break;
            }
            running = Math.max(running, end2[i]);
            maxEnd2[i] = running;
        }
        int[] counts = categoryCounts.clone();
        short was = category[p];
        if (was != c) {
            counts[was < 0 ? counts.length - 1 : was]--;
            counts[c < 0 ? counts.length - 1 : c]++;
        }
        TimelineIndex out = new TimelineIndex(now, start2, end2, maxEnd2, order2, uncertain2, category2, counts);
        synchronized (this) {
            int[][] b = bins;
            if (b != null) {
                long oldAnchor = start[p] + (end[p] - start[p]) / 2;
                long newAnchor = s + (e - s) / 2;
                long first = binOrigin;
                long last = (long) (binOrigin + binMillis * BINS);
                // Counts move between bins unless the first or last anchor, which place the bins, changed.
                if (oldAnchor > first && newAnchor > first && newAnchor < last - 1 && oldAnchor < last - 1 && n > 2) {
                    int[][] copy = new int[b.length][];
                    for (int r = 0; r < b.length; r++) {
                        copy[r] = b[r];
                    }
                    int oldRow = was < 0 ? b.length - 1 : was;
                    int newRow = c < 0 ? b.length - 1 : c;
                    int oldBin = (int) Math.min(BINS - 1, (oldAnchor - first) / binMillis);
                    int newBin = (int) Math.min(BINS - 1, (newAnchor - first) / binMillis);
                    copy[oldRow] = copy[oldRow].clone();
                    for (int i = oldBin + 1; i <= BINS; i++) {
                        copy[oldRow][i]--;
                    }
                    if (newRow != oldRow) {
                        copy[newRow] = copy[newRow].clone();
                    }
                    for (int i = newBin + 1; i <= BINS; i++) {
                        copy[newRow][i]++;
                    }
                    out.bins = copy;
                    out.binOrigin = binOrigin;
                    out.binMillis = binMillis;
                }
            }
        }
        return out;
    }

    /**
     * The index of {@code now}, this index's file with one event added at its end (as Add event
     * does): the new item put where it sorts, in copies of the arrays, instead of indexing the
     * file anew. Equal to {@link #of(EventFile)} of {@code now}; any other change builds it anew.
     */
    public TimelineIndex added(EventFile now) {
        EventFile was = file;
        int n = order.length;
        List<Event> after = now.events();
        if (was == null
                || n == 0
                || after.size() != n + 1
                || !was.displayZone().equals(now.displayZone())
                || !was.categories().equals(now.categories())) {
            return of(now);
        }
        Event ev = after.get(n);
        ZoneId zone = now.displayZone();
        long s = ev.startMillis(zone);
        long e = ev.axisEndMillis(zone);
        short c = categoryOf(now, ev);
        // The new event is last in the file: among equal starts it sorts last.
        int q = firstStartingAfter(s);
        long[] start2 = new long[n + 1];
        long[] end2 = new long[n + 1];
        int[] order2 = new int[n + 1];
        boolean[] uncertain2 = new boolean[n + 1];
        short[] category2 = new short[n + 1];
        gap(start, start2, q);
        gap(end, end2, q);
        gap(order, order2, q);
        gap(uncertain, uncertain2, q);
        gap(category, category2, q);
        start2[q] = s;
        end2[q] = e;
        order2[q] = n;
        uncertain2[q] = uncertain(ev);
        category2[q] = c;
        long[] maxEnd2 = new long[n + 1];
        System.arraycopy(maxEnd, 0, maxEnd2, 0, q);
        long running = q == 0 ? Long.MIN_VALUE : maxEnd2[q - 1];
        for (int i = q; i <= n; i++) {
            running = Math.max(running, end2[i]);
            maxEnd2[i] = running;
        }
        int[] counts = categoryCounts.clone();
        counts[c < 0 ? counts.length - 1 : c]++;
        // The bins are made again when next needed: a new event may widen the time they cover.
        return new TimelineIndex(now, start2, end2, maxEnd2, order2, uncertain2, category2, counts);
    }

    /** {@code from} copied into {@code to}, one longer, with room left at {@code at}. */
    private static void gap(Object from, Object to, int at) {
        int n = java.lang.reflect.Array.getLength(from);
        System.arraycopy(from, 0, to, 0, at);
        System.arraycopy(from, at, to, at + 1, n - at);
    }

    /** The event's category as its position in the file's categories, or -1. */
    private static short categoryOf(EventFile file, Event ev) {
        for (int i = 0; i < file.categories().size() && i < Short.MAX_VALUE; i++) {
            if (file.categories().get(i).id().equals(ev.category())) {
                return (short) i;
            }
        }
        return -1;
    }

    /** {@code from} without item {@code p}, with room left at {@code q} (the arrays are of equal length). */
    /** Moves item {@code p} of the array {@code a} to {@code q}, the items between shifting by one. */
    private static void shift(Object a, int p, int q) {
        if (p < q) {
            System.arraycopy(a, p + 1, a, p, q - p);
        } else if (q < p) {
            System.arraycopy(a, q, a, q + 1, p - q);
        }
    }

    /**
     * As {@link #edited(EventFile)}, told that only event {@code k} (its position in the file)
     * was replaced, or ({@code k} = -1) that no event was: nothing is searched, so a retitle
     * costs nothing and a move only the moving.
     */
    public TimelineIndex edited(EventFile now, int k) {
        EventFile was = file;
        List<Event> after = now.events();
        if (was == null
                || after.size() != events.size()
                || k < -1
                || k >= after.size()
                || !was.displayZone().equals(now.displayZone())
                || !was.categories().equals(now.categories())) {
            return edited(now);
        }
        Event a = k < 0 ? null : events.get(k);
        Event b = k < 0 ? null : after.get(k);
        if (a == null
                || b == null
                || (a.start().equals(b.start())
                        && java.util.Objects.equals(a.end(), b.end())
                        && java.util.Objects.equals(a.category(), b.category()))) {
            return sameArrays(now);
        }
        return withOneMoved(now, k);
    }

    /** The file indexed, or {@code null}. */
    public @Nullable EventFile file() {
        return file;
    }

    public int size() {
        return start.length;
    }

    public boolean isEmpty() {
        return start.length == 0;
    }

    public long start(int i) {
        return start[i];
    }

    public long end(int i) {
        return end[i];
    }

    /** The middle of item {@code i}'s span: where its marker stands. */
    public long anchor(int i) {
        return start[i] + (end[i] - start[i]) / 2;
    }

    /** True for an event known only to the month or year: drawn as a soft span. */
    public boolean isUncertain(int i) {
        return uncertain[i];
    }

    /** Item {@code i}'s category as its position in the file's categories, or -1 for none. */
    public int category(int i) {
        return category[i];
    }

    /**
     * How many items each category holds, by position in the file's categories, and in the last
     * place how many have none.
     */
    public int[] categoryCounts() {
        return categoryCounts.clone();
    }

    /** The event of item {@code i} (items are in order of start). */
    public Event event(int i) {
        return events.get(order[i]);
    }

    public long minMillis() {
        return start.length == 0 ? 0 : start[0];
    }

    public long maxMillis() {
        return maxEnd.length == 0 ? 0 : maxEnd[maxEnd.length - 1];
    }

    /** The index of the first item that starts after {@code millis} (the size when none does). */
    public int firstStartingAfter(long millis) {
        int lo = 0;
        int hi = start.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] <= millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first item that may reach {@code millis}: every earlier one ends before it. */
    public int firstEndingAtOrAfter(long millis) {
        int lo = 0;
        int hi = maxEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The item of the given event, or -1: found among the items that start when it does. */
    public int indexOf(Event event) {
        EventFile f = file;
        if (event == null || f == null) {
            return -1;
        }
        List<Event> events = f.events();
        long s = event.startMillis(f.displayZone());
        for (int i = firstStartingAfter(s - 1); i < start.length && start[i] == s; i++) {
            if (events.get(order[i]).equals(event)) {
                return i;
            }
        }
        return -1;
    }

    /** Where the given event stands in the file's list, or -1. */
    public int fileIndexOf(Event event) {
        int i = indexOf(event);
        return i < 0 ? -1 : order[i];
    }

    /**
     * Item counts per category in {@link #BINS} equal stretches of time, summed: {@code [c][k]}
     * is how many items of category position {@code c} fall in bins {@code 0 .. k-1}, so any run
     * of bins is counted with one subtraction. Row {@code c} is category position {@code c}; the
     * last row is items without a category. Computed on first use.
     */
    public synchronized int[][] binsBefore() {
        int[][] done = bins;
        if (done == null) {
            int rows = categoryCounts.length;
            int[][] out = new int[rows][BINS + 1];
            long first = start.length == 0 ? 0 : Long.MAX_VALUE;
            long last = start.length == 0 ? 0 : Long.MIN_VALUE;
            for (int i = 0; i < start.length; i++) {
                first = Math.min(first, anchor(i));
                last = Math.max(last, anchor(i));
            }
            binOrigin = first;
            binMillis = Math.max(1, (last - first + 1) / (double) BINS);
            for (int i = 0; i < start.length; i++) {
                int b = (int) Math.min(BINS - 1, (anchor(i) - first) / binMillis);
                out[category[i] < 0 ? rows - 1 : category[i]][b + 1]++;
            }
            for (int[] row : out) {
                for (int k = 1; k < row.length; k++) {
                    row[k] += row[k - 1];
                }
            }
            bins = out;
            done = out;
        }
        return done;
    }

    /** The first bin whose middle is at or after {@code millis}: 0 … {@link #BINS}. */
    public int firstBinFrom(double millis) {
        binsBefore();
        double k = Math.ceil((millis - binOrigin) / binMillis - 0.5);
        return (int) Math.max(0, Math.min(BINS, k));
    }

    /** The time where bin 0 of {@link #binsBefore()} begins. */
    public long binOrigin() {
        binsBefore();
        return binOrigin;
    }

    /** How long each bin of {@link #binsBefore()} is. */
    public double binMillis() {
        binsBefore();
        return binMillis;
    }
}
