package org.eventscope;

import java.util.Locale;
import java.util.Map;

/** Whether this process can open a window at all. */
final class Display {

    private Display() {}

    /** True when a window can be opened here, as far as the system tells before JavaFX starts. */
    static boolean available() {
        return available(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
    }

    /**
     * macOS and Windows always have a screen for a desktop program; on Linux and other Unix
     * systems a window needs an X server ({@code DISPLAY}) or a Wayland compositor
     * ({@code WAYLAND_DISPLAY}). The headless platform (Monocle), when asked for, needs neither.
     */
    static boolean available(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("windows") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
