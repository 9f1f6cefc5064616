package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.eventscope.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window restores what it remembered and remembers what it showed. */
@ExtendWith(ApplicationExtension.class)
class WindowPreferencesTest {

    @TempDir
    static Path dir;

    private final AppPreferences prefs = AppPreferences.none();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        // As the application does: the window's stylesheet builds on the theme's colours.
        Theme.LIGHT.apply();
        prefs.setWindowBounds(30, 40, 1100, 700);
        prefs.setDivider("main", 0.5);
        prefs.setZoneChoice(ZoneChoice.UTC);
        prefs.setChartMode(org.eventscope.chart.ChartMode.OVER_TIME);
        window = new MainWindow(stage, url -> {}, prefs);
        stage.show();
    }

    @Test
    void restoresBoundsSplitZoneAndChartModeThenRemembersFilesAndChanges(FxRobot robot) throws Exception {
        assertThat(window.stage().getWidth()).isEqualTo(1100);
        assertThat(window.stage().getHeight()).isEqualTo(700);
        assertThat(robot.lookup("#main-split")
                        .queryAs(javafx.scene.control.SplitPane.class)
                        .getDividerPositions()[0])
                .isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));
        assertThat(window.timeline().getDisplayZone()).isNull(); // no file yet
        assertThat(window.chart().getMode()).isEqualTo(org.eventscope.chart.ChartMode.OVER_TIME);

        Path file = TestFiles.write(dir, "synthetic.json", TestFiles.SYNTHETIC);
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().getDocument() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.timeline().getDisplayZone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(prefs.recentFiles()).containsExactly(file.toAbsolutePath());
        assertThat(prefs.lastFile()).contains(file.toAbsolutePath());

        robot.interact(() -> {
            window.stage().setWidth(1000);
            window.chart().setMode(org.eventscope.chart.ChartMode.RINGS);
            window.savePreferences();
        });
        assertThat(prefs.windowBounds().orElseThrow()[2]).isEqualTo(1000);
        assertThat(prefs.chartMode()).isEqualTo(org.eventscope.chart.ChartMode.RINGS);
    }
}
