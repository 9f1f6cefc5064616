package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TickGeneratorTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final long DAY = 86_400_000L;

    private static TimeScale scaleFrom(String startUtc, double millisPerPixel) {
        return new TimeScale(Instant.parse(startUtc).toEpochMilli(), millisPerPixel);
    }

    @Test
    void daysOverMonthsFallOnLocalMidnight() {
        TickGenerator g = new TickGenerator(KYIV, Locale.UK, 40);
        TimeScale s = scaleFrom("2021-12-20T00:00:00Z", DAY / 50.0);
        TickGenerator.Axis axis = g.ticks(s, 1000);

        assertThat(g.chooseUnit(s.millisPerPixel())).isEqualTo(TickUnit.DAY_1);
        assertThat(axis.minor()).allSatisfy(t -> {
            ZonedDateTime z = Instant.ofEpochMilli(t.millis()).atZone(KYIV);
            assertThat(z.getHour()).isZero();
            assertThat(z.getMinute()).isZero();
        });
        assertThat(axis.minor()).extracting(Tick::label).contains("31", "1", "2");
        assertThat(axis.major()).extracting(Tick::label).containsExactly("December 2021", "January 2022");
    }

    @Test
    void ticksAreNeverCloserThanTheMinimumSpacing() {
        for (double mpp : new double[] {
            1_000, 60_000, 3_600_000, DAY / 3.0, DAY * 4.0, DAY * 60.0, DAY * 2000.0, TimeScale.MAX_MILLIS_PER_PIXEL
        }) {
            TickGenerator g = new TickGenerator(KYIV, Locale.UK, 60);
            List<Tick> ticks =
                    g.ticks(scaleFrom("2000-01-01T00:00:00Z", mpp), 1920).minor();
            assertThat(ticks).hasSizeGreaterThan(1);
            TimeScale s = scaleFrom("2000-01-01T00:00:00Z", mpp);
            for (int i = 1; i < ticks.size(); i++) {
                double gap =
                        s.toX(ticks.get(i).millis()) - s.toX(ticks.get(i - 1).millis());
                // Month lengths and day steps restarting at each month vary; a tick is never closer than half.
                assertThat(gap).as("gap at %s ms/px", mpp).isGreaterThanOrEqualTo(30);
            }
        }
    }

    @Test
    void yearsHaveNoUpperTier() {
        TickGenerator g = new TickGenerator(KYIV, Locale.UK, 60);
        TickGenerator.Axis axis = g.ticks(scaleFrom("1990-01-01T00:00:00Z", DAY * 30), 1200);
        assertThat(axis.major()).isEmpty();
        assertThat(axis.minor()).extracting(Tick::label).allMatch(l -> l.matches("\\d{4}"));
    }

    @Test
    void hoursAreLabelledWithTheClockAndDaysAbove() {
        TickGenerator g = new TickGenerator(KYIV, Locale.UK, 56);
        TickGenerator.Axis axis = g.ticks(scaleFrom("2022-01-10T06:00:00Z", 60_000), 1200);
        assertThat(axis.minor()).extracting(Tick::label).contains("10:00", "11:00");
        assertThat(axis.major()).extracting(Tick::label).contains("Mon 10 January 2022");
    }
}
