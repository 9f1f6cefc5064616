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

    @Test
    void aWindowLeftOnABiggerScreenIsFittedToTheScreenItOpensOn() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1024, 700);
        // Left at 1382x875 on a 1440x900 screen.
        assertThat(WindowState.fitted(new double[] {20, 10, 1382, 875}, laptop)).containsExactly(0, 0, 1024, 700);
        // Left partly off the right and bottom edges: moved in, its size kept.
        assertThat(WindowState.fitted(new double[] {900, 600, 800, 500}, laptop))
                .containsExactly(224, 200, 800, 500);
        // Left above and left of the screen (a window manager's -1, -8).
        assertThat(WindowState.fitted(new double[] {-1, -8, 800, 500}, laptop)).containsExactly(0, 0, 800, 500);
        // Where it fits, it stays.
        assertThat(WindowState.fitted(new double[] {30, 40, 800, 500}, laptop)).containsExactly(30, 40, 800, 500);
        // A second screen to the right.
        Rectangle2D right = new Rectangle2D(1440, 0, 1920, 1050);
        assertThat(WindowState.fitted(new double[] {1500, 30, 1200, 800}, right))
                .containsExactly(1500, 30, 1200, 800);
    }

    @Test
    void aSavedSizeLargerThanTheScreenOpensFitted(FxRobot robot) {
        Rectangle2D free = Screen.getPrimary().getVisualBounds();
        AppPreferences prefs = AppPreferences.none();
        prefs.setWindowBounds(free.getMinX() + 50, free.getMinY() + 50, free.getWidth() + 400, free.getHeight() + 300);
        robot.interact(() -> {
            MainWindow window = new MainWindow(stage, url -> {}, prefs);
            stage.show();
            window.shown();
        });
        assertThat(stage.getWidth()).isEqualTo(free.getWidth());
        assertThat(stage.getHeight()).isEqualTo(free.getHeight());
        assertThat(stage.getX()).isEqualTo(free.getMinX());
        assertThat(stage.getY()).isEqualTo(free.getMinY());
    }
}
