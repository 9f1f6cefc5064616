package org.eventscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

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
    void writesItselfBackAtItsPrecision() {
        for (String text : new String[] {
            "2021",
            "2021-12",
            "2021-12-22",
            "2022-01-10T09:00",
            "2022-01-10T09:00Z",
            "2022-01-10T09:00+01:00[Europe/Zurich]",
            "2022-01-10T09:00:30.25-03:30",
            "0044-03-15"
        }) {
            assertThat(TimePoint.parse(text).text()).isEqualTo(text);
            assertThat(TimePoint.parse(text)).isEqualTo(TimePoint.parse(text));
        }
    }

    @Test
    void fastMillisAgreeWithInstants() {
        for (String text : new String[] {"2021-12", "2022-01-10T09:00:30.25-03:30", "1999-12-31T23:59Z", "2021"}) {
            TimePoint t = TimePoint.parse(text);
            assertThat(t.startMillis(ZoneOffset.UTC))
                    .isEqualTo(t.start(ZoneOffset.UTC).toEpochMilli());
            assertThat(t.startMillis(KYIV)).isEqualTo(t.start(KYIV).toEpochMilli());
        }
    }

    @Test
    void millisWithoutMakingInstantsAgreeWithThemInEveryKindOfZone() {
        ZoneId[] fallbacks = {
            ZoneOffset.UTC,
            ZoneId.of("UTC"),
            ZoneOffset.ofHoursMinutes(-3, -30),
            ZoneId.of("Etc/GMT-3"),
            KYIV,
            ZoneId.of("America/St_Johns"),
            ZoneId.of("Australia/Lord_Howe")
        };
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(
                "0001",
                "9998",
                "2020-02",
                "2021-12",
                "2024-02-29",
                "1999-12-31",
                "2022-03-27T03:30",
                "2022-10-30T03:30",
                "2022-10-30T03:30:59.999999999",
                "2021-06-01T00:00[Etc/GMT+5]",
                "2022-01-10T09:00+01:00[Europe/Zurich]",
                "2022-03-27T02:15[Europe/Kyiv]",
                "1969-12-31T23:59:59.5Z",
                "0001-01-01T00:00-18:00",
                "9998-12-31T23:59:59+18:00"));
        java.util.Random r = new java.util.Random(17);
        String[] zones = {"", "Z", "+05:45", "-09:30", "[Europe/Kyiv]", "[Etc/GMT-14]", "+02:00[Europe/Kyiv]"};
        for (int i = 0; i < 3000; i++) {
            String date = String.format(
                    java.util.Locale.ROOT, "%04d-%02d-%02d", 1 + r.nextInt(9998), 1 + r.nextInt(12), 1 + r.nextInt(28));
            texts.add(
                    switch (r.nextInt(5)) {
                        case 0 -> date.substring(0, 4);
                        case 1 -> date.substring(0, 7);
                        case 2 -> date;
                        case 3 ->
                            String.format(java.util.Locale.ROOT, "%sT%02d:%02d", date, r.nextInt(24), r.nextInt(60))
                                    + zones[r.nextInt(zones.length)];
                        default ->
                            String.format(
                                            java.util.Locale.ROOT,
                                            "%sT%02d:%02d:%02d.%03d",
                                            date,
                                            r.nextInt(24),
                                            r.nextInt(60),
                                            r.nextInt(60),
                                            r.nextInt(1000))
                                    + zones[r.nextInt(zones.length)];
                    });
        }
        int checked = 0;
        for (String text : texts) {
            TimePoint t;
            try {
                t = TimePoint.parse(text);
            } catch (DateTimeException e) {
                continue; // an offset that does not fit its zone at that time
            }
            for (ZoneId fallback : fallbacks) {
                assertThat(t.startMillis(fallback))
                        .as("%s in %s", text, fallback)
                        .isEqualTo(t.start(fallback).toEpochMilli());
                assertThat(t.periodEndMillis(fallback))
                        .as("%s in %s", text, fallback)
                        .isEqualTo(t.periodEnd(fallback).toEpochMilli())
                        .isEqualTo(instant(next(t), t, fallback));
                assertThat(t.startMillis(fallback)).isEqualTo(instant(t.local(), t, fallback));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(2500 * fallbacks.length);
    }

    /** The wall-clock time at which {@code t}'s period ends, by java.time's calendar: the rule spelled out. */
    private static java.time.LocalDateTime next(TimePoint t) {
        java.time.LocalDateTime l = t.local();
        return switch (t.precision()) {
            case YEAR -> l.plusYears(1);
            case MONTH -> l.plusMonths(1);
            case DAY -> l.plusDays(1);
            case MINUTE -> l.plusMinutes(1);
            case SECOND -> l.plusSeconds(1);
        };
    }

    /** Epoch milliseconds of wall-clock {@code local} read as {@code t} is: its offset, else its zone, else {@code fallback}. */
    private static long instant(java.time.LocalDateTime local, TimePoint t, ZoneId fallback) {
        return (t.offset() != null
                        ? local.toInstant(t.offset())
                        : java.time.ZonedDateTime.of(local, t.zone() != null ? t.zone() : fallback)
                                .toInstant())
                .toEpochMilli();
    }

    @Test
    void rejectsImpossibleAndMalformedTimes() {
        assertThatThrownBy(() -> TimePoint.parse("2021-02-30"))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("not a real date");
        assertThatThrownBy(() -> TimePoint.parse("10/01/2022")).hasMessageContaining("not an ISO 8601 time");
        assertThatThrownBy(() -> TimePoint.parse("2022-01-10T25:00Z")).hasMessageContaining("not a real");
        assertThatThrownBy(() -> TimePoint.parse("2022-01-00"))
                .hasMessageEndingWith(": there is no day 0 (days start at 01)");
        assertThatThrownBy(() -> TimePoint.parse("2022-01-10T09:60Z"))
                .hasMessageEndingWith(": there is no minute 60 (minutes go from 00 to 59)");
        assertThatThrownBy(() -> TimePoint.parse("2022-01-10T09:59:60Z"))
                .hasMessageEndingWith(": there is no second 60 (seconds go from 00 to 59)");
        assertThatThrownBy(() -> TimePoint.parse("2024-02-30"))
                .hasMessageEndingWith(": there is no 30 February (February has 29 days)");
        assertThatThrownBy(() -> TimePoint.parse("2021-06-31"))
                .hasMessageEndingWith(": there is no 31 June (June has 30 days)");
        assertThat(TimePoint.parse("2024-02-29").text()).isEqualTo("2024-02-29");
        assertThatThrownBy(() -> TimePoint.parse("2022-01-10T09:00[Mars/Olympus]"))
                .hasMessageContaining("unknown time zone");
        assertThatThrownBy(() -> TimePoint.parse("2022-01-10T09:00+1:00")).hasMessageContaining("not an ISO 8601 time");
        assertThatThrownBy(() -> TimePoint.parse("2022-01-10T09:00+19:00"))
                .hasMessageContaining("impossible UTC offset");
        assertThatThrownBy(() -> TimePoint.parse("2022-01-10T09:00:00.")).hasMessageContaining("not an ISO 8601 time");
        assertThatThrownBy(() -> TimePoint.parse("2022-01-10 ")).hasMessageContaining("not an ISO 8601 time");
        assertThatThrownBy(() -> TimePoint.parse("2022-07-10T09:00+01:00[Europe/Zurich]"))
                .hasMessageContaining("not valid in Europe/Zurich");
    }

    @Test
    void oneParserReadsTimesFromPartsOfAnArrayOneAfterAnotherAsParseDoes() {
        // As a JSON parser's buffer holds them: a time among other characters.
        char[] buffer =
                "[\"2021-02-30\",\"2022-01-10T09:00+01:00[Europe/Zurich]\",\"2022-01\",\"2022-01-10T09:00[Mars/Olympus]\"]"
                        .toCharArray();
        TimePoint.Parser parser = new TimePoint.Parser();
        assertThatThrownBy(() -> parser.parse(buffer, 2, 10))
                .isInstanceOf(DateTimeException.class)
                .hasMessage(
                        "\"2021-02-30\" is not a real date or time: there is no 30 February (February has 28 days)");
        // A failure leaves nothing behind for the next time.
        TimePoint zurich = parser.parse(buffer, 15, 37);
        assertThat(zurich).isEqualTo(TimePoint.parse("2022-01-10T09:00+01:00[Europe/Zurich]"));
        assertThat(zurich.text()).isEqualTo("2022-01-10T09:00+01:00[Europe/Zurich]");
        assertThat(parser.parse(buffer, 55, 7).text()).isEqualTo("2022-01");
        // The part read, not what follows it in the array, is quoted.
        assertThatThrownBy(() -> parser.parse(buffer, 65, 30))
                .hasMessage("\"2022-01-10T09:00[Mars/Olympus]\" names an unknown time zone Mars/Olympus");
        assertThatThrownBy(() -> parser.parse(buffer, 55, 8))
                .hasMessageStartingWith("\"2022-01\"\" is not an ISO 8601 time");
    }

    @Test
    void aTimeMadeFromFieldsDropsThoseFinerThanItsPrecisionAsReadingDoes() {
        java.time.LocalDateTime afternoon = java.time.LocalDateTime.of(2022, 1, 10, 15, 53, 12);
        org.assertj.core.api.Assertions.assertThat(TimePoint.of(afternoon, Precision.DAY, null, null))
                .isEqualTo(TimePoint.parse("2022-01-10"));
        org.assertj.core.api.Assertions.assertThat(TimePoint.of(afternoon, Precision.MONTH, null, null))
                .isEqualTo(TimePoint.parse("2022-01"));
        org.assertj.core.api.Assertions.assertThat(TimePoint.of(afternoon, Precision.MINUTE, null, null))
                .isEqualTo(TimePoint.parse("2022-01-10T15:53"));
    }
}
