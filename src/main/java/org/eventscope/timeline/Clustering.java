package org.eventscope.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups items that stand close together on screen into clusters, so a dense region shows one
 * marker with a count instead of a heap of overlapping ones. Pure: works on positions and spans.
 */
public final class Clustering {

    /**
     * A group of items.
     *
     * @param minX       the leftmost item position
     * @param maxX       the rightmost item position
     * @param count      how many items it holds
     * @param fromMillis the earliest start among them
     * @param toMillis   the latest end among them
     */
    public record Cluster(double minX, double maxX, int count, long fromMillis, long toMillis) {
        public double centerX() {
            return (minX + maxX) / 2;
        }
    }

    private Clustering() {}

    /**
     * Clusters items by position: each cluster spans less than {@code width} pixels. Items are
     * taken in order of {@code x}, which must be sorted ascending.
     *
     * @param x    item positions, ascending
     * @param from item starts, in the same order
     * @param to   item ends, in the same order
     */
    public static List<Cluster> byWidth(double[] x, long[] from, long[] to, int count, double width) {
        List<Cluster> out = new ArrayList<>();
        int i = 0;
        while (i < count) {
            double first = x[i];
            double last = first;
            long lo = from[i];
            long hi = to[i];
            int n = 0;
            while (i < count && x[i] - first < width) {
                last = x[i];
                lo = Math.min(lo, from[i]);
                hi = Math.max(hi, to[i]);
                n++;
                i++;
            }
            out.add(new Cluster(first, last, n, lo, hi));
        }
        return out;
    }
}
