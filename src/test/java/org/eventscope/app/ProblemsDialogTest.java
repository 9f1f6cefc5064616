package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.eventscope.i18n.Messages;
import org.eventscope.io.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProblemsDialogTest {

    private final Problem error =
            new Problem(Problem.Severity.ERROR, "x.json", 3, 12, "/title", "\"title\" is a number; expected a string");

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void aLineIsWhatTheCommandLinePrintsInEnglish() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(ProblemsDialog.line(error)).isEqualTo(error.toString());
        Problem noPath = new Problem(Problem.Severity.WARNING, "x.json", 1, 1, "", "something");
        assertThat(ProblemsDialog.line(noPath))
                .isEqualTo("x.json:1:1: warning: something")
                .isEqualTo(noPath.toString());
    }

    @Test
    void andTheInterfacesWordsInUkrainian() {
        Messages.setLocale(Locale.forLanguageTag("uk"));
        assertThat(ProblemsDialog.line(error))
                .isEqualTo("x.json:3:12: помилка: \"title\" is a number; expected a string (у /title)");
    }

    @Test
    void aSummaryOfProblemsLeftOutIsOneLineAndCountsThemAll() {
        Messages.setLocale(Locale.ENGLISH);
        org.eventscope.io.ProblemList list = new org.eventscope.io.ProblemList();
        for (int i = 0; i < 5000; i++) {
            list.add(new Problem(
                    Problem.Severity.ERROR, "x.json", i + 1, 16, "/events/" + i + "/start", "\"bad\" is not a time"));
        }
        java.util.List<Problem> shown = list.withSummary();
        assertThat(shown).hasSize(1001);
        assertThat(ProblemsDialog.line(shown.get(1000)))
                .isEqualTo(shown.get(1000).toString())
                .isEqualTo(
                        "x.json: error: 4,000 errors left out of this list, like this one: \"bad\" is not a time (the first of them at 1001:16)"
                                + " (at /events/*/start)");
        assertThat(Problem.count(shown, Problem.Severity.ERROR)).isEqualTo(5000);
    }

    @Test
    void controlCharactersFromTheFileAreShownEscaped() {
        Messages.setLocale(Locale.ENGLISH);
        Problem forged =
                new Problem(Problem.Severity.ERROR, "x.json", 1, 1, "", "\"a\nx.json:9:9: error: forged\u001b[2J\"");
        assertThat(ProblemsDialog.line(forged))
                .isEqualTo("x.json:1:1: error: \"a\\nx.json:9:9: error: forged\\u001b[2J\"");
    }
}
