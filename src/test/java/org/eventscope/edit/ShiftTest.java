package org.eventscope.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventscope.model.Event;
import org.eventscope.model.TimePoint;
import org.junit.jupiter.api.Test;

class ShiftTest {

    private static final long DAY = 86_400_000L;

    private static Event event(String start, String end) {
        return new Event(
                "e",
                "Synthetic",
                TimePoint.parse(start),
                end == null ? null : TimePoint.parse(end),
                false,
                null,
                List.of(),
                null,
                null,
                List.of());
    }

    @Test
    void aDayEventMovesByWholeDaysAndStaysWhereItWasForLessThanHalfADay() {
        Event e = event("2021-12-22", null);
        assertThat(Shift.move(e, true, true, (long) (3.4 * DAY)).start().text()).isEqualTo("2021-12-25");
        assertThat(Shift.move(e, true, true, -(long) (1.6 * DAY)).start().text())
                .isEqualTo("2021-12-20");
        assertThat(Shift.move(e, true, true, (long) (0.4 * DAY))).isSameAs(e);
    }

    @Test
    void aMonthEventMovesByWholeMonthsAndAMinuteEventByMinutes() {
        assertThat(Shift.move(event("2021-12", null), true, true, 45 * DAY)
                        .start()
                        .text())
                .isEqualTo("2022-01");
        assertThat(Shift.move(event("2021-12", null), true, true, 10 * DAY)
                        .start()
                        .text())
                .isEqualTo("2021-12");
        assertThat(Shift.move(event("2022-01-10T09:00", null), true, true, 95 * 60_000L)
                        .start()
                        .text())
                .isEqualTo("2022-01-10T10:35");
    }

    @Test
    void aRangeMovesWholeOrByOneEnd() {
        Event talks = event("2022-01-10T09:00+01:00[Europe/Zurich]", "2022-01-10T16:00+01:00[Europe/Zurich]");
        Event later = Shift.move(talks, true, true, DAY);
        assertThat(later.start().text()).isEqualTo("2022-01-11T09:00+01:00[Europe/Zurich]");
        assertThat(later.end().text()).isEqualTo("2022-01-11T16:00+01:00[Europe/Zurich]");
        Event longer = Shift.move(talks, false, true, 2 * 3_600_000L);
        assertThat(longer.start()).isEqualTo(talks.start());
        assertThat(longer.end().text()).isEqualTo("2022-01-10T18:00+01:00[Europe/Zurich]");
    }

    @Test
    void aTimeWithAZoneGetsTheZonesOffsetAtItsNewDate() {
        // Zurich changes to summer time on 27 March 2022: 09:00 stays 09:00, now at +02:00.
        Event e = event("2022-03-26T09:00+01:00[Europe/Zurich]", null);
        assertThat(Shift.move(e, true, true, DAY).start().text()).isEqualTo("2022-03-27T09:00+02:00[Europe/Zurich]");
    }
}
