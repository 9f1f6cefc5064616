package org.eventscope.timeline;

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
