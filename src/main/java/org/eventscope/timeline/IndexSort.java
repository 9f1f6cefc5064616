package org.eventscope.timeline;

import org.jspecify.annotations.Nullable;

/** Sorts positions by a primitive key without boxing: a stable merge sort of indices. */
final class IndexSort {

    private IndexSort() {}

    /** The positions 0..n-1 ordered by {@code key} (no NaN), ties in their original order. */
    static int[] byKey(double[] key) {
        long[] bits = new long[key.length];
        for (int i = 0; i < key.length; i++) {
            // The bits of a double, flipped for negatives, order as the doubles do.
            long b = Double.doubleToLongBits(key[i] + 0.0);
            bits[i] = b ^ ((b >> 63) & Long.MAX_VALUE);
        }
        return byKey(bits);
    }

    /** The positions 0..n-1 ordered by {@code key}, ties in their original order. */
    static int[] byKey(long[] key) {
        int n = key.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = key[i - 1] <= key[i];
        }
        if (sorted) {
            return a; // files are often written in time order
        }
        int[] packed = packedOrder(key);
        return packed != null ? packed : mergeOrder(key, a);
    }

    /**
     * The order by sorting each key with its position packed into one {@code long} (the key less
     * the least key above, the position below, so equal keys keep their order): a primitive sort
     * reading memory in sequence, several times as fast as sorting positions by a key looked up
     * elsewhere. {@code null} when the keys spread too wide to share a long with a position.
     */
    private static int @Nullable [] packedOrder(long[] key) {
        int n = key.length;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long k : key) {
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
        long spread = max - min; // as an unsigned number, exact
        if (Long.compareUnsigned(spread, 1L << (63 - bits)) >= 0) {
            return null;
        }
        long[] packed = new long[n];
        long least = min;
        TwoHalves.run(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                packed[i] = ((key[i] - least) << bits) | i;
            }
        });
        int[] order = new int[n];
        long mask = (1L << bits) - 1;
        if (n < TwoHalves.MIN_PARALLEL) {
            java.util.Arrays.sort(packed);
            for (int i = 0; i < n; i++) {
                order[i] = (int) (packed[i] & mask);
            }
            return order;
        }
        // Each half sorted on its own core, then merged: the packed values are all different.
        int mid = n / 2;
        TwoHalves.both(() -> java.util.Arrays.sort(packed, 0, mid), () -> java.util.Arrays.sort(packed, mid, n));
        int i = 0;
        int j = mid;
        for (int o = 0; o < n; o++) {
            order[o] = (int) ((j >= n || (i < mid && packed[i] < packed[j]) ? packed[i++] : packed[j++]) & mask);
        }
        return order;
    }

    /** The order by a stable merge sort of positions: for keys of any spread. */
    private static int[] mergeOrder(long[] key, int[] positions) {
        int n = key.length;
        int[] a = positions;
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    b[k++] = key[a[j]] < key[a[i]] ? a[j++] : a[i++];
                }
                while (i < mid) {
                    b[k++] = a[i++];
                }
                while (j < hi) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
