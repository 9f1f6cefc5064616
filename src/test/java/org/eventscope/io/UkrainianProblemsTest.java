package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EventFileReader.LoadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reader's problems in Ukrainian: the same places, said in the interface's language. */
class UkrainianProblemsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static Problem first(String file) {
        LoadResult result = EventFileReader.read(CorpusTest.CORPUS.resolve(file));
        assertThat(result.problems()).as(file).isNotEmpty();
        return result.problems().get(0);
    }

    @Test
    void namesTheFieldTheKindFoundAndWhatWasExpected() {
        Messages.setLocale(UK);
        Problem p = first("title-is-number.json");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(12);
        assertThat(p.message()).isEqualTo("\"title\" — число; очікувався рядок");
        assertThat(first("unknown-category.json").message())
                .isEqualTo("категорію \"c9\" не знайдено; очікувався id запису з \"categories\"");
        assertThat(first("date-not-iso.json").message()).startsWith("\"01/02/2020\" не є часом у форматі ISO 8601");
        assertThat(first("truncated.json").message())
                .startsWith("помилка в записі JSON: ")
                .endsWith("(можливо, файл обрізано?)");
        assertThat(first("missing-title.json").message()).isEqualTo("бракує обов’язкового поля \"title\" (рядок)");
    }

    @Test
    void saysWhatIsWrongWithAnImpossibleDate() {
        Messages.setLocale(UK);
        assertThat(first("date-april-31.json").message())
                .isEqualTo("\"2021-04-31\" не є можливою датою чи часом: 31 квітня не буває (квітень має 30 днів)");
        assertThat(first("date-impossible.json").message()).endsWith(": 30 лютого не буває (лютий має 28 днів)");
        assertThat(first("date-february-29.json").message())
                .endsWith(": 29 лютого 2021 року не буває (2021 рік не високосний)");
        assertThat(first("date-month-13.json").message()).endsWith(": місяця 13 не буває (місяці — від 01 до 12)");
        assertThat(first("date-hour-25.json").message()).endsWith(": години 25 не буває (години — від 00 до 23)");
    }

    @Test
    void everyProblemOfTheCorpusIsTranslatedAtTheSamePlace() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CorpusTest.CORPUS)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int compared = 0;
        for (Path file : files) {
            Messages.setLocale(Locale.ENGLISH);
            List<Problem> english = EventFileReader.read(file).problems();
            Messages.setLocale(UK);
            List<Problem> ukrainian = EventFileReader.read(file).problems();
            assertThat(ukrainian).as(file.toString()).hasSameSizeAs(english);
            for (int i = 0; i < english.size(); i++) {
                Problem en = english.get(i);
                Problem uk = ukrainian.get(i);
                assertThat(List.of(uk.severity(), uk.line(), uk.column(), uk.path()))
                        .as(file + ": " + en.message())
                        .isEqualTo(List.of(en.severity(), en.line(), en.column(), en.path()));
                assertThat(uk.message())
                        .as(file + ": " + en.message())
                        .isNotEqualTo(en.message())
                        .doesNotContain("{0}", "{1}");
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(40);
    }
}
