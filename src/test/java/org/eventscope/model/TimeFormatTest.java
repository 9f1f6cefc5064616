package org.eventscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.eventscope.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeFormatTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Locale UK = Locale.forLanguageTag("uk");

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void zonesAreNamedInTheInterfacesLanguage() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(TimeFormat.zoneName(KYIV)).isEqualTo("Kyiv");
        assertThat(TimeFormat.zoneName(ZoneId.of("America/New_York"))).isEqualTo("New York");
        assertThat(TimeFormat.zoneName(ZoneId.of("UTC"))).isEqualTo("UTC");
        assertThat(TimeFormat.zoneName(ZoneId.of("+01:00"))).isEqualTo("UTC+01:00");
        Messages.setLocale(UK);
        assertThat(TimeFormat.zoneName(KYIV)).isEqualTo("за східноєвропейським часом");
        assertThat(TimeFormat.zoneName(ZoneId.of("Europe/Zurich"))).isEqualTo("за центральноєвропейським часом");
        assertThat(TimeFormat.zoneName(ZoneId.of("Europe/Moscow"))).isEqualTo("за московським часом");
        assertThat(TimeFormat.zoneName(ZoneId.of("UTC"))).isEqualTo("UTC");
        assertThat(TimeFormat.zoneName(ZoneId.of("+01:00"))).isEqualTo("UTC+01:00");
        // Dates and numbers may follow another locale; the zone's words follow the interface.
        Messages.setLocale(Locale.GERMANY);
        assertThat(TimeFormat.zoneName(KYIV)).isEqualTo("Kyiv");
    }

    @Test
    void ukrainianDetailsNameTheZonesInUkrainian() {
        Messages.setLocale(UK);
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
        assertThat(TimeFormat.formatEvent(talks, KYIV, KYIV, UK))
                .endsWith(
                        ", 10:00 – близько 17:00 (за східноєвропейським часом); 09:00 – близько 16:00 (за центральноєвропейським часом)");
        Event inGeneva = new Event(
                "g", "Talks", talks.start(), talks.end(), true, null, List.of(), "Женева, Швейцарія", null, List.of());
        assertThat(TimeFormat.formatEvent(inGeneva, KYIV, KYIV, UK)).endsWith("; 09:00 – близько 16:00 (Женева)");
    }

    @Test
    void calendarPeriodsAreWrittenAtTheirPrecision() {
        assertThat(TimeFormat.format(TimePoint.parse("2021"), KYIV, KYIV, Locale.UK))
                .isEqualTo("2021");
        assertThat(TimeFormat.format(TimePoint.parse("2021-12"), KYIV, KYIV, Locale.UK))
                .isEqualTo("December 2021");
        assertThat(TimeFormat.format(TimePoint.parse("2021-12-22"), KYIV, KYIV, Locale.UK))
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
        assertThat(TimeFormat.formatEvent(talks, KYIV, KYIV, Locale.UK))
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
        assertThat(TimeFormat.formatEvent(talks, KYIV, KYIV, Locale.UK))
                .isEqualTo("10 January 2022, 10:00 – about 17:00 (Kyiv); 09:00 – about 16:00 in Geneva");
        assertThat(TimeFormat.formatEvent(talks, KYIV, talks.start().ownZone(), KYIV, Locale.UK))
                .isEqualTo("10 January 2022, 09:00 – about 16:00 (Geneva); 10:00 – about 17:00 in Kyiv");
        assertThat(TimeFormat.formatEvent(
                        talks, KYIV, ZoneId.of("UTC"), talks.start().ownZone(), Locale.UK))
                .isEqualTo("10 January 2022, 08:00 – about 15:00 (UTC); 09:00 – about 16:00 in Geneva");
    }

    @Test
    void aDayIsTheSameDayInEveryZone() {
        Event day = new Event(
                "d", "Day", TimePoint.parse("2021-12-22"), null, false, null, List.of(), null, null, List.of());
        assertThat(TimeFormat.formatEvent(day, KYIV, ZoneId.of("Pacific/Kiritimati"), KYIV, Locale.UK))
                .isEqualTo("22 December 2021");
    }

    @Test
    void ukrainianDatesUseUkrainianMonthNames() {
        assertThat(TimeFormat.format(TimePoint.parse("2021-12"), KYIV, KYIV, Locale.forLanguageTag("uk")))
                .isEqualToIgnoringCase("грудень 2021");
    }

    @Test
    void aClockTimeWithoutAZoneIsTheFilesAndIsShownInTheZoneChosen() {
        // 10:00 in a file kept in Kiribati's time (UTC+14) is 20:00 the day before in UTC, not 10:00 UTC.
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        TimePoint ten = TimePoint.parse("2021-12-01T10:00");
        assertThat(TimeFormat.format(ten, kiritimati, ZoneId.of("UTC"), Locale.UK))
                .isEqualTo("30 November 2021, 20:00 (UTC)");
        assertThat(TimeFormat.format(ten, kiritimati, kiritimati, Locale.UK)).startsWith("1 December 2021, 10:00 (");
        Event range = new Event(
                "r", "Range", ten, TimePoint.parse("2021-12-01T16:00"), false, null, List.of(), null, null, List.of());
        assertThat(TimeFormat.formatEvent(range, kiritimati, ZoneId.of("UTC"), Locale.UK))
                .isEqualTo("30 November 2021, 20:00 (UTC) – 1 December 2021, 02:00 (UTC)");
    }
}
