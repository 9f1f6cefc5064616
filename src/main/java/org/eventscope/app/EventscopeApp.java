package org.eventscope.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.eventscope.i18n.Messages;

import java.nio.file.Path;
import java.util.List;

/**
 * The desktop application. With a file path as argument it opens that file, otherwise the file
 * open when it last closed, or the bundled Geneva 2022 example.
 */
public class EventscopeApp extends Application {

    @Override
    public void start(Stage stage) {
        AppPreferences prefs = AppPreferences.user();
        if (!prefs.language().isEmpty()) {
            // The chosen language also sets how dates and numbers are written.
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag(prefs.language()));
        }
        Messages.setLocale(java.util.Locale.getDefault());
        prefs.theme().apply();
        MainWindow window = new MainWindow(stage, getHostServices()::showDocument, prefs);
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            window.open(Path.of(args.get(0)));
        } else {
            // The file open last time, else the bundled example.
            prefs.lastFile().ifPresentOrElse(window::open, window::openBundled);
        }
        stage.show();
    }
}
