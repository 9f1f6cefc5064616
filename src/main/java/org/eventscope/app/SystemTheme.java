package org.eventscope.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the desktop is set to a light or a dark appearance. JavaFX 21 cannot tell, so this asks
 * the system the way its own settings store it: GNOME's {@code color-scheme} (or a GTK theme
 * named "…dark"), KDE's colour scheme, macOS's {@code AppleInterfaceStyle}, Windows'
 * {@code AppsUseLightTheme}. It runs a small command, so call it off the FX thread.
 */
final class SystemTheme {

    private static final Pattern REG_DWORD = Pattern.compile("AppsUseLightTheme\\s+REG_DWORD\\s+0x([0-9a-fA-F]+)");
    private static final Pattern KDE_SCHEME = Pattern.compile("(?m)^ColorScheme\\s*=\\s*(.+)$");

    private SystemTheme() {}

    /** The system's appearance, or empty where it cannot be told. */
    static Optional<Theme> detect() {
        return detect(
                System.getProperty("os.name", ""),
                System.getenv(),
                Path.of(System.getProperty("user.home", ".")),
                SystemTheme::run);
    }

    /**
     * @param run runs a command and gives its standard output, empty when it fails or is missing
     */
    static Optional<Theme> detect(
            String osName, Map<String, String> env, Path home, Function<List<String>, Optional<String>> run) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return run.apply(List.of(
                            "reg",
                            "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v",
                            "AppsUseLightTheme"))
                    .flatMap(SystemTheme::fromWindowsRegistry);
        }
        if (os.startsWith("mac")) {
            // The key exists only in dark mode: the command fails in light mode.
            return Optional.of(fromMacStyle(run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .orElse("")));
        }
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isBlank()) {
            return Optional.of(fromGtkThemeName(gtkTheme));
        }
        String desktop = env.getOrDefault("XDG_CURRENT_DESKTOP", "").toUpperCase(Locale.ROOT);
        if (desktop.contains("KDE")) {
            Optional<Theme> kde = read(home.resolve(".config/kdeglobals")).flatMap(SystemTheme::fromKdeGlobals);
            if (kde.isPresent()) {
                return kde;
            }
        }
        Optional<Theme> scheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .flatMap(SystemTheme::fromGnomeColorScheme);
        if (scheme.isPresent()) {
            return scheme;
        }
        return run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .filter(s -> !s.isBlank())
                .map(SystemTheme::fromGtkThemeName);
    }

    /** {@code 'prefer-dark'} or {@code 'prefer-light'}; {@code 'default'} leaves it to the GTK theme. */
    static Optional<Theme> fromGnomeColorScheme(String output) {
        String value = unquote(output);
        return switch (value) {
            case "prefer-dark" -> Optional.of(Theme.DARK);
            case "prefer-light" -> Optional.of(Theme.LIGHT);
            default -> Optional.empty();
        };
    }

    /** "Adwaita-dark", "Yaru-dark", "Adwaita:dark" are dark; other theme names light. */
    static Theme fromGtkThemeName(String name) {
        return unquote(name).toLowerCase(Locale.ROOT).contains("dark") ? Theme.DARK : Theme.LIGHT;
    }

    /** The [General] ColorScheme of kdeglobals, e.g. BreezeDark or BreezeLight. */
    static Optional<Theme> fromKdeGlobals(String text) {
        Matcher m = KDE_SCHEME.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).toLowerCase(Locale.ROOT).contains("dark") ? Theme.DARK : Theme.LIGHT);
    }

    /** {@code defaults read -g AppleInterfaceStyle} prints "Dark" in dark mode and nothing otherwise. */
    static Theme fromMacStyle(String output) {
        return output.strip().equalsIgnoreCase("dark") ? Theme.DARK : Theme.LIGHT;
    }

    /** The REG_DWORD AppsUseLightTheme: 0 means dark. */
    static Optional<Theme> fromWindowsRegistry(String output) {
        Matcher m = REG_DWORD.matcher(output);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(m.group(1), 16) == 0 ? Theme.DARK : Theme.LIGHT);
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith("\"") && t.endsWith("\"")))) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Runs {@code command} for at most two seconds; its output when it exits with 0. */
    private static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.getOutputStream().close();
            // The answers are a line long: they fit in the pipe, so the command never waits for a reader.
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            byte[] out = p.getInputStream().readNBytes(64 * 1024);
            return p.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
