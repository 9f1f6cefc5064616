package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.eventscope.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The note shown after choosing a language names it as the interface speaks now. */
class LanguageChoiceTest {

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void namesTheLanguageInTheInterfacesLanguageAndInItsOwn() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(LanguageChoice.restartNote("uk"))
                .isEqualTo("Eventscope will speak Ukrainian (українська) after a restart.");
        assertThat(LanguageChoice.restartNote("en")).isEqualTo("Eventscope will speak English after a restart.");
        Messages.setLocale(Locale.forLanguageTag("uk"));
        assertThat(LanguageChoice.restartNote("en"))
                .isEqualTo("Після перезапуску мовою Eventscope буде англійська (English).");
        assertThat(LanguageChoice.restartNote("uk")).isEqualTo("Після перезапуску мовою Eventscope буде українська.");
    }

    @Test
    void theSystemsChoiceFollowsTheSystem() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(LanguageChoice.restartNote(""))
                .isEqualTo("Eventscope will follow the system's language after a restart.");
        Messages.setLocale(Locale.forLanguageTag("uk"));
        assertThat(LanguageChoice.restartNote("")).isEqualTo("Після перезапуску Eventscope говоритиме мовою системи.");
    }
}
