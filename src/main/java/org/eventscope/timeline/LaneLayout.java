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
            for (int l = 0; l + spans[i] <= maxLanes && lane < 0; l++) {
                boolean free = true;
                for (int k = l; k < l + spans[i] && free; k++) {
                    free = laneEnd[k] + gap <= left[i];
                }
                if (free) {
                    lane = l;
                }
            }
            lanes[i] = lane;
            for (int k = lane; lane >= 0 && k < lane + spans[i]; k++) {
                laneEnd[k] = right[i];
            }
        }
        return lanes;
    }
}
