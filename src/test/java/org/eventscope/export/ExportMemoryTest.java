package org.eventscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportMemoryTest {

    @Test
    void theLargestImageNeedsAboutAGigabyte() {
        ExportMemory.Estimate e = ExportMemory.png(16_384, 4_096, () -> 480L << 20);
        assertThat(e.fits()).isFalse();
        assertThat(e.neededMegabytes()).isEqualTo(64 * 16 + 16);
        assertThat(e.availableMegabytes()).isEqualTo(480);
        // The heap suggested leaves the 1040 MB free beside what this JVM uses now.
        long suggested = (((Runtime.getRuntime().maxMemory() >> 20) + 1040 - 480) + 1023) / 1024;
        assertThat(e.english())
                .isEqualTo("not enough memory for a 16384x4096 PNG: needs about 1040 MB, the JVM has"
                        + " 480 MB free; use a smaller --size or --scale, or a larger heap: java -Xmx" + suggested
                        + "g -jar eventscope.jar");
        assertThat(ExportMemory.png(2400, 1350, () -> 480L << 20).fits()).isTrue();
    }

    @Test
    void whatDoesNotSeemToFitIsAskedAgainAfterACollection() {
        long[] answers = {10L << 20, 2L << 30};
        int[] asked = {0};
        ExportMemory.Estimate e = ExportMemory.png(4000, 4000, () -> answers[Math.min(asked[0]++, 1)]);
        assertThat(e.fits()).isTrue();
        assertThat(asked[0]).isEqualTo(2);
    }
}
