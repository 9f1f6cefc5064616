package org.eventscope.timeline;

/**
 * Shares the lanes of the view among the category bands: every band that wants lanes gets at
 * least one, the rest go in proportion to what each wants, and none gets more than it wants.
 * Pure.
 */
final class LaneShare {

    private LaneShare() {}

    /**
     * The lanes each band gets.
     *
     * @param demand    lanes each band would need to show all its events (0 for a collapsed band)
     * @param available lanes in the view
     * @return lanes for each band
     */
    static int[] share(int[] demand, int available) {
        int[] out = new int[demand.length];
        int total = 0;
        int wanting = 0;
        for (int d : demand) {
            total += d;
            wanting += d > 0 ? 1 : 0;
        }
        if (total <= available) {
            return demand.clone();
        }
        int left = available;
        for (int b = 0; b < demand.length; b++) {
            if (demand[b] > 0) {
                out[b] = 1;
                left--;
            }
        }
        if (left <= 0) {
            return out;
        }
        int extra = total - wanting;
        for (int b = 0; b < demand.length; b++) {
            if (demand[b] > 1) {
                int share = (int) Math.floor((long) left * (demand[b] - 1) / (double) extra);
                out[b] += share;
            }
        }
        // What rounding left over goes to the bands that lack the most.
        return topUp(out, demand, available);
    }

    /**
     * Hands the lanes {@code out} leaves of {@code available}, one at a time, to the band that
     * lacks the most of what it {@code wants}; returns {@code out}.
     */
    private static int[] topUp(int[] out, int[] wants, int available) {
        int used = 0;
        for (int v : out) {
            used += v;
        }
        while (used < available) {
            int best = -1;
            for (int b = 0; b < wants.length; b++) {
                if (out[b] < wants[b] && (best < 0 || wants[b] - out[b] > wants[best] - out[best])) {
                    best = b;
                }
            }
            if (best < 0) {
                break;
            }
            out[best]++;
            used++;
        }
        return out;
    }

    /**
     * Lanes per band: whole labels for all when the view has room; else at least the compact
     * need (shared in proportion when even that is too much), and what is left to the bands
     * that lack most for whole labels.
     */
    static int[] allot(int[] wantWhole, int[] wantCompact, int available) {
        int total = 0;
        for (int w : wantWhole) {
            total += w;
        }
        if (total <= available) {
            return wantWhole.clone();
        }
        // A band that cannot show all its events needs two lanes at least: one for events and
        // one for the clusters of the rest (with one, everything would be a cluster).
        int[] base = new int[wantCompact.length];
        int[] rest = new int[wantCompact.length];
        int baseTotal = 0;
        for (int b = 0; b < base.length; b++) {
            base[b] = Math.min(wantCompact[b], 2);
            rest[b] = wantCompact[b] - base[b];
            baseTotal += base[b];
        }
        int[] out;
        if (baseTotal <= available) {
            out = share(rest, available - baseTotal);
            for (int b = 0; b < out.length; b++) {
                out[b] += base[b];
            }
        } else {
            out = share(wantCompact, available);
        }
        return topUp(out, wantWhole, available);
    }
}
