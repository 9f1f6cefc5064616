package org.eventscope.timeline;

import java.util.Arrays;

/**
 * Stacks horizontal extents (an event's marker or bar plus its label) into lanes so that no two
 * in one lane overlap. Greedy: each item, taken in order of its left edge, goes into the first
 * lane that is free there. Pure and allocation-light.
 */
public final class LaneLayout {

    private LaneLayout() {}

    /**
     * Assigns lanes.
     *
     * @param left  left edges, in pixels
     * @param right right edges, in pixels; {@code right[i] >= left[i]}
     * @param gap   the least free space between two items in one lane
     * @param maxLanes items that fit in no lane below this get lane {@code -1} (not drawn)
     * @return the lane of each item, in input order
     */
    public static int[] assign(double[] left, double[] right, double gap, int maxLanes) {
        int[] one = new int[left.length];
        java.util.Arrays.fill(one, 1);
        return assign(left, right, one, gap, maxLanes);
    }

    /**
     * Assigns lanes to items that may each take several lanes, one under the other (a label
     * wrapped onto more lines): item {@code i} takes lanes {@code lane .. lane + spans[i] - 1}.
     *
     * @return the first lane of each item, in input order; {@code -1} when it fits nowhere
     */
    public static int[] assign(double[] left, double[] right, int[] spans, double gap, int maxLanes) {
        int n = left.length;
        int[] order = IndexSort.byKey(left);
        double[] laneEnd = new double[Math.max(1, maxLanes)];
        Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
        int[] lanes = new int[n];
        // The earliest end of any lane: an item starting before it fits nowhere, found at once
        // (in a crowded view most items do not fit).
        double lowest = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            int lane = -1;
            double before = left[i] - gap;
            if (lowest > before) {
                lanes[i] = -1;
                continue;
            }
            for (int l = 0; l + spans[i] <= maxLanes && lane < 0; l++) {
                if (laneEnd[l] > before) {
                    continue;
                }
                boolean free = true;
                for (int k = l + 1; k < l + spans[i] && free; k++) {
                    free = laneEnd[k] <= before;
                }
                if (free) {
                    lane = l;
                }
            }
            lanes[i] = lane;
            for (int k = lane; lane >= 0 && k < lane + spans[i]; k++) {
                laneEnd[k] = right[i];
            }
            if (lane >= 0) {
                lowest = Double.POSITIVE_INFINITY;
                for (int l = 0; l < maxLanes; l++) {
                    lowest = Math.min(lowest, laneEnd[l]);
                }
            }
        }
        return lanes;
    }
}
