package org.eventscope.model;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TimeFormatTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Test
    void calendarPeriodsAreWrittenAtTheirPrecision() {
        assertThat(TimeFormat.format(TimePoint.parse("2021"), KYIV, Locale.UK)).isEqualTo("2021");
        assertThat(TimeFormat.format(TimePoint.parse("2021-12"), KYIV, Locale.UK)).isEqualTo("December 2021");
        assertThat(TimeFormat.format(TimePoint.parse("2021-12-22"), KYIV, Locale.UK)).isEqualTo("22 December 2021");
    }

    @Test
    void clockTimesAreShownInTheDisplayZoneAndInTheirOwn() {
        Event talks = new Event("t", "Talks", TimePoint.parse("2022-01-10T09:00+01:00[Europe/Zurich]"),
                TimePoint.parse("2022-01-10T16:00+01:00[Europe/Zurich]"), true, null, List.of(), null, null, List.of());
        assertThat(TimeFormat.formatEvent(talks, KYIV, Locale.UK))
                .isEqualTo("10 January 2022, 10:00 – about 17:00 (Kyiv); 09:00 – about 16:00 in Zurich");
    }

    @Test
    void ukrainianDatesUseUkrainianMonthNames() {
        assertThat(TimeFormat.format(TimePoint.parse("2021-12"), KYIV, Locale.forLanguageTag("uk")))
                .isEqualToIgnoringCase("грудень 2021");
    }
}
