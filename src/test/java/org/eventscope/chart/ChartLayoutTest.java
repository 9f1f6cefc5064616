package org.eventscope.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChartLayoutTest {

    @Test
    void niceScaleRoundsUpToAReadableMaximum() {
        NiceScale s = NiceScale.of(143_500, 5);
        assertThat(s.max()).isEqualTo(150_000);
        assertThat(s.step()).isEqualTo(50_000);
        assertThat(s.tickCount()).isEqualTo(4);
        assertThat(NiceScale.of(122_000, 5).step()).isEqualTo(25_000);
        assertThat(NiceScale.of(7, 5).max()).isEqualTo(8);
        assertThat(NiceScale.of(0, 5).max()).isEqualTo(1);
    }

    @Test
    void barHeightsAreProportionalToTheValues() {
        ChartLayout layout = ChartLayout.compute(800, 600, 50, 20, 100, 80, new long[] {122_000, 143_500});
        ChartLayout.Rect plot = layout.plot();
        assertThat(plot.h()).isEqualTo(450);
        ChartLayout.Rect a = layout.bars().get(0);
        ChartLayout.Rect b = layout.bars().get(1);
        assertThat(a.h()).isCloseTo(450 * 122_000 / 150_000.0, within(1e-9));
        assertThat(b.h() / a.h()).isCloseTo(143_500 / 122_000.0, within(1e-9));
        assertThat(a.y() + a.h()).isEqualTo(plot.y() + plot.h());
        assertThat(a.x() + a.w()).isLessThan(b.x());
        assertThat(layout.yOf(0)).isEqualTo(plot.y() + plot.h());
    }

    @Test
    void barAtFindsTheColumnOfABar() {
        ChartLayout layout = ChartLayout.compute(800, 600, 50, 20, 100, 80, new long[] {10, 20});
        ChartLayout.Rect b = layout.bars().get(1);
        assertThat(layout.barAt(b.centerX(), b.centerY())).isEqualTo(1);
        assertThat(layout.barAt(b.centerX(), layout.plot().y() + 1)).isEqualTo(1);
        assertThat(layout.barAt(layout.plot().x() + 1, b.centerY())).isEqualTo(-1);
    }
}
