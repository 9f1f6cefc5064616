package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.eventscope.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppPreferencesTest {

    @TempDir
    Path dir;

    private Preferences node;
    private AppPreferences prefs;

    @BeforeEach
    void freshNode() {
        node = Preferences.userRoot().node("org/eventscope/test-" + System.nanoTime());
        prefs = new AppPreferences(node);
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void everythingRoundTripsThroughTheStore() {
        prefs.setTheme(Theme.DARK);
        prefs.setZoneChoice(ZoneChoice.UTC);
        prefs.setWindowBounds(10, 20, 1300, 800);
        prefs.setMaximized(true);
        prefs.setDivider("main", 0.55);
        prefs.setCredit(" Графіка: Наша редакція ");
        prefs.flush();

        AppPreferences again = new AppPreferences(node);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.zoneChoice()).isEqualTo(ZoneChoice.UTC);
        assertThat(again.windowBounds()).hasValueSatisfying(b -> assertThat(b).containsExactly(10, 20, 1300, 800));
        assertThat(again.maximized()).isTrue();
        assertThat(again.divider("main", 0.6)).isEqualTo(0.55);
        assertThat(again.divider("other", 0.6)).isEqualTo(0.6);
        assertThat(again.credit()).isEqualTo("Графіка: Наша редакція");
    }

    @Test
    void followingTheSystemStartsWithTheSystemThemeLastSeen() {
        prefs.setTheme(Theme.LIGHT);
        prefs.setSystemTheme(Theme.DARK);
        assertThat(new AppPreferences(node).theme()).as("a chosen theme wins").isEqualTo(Theme.LIGHT);
        prefs.setTheme(null);
        prefs.flush();
        AppPreferences again = new AppPreferences(node);
        assertThat(again.chosenTheme()).isEmpty();
        assertThat(again.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void defaultsBeforeTheFirstRun() {
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
        assertThat(prefs.chosenTheme()).as("follows the system").isEmpty();
        assertThat(prefs.zoneChoice()).isEqualTo(ZoneChoice.FILE);
        assertThat(prefs.windowBounds()).isEmpty();
        assertThat(prefs.recentFiles()).isEmpty();
        assertThat(prefs.lastFile()).isEmpty();
    }

    @Test
    void recentFilesAreNewestFirstWithoutDuplicatesOrMissingFiles() {
        Path a = TestFiles.write(dir, "a.json", TestFiles.SYNTHETIC);
        Path b = TestFiles.write(dir, "b.json", TestFiles.SYNTHETIC);
        prefs.opened(a);
        prefs.opened(b);
        prefs.opened(a);
        assertThat(prefs.recentFiles()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
        assertThat(prefs.lastFile()).contains(a.toAbsolutePath());
        for (int i = 0; i < 12; i++) {
            prefs.opened(TestFiles.write(dir, "f" + i + ".json", TestFiles.SYNTHETIC));
        }
        assertThat(prefs.recentFiles()).hasSize(AppPreferences.RECENT);
        b.toFile().delete();
        assertThat(prefs.recentFiles()).doesNotContain(b.toAbsolutePath());
    }
}
