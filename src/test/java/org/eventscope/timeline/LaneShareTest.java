package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaneShareTest {

    @Test
    void everyBandGetsWhatItWantsWhenThereIsRoom() {
        assertThat(LaneShare.share(new int[] {2, 0, 3}, 10)).containsExactly(2, 0, 3);
    }

    @Test
    void scarceLanesAreSharedInProportionAndAllUsed() {
        int[] out = LaneShare.share(new int[] {10, 1, 5, 0}, 8);
        assertThat(out).containsExactly(5, 1, 2, 0);
        assertThat(out[0] + out[1] + out[2] + out[3]).isEqualTo(8);
    }

    @Test
    void everyWantingBandKeepsOneLaneEvenWhenThereAreTooFew() {
        assertThat(LaneShare.share(new int[] {4, 4, 4}, 2)).containsExactly(1, 1, 1);
    }

    @Test
    void noBandGetsMoreThanItWants() {
        int[] demand = {1, 7, 2, 9, 3};
        for (int available = 5; available < 25; available++) {
            int[] out = LaneShare.share(demand, available);
            int used = 0;
            for (int b = 0; b < demand.length; b++) {
                assertThat(out[b]).isBetween(1, demand[b]);
                used += out[b];
            }
            assertThat(used).isEqualTo(Math.min(available, 22));
        }
    }
}
