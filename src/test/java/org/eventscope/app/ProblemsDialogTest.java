package org.eventscope.app;

import org.eventscope.i18n.Messages;
import org.eventscope.io.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsDialogTest {

    private final Problem error = new Problem(Problem.Severity.ERROR, "x.json", 3, 12, "/title",
            "\"title\" is a number; expected a string");

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void aLineIsWhatTheCommandLinePrintsInEnglish() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(ProblemsDialog.line(error)).isEqualTo(error.toString());
        Problem noPath = new Problem(Problem.Severity.WARNING, "x.json", 1, 1, "", "something");
        assertThat(ProblemsDialog.line(noPath)).isEqualTo("x.json:1:1: warning: something").isEqualTo(noPath.toString());
    }

    @Test
    void andTheInterfacesWordsInUkrainian() {
        Messages.setLocale(Locale.forLanguageTag("uk"));
        assertThat(ProblemsDialog.line(error))
                .isEqualTo("x.json:3:12: помилка: \"title\" is a number; expected a string (у /title)");
    }
}
