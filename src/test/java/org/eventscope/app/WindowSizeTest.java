package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window keeps the size it was to open at when the window manager changes it as the window
 * is mapped (Openbox settles a new GTK window at its minimum size).
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        this.stage = stage;
    }

    @Test
    void aFirstRunOpensAtItsFullSizeEvenIfTheWindowManagerShrankTheWindowAsItWasShown(FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, url -> {}, AppPreferences.none());
            stage.show();
            // What Openbox does to a window just mapped: its minimum size.
            stage.setWidth(720);
            stage.setHeight(480);
            window[0].shown();
        });
        Rectangle2D free = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).isEqualTo(Math.min(1360, free.getWidth()));
        assertThat(stage.getHeight()).isEqualTo(Math.min(820, free.getHeight()));
        assertThat(stage.getWidth()).isGreaterThan(720);
    }

    @Test
    void aLaterRunOpensAtTheSizeItWasLeftAt(FxRobot robot) {
        AppPreferences prefs = AppPreferences.none();
        prefs.setWindowBounds(30, 40, 1100, 700);
        robot.interact(() -> {
            MainWindow window = new MainWindow(stage, url -> {}, prefs);
            stage.show();
            stage.setWidth(720);
            stage.setHeight(480);
            window.shown();
        });
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(700);
    }

    @Test
    void aMaximizedWindowStaysMaximized(FxRobot robot) {
        AppPreferences prefs = AppPreferences.none();
        prefs.setWindowBounds(30, 40, 1100, 700);
        prefs.setMaximized(true);
        robot.interact(() -> {
            MainWindow window = new MainWindow(stage, url -> {}, prefs);
            stage.show();
            window.shown();
        });
        assertThat(stage.isMaximized()).isTrue();
    }
}
