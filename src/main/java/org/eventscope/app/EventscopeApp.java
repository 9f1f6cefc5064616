package org.eventscope.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * The desktop application. With a file path as argument it opens that file, otherwise the
 * bundled Geneva 2022 example.
 */
public class EventscopeApp extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(stage, getHostServices()::showDocument);
        List<String> args = getParameters().getUnnamed();
        if (args.isEmpty()) {
            window.openBundled();
        } else {
            window.open(Path.of(args.get(0)));
        }
        stage.show();
    }
}
