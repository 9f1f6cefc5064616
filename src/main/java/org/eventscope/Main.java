package org.eventscope;

import javafx.application.Application;
import org.eventscope.app.AppPreferences;
import org.eventscope.app.EarlyRead;
import org.eventscope.app.EventscopeApp;
import org.eventscope.cli.EventscopeCommand;
import org.eventscope.cli.FxRuntime;

/**
 * The entry point. {@code eventscope [FILE]} opens the window; {@code eventscope COMMAND ...}
 * (e.g. {@code export-chart}) runs without a window and exits with the command's status.
 * Without a display (on Linux: neither {@code DISPLAY} nor {@code WAYLAND_DISPLAY} set) anything
 * that is not a command gets a one-line message and exit status 2 instead of a window.
 * This class does not extend {@link Application}, so the command line can start JavaFX headless.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("first-frame")) {
            // The start-up probe (not listed in the help): FirstFrame.
            FirstFrame.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (EventscopeCommand.isCommand(args)) {
            int status;
            try {
                status = EventscopeCommand.run(args);
            } catch (OutOfMemoryError e) {
                status = EventscopeCommand.outOfMemory();
            }
            System.exit(status);
        }
        if (!Display.available()) {
            System.exit(EventscopeCommand.noDisplay(args, "DISPLAY and WAYLAND_DISPLAY are not set"));
        }
        FxRuntime.quietClassPathWarning();
        // A file given is read while JavaFX starts and the window is built; the window takes the read over.
        EarlyRead.start(java.util.List.of(args), AppPreferences.user());
        try {
            Application.launch(EventscopeApp.class, args);
        } catch (UnsupportedOperationException e) {
            // GTK could not open the display that DISPLAY names (an ssh session without X forwarding).
            System.exit(EventscopeCommand.noDisplay(args, String.valueOf(e.getMessage()) + " " + displayName()));
        }
    }

    private static String displayName() {
        String display = System.getenv("DISPLAY");
        return display == null ? "" : display;
    }
}
