package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaneLayoutTest {

    @Test
    void overlappingItemsGoToDifferentLanes() {
        int[] lanes = LaneLayout.assign(new double[] {0, 50, 300}, new double[] {100, 200, 400}, 5, 10);
        assertThat(lanes).containsExactly(0, 1, 0);
    }

    @Test
    void theGapIsKept() {
        int[] lanes = LaneLayout.assign(new double[] {0, 103}, new double[] {100, 150}, 5, 10);
        assertThat(lanes).containsExactly(0, 1);
        lanes = LaneLayout.assign(new double[] {0, 105}, new double[] {100, 150}, 5, 10);
        assertThat(lanes).containsExactly(0, 0);
    }

    @Test
    void inputOrderDoesNotMatter() {
        int[] lanes = LaneLayout.assign(new double[] {300, 50, 0}, new double[] {400, 200, 100}, 5, 10);
        assertThat(lanes).containsExactly(0, 1, 0);
    }

    @Test
    void itemsBeyondTheLastLaneAreMarkedHidden() {
        int[] lanes = LaneLayout.assign(new double[] {0, 0, 0}, new double[] {10, 10, 10}, 5, 2);
        assertThat(lanes).containsExactly(0, 1, -1);
    }

    @Test
    void noTwoItemsInALaneOverlap() {
        int n = 500;
        double[] left = new double[n];
        double[] right = new double[n];
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < n; i++) {
            left[i] = random.nextDouble() * 2000;
            right[i] = left[i] + 20 + random.nextDouble() * 200;
        }
        int[] lanes = LaneLayout.assign(left, right, 4, 1000);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (lanes[i] == lanes[j]) {
                    boolean apart = right[i] + 4 <= left[j] || right[j] + 4 <= left[i];
                    assertThat(apart)
                            .as("items %d and %d in lane %d", i, j, lanes[i])
                            .isTrue();
                }
            }
        }
    }
}
