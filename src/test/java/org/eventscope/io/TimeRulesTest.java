package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules for times that a file states: an end may not lie before its start (by as little as one
 * unit), times without a zone are read in the file's display zone, and a clock reading that a
 * daylight-saving change skips or repeats is reported. Synthetic data throughout.
 */
class TimeRulesTest {

    private static LoadResult read(String json) {
        return EventFileReader.read("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** A file with one event (and the display zone given before or after the events). */
    private static String file(String zone, String start, String end, boolean zoneFirst) {
        String event = "{\"id\": \"a\", \"title\": \"Synthetic\", \"start\": \"" + start + "\""
                + (end == null ? "" : ", \"end\": \"" + end + "\"") + "}";
        String zoneMember = "\"displayZone\": \"" + zone + "\"";
        return "{\"formatVersion\": 1, \"title\": \"Synthetic\", " + (zoneFirst ? zoneMember + ", " : "")
                + "\"sources\": [], \"events\": [" + event + "]" + (zoneFirst ? "" : ", " + zoneMember) + "}";
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "2022-01-10T10:00Z, 2022-01-10T09:59Z",
        "2021-12-01, 2021-11-30",
        "2022, 2021",
        "2022-01, 2021-12",
        "2022-01-10T10:00:00Z, 2022-01-10T09:59:59Z",
        "2022-01-10T10:00Z, 2022-01-09",
    })
    void anEndOneUnitBeforeItsStartIsRefused(String start, String end) {
        for (boolean zoneFirst : new boolean[] {true, false}) {
            LoadResult result = read(file("UTC", start, end, zoneFirst));
            assertThat(result.ok()).isFalse();
            assertThat(result.errors()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("/events/0/end");
                assertThat(p.message()).isEqualTo("the end " + end + " is before the start " + start);
            });
        }
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "2022-01-10T10:00Z, 2022-01-10T10:00Z",
        "2021-12-01, 2021-12-01",
        "2021-12-22, 2021-12",
        "2021-12, 2021",
        "2022-01-10T10:00Z, 2022-01-10",
    })
    void anEndWithinItsStartsPeriodIsAccepted(String start, String end) {
        assertThat(read(file("UTC", start, end, true)).problems()).isEmpty();
    }

    @Test
    void anEraEndingTheYearBeforeItStartsIsRefused() {
        String json =
                "{\"formatVersion\": 1, \"title\": \"Synthetic\", \"displayZone\": \"UTC\", \"sources\": [], \"events\": [],"
                        + " \"eras\": [{\"id\": \"x\", \"title\": \"Synthetic era\", \"start\": \"2022\", \"end\": \"2021\"}]}";
        assertThat(read(json).errors()).extracting(Problem::path).containsExactly("/eras/0/end");
    }

    @Test
    void zonelessTimesAreComparedInTheDisplayZone() {
        for (boolean zoneFirst : new boolean[] {true, false}) {
            // 09:00 in Zurich is 10:00 in Kyiv: an end at 09:30 Kyiv time is half an hour before it.
            LoadResult before =
                    read(file("Europe/Kyiv", "2022-01-10T09:00+01:00[Europe/Zurich]", "2022-01-10T09:30", zoneFirst));
            assertThat(before.errors())
                    .as("zone first: %s", zoneFirst)
                    .extracting(Problem::path)
                    .containsExactly("/events/0/end");
            // 09:00 in Kyiv is 08:00 in Zurich: an end at 08:30 Zurich time is after it (read as UTC it would not be).
            LoadResult valid = read(file("Europe/Kyiv", "2022-01-10T09:00", "2022-01-10T08:30+01:00", zoneFirst));
            assertThat(valid.problems()).as("zone first: %s", zoneFirst).isEmpty();
        }
    }

    @Test
    void aTimeInADaylightSavingGapIsRefused() {
        LoadResult zoned = read(file("UTC", "2021-03-28T03:30[Europe/Kyiv]", null, true));
        assertThat(zoned.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/events/0/start");
            assertThat(p.message())
                    .isEqualTo("\"2021-03-28T03:30[Europe/Kyiv]\" does not exist in Europe/Kyiv: the clocks"
                            + " went from 03:00 to 04:00 that night; give a time after the change, or an offset");
        });
        for (boolean zoneFirst : new boolean[] {true, false}) {
            LoadResult zoneless = read(file("Europe/Kyiv", "2021-03-28T03:30", null, zoneFirst));
            assertThat(zoneless.errors()).extracting(Problem::path).containsExactly("/events/0/start");
        }
        assertThat(read(file("UTC", "2021-03-28T03:30", null, true)).problems()).isEmpty();
        // Samoa skipped 30 December 2011 altogether.
        assertThat(read(file("Pacific/Apia", "2011-12-30T12:00", null, true)).errors())
                .singleElement()
                .extracting(Problem::message)
                .isEqualTo(
                        "\"2011-12-30T12:00\" does not exist in Pacific/Apia: the clocks went from 2011-12-30 00:00 to"
                                + " 2011-12-31 00:00 that night; give a time after the change, or an offset");
        assertThat(read(file("Europe/Kyiv", "2021-03-28", null, true)).problems())
                .isEmpty();
    }

    @Test
    void aTimeThatHappensTwiceIsReadAsTheFirstWithAWarning() {
        LoadResult result = read(file("Europe/Kyiv", "2021-10-31T03:30", null, true));
        assertThat(result.ok()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message())
                    .isEqualTo(
                            "\"2021-10-31T03:30\" happens twice in Europe/Kyiv (the clocks went back"
                                    + " from 04:00 to 03:00); it is read as the first, at +03:00; write the offset +02:00 to mean the second");
        });
        Event e = result.file().events().get(0);
        assertThat(e.start().start(result.file().displayZone()).toString()).isEqualTo("2021-10-31T00:30:00Z");
    }

    // ---- TimelineJS ----------------------------------------------------------------------------

    private static LoadResult timelineJs(String events, String eras) {
        return read("{\"events\": [" + events + "]" + (eras == null ? "" : ", \"eras\": [" + eras + "]") + "}");
    }

    @Test
    void aTimelineJsEndTheYearBeforeItsStartIsRefused() {
        LoadResult result = timelineJs(
                "{\"start_date\": {\"year\": \"2016\"}, \"end_date\": {\"year\": \"2015\"},"
                        + " \"text\": {\"headline\": \"Synthetic\"}}",
                null);
        assertThat(result.errors()).extracting(Problem::path).containsExactly("/events/0/end_date");
    }

    @Test
    void timelineJsErasAreChecked() {
        LoadResult result = timelineJs(
                "{\"start_date\": {\"year\": 2016}, \"text\": {\"headline\": \"Synthetic\"}}",
                "{\"start_date\": {\"year\": 2017}, \"end_date\": {\"year\": 2016}}");
        assertThat(result.errors()).extracting(Problem::path).containsExactly("/eras/0/end_date");
    }

    @Test
    void aTimelineJsDayWithoutAMonthOrAMinuteWithoutAnHourIsWarnedAbout() {
        LoadResult result = timelineJs(
                "{\"start_date\": {\"year\": 2016, \"day\": 5}, \"text\": {\"headline\": \"A\"}},"
                        + "{\"start_date\": {\"year\": 2016, \"month\": 3, \"day\": 5, \"minute\": 30}, \"text\": {\"headline\": \"B\"}}",
                null);
        assertThat(result.ok()).isTrue();
        assertThat(result.problems())
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "/events/0/start_date/day",
                                "\"day\" is given without \"month\", so it is left out of the date"),
                        org.assertj.core.groups.Tuple.tuple(
                                "/events/1/start_date/minute",
                                "\"minute\" is given without \"hour\", so it is left out of the date"));
        assertThat(result.file().events()).extracting(e -> e.start().text()).containsExactly("2016", "2016-03-05");
    }

    @Test
    void aCosmologicalYearIsAWarningNotAnError() {
        LoadResult result = timelineJs(
                "{\"start_date\": {\"year\": \"-13800000000\"}, \"text\": {\"headline\": \"Big Bang\"}},"
                        + "{\"start_date\": {\"year\": \"123456789012345678901234567890\"}, \"text\": {\"headline\": \"Far\"}},"
                        + "{\"start_date\": {\"year\": 2016}, \"text\": {\"headline\": \"Synthetic\"}}",
                null);
        assertThat(result.ok()).isTrue();
        assertThat(result.problems())
                .extracting(Problem::message)
                .containsExactly(
                        "year -13800000000 is outside 1–9999, which Eventscope cannot show; the event is left out",
                        "year 123456789012345678901234567890 is outside 1–9999, which Eventscope cannot show; the event is left out");
        assertThat(result.file().events()).hasSize(1);
    }

    @Test
    void timelineJsFieldsEventscopeDoesNotReadAreWarnedWhereverTheyStand() {
        LoadResult result = read("""
                {"events": [{"start_date": {"year": "2020"}, "text": {"headline": "h", "zz": 2},
                             "media": {"url": "https://example.org/x", "zz": 3}}],
                 "title": {"text": {"headline": "t", "zz": 5}, "zz": 9},
                 "eras": [{"start_date": {"year": 2020}, "end_date": {"year": 2021}, "text": {"headline": "e", "zz": 6}, "zz": 7},
                          {"start_date": {"year": "-500000"}, "end_date": {"year": 2021}}]}
                """);
        assertThat(result.ok()).isTrue();
        assertThat(result.problems())
                .extracting(Problem::path)
                .containsExactly(
                        "/events/0/text/zz",
                        "/events/0/media/zz",
                        "/title/text/zz",
                        "/title/zz",
                        "/eras/0/text/zz",
                        "/eras/0/zz",
                        "/eras/1/start_date/year");
        assertThat(result.problems().get(6).message()).endsWith("the era is left out");
    }
}
