package org.eventscope.chart;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eventscope.model.TroopReport;

/**
 * What the chart over time adds to its content: the stretch of time shown (the timeline's own
 * window on screen), the zone and locale of its axis, and each report's period, worked out once
 * per document so that a pan or a zoom only moves the window.
 *
 * <p>A report's period is the whole of its date as written: a day, a month or a year (a time to
 * the minute is an instant). The chart never shows a report more precisely than it was given.
 */
public final class Trend {

    private final long fromMillis;
    private final long toMillis;
    private final ZoneId zone;
    private final ZoneId readZone;
    private final Locale locale;
    /** Per series (the content's order): the first instant of its report's date, and the first after it. */
    private final long[] starts;

    private final long[] ends;
    /** The series in order of time (start, then end, then file order). */
    private final int[] order;
    /** How to read the chart: the first line of its notes. */
    private final String note;

    private Trend(
            long fromMillis,
            long toMillis,
            ZoneId zone,
            ZoneId readZone,
            Locale locale,
            long[] starts,
            long[] ends,
            int[] order,
            String note) {
        if (!(toMillis > fromMillis)) {
            throw new IllegalArgumentException("a window must end after it starts: " + fromMillis + ", " + toMillis);
        }
        this.fromMillis = fromMillis;
        this.toMillis = toMillis;
        this.zone = zone;
        this.readZone = readZone;
        this.locale = locale;
        this.starts = starts;
        this.ends = ends;
        this.order = order;
        this.note = note;
    }

    /**
     * The periods of {@code reports}, a date without a zone read in {@code readZone} (the file's),
     * on an axis in {@code zone}, shown over all of them with a margin (see {@link #fit}).
     */
    static Trend of(List<TroopReport> reports, ZoneId readZone, ZoneId zone, Locale locale, String note) {
        int n = reports.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            TroopReport r = reports.get(i);
            starts[i] = r.date().startMillis(readZone);
            ends[i] = Math.max(starts[i] + 1, r.date().periodEnd(readZone).toEpochMilli());
            boxed[i] = i;
        }
        // In order of where they are drawn, the middles of their periods (a day within a month
        // comes before the month's middle or after it, as drawn); one date's reports together.
        Arrays.sort(boxed, (a, b) -> {
            long ma = starts[a] / 2 + ends[a] / 2;
            long mb = starts[b] / 2 + ends[b] / 2;
            if (ma != mb) {
                return Long.compare(ma, mb);
            }
            if (starts[a] != starts[b]) {
                return Long.compare(starts[a], starts[b]);
            }
            return ends[a] != ends[b] ? Long.compare(ends[a], ends[b]) : Integer.compare(a, b);
        });
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        Trend all = new Trend(0, 1, zone, readZone, locale, starts, ends, order, note);
        long[] window = all.whole();
        return all.window(window[0], window[1]);
    }

    /**
     * The window that shows {@code [first, last)} with a twentieth of it free on each side (a
     * single day gets a week either side), so that no report sits on the plot's edge.
     */
    static long[] fit(long first, long last) {
        long span = Math.max(last - first, 1);
        long margin = Math.max(span / 20, span < 86_400_000L * 2 ? 7 * 86_400_000L : 0);
        return new long[] {first - margin, last + margin};
    }

    /** The same reports over another window. */
    Trend window(long from, long to) {
        return new Trend(from, to, zone, readZone, locale, starts, ends, order, note);
    }

    /** The first instant shown, at the plot's left edge (epoch milliseconds). */
    public long fromMillis() {
        return fromMillis;
    }

    /** The instant at the plot's right edge. */
    public long toMillis() {
        return toMillis;
    }

    /** The window that shows every report, as {@code [from, to]}. */
    public long[] whole() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < starts.length; i++) {
            first = Math.min(first, starts[i]);
            last = Math.max(last, ends[i]);
        }
        return starts.length == 0 ? fit(0, 1) : fit(first, last);
    }

    /** The zone of the axis: where its days, months and years begin. */
    public ZoneId zone() {
        return zone;
    }

    /** The zone a date without one is read in: the file's. */
    public ZoneId readZone() {
        return readZone;
    }

    public Locale locale() {
        return locale;
    }

    /** The first instant of series {@code s}'s report's date. */
    public long start(int s) {
        return starts[s];
    }

    /** The first instant after series {@code s}'s report's date (its day, month or year). */
    public long end(int s) {
        return ends[s];
    }

    /** How many series there are. */
    public int size() {
        return order.length;
    }

    /** The {@code i}th series in order of time. */
    public int inOrder(int i) {
        return order[i];
    }

    /** Whether series {@code s}'s period reaches into the window. */
    public boolean shows(int s) {
        return ends[s] > fromMillis && starts[s] < toMillis;
    }

    /** Whether any series's period reaches into the window. */
    public boolean showsAny() {
        for (int s = 0; s < starts.length; s++) {
            if (shows(s)) {
                return true;
            }
        }
        return false;
    }

    /** How to read the chart, the first line of its notes. */
    String note() {
        return note;
    }
}
