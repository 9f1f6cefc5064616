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
        int used = 0;
        for (int v : out) {
            used += v;
        }
        // Hand out what rounding left over, one lane at a time, to the band that lacks the most.
        while (used < available) {
            int best = -1;
            for (int b = 0; b < demand.length; b++) {
                if (out[b] < demand[b] && (best < 0 || demand[b] - out[b] > demand[best] - out[best])) {
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
}
