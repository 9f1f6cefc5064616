package org.eventscope.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;

class ChartContentTest {

    private final EventFile geneva = EventFileReader.read(TestFiles.GENEVA).file();

    private ChartContent content(Locale locale) {
        return ChartContent.of(geneva, geneva.troopReports().get(0), locale);
    }

    @Test
    void oneBarPerBandWithTheReportedNumbers() {
        ChartContent c = content(Locale.US);
        assertThat(c.groups()).containsExactly("within 200 km", "within 400 km");
        assertThat(c.series()).hasSize(1);
        assertThat(c.series().get(0).values()).containsExactly(122_000L, 143_500L);
        assertThat(c.series().get(0).warning()).isNull();
        assertThat(c.title()).isEqualTo("Russian troops near Ukraine's borders");
    }

    @Test
    void ringsAreDerivedFromTheCumulativeFiguresAndSaySo() {
        ChartContent c = ChartContent.of(geneva, geneva.troopReports(), true, Locale.US);
        assertThat(c.groups()).containsExactly("0–200 km", "200–400 km");
        assertThat(c.series().get(0).values()).containsExactly(122_000L, 21_500L);
        assertThat(c.caption()).contains("derived");
        assertThat(c.bandAxis()).contains("derived");
    }

    @Test
    void severalReportsGiveOneSeriesEachAndAContradictionIsNamed() {
        String json = org.eventscope.TestFiles.SYNTHETIC.replace("\"troopReports\": [", """
                "troopReports": [
                    { "id": "r0", "date": "2020-03-01", "reportedBy": "Synthetic early reporter", "sources": ["s1"],
                      "bands": [ { "withinKm": 50, "troops": 900 }, { "withinKm": 200, "troops": 700 } ] },""");
        EventFile file = EventFileReader.read(
                        "synthetic.json",
                        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .file();
        ChartContent c = ChartContent.of(file, file.troopReports(), false, Locale.US);
        assertThat(c.groups()).containsExactly("within 50 km", "within 100 km", "within 200 km");
        assertThat(c.series())
                .extracting(ChartContent.Series::name)
                .containsExactly("Synthetic early reporter, March 1, 2020", "Synthetic reporter, March 5, 2020");
        assertThat(c.series().get(0).values()).containsExactly(900L, null, 700L);
        assertThat(c.series().get(1).values()).containsExactly(1000L, 3000L, null);
        assertThat(c.series().get(0).warning())
                .isEqualTo("This report contradicts itself: 700 within 200 km is"
                        + " fewer than 900 within 50 km, though bands are cumulative.");
        assertThat(c.series().get(1).warning()).isNull();
        ChartContent byRing = ChartContent.of(file, file.troopReports(), true, Locale.US);
        assertThat(byRing.series().get(0).values()).containsExactly(900L, null, null);
        assertThat(byRing.series().get(1).values()).containsExactly(1000L, 2000L, null);
    }

    @Test
    void numbersFollowTheReadersLocale() {
        assertThat(content(Locale.US).formatValue(122_000)).isEqualTo("122,000");
        String uk = content(Locale.forLanguageTag("uk-UA")).formatValue(122_000);
        assertThat(uk.replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo("122 000");
    }

    @Test
    void theUkrainianCaptionIsAllUkrainian() {
        Locale before = Locale.getDefault();
        Locale uk = Locale.forLanguageTag("uk");
        try {
            Locale.setDefault(uk);
            org.eventscope.i18n.Messages.setLocale(uk);
            EventFile file = EventFileReader.read(TestFiles.GENEVA).file();
            ChartContent content = ChartContent.of(file, file.troopReports().get(0), uk);
            String caption = content.caption();
            assertThat(content.subtitle()).startsWith("Повідомив Олексій Данілов, секретар РНБО, 22 грудня 2021");
            assertThat(caption)
                    .startsWith("Примітка: Смуги накопичувальні")
                    .contains("\nДжерело: Новина «У Женеві завершилися переговори США та Росії», 10 січня 2022 року; "
                            + "Олексій Данілов, секретар РНБО.");
            assertThat(caption + content.subtitle()).doesNotContainPattern("[A-Za-z]");
        } finally {
            Locale.setDefault(before);
            org.eventscope.i18n.Messages.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void theSubtitleSaysWhoAndWhenAndTheFootANoteThenTheSourcesALineEach() {
        assertThat(content(Locale.UK).subtitle())
                .isEqualTo("Reported by Oleksiy Danilov, NSDC secretary, 22 December 2021.");
        assertThat(content(Locale.UK).caption().split("\n")).hasSize(2).satisfies(lines -> {
            assertThat(lines[0]).isEqualTo("Note: Bands are cumulative: each includes the nearer ones.");
            assertThat(lines[1])
                    .startsWith("Source: News report on the US–Russia talks in Geneva")
                    .contains("Secretary of the National Security and Defense Council of Ukraine");
        });
        assertThat(content(Locale.UK).origin())
                .startsWith("Reported by Oleksiy Danilov, NSDC secretary, 22 December 2021. Note: Bands")
                .doesNotContain("\n");
        assertThat(content(Locale.UK).credit())
                .as("the credit is the newsroom's, given at export; the tool names itself only in the metadata")
                .isEmpty();
        assertThat(content(Locale.UK).withCredit("Chart: Our Newsroom").credit())
                .isEqualTo("Chart: Our Newsroom");
    }
}
