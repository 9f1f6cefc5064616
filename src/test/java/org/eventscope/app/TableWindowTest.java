package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.eventscope.bench.SyntheticGdelt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A data table in the window: opened in the background, shown, searched, left; a table it cannot read leaves the document. */
@ExtendWith(ApplicationExtension.class)
class TableWindowTest {

    @TempDir
    static Path dir;

    static Path table;

    private MainWindow window;

    @BeforeAll
    static void writeTable() throws Exception {
        table = dir.resolve("synthetic-gdelt.parquet");
        SyntheticGdelt.write(table, 40_000, 9, 200);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage, url -> {});
        window.themes().setSource(java.util.Optional::empty);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(780);
        window.openBundled();
        stage.show();
    }

    @BeforeEach
    void waitForTheDocument() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().getDocument() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The timeline's clusters, asked on the JavaFX thread (asking lays the frame out: text is measured). */
    private java.util.List<org.eventscope.timeline.TimelineView.ClusterView> clusters() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> window.timeline().clusters()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(StatusBar.class).getText();
    }

    @Test
    void aTableIsShownSearchedInItsEngineAndLeftForAFile(FxRobot robot) throws Exception {
        robot.interact(() -> window.openFile(table));
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> window.tables().openProperty().get() != null);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !window.timeline().fetchingProperty().get() && !clusters().isEmpty());
        assertThat(window.timeline().getSource())
                .isSameAs(window.tables().openProperty().get());
        assertThat(status(robot)).contains("synthetic-gdelt.parquet — 40,000 events, read as GDELT 2.0 events");
        assertThat(robot.window(0).getScene().getWindow())
                .isInstanceOfSatisfying(
                        Stage.class, s -> assertThat(s.getTitle()).contains("(data table)"));
        assertThat(clusters().stream().mapToInt(c -> c.count()).sum()).isEqualTo(40_000);
        // The document behind the table is neither edited nor exported meanwhile.
        Button save = robot.lookup(".tool-bar .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("Export"))
                .findFirst()
                .orElseThrow();
        assertThat(save.isDisabled()).isTrue();
        // An event of the table, selected, shows its details and its source, and offers no Edit.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().shownFile() != null);
        robot.interact(() -> window.timeline()
                .setScale(org.eventscope.timeline.TimeScale.fit(
                        window.timeline().getSource().minMillis() + 5 * 86_400_000L,
                        window.timeline().getSource().minMillis() + 6 * 86_400_000L,
                        window.timeline().getWidth(),
                        40)));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !window.timeline().fetchingProperty().get()
                        && window.timeline().shownFile() != null
                        && !window.timeline().shownFile().events().isEmpty());
        org.eventscope.model.Event first =
                window.timeline().shownFile().events().get(0);
        robot.interact(() -> window.model().selectedEventProperty().set(first));
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#details-title").tryQuery().isPresent());
        assertThat(robot.lookup("#details-title").queryLabeled().getText()).isEqualTo(first.title());
        assertThat(robot.lookup("example.org").tryQuery()).isPresent();
        assertThat(robot.lookup("#details-edit").tryQuery()).isEmpty();
        robot.interact(() -> window.model().selectedEventProperty().set(null));
        robot.interact(() -> window.timeline().fitAll());
        // The search field's text is asked of the engine.
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText("synthetic actor 4"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !window.timeline().fetchingProperty().get()
                        && clusters().stream().mapToInt(c -> c.count()).sum() < 40_000);
        assertThat(window.timeline().getSourceSearch()).isEqualTo("synthetic actor 4");
        int found = clusters().stream().mapToInt(c -> c.count()).sum();
        var source = window.tables().openProperty().get();
        long expected = 0;
        for (int[] row : source.columns(
                source.minMillis() - 1.0, source.maxMillis() - source.minMillis() + 2.0, 1, "synthetic actor 4")) {
            expected += row[0];
        }
        assertThat(found).isPositive().isLessThan(40_000).isEqualTo(expected);
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText(""));
        // Opening a file again takes the timeline back.
        robot.interact(() -> window.openBundled());
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.tables().openProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.timeline().getSource()).isNull();
        assertThat(save.isDisabled()).isFalse();
    }

    /** Opens {@code table} and waits for the dialog it asks with. */
    private DialogPane openAndWaitForItsDialog(FxRobot robot, Path table) throws Exception {
        robot.interact(() -> window.tables().open(table, null));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void aTableWhoseColumnsAreNotKnownIsRefusedAndTheDocumentStays(FxRobot robot) throws Exception {
        Path csv = Files.writeString(dir.resolve("unknown.csv"), "a,b\n1,2\n");
        String before = window.model().getDocument().file().title();
        DialogPane pane = openAndWaitForItsDialog(robot, csv);
        assertThat(pane.getContentText()).contains("give a mapping").contains("columns: a, b");
        assertThat(pane.getButtonTypes()).extracting(b -> b.getText()).contains("Choose a column mapping…");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.tables().openProperty().get()).isNull();
        assertThat(window.timeline().getSource()).isNull();
        assertThat(window.model().getDocument().file().title()).isEqualTo(before);
        assertThat(status(robot)).contains("The table did not answer").contains("give a mapping");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTextTableIsMappedInTheSpreadsheetDialogAndOpens(FxRobot robot) throws Exception {
        Path csv = Files.writeString(
                dir.resolve("synthetic-unmapped.csv"),
                "Begins;Headline\n2024-01-02;Synthetic first\n2024-01-03;Synthetic second\n2024-01-03;Synthetic third\n");
        DialogPane pane = openAndWaitForItsDialog(robot, csv);
        javafx.scene.control.ButtonType map = pane.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Map the columns…"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(map)).fire());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#sheet-mapping").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        var start = robot.lookup("#sheet-column-start").queryAs(javafx.scene.control.ComboBox.class);
        var title = robot.lookup("#sheet-column-title").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> {
            start.setValue("Begins");
            title.setValue("Headline");
        });
        robot.interact(() -> robot.lookup("#sheet-import").queryButton().fire());
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.tables().openProperty().get() != null);
        assertThat(window.tables().openProperty().get().size()).isEqualTo(3);
        assertThat(window.tables().openProperty().get().layoutName()).isEqualTo("mapped columns");
        robot.interact(() -> window.openBundled());
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.tables().openProperty().get() == null);
    }
}
