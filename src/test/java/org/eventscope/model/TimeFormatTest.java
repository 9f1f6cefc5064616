package org.eventscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeFormatTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Test
    void calendarPeriodsAreWrittenAtTheirPrecision() {
        assertThat(TimeFormat.format(TimePoint.parse("2021"), KYIV, Locale.UK)).isEqualTo("2021");
        assertThat(TimeFormat.format(TimePoint.parse("2021-12"), KYIV, Locale.UK))
                .isEqualTo("December 2021");
        assertThat(TimeFormat.format(TimePoint.parse("2021-12-22"), KYIV, Locale.UK))
                .isEqualTo("22 December 2021");
    }

    @Test
    void clockTimesAreShownInTheDisplayZoneAndInTheirOwn() {
        Event talks = new Event(
                "t",
                "Talks",
                TimePoint.parse("2022-01-10T09:00+01:00[Europe/Zurich]"),
                TimePoint.parse("2022-01-10T16:00+01:00[Europe/Zurich]"),
                true,
                null,
                List.of(),
                null,
                null,
                List.of());
        assertThat(TimeFormat.formatEvent(talks, KYIV, Locale.UK))
                .isEqualTo("10 January 2022, 10:00 – about 17:00 (Kyiv); 09:00 – about 16:00 in Zurich");
    }

    @Test
    void theEventsOwnZoneIsNamedAfterItsPlaceAndCanComeFirst() {
        Event talks = new Event(
                "t",
                "Talks",
                TimePoint.parse("2022-01-10T09:00+01:00[Europe/Zurich]"),
                TimePoint.parse("2022-01-10T16:00+01:00[Europe/Zurich]"),
                true,
                null,
                List.of(),
                "Geneva, Switzerland",
                null,
                List.of());
        assertThat(TimeFormat.formatEvent(talks, KYIV, Locale.UK))
                .isEqualTo("10 January 2022, 10:00 – about 17:00 (Kyiv); 09:00 – about 16:00 in Geneva");
        assertThat(TimeFormat.formatEvent(talks, talks.start().ownZone(), KYIV, Locale.UK))
                .isEqualTo("10 January 2022, 09:00 – about 16:00 (Geneva); 10:00 – about 17:00 in Kyiv");
        assertThat(TimeFormat.formatEvent(talks, ZoneId.of("UTC"), talks.start().ownZone(), Locale.UK))
                .isEqualTo("10 January 2022, 08:00 – about 15:00 (UTC); 09:00 – about 16:00 in Geneva");
    }

    @Test
    void aDayIsTheSameDayInEveryZone() {
        Event day = new Event(
                "d", "Day", TimePoint.parse("2021-12-22"), null, false, null, List.of(), null, null, List.of());
        assertThat(TimeFormat.formatEvent(day, ZoneId.of("Pacific/Kiritimati"), KYIV, Locale.UK))
                .isEqualTo("22 December 2021");
    }

    @Test
    void ukrainianDatesUseUkrainianMonthNames() {
        assertThat(TimeFormat.format(TimePoint.parse("2021-12"), KYIV, Locale.forLanguageTag("uk")))
                .isEqualToIgnoringCase("грудень 2021");
    }
}
