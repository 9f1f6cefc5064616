package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search field filters at each key in a small file, and after a pause in the typing in a big one. */
@ExtendWith(ApplicationExtension.class)
class FilterBarTest {

    @TempDir
    static Path dir;

    private FilterBar bar;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        bar = new FilterBar(null);
        stage.setScene(new Scene(bar, 900, 60));
        stage.show();
    }

    private static EventFile read(Path file) {
        return java.util.Objects.requireNonNull(EventFileReader.read(file).file());
    }

    @Test
    void aSmallFileIsSearchedAtEachKey(FxRobot robot) {
        EventFile file = read(TestFiles.write(dir, "synthetic.json", TestFiles.SYNTHETIC));
        robot.interact(() -> bar.setFile(file));
        robot.clickOn("#search").write("a");
        assertThat(bar.filterProperty().get()).isNotNull();
        assertThat(bar.filterProperty().get().query()).isEqualTo("a");
    }

    @Test
    void aBigFileIsSearchedOnceTheTypingPausesOrAtEnter(FxRobot robot) throws Exception {
        Path big = dir.resolve("synthetic-big.json");
        org.eventscope.bench.SyntheticEventFiles.write(big, FilterBar.SEARCH_PAUSE_ABOVE + 1, 42);
        EventFile file = read(big);
        robot.interact(() -> bar.setFile(file));

        robot.clickOn("#search");
        robot.interact(() -> robot.lookup("#search")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("meeting"));
        // Not at the key: a search of every event waits for the typing to pause.
        assertThat(bar.filterProperty().get()).isNull();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> bar.filterProperty().get() != null);
        assertThat(bar.filterProperty().get().query()).isEqualTo("meeting");

        // Enter searches at once.
        robot.interact(() -> robot.lookup("#search")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("talks"));
        assertThat(bar.filterProperty().get().query()).isEqualTo("meeting");
        robot.type(KeyCode.ENTER);
        assertThat(bar.filterProperty().get().query()).isEqualTo("talks");

        // Esc clears the search at once.
        robot.clickOn("#search").type(KeyCode.ESCAPE);
        assertThat(bar.filterProperty().get()).isNull();
    }
}
