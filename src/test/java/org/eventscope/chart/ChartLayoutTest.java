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
    void aShortPlotHasFewerTicksSoTheirLabelsNeverRunIntoEachOther() {
        long[] values = {122_000, 143_500};
        ChartLayout tall = ChartLayout.compute(800, 600, 50, 20, 100, 80, values);
        ChartLayout low = ChartLayout.compute(800, 220, 50, 20, 100, 80, values);
        assertThat(tall.scale().tickCount()).as("0, 50,000, 100,000, 150,000").isEqualTo(4);
        assertThat(low.plot().h()).isEqualTo(70);
        assertThat(low.scale().tickCount()).isEqualTo(3);
        double apart = low.yOf(low.scale().tick(0)) - low.yOf(low.scale().tick(1));
        assertThat(apart).as("a tick label is 14 px high").isGreaterThan(20);
        assertThat(low.scale().max()).isGreaterThanOrEqualTo(143_500);
    }

    @Test
    void barAtFindsTheColumnOfABar() {
        ChartLayout layout = ChartLayout.compute(800, 600, 50, 20, 100, 80, new long[] {10, 20});
        ChartLayout.Rect b = layout.bars().get(1);
        assertThat(layout.barAt(b.centerX(), b.centerY())).isEqualTo(1);
        assertThat(layout.barAt(b.centerX(), layout.plot().y() + 1)).isEqualTo(1);
        assertThat(layout.barAt(layout.plot().x() + 1, b.centerY())).isEqualTo(-1);
    }

    @Test
    void twoBarsStandTogetherInTheMiddleHalfABarApartNotAtTheEndsOfThePlot() {
        ChartLayout layout = ChartLayout.compute(1200, 600, 50, 20, 100, 80, new long[] {122_000, 143_500});
        ChartLayout.Rect plot = layout.plot();
        ChartLayout.Rect a = layout.bars().get(0);
        ChartLayout.Rect b = layout.bars().get(1);
        assertThat(a.w()).isEqualTo(b.w()).isCloseTo(plot.w() * 0.2, within(1e-9));
        assertThat(b.x() - (a.x() + a.w())).as("the gap").isCloseTo(a.w() * ChartLayout.GAP, within(1e-9));
        double middle = (a.x() + b.x() + b.w()) / 2;
        assertThat(middle).isCloseTo(plot.centerX(), within(1e-9));
        assertThat(layout.groupCenter(0)).isEqualTo(a.centerX());

        // Many groups share the plot: narrower bars, the same proportion of gap, all inside.
        ChartLayout many = ChartLayout.compute(1200, 600, 50, 20, 100, 80, new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        ChartLayout.Rect first = many.bars().get(0);
        ChartLayout.Rect last = many.bars().get(9);
        assertThat(first.x()).isGreaterThan(many.plot().x());
        assertThat(last.x() + last.w()).isLessThan(many.plot().x() + many.plot().w());
        assertThat(many.bars().get(1).x() - (first.x() + first.w()))
                .isCloseTo(first.w() * ChartLayout.GAP, within(1e-9));
    }

    @Test
    void valueLabelsThatWouldRunIntoEachOtherTakeTheNextRow() {
        // Three narrow bars whose labels are wider than the bars: the middle one goes up a row.
        int[] rows = ChartLayout.labelRows(new double[] {100, 130, 160}, new double[] {50, 50, 50}, 6);
        assertThat(rows).containsExactly(0, 1, 0);
        // Far enough apart, all stay on the bars.
        assertThat(ChartLayout.labelRows(new double[] {100, 200, 300}, new double[] {50, 50, 50}, 6))
                .containsExactly(0, 0, 0);
        // Crowded: as many rows as it takes, and no two labels of a row overlap.
        double[] centers = new double[20];
        double[] widths = new double[20];
        for (int i = 0; i < 20; i++) {
            centers[i] = 100 + i * 10;
            widths[i] = 45;
        }
        int[] crowded = ChartLayout.labelRows(centers, widths, 6);
        for (int i = 0; i < 20; i++) {
            for (int j = i + 1; j < 20; j++) {
                if (crowded[i] == crowded[j]) {
                    assertThat(centers[j] - widths[j] / 2).isGreaterThanOrEqualTo(centers[i] + widths[i] / 2 + 6);
                }
            }
        }
    }
}
