package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.eventscope.TestFiles;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The zone chooser's names, in both languages (the bundled Geneva file, shown in Europe/Kyiv). */
class ZoneChoiceTest {

    private static final EventFile GENEVA =
            EventFileReader.read(TestFiles.GENEVA).file();

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void englishNamesTheFilesZoneByItsCity() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(ZoneChoice.FILE.label(GENEVA)).isEqualTo("File's zone (Kyiv)");
        assertThat(ZoneChoice.UTC.label(GENEVA)).isEqualTo("UTC");
        assertThat(ZoneChoice.OWN.label(GENEVA)).isEqualTo("Each event's own zone");
    }

    @Test
    void ukrainianNamesTheFilesZoneInUkrainian() {
        Messages.setLocale(Locale.forLanguageTag("uk"));
        assertThat(ZoneChoice.FILE.label(GENEVA)).isEqualTo("Пояс файлу (за східноєвропейським часом)");
        assertThat(ZoneChoice.OWN.label(GENEVA)).isEqualTo("Власний пояс кожної події");
        assertThat(ZoneChoice.SYSTEM.label(GENEVA))
                .startsWith("Цей комп'ютер (")
                .doesNotContain("Kyiv");
    }
}
