package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index's sort at its limits: empty, one, extremes of a long, spreads at the packing limit, ties. */
class IndexSortTest {

    private static void check(long[] keys) {
        int[] order = IndexSort.byKey(keys);
        assertThat(order).hasSize(keys.length);
        boolean[] seen = new boolean[keys.length];
        for (int i = 0; i < order.length; i++) {
            assertThat(seen[order[i]]).isFalse();
            seen[order[i]] = true;
            if (i > 0) {
                assertThat(keys[order[i]]).isGreaterThanOrEqualTo(keys[order[i - 1]]);
                if (keys[order[i]] == keys[order[i - 1]]) {
                    assertThat(order[i]).isGreaterThan(order[i - 1]);
                }
            }
        }
    }

    @Test
    void extremes() {
        check(new long[0]);
        check(new long[] {Long.MAX_VALUE});
        check(new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
        check(new long[] {0, -1});
        check(new long[] {Long.MIN_VALUE + 1, Long.MIN_VALUE});
        check(new long[] {Long.MAX_VALUE, Long.MAX_VALUE - 1});
        Random r = new Random(1);
        for (int n : new int[] {2, 3, 1 << 20, (1 << 20) + 1, (1 << 20) - 1}) {
            long[] k = new long[n];
            // all equal, but one at the start out of order
            java.util.Arrays.fill(k, 7);
            k[0] = 8;
            check(k);
            // spread exactly at the packing limit, and one beyond
            int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
            long lim = 1L << (63 - bits);
            for (long spread : new long[] {lim - 1, lim, lim + 1}) {
                for (long base : new long[] {Long.MIN_VALUE, -spread / 2, Long.MAX_VALUE - spread}) {
                    for (int i = 0; i < n; i++) {
                        k[i] = base + (long) (r.nextDouble() * spread);
                    }
                    k[r.nextInt(n)] = base;
                    k[r.nextInt(n)] = base + spread;
                    check(k);
                }
            }
            for (int i = 0; i < n; i++) {
                k[i] = r.nextInt(3) == 0 ? Long.MIN_VALUE : r.nextInt(3) == 0 ? Long.MAX_VALUE : r.nextLong();
            }
            check(k);
            for (int i = 0; i < n; i++) {
                k[i] = n - i; // reversed
            }
            check(k);
        }
    }

    @Test
    void doubles() {
        double[] d = {
            0.0,
            -0.0,
            Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            -1e300,
            1e-300,
            -0.0,
            0.0,
            Double.MIN_VALUE,
            -Double.MIN_VALUE
        };
        int[] order = IndexSort.byKey(d);
        for (int i = 1; i < order.length; i++) {
            assertThat(d[order[i]]).isGreaterThanOrEqualTo(d[order[i - 1]]);
            if (d[order[i]] == d[order[i - 1]]) {
                assertThat(order[i]).isGreaterThan(order[i - 1]);
            }
        }
    }
}
