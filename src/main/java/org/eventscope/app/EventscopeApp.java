package org.eventscope.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.eventscope.i18n.Messages;

/**
 * The desktop application. With a file path as argument it opens that file, otherwise the file
 * open when it last closed, or the bundled Geneva 2022 example.
 */
public class EventscopeApp extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window =
                showWindow(stage, AppPreferences.user(), getParameters().getUnnamed(), getHostServices()::showDocument);
        Restart.command(getParameters().getRaw())
                .ifPresent(command -> window.setRestart(() -> {
                    try {
                        Restart.start(command);
                        Platform.exit();
                    } catch (IOException e) {
                        window.showStatus(Messages.get("restart.failed", String.valueOf(e.getMessage())));
                    }
                }));
    }

    /** Speaks the language chosen in {@code prefs}, else the system's: words, dates and numbers. */
    static void useLanguage(AppPreferences prefs) {
        if (!prefs.language().isEmpty()) {
            // The chosen language also sets how dates and numbers are written.
            Locale.setDefault(Locale.forLanguageTag(prefs.language()));
        }
        Messages.setLocale(Locale.getDefault());
    }

    /**
     * Sets the language and theme from {@code prefs}, builds the main window in {@code stage},
     * starts loading the file named in {@code args} (else the last file, else the bundled
     * example) and shows the stage. The window is shown at once; the file follows when loaded.
     */
    public static MainWindow showWindow(
            Stage stage, AppPreferences prefs, List<String> args, Consumer<String> openLink) {
        useLanguage(prefs);
        prefs.theme().apply();
        MainWindow window = new MainWindow(stage, openLink, prefs);
        if (!args.isEmpty()) {
            window.openFile(Path.of(args.get(0)));
        } else {
            // The file open last time, else the bundled example.
            // (A spreadsheet imported last time shows its import dialog, its mapping remembered.)
            prefs.lastFile().ifPresentOrElse(window::openFile, window::openBundled);
        }
        stage.show();
        window.shown();
        // After a crash: the unsaved edits the last run journaled.
        javafx.application.Platform.runLater(window::offerRecovery);
        return window;
    }
}
