package org.eventscope.view;

import java.nio.file.Path;
import java.util.Locale;

/**
 * This user's Eventscope folder: {@code $XDG_DATA_HOME/eventscope} (else
 * {@code ~/.local/share/eventscope}) on Linux, {@code ~/Library/Application Support/Eventscope}
 * on macOS, {@code %LOCALAPPDATA%\Eventscope} on Windows; the system property
 * {@code eventscope.dataDir} names another (tests use it).
 */
public final class DataFolder {

    private DataFolder() {}

    /** The folder; it may not exist yet. */
    public static Path get() {
        String own = System.getProperty("eventscope.dataDir");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve("Eventscope");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Eventscope");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg))
                .resolve("eventscope");
    }
}
