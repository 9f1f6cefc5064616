package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final long DAY = 86_400_000L;

    @Test
    void distanceInTimeIsDistanceOnScreen() {
        TimeScale s = new TimeScale(0, DAY / 10.0);
        assertThat(s.toX(DAY)).isEqualTo(10.0);
        assertThat(s.toX(3 * DAY) - s.toX(2 * DAY)).isEqualTo(s.toX(DAY) - s.toX(0));
        assertThat(s.toMillis(s.toX(12345678))).isCloseTo(12345678, within(0.001));
    }

    @Test
    void zoomKeepsTheTimeUnderTheCursor() {
        TimeScale s = new TimeScale(1_000_000, 60_000);
        double x = 317;
        double before = s.toMillis(x);
        TimeScale zoomed = s.zoom(2.5, x);
        assertThat(zoomed.millisPerPixel()).isEqualTo(24_000);
        assertThat(zoomed.toMillis(x)).isCloseTo(before, within(0.01));
    }

    @Test
    void zoomStopsAtItsLimits() {
        TimeScale s = new TimeScale(0, 2_000);
        assertThat(s.zoom(1000, 10).millisPerPixel()).isEqualTo(TimeScale.MIN_MILLIS_PER_PIXEL);
        assertThat(s.zoom(1e-12, 10).millisPerPixel()).isEqualTo(TimeScale.MAX_MILLIS_PER_PIXEL);
    }

    @Test
    void panMovesContentWithTheDrag() {
        TimeScale s = new TimeScale(0, 1000);
        assertThat(s.pan(50).toX(0)).isEqualTo(50);
    }

    @Test
    void fitPlacesTheSpanBetweenThePaddings() {
        TimeScale s = TimeScale.fit(10 * DAY, 20 * DAY, 1000, 40, 160);
        assertThat(s.toX(10 * DAY)).isCloseTo(40, within(0.001));
        assertThat(s.toX(20 * DAY)).isCloseTo(840, within(0.001));
    }

    @Test
    void anchoredPutsTheTimeAtThePixelWithinTheZoomLimits() {
        TimeScale s = TimeScale.anchored(10 * DAY, 40, 60_000);
        assertThat(s.toX(10 * DAY)).isCloseTo(40, within(1e-6));
        assertThat(TimeScale.anchored(0, 0, 1).millisPerPixel()).isEqualTo(TimeScale.MIN_MILLIS_PER_PIXEL);
    }

    @Test
    void fitOfASingleInstantShowsADay() {
        TimeScale s = TimeScale.fit(5 * DAY, 5 * DAY, 500, 50);
        assertThat(s.toX(5 * DAY)).isCloseTo(250, within(0.001));
        assertThat(s.millisPerPixel()).isCloseTo(DAY / 400.0, within(0.001));
    }
}
