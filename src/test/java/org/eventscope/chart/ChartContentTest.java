package org.eventscope.chart;

import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ChartContentTest {

    private final EventFile geneva = EventFileReader.read(TestFiles.GENEVA).file();

    private ChartContent content(Locale locale) {
        return ChartContent.of(geneva, geneva.troopReports().get(0), locale);
    }

    @Test
    void oneBarPerBandWithTheReportedNumbers() {
        ChartContent c = content(Locale.US);
        assertThat(c.bars()).extracting(ChartContent.Bar::label).containsExactly("within 200 km", "within 400 km");
        assertThat(c.bars()).extracting(ChartContent.Bar::value).containsExactly(122_000L, 143_500L);
        assertThat(c.title()).isEqualTo("Russian troops near Ukraine's borders");
    }

    @Test
    void numbersFollowTheReadersLocale() {
        assertThat(content(Locale.US).formatValue(122_000)).isEqualTo("122,000");
        String uk = content(Locale.forLanguageTag("uk-UA")).formatValue(122_000);
        assertThat(uk.replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo("122 000");
    }

    @Test
    void captionNamesWhoWhenAndTheSources() {
        String caption = content(Locale.UK).caption();
        assertThat(caption).startsWith("Reported by Oleksiy Danilov, NSDC secretary, 22 December 2021.")
                .contains("News report on the US–Russia talks in Geneva")
                .contains("Secretary of the National Security and Defense Council of Ukraine");
        assertThat(content(Locale.UK).credit()).contains("US–Russia talks in Geneva, January 2022");
    }
}
