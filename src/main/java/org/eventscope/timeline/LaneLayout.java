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
        int n = left.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(left[a], left[b]));
        double[] laneEnd = new double[Math.max(1, maxLanes)];
        Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
        int[] lanes = new int[n];
        for (int i : order) {
            int lane = -1;
            for (int l = 0; l < maxLanes; l++) {
                if (laneEnd[l] + gap <= left[i]) {
                    lane = l;
                    break;
                }
            }
            lanes[i] = lane;
            if (lane >= 0) {
                laneEnd[lane] = right[i];
            }
        }
        return lanes;
    }
}
