package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineJsImporterTest {

    private static final Path SYNTHETIC = Path.of("src", "test", "resources", "timelinejs", "synthetic.json");

    @TempDir
    Path dir;

    @Test
    void readsEventsDatesTextGroupsAndMediaFromStringsAndEmptyFields() {
        LoadResult result = EventFileReader.read(SYNTHETIC);
        assertThat(result.errors()).isEmpty();
        EventFile file = result.file();
        assertThat(file.title()).isEqualTo("Synthetic TimelineJS test file");
        assertThat(file.events())
                .extracting(Event::title)
                .containsExactly("A year only", "Three days & more", "Only text, no headline.");

        Event year = file.events().get(0);
        assertThat(year.id()).isEqualTo("tl-1");
        assertThat(year.start().precision()).isEqualTo(Precision.YEAR);
        assertThat(year.start().text()).isEqualTo("2019");

        Event range = file.event("three-days").orElseThrow();
        assertThat(range.start().text()).isEqualTo("2020-03-05");
        assertThat(range.end().text()).isEqualTo("2020-03-07");
        assertThat(range.description()).isEqualTo("First line.\nSecond line.");
        assertThat(file.category(range.category()).orElseThrow().name()).isEqualTo("Politics");
        assertThat(range.sourceIds()).hasSize(2);
        var media = file.source(range.sourceIds().get(1)).orElseThrow();
        assertThat(media.url()).isEqualTo("https://example.org/photo.jpg");
        assertThat(media.name()).isEqualTo("Synthetic Agency");
        assertThat(media.note()).isEqualTo("A synthetic photo");
        assertThat(range.media())
                .as("the slide's media is the event's picture too")
                .isEqualTo(new org.eventscope.model.Media(
                        "https://example.org/photo.jpg", "A synthetic photo", "Synthetic Agency", null));

        Event minute = file.events().get(2);
        assertThat(minute.start().text()).isEqualTo("2020-06-01T09:30");
        assertThat(minute.start().precision()).isEqualTo(Precision.MINUTE);
        assertThat(file.category(minute.category()).orElseThrow().name()).isEqualTo("Economy");
        assertThat(file.categories()).hasSize(2);
    }

    @Test
    void whatCannotBeShownIsReportedAsWarningsWithPositions() {
        LoadResult result = EventFileReader.read(SYNTHETIC);
        assertThat(result.problems()).allMatch(p -> !p.isError() && p.line() > 0 && p.column() > 0);
        assertThat(result.problems())
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "/title/media",
                        "/events/2/start_date/display_date",
                        "/events/2/background",
                        "/events/3/start_date/year");
        assertThat(result.file().eras())
                .extracting(org.eventscope.model.Era::title)
                .containsExactly("A synthetic era");
        assertThat(result.file().eras().get(0).start().text()).isEqualTo("2019");
        assertThat(result.file().eras().get(0).end().text()).isEqualTo("2020");
        assertThat(result.problems())
                .filteredOn(p -> p.path().equals("/events/3/start_date/year"))
                .first()
                .extracting(Problem::message)
                .asString()
                .contains("year -500")
                .contains("left out");
    }

    @Test
    void aBadDateIsAPositionedError() {
        Path bad = TestFiles.write(dir, "bad-tl.json", """
                {
                  "events": [
                    { "start_date": { "year": "2020", "month": "two" }, "text": { "headline": "Synthetic" } },
                    { "start_date": { "year": "2021", "month": "2", "day": "30" }, "text": { "headline": "Synthetic" } }
                  ]
                }
                """);
        LoadResult result = EventFileReader.read(bad);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors())
                .extracting(Problem::toString)
                .containsExactly(
                        bad
                                + ":3:48: error: \"month\" is \"two\"; expected a whole number (at /events/0/start_date/month)",
                        bad
                                + ":4:21: error: not a real date or time: there is no 30 February (February has 28 days) (at /events/1/start_date)");
    }

    @Test
    void anImpossibleDateSaysWhatIsWrongInTheInterfacesLanguage() {
        Path bad = TestFiles.write(dir, "impossible-tl.json", """
                {
                  "events": [
                    { "start_date": { "year": "2021", "month": "13" }, "text": { "headline": "Synthetic" } },
                    { "start_date": { "year": "2021", "month": "4", "day": "31" }, "text": { "headline": "Synthetic" } },
                    { "start_date": { "year": "2021", "month": "1", "day": "1", "hour": "99999999999" },
                      "text": { "headline": "Synthetic" } }
                  ]
                }
                """);
        assertThat(EventFileReader.read(bad).errors())
                .extracting(Problem::message)
                .containsExactly(
                        "not a real date or time: there is no month 13 (months go from 01 to 12)",
                        "not a real date or time: there is no 31 April (April has 30 days)",
                        "not a real date or time: there is no hour 99999999999 (hours go from 00 to 23)");
        org.eventscope.i18n.Messages.setLocale(java.util.Locale.forLanguageTag("uk"));
        try {
            assertThat(EventFileReader.read(bad).errors())
                    .extracting(Problem::message)
                    .containsExactly(
                            "неможлива дата чи час: місяця 13 не буває (місяці — від 01 до 12)",
                            "неможлива дата чи час: 31 квітня не буває (квітень має 30 днів)",
                            "неможлива дата чи час: години 99999999999 не буває (години — від 00 до 23)");
        } finally {
            org.eventscope.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void aNativeFileIsNotMistakenForTimelineJs() {
        assertThat(EventFileReader.read(TestFiles.GENEVA).problems()).isEmpty();
        Path odd = TestFiles.write(
                dir,
                "odd.json",
                TestFiles.SYNTHETIC.replace("\"formatVersion\": 1,", "").replace("Synthetic range", "start_date"));
        LoadResult result = EventFileReader.read(odd);
        assertThat(result.errors())
                .extracting(Problem::message)
                .contains("missing required field \"formatVersion\" (a whole number)");
    }
}
