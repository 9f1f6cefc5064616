package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemThemeTest {

    @TempDir
    Path home;

    private final List<List<String>> asked = new ArrayList<>();

    /** A system that answers {@code answers} (command line → output), and fails otherwise. */
    private Function<List<String>, Optional<String>> system(Map<String, String> answers) {
        return command -> {
            asked.add(command);
            return Optional.ofNullable(answers.get(String.join(" ", command)));
        };
    }

    @Test
    void gnomeColorSchemeDecides() {
        var gnome = system(Map.of("gsettings get org.gnome.desktop.interface color-scheme", "'prefer-dark'\n"));
        assertThat(SystemTheme.detect("Linux", Map.of(), home, gnome)).contains(Theme.DARK);
        var light = system(Map.of("gsettings get org.gnome.desktop.interface color-scheme", "'prefer-light'\n"));
        assertThat(SystemTheme.detect("Linux", Map.of(), home, light)).contains(Theme.LIGHT);
    }

    @Test
    void withoutAColorSchemeTheGtkThemeNameDecides() {
        var adwaitaDark = system(Map.of(
                "gsettings get org.gnome.desktop.interface color-scheme",
                "'default'\n",
                "gsettings get org.gnome.desktop.interface gtk-theme",
                "'Adwaita-dark'\n"));
        assertThat(SystemTheme.detect("Linux", Map.of(), home, adwaitaDark)).contains(Theme.DARK);
        var yaru = system(Map.of("gsettings get org.gnome.desktop.interface gtk-theme", "'Yaru'\n"));
        assertThat(SystemTheme.detect("Linux", Map.of(), home, yaru)).contains(Theme.LIGHT);
        assertThat(SystemTheme.detect("Linux", Map.of("GTK_THEME", "Adwaita:dark"), home, system(Map.of())))
                .contains(Theme.DARK);
    }

    @Test
    void kdeReadsItsColourScheme() throws Exception {
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/kdeglobals"), "[General]\nColorScheme=BreezeDark\nName=Breeze Dark\n");
        assertThat(SystemTheme.detect("Linux", Map.of("XDG_CURRENT_DESKTOP", "KDE"), home, system(Map.of())))
                .contains(Theme.DARK);
        assertThat(asked).as("no command needed").isEmpty();
    }

    @Test
    void nothingToAskGivesNoAnswer() {
        assertThat(SystemTheme.detect("Linux", Map.of(), home, system(Map.of())))
                .isEmpty();
        assertThat(asked).hasSize(2);
    }

    @Test
    void macOsAndWindows() {
        assertThat(SystemTheme.detect(
                        "Mac OS X", Map.of(), home, system(Map.of("defaults read -g AppleInterfaceStyle", "Dark\n"))))
                .contains(Theme.DARK);
        // The key is missing in light mode: the command fails.
        assertThat(SystemTheme.detect("Mac OS X", Map.of(), home, system(Map.of())))
                .contains(Theme.LIGHT);
        String regDark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        String key =
                "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v AppsUseLightTheme";
        assertThat(SystemTheme.detect("Windows 11", Map.of(), home, system(Map.of(key, regDark))))
                .contains(Theme.DARK);
        assertThat(SystemTheme.detect("Windows 11", Map.of(), home, system(Map.of(key, regDark.replace("0x0", "0x1")))))
                .contains(Theme.LIGHT);
    }
}
