package org.eventscope.model;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimePointTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Test
    void keepsThePrecisionThatIsWritten() {
        assertThat(TimePoint.parse("2021").precision()).isEqualTo(Precision.YEAR);
        assertThat(TimePoint.parse("2021-12").precision()).isEqualTo(Precision.MONTH);
        assertThat(TimePoint.parse("2021-12-22").precision()).isEqualTo(Precision.DAY);
        assertThat(TimePoint.parse("2022-01-10T09:00+01:00").precision()).isEqualTo(Precision.MINUTE);
        assertThat(TimePoint.parse("2022-01-10T09:00:30Z").precision()).isEqualTo(Precision.SECOND);
    }

    @Test
    void aMonthCoversTheWholeMonthInTheFallbackZone() {
        TimePoint december = TimePoint.parse("2021-12");
        assertThat(december.start(KYIV)).isEqualTo(Instant.parse("2021-11-30T22:00:00Z"));
        assertThat(december.periodEnd(KYIV)).isEqualTo(Instant.parse("2021-12-31T22:00:00Z"));
    }

    @Test
    void offsetAndZoneIdAreKept() {
        TimePoint t = TimePoint.parse("2022-01-10T09:00+01:00[Europe/Zurich]");
        assertThat(t.offset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(t.zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(t.ownZone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(t.start(KYIV)).isEqualTo(Instant.parse("2022-01-10T08:00:00Z"));
    }

    @Test
    void rejectsImpossibleAndMalformedTimes() {
        assertThatThrownBy(() -> TimePoint.parse("2021-02-30")).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("not a real date");
        assertThatThrownBy(() -> TimePoint.parse("10/01/2022")).hasMessageContaining("not an ISO 8601 time");
        assertThatThrownBy(() -> TimePoint.parse("2022-01-10T25:00Z")).hasMessageContaining("not a real");
        assertThatThrownBy(() -> TimePoint.parse("2022-01-10T09:00[Mars/Olympus]")).hasMessageContaining("unknown time zone");
        assertThatThrownBy(() -> TimePoint.parse("2022-07-10T09:00+01:00[Europe/Zurich]"))
                .hasMessageContaining("not valid in Europe/Zurich");
    }
}
