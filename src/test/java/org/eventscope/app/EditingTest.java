package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.eventscope.TestFiles;
import org.eventscope.chart.TroopChart;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.TroopReport;
import org.eventscope.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Making and changing event files through the window, as a user does. */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.Timeout(value = 90, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class EditingTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        window = new MainWindow(stage, url -> {});
        window.themes().setSource(java.util.Optional::empty);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(780);
        stage.show();
    }

    private DocumentEdits edits() {
        return window.model().edits();
    }

    private EventFile file() {
        return window.model().getDocument().file();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path copyOfGeneva() throws Exception {
        return Files.copy(TestFiles.GENEVA, dir.resolve("geneva.json"));
    }

    private void openAndWait(Path path) throws Exception {
        javafx.concurrent.Task<?> task =
                WaitForAsyncUtils.asyncFx(() -> window.open(path)).get();
        waitFor(() -> task.isDone() && window.model().getDocument() != null);
    }

    /** Puts {@code text} into the field with {@code id} of a dialog, as if typed at once. */
    private static void fill(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    /** Types {@code text} into the field with {@code id}, replacing what it held. */
    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
    }

    /** The dialog that shows the node {@code id} (or is it), once it is shown. */
    private static DialogPane dialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Node node = robot.lookup(id).query();
        return node instanceof DialogPane p ? p : (DialogPane) node.getScene().getRoot();
    }

    private static void press(FxRobot robot, DialogPane pane, ButtonType type) {
        robot.interact(() -> ((Button) pane.lookupButton(type)).fire());
    }

    @Test
    void aFileBuiltFromNothingInTheWindowSavesAndOpensAgainAsBuilt(FxRobot robot) throws Exception {
        // File ▸ New: a title and a zone.
        robot.push(KeyCode.CONTROL, KeyCode.N);
        DialogPane created = dialog(robot, "#new-title");
        fill(robot, "#new-title", "Chronicle (synthetic)");
        fill(robot, "#new-zone", "Europe/Kyiv");
        press(robot, created, ButtonType.OK);
        waitFor(() -> window.model().getDocument() != null);
        assertThat(file().title()).isEqualTo("Chronicle (synthetic)");
        assertThat(stage.getTitle()).startsWith("Chronicle (synthetic) (");

        // Three events: Insert, a title, a start.
        String[][] events = {{"Talks begin", "2022-01-10"}, {"Talks end", "2022-01-10 16:00"}, {"Statement", "2022-01"}
        };
        for (String[] e : events) {
            robot.interact(() -> window.timeline().requestFocus());
            robot.push(KeyCode.INSERT);
            waitFor(() -> robot.lookup("#form-title").tryQuery().isPresent());
            type(robot, "#form-title", e[0]);
            type(robot, "#form-start-text", e[1]);
            robot.push(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(file().events()).extracting(Event::title).containsExactly("Talks begin", "Talks end", "Statement");
        assertThat(robot.lookup("#status")
                        .queryAs(org.controlsfx.control.StatusBar.class)
                        .getText())
                .contains("3 events");
        assertThat(file().events().get(1).start().text()).isEqualTo("2022-01-10T16:00");
        assertThat(file().events().get(2).start().text()).isEqualTo("2022-01");

        // A category and a source, made from the form of the last event.
        Platform.runLater(() -> ((Button) robot.lookup("#form-category-new").query()).fire());
        DialogPane category = dialog(robot, "#category-name");
        fill(robot, "#category-name", "Statements");
        press(robot, category, ButtonType.OK);
        waitFor(() -> file().categories().size() == 1);
        Platform.runLater(() -> ((Button) robot.lookup("#form-source-new").query()).fire());
        DialogPane source = dialog(robot, "#source-name");
        fill(robot, "#source-name", "Report (synthetic)");
        fill(robot, "#source-url", "https://example.org/report");
        press(robot, source, ButtonType.OK);
        waitFor(() -> file().sources().size() == 1);
        Event statement = file().events().get(2);
        assertThat(statement.category()).isEqualTo(file().categories().get(0).id());
        assertThat(statement.sourceIds())
                .containsExactly(file().sources().get(0).id());

        // A troop report with two bands, carried by the statement.
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        DialogPane report = dialog(robot, "#report-dialog");
        fill(robot, "#report-by", "A ministry (synthetic)");
        fill(robot, "#report-km-0", "200");
        fill(robot, "#report-troops-0", "1,000");
        robot.interact(() -> ((Button) robot.lookup("#report-add-band").query()).fire());
        fill(robot, "#report-km-1", "400");
        fill(robot, "#report-troops-1", "2000");
        press(robot, report, ButtonType.CLOSE);
        waitFor(() -> !file().troopReports().isEmpty());
        TroopReport r = file().troopReports().get(0);
        assertThat(r.eventId()).isEqualTo(statement.id());
        assertThat(r.bands()).extracting(b -> b.troops()).containsExactly(1000L, 2000L);
        TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);
        assertThat(chart.getReports()).extracting(TroopReport::id).containsExactly(r.id());

        // Save (the file has no name yet: Save As), then open it again.
        Path saved = dir.resolve("built.json");
        window.editCommands().setSaveChooser(d -> saved);
        EventFile built = file();
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !edits().isDirty() && Files.exists(saved));
        assertThat(stage.getTitle()).doesNotStartWith("●").contains("(built.json)");
        assertThat(EventFileReader.read(saved).file()).isEqualTo(built);
        openAndWait(saved);
        assertThat(file()).isEqualTo(built);
        assertThat(Files.readString(saved)).startsWith("{\n  \"format\": \"eventscope\",\n");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsEverything(FxRobot robot) throws Exception {
        openAndWait(copyOfGeneva());
        robot.interact(() -> window.editCommands().addEvent(null));
        assertThat(edits().isDirty()).isTrue();
        assertThat(stage.getTitle()).startsWith("● ");
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        DialogPane ask = dialog(robot, "#unsaved-dialog");
        assertThat(ask.getHeaderText()).isEqualTo("Save the changes to geneva.json?");
        press(robot, ask, ButtonType.CANCEL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(edits().isDirty()).isTrue();
        assertThat(file().events()).hasSize(9);
        // Quit asks too; Cancel again.
        Platform.runLater(window::quit);
        press(robot, dialog(robot, "#unsaved-dialog"), ButtonType.CANCEL);
        // Opening another file asks; Save writes this one first, then opens the other.
        Path other = Files.copy(TestFiles.GENEVA, dir.resolve("other.json"));
        Platform.runLater(() -> window.openAsked(other));
        DialogPane again = dialog(robot, "#unsaved-dialog");
        robot.interact(() -> again.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.YES)
                .findFirst()
                .map(again::lookupButton)
                .ifPresent(b -> ((Button) b).fire()));
        waitFor(() -> window.model().getDocument().name().equals("other.json"));
        assertThat(EventFileReader.read(dir.resolve("geneva.json")).file().events())
                .hasSize(9);
        assertThat(edits().isDirty()).isFalse();
    }

    @Test
    void undoAndRedoAreNamedAndTheChartFollowsAReportWhileTyping(FxRobot robot) throws Exception {
        openAndWait(copyOfGeneva());
        Event danilov = file().event("danilov-troops").orElseThrow();
        robot.interact(() -> window.model().selectedEventProperty().set(danilov));
        Platform.runLater(() -> window.editCommands().reportOfSelected());
        DialogPane report = dialog(robot, "#report-dialog");
        fill(robot, "#report-troops-0", "150000");
        waitFor(() -> file().troopReports().get(0).bands().get(0).troops() == 150_000);
        Label problems = robot.lookup("#report-problems").queryAs(Label.class);
        assertThat(problems.getText()).contains("150000").contains("143500").contains("contradicts itself");
        TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);
        assertThat(chart.getReports().get(0).bands().get(0).troops()).isEqualTo(150_000);
        press(robot, report, ButtonType.CLOSE);
        WaitForAsyncUtils.waitForFxEvents();
        var menuItems = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .toList();
        assertThat(menuItems).extracting(javafx.scene.control.MenuItem::getText).contains("_Undo Edit troop report");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file().troopReports().get(0).bands().get(0).troops()).isEqualTo(122_000);
        assertThat(edits().isDirty()).isFalse();
        assertThat(menuItems).extracting(javafx.scene.control.MenuItem::getText).contains("_Redo Edit troop report");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file().troopReports().get(0).bands().get(0).troops()).isEqualTo(150_000);
    }

    @Test
    void aValueTheReaderRefusesIsShownAtItsFieldAndNotApplied(FxRobot robot) throws Exception {
        openAndWait(copyOfGeneva());
        Event danilov = file().event("danilov-troops").orElseThrow();
        robot.interact(() -> window.model().selectedEventProperty().set(danilov));
        robot.interact(() -> window.editCommands().editSelected());
        type(robot, "#form-start-text", "2021-02-30");
        robot.push(KeyCode.ENTER);
        Label problem = robot.lookup("#form-start-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("30 February");
        assertThat(file().event("danilov-troops").orElseThrow().start().text()).isEqualTo("2021-12-22");
        type(robot, "#form-start-text", "2021-12-23");
        robot.push(KeyCode.ENTER);
        waitFor(() ->
                file().event("danilov-troops").orElseThrow().start().text().equals("2021-12-23"));
        assertThat(problem.isVisible()).isFalse();
        // Typing in one field is one step.
        type(robot, "#form-title", "Danilov speaks");
        assertThat(file().event("danilov-troops").orElseThrow().title()).isEqualTo("Danilov speaks");
        robot.interact(edits()::undo);
        assertThat(file().event("danilov-troops").orElseThrow().title()).startsWith("Danilov: 122,000");
        robot.interact(edits()::undo);
        assertThat(file().event("danilov-troops").orElseThrow().start().text()).isEqualTo("2021-12-22");
    }

    @Test
    void fatalitiesAreEditedInTheFormCheckedByTheReaderAndShownInTheDetails(FxRobot robot) throws Exception {
        openAndWait(copyOfGeneva());
        Event danilov = file().event("danilov-troops").orElseThrow();
        assertThat(danilov.fatalities()).isNull();
        robot.interact(() -> window.model().selectedEventProperty().set(danilov));
        robot.interact(() -> window.editCommands().editSelected());
        type(robot, "#form-fatalities", "-3");
        robot.push(KeyCode.ENTER);
        Label problem = robot.lookup("#form-fatalities-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(file().event("danilov-troops").orElseThrow().fatalities()).isNull();
        // Synthetic: a number typed for the test, not one from the story.
        type(robot, "#form-fatalities", "1250");
        robot.push(KeyCode.ENTER);
        waitFor(() -> Integer.valueOf(1250)
                .equals(file().event("danilov-troops").orElseThrow().fatalities()));
        assertThat(problem.isVisible()).isFalse();
        robot.interact(() -> window.editCommands().done());
        waitFor(() -> robot.lookup("#details-fatalities").tryQuery().isPresent());
        assertThat(robot.lookup("#details-fatalities").queryAs(Label.class).getText())
                .isEqualTo("Fatalities reported: 1,250");
        robot.interact(edits()::undo);
        assertThat(file().event("danilov-troops").orElseThrow().fatalities()).isNull();
    }

    @Test
    void aPictureIsGivenInTheFormCheckedAsTheReaderChecksItAndKeptThroughOtherEdits(FxRobot robot) throws Exception {
        openAndWait(copyOfGeneva());
        Event danilov = file().event("danilov-troops").orElseThrow();
        robot.interact(() -> window.model().selectedEventProperty().set(danilov));
        robot.interact(() -> window.editCommands().editSelected());
        type(robot, "#form-media-url", "javascript:alert(1)");
        robot.push(KeyCode.ENTER);
        Label problem = robot.lookup("#form-media-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("neither http:// nor https://");
        assertThat(file().event("danilov-troops").orElseThrow().media()).isNull();
        // Synthetic: an address made up for the test.
        type(robot, "#form-media-url", "pictures/synthetic.png");
        robot.push(KeyCode.ENTER);
        type(robot, "#form-media-credit", "Photo: synthetic");
        robot.push(KeyCode.ENTER);
        waitFor(() -> new org.eventscope.model.Media("pictures/synthetic.png", null, "Photo: synthetic", null)
                .equals(file().event("danilov-troops").orElseThrow().media()));
        assertThat(problem.isVisible()).isFalse();
        type(robot, "#form-fatalities", "0");
        robot.push(KeyCode.ENTER);
        waitFor(() -> Integer.valueOf(0)
                .equals(file().event("danilov-troops").orElseThrow().fatalities()));
        assertThat(file().event("danilov-troops").orElseThrow().media())
                .as("another field's edit keeps the picture")
                .isNotNull();
    }

    @Test
    void aFailedSaveSaysWhyAndLeavesTheDocumentOpenAndUnsaved(FxRobot robot) throws Exception {
        Path geneva = copyOfGeneva();
        openAndWait(geneva);
        robot.interact(() -> window.editCommands().addEvent(null));
        Path nowhere = dir.resolve("no-such-folder").resolve("x.json");
        Platform.runLater(() -> window.editCommands().saveTo(nowhere, () -> {}));
        DialogPane failed = dialog(robot, "#save-failed");
        assertThat(failed.getHeaderText()).contains("x.json");
        assertThat(failed.getContentText()).contains("Nothing was lost");
        press(robot, failed, ButtonType.OK);
        assertThat(edits().isDirty()).isTrue();
        assertThat(file().events()).hasSize(9);
        assertThat(Files.readAllBytes(geneva)).isEqualTo(Files.readAllBytes(TestFiles.GENEVA));
    }

    @Test
    void aChangeOnDiskNeverReplacesUnsavedEditsSilently(FxRobot robot) throws Exception {
        Path geneva = copyOfGeneva();
        openAndWait(geneva);
        robot.interact(() -> window.editCommands().addEvent(null));
        Files.writeString(geneva, Files.readString(geneva).replace("Danilov: 122,000", "Danilov: 122 000"));
        robot.interact(window::reload);
        Node bar = robot.lookup("#disk-bar").query();
        assertThat(bar.isVisible()).isTrue();
        robot.interact(() -> ((Button) robot.lookup("#disk-what").query()).fire());
        waitFor(() -> robot.lookup("#disk-bar .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("On disk:")));
        robot.interact(() -> ((Button) robot.lookup("#disk-keep").query()).fire());
        assertThat(bar.isVisible()).isFalse();
        assertThat(file().events()).hasSize(9);
        assertThat(edits().isDirty()).isTrue();
        robot.interact(window::reload);
        assertThat(bar.isVisible()).isTrue();
        robot.interact(() -> ((Button) robot.lookup("#disk-reload").query()).fire());
        waitFor(() -> file().events().size() == 8);
        assertThat(edits().isDirty()).isFalse();
        assertThat(file().event("danilov-troops").orElseThrow().title()).startsWith("Danilov: 122 000");
    }

    @Test
    void aSaveOfTheWindowsOwnIsNotTakenForAChangeOnDisk(FxRobot robot) throws Exception {
        Path geneva = copyOfGeneva();
        openAndWait(geneva);
        Event wapo = file().event("wapo-buildup").orElseThrow();
        robot.interact(() -> window.editCommands().replace(wapo, retitled(wapo, "Renamed"), "Edit title", "title"));
        robot.interact(() -> window.editCommands().save());
        waitFor(() -> !edits().isDirty());
        Document before = window.model().getDocument();
        robot.interact(window::reload);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().getDocument()).isSameAs(before);
        assertThat(edits().editor().canUndo()).isTrue();
        List<String> diff = org.eventscope.app.EditingTest.changedLines(TestFiles.GENEVA, geneva);
        assertThat(diff).containsExactly("        \"en\": \"Renamed\",");
        assertThat(Files.exists(dir.resolve("geneva.json.bak"))).isTrue();
    }

    static Event retitled(Event e, String title) {
        return e.withTitle(title);
    }

    @Test
    void draggingADayEventMovesItByWholeDaysAndEscCancels(FxRobot robot) throws Exception {
        openAndWait(copyOfGeneva());
        TimelineView timeline = window.timeline();
        Event danilov = file().event("danilov-troops").orElseThrow();
        javafx.geometry.Bounds marker = timeline.markerBounds(danilov).orElseThrow();
        javafx.geometry.Bounds screen = timeline.localToScreen(marker);
        javafx.geometry.Point2D from = new javafx.geometry.Point2D(screen.getCenterX(), screen.getCenterY());
        double perDay = 86_400_000.0 / timeline.getScale().millisPerPixel();
        assertThat(perDay).isGreaterThan(4);
        // 3.4 days to the right: three whole days.
        robot.drag(from, javafx.scene.input.MouseButton.PRIMARY).dropTo(from.add(3.4 * perDay, 0));
        waitFor(() ->
                file().event("danilov-troops").orElseThrow().start().text().equals("2021-12-25"));
        assertThat(edits().undoNameProperty().get()).isEqualTo("Move event");
        assertThat(window.model().getSelectedEvent().id()).isEqualTo("danilov-troops");
        // Esc during a drag: the event stays.
        Event moved = file().event("danilov-troops").orElseThrow();
        javafx.geometry.Bounds again =
                timeline.localToScreen(timeline.markerBounds(moved).orElseThrow());
        javafx.geometry.Point2D start = new javafx.geometry.Point2D(again.getCenterX(), again.getCenterY());
        robot.drag(start, javafx.scene.input.MouseButton.PRIMARY).moveBy(5 * perDay, 0);
        robot.push(KeyCode.ESCAPE);
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file().event("danilov-troops").orElseThrow().start().text()).isEqualTo("2021-12-25");
        robot.interact(edits()::undo);
        assertThat(file().event("danilov-troops").orElseThrow().start().text()).isEqualTo("2021-12-22");
    }

    @Test
    void unsavedEditsOfAWindowThatDiedAreOfferedAtTheNextStartAndRestored(FxRobot robot) throws Exception {
        String was = System.getProperty("eventscope.dataDir");
        System.setProperty("eventscope.dataDir", dir.resolve("data").toString());
        try {
            Path geneva = copyOfGeneva();
            MainWindow crashed = WaitForAsyncUtils.asyncFx(() -> new MainWindow(new Stage(), url -> {}))
                    .get();
            javafx.concurrent.Task<?> load =
                    WaitForAsyncUtils.asyncFx(() -> crashed.open(geneva)).get();
            waitFor(load::isDone);
            robot.interact(() -> crashed.editCommands().addEvent(null));
            EventFile unsaved = crashed.model().getDocument().file();
            robot.interact(() -> crashed.model().edits().journal());
            Path journal = crashed.model().edits().recovery().journal();
            waitFor(() -> Files.exists(journal) && Files.exists(dir.resolve("data/recovery")));
            waitFor(() -> Files.list(dir.resolve("data/recovery"))
                    .anyMatch(p -> p.toString().endsWith(".properties")));
            // The process dies: its lock on the journal goes with it.
            crashed.model().edits().recovery().releaseLock();

            MainWindow next = WaitForAsyncUtils.asyncFx(() -> {
                        Stage s = new Stage();
                        MainWindow w = new MainWindow(s, url -> {});
                        s.show();
                        return w;
                    })
                    .get();
            Platform.runLater(next::offerRecovery);
            DialogPane ask = dialog(robot, "#recovery-dialog");
            assertThat(ask.getHeaderText()).contains("geneva.json");
            robot.interact(() -> ask.getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.YES)
                    .findFirst()
                    .map(ask::lookupButton)
                    .ifPresent(b -> ((Button) b).fire()));
            waitFor(() ->
                    next.model().getDocument() != null && next.model().edits().isDirty());
            assertThat(next.model().getDocument().file()).isEqualTo(unsaved);
            assertThat(next.model().getDocument().path()).isEqualTo(geneva.toAbsolutePath());
            // The old journal goes once the new window holds the edits; nothing else is offered.
            waitFor(() -> !Files.exists(journal));
            assertThat(next.model().edits().recovery().left()).isEmpty();
            // Saved, the file holds the edits and keeps the rest of its bytes.
            robot.interact(() -> next.editCommands().save());
            waitFor(() -> !next.model().edits().isDirty());
            assertThat(EventFileReader.read(geneva).file()).isEqualTo(unsaved);
            robot.interact(() -> {
                crashed.stage().hide();
                next.stage().hide();
            });
        } finally {
            if (was == null) {
                System.clearProperty("eventscope.dataDir");
            } else {
                System.setProperty("eventscope.dataDir", was);
            }
        }
    }

    @Test
    void sourcesCategoriesAndErasAreEditedInOneDialogAndTheTimelineFollows(FxRobot robot) throws Exception {
        openAndWait(copyOfGeneva());
        Platform.runLater(() -> window.commandTable().fileDetails().run());
        DialogPane pane = dialog(robot, "#file-dialog");
        // A category renamed as typed.
        javafx.scene.control.ListView<?> categories =
                robot.lookup("#categories-list").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> categories.getSelectionModel().select(0));
        fill(robot, "#categories-name", "Media reports");
        waitFor(() -> file().category("media").orElseThrow().name().equals("Media reports"));
        assertThat(edits().undoNameProperty().get()).isEqualTo("Edit Media report");
        // A category deleted: its events keep no category.
        robot.interact(() -> ((Button) robot.lookup("#categories-delete").query()).fire());
        waitFor(() -> file().category("media").isEmpty());
        assertThat(file().event("wapo-buildup").orElseThrow().category()).isNull();
        // An era added, then given a title and a span the reader takes.
        robot.interact(() -> ((Button) robot.lookup("#eras-add").query()).fire());
        waitFor(() -> file().eras().size() == 1);
        fill(robot, "#eras-title", "Talks week (synthetic)");
        waitFor(() -> file().eras().get(0).title().equals("Talks week (synthetic)"));
        // A source's address the reader refuses is shown and not applied.
        javafx.scene.control.ListView<?> sources =
                robot.lookup("#sources-list").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> sources.getSelectionModel().select(1));
        fill(robot, "#sources-url", "ftp://example.org");
        Label problems = robot.lookup("#sources-problems").queryAs(Label.class);
        assertThat(problems.getText()).contains("ftp://example.org");
        assertThat(file().source("nyt").orElseThrow().url()).isEqualTo("https://www.nytimes.com/");
        press(robot, pane, ButtonType.CLOSE);
        assertThat(window.timeline().getEventFile().eras()).hasSize(1);
    }

    @Test
    void eachLanguageOfTheFileHasItsFieldAndASaveChangesOnlyTheEditedText(FxRobot robot) throws Exception {
        Path geneva = copyOfGeneva();
        List<String> before = Files.readAllLines(geneva);
        openAndWait(geneva);
        Event danilov = file().event("danilov-troops").orElseThrow();
        robot.interact(() -> window.model().selectedEventProperty().set(danilov));
        robot.interact(() -> window.editCommands().editSelected());
        TextField english = robot.lookup("#form-title").queryAs(TextField.class);
        TextField ukrainian = robot.lookup("#form-title-uk").queryAs(TextField.class);
        assertThat(english.getText()).isEqualTo("Danilov: 122,000 Russian troops within 200 km of Ukraine");
        assertThat(ukrainian.getText()).isEqualTo("Данілов: 122 тисячі російських військових за 200 км від України");
        // A place given in one language gets a field for each language of the file; nothing changes until typed in.
        assertThat(robot.lookup("#form-place-uk").tryQuery()).isPresent();
        robot.interact(() -> {
            ukrainian.requestFocus();
            ukrainian.end();
        });
        robot.write(" (synthetic)");
        waitFor(() -> file().event("danilov-troops")
                .orElseThrow()
                .texts()
                .of("title")
                .get("uk")
                .endsWith("(synthetic)"));
        Event now = file().event("danilov-troops").orElseThrow();
        assertThat(now.title()).isEqualTo(danilov.title());
        assertThat(now.texts().of("title")).containsEntry("en", danilov.title());
        assertThat(now.place()).isNull();
        // A category's name in the other language, in the file's dialog.
        Platform.runLater(() -> window.commandTable().fileDetails().run());
        DialogPane pane = dialog(robot, "#file-dialog");
        javafx.scene.control.ListView<?> categories =
                robot.lookup("#categories-list").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> categories.getSelectionModel().select(0));
        // The entry's fields are filled as the selection reaches the dialog's listener.
        waitFor(() -> "Media report"
                .equals(robot.lookup("#categories-name")
                        .queryAs(TextField.class)
                        .getText()));
        fill(robot, "#categories-name-uk", "ЗМІ (synthetic)");
        waitFor(() -> "ЗМІ (synthetic)"
                .equals(file().category("media")
                        .orElseThrow()
                        .texts()
                        .of("name")
                        .get("uk")));
        assertThat(file().category("media").orElseThrow().name()).isEqualTo("Media report");
        press(robot, pane, ButtonType.CLOSE);
        robot.interact(() -> window.editCommands().save());
        waitFor(() -> !edits().isDirty());
        // The saved file differs from the original in exactly the two edited texts.
        List<String> after = Files.readAllLines(geneva);
        assertThat(after).hasSameSizeAs(before);
        List<String> changed = new java.util.ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(after.get(i).strip());
            }
        }
        assertThat(changed)
                .containsExactly(
                        "\"uk\": \"Повідомлення ЗМІ\"".replace("Повідомлення ЗМІ", "ЗМІ (synthetic)"),
                        "\"uk\": \"Данілов: 122 тисячі російських військових за 200 км від України (synthetic)\"");
    }

    @Test
    void typingInALanguageKeepsTheKeyboardThereAndTheOtherLanguagesAsTheFileHasThem(FxRobot robot) throws Exception {
        Path odd = Files.writeString(dir.resolve("odd-languages.json"), """
                {"format": "eventscope", "formatVersion": 1, "title": {"en": "Odd (synthetic)", "uk": "Дивне"},
                 "displayZone": "UTC", "sources": [],
                 "events": [{"id": "a", "title": {"en": "A", "uk": "x\\ny\\u0007z"}, "start": "2022-01-10",
                   "place": "P"}]}
                """);
        openAndWait(odd);
        robot.interact(() ->
                window.model().selectedEventProperty().set(file().event("a").orElseThrow()));
        robot.interact(() -> window.editCommands().editSelected());
        // The English title typed on: the Ukrainian keeps its line break and control character.
        TextField english = robot.lookup("#form-title").queryAs(TextField.class);
        robot.interact(() -> {
            english.requestFocus();
            english.end();
        });
        robot.write("B");
        waitFor(() -> file().event("a").orElseThrow().title().equals("AB"));
        assertThat(file().event("a").orElseThrow().texts().of("title")).containsEntry("uk", "x\ny\u0007z");
        // A place in one language given a second: the keyboard stays in the field typed in.
        TextField ukrainianPlace = robot.lookup("#form-place-uk").queryAs(TextField.class);
        robot.interact(ukrainianPlace::requestFocus);
        robot.write("Ab");
        waitFor(() ->
                "Ab".equals(file().event("a").orElseThrow().texts().of("place").get("uk")));
        assertThat(ukrainianPlace.isFocused()).isTrue();
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(file().event("a").orElseThrow().texts().of("place")).containsEntry("en", "P");
        // Taken back out, the place is one string again, as the file had it.
        robot.push(KeyCode.BACK_SPACE).push(KeyCode.BACK_SPACE);
        waitFor(() -> file().event("a").orElseThrow().texts().of("place").isEmpty());
        assertThat(file().event("a").orElseThrow().place()).isEqualTo("P");
        assertThat(ukrainianPlace.isFocused()).isTrue();
    }

    @Test
    void aCategoryAddedWhileOthersAreHiddenKeepsTheEventInTheForm(FxRobot robot) throws Exception {
        openAndWait(copyOfGeneva());
        robot.interact(() -> window.model()
                .selectedEventProperty()
                .set(file().event("geneva-talks").orElseThrow()));
        robot.interact(() -> window.editCommands().editSelected());
        robot.interact(() -> robot.lookup("#hide-others")
                .queryAs(javafx.scene.control.ToggleButton.class)
                .setSelected(true));
        robot.interact(() -> edits().edit(e ->
                e.add("Add category", new org.eventscope.model.Category("synthetic", "Synthetic category", null))));
        assertThat(window.model().getSelectedEvent().id()).isEqualTo("geneva-talks");
        // The filter shows the new category, checked, in what it draws.
        assertThat(robot.lookup("#category-filter .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                        .filter(c -> !c.getStyleClass().contains("check-box-list-cell"))
                        .map(javafx.scene.control.ListCell::getText)
                        .toList())
                .containsExactly("Categories (5/5)");
        assertThat(robot.lookup("#event-form").tryQuery()).isPresent();
        assertThat(robot.lookup("#event-form").query().isVisible()).isTrue();
    }

    @Test
    void lookingAtAnEventInTheFormNeverChangesIt(FxRobot robot) throws Exception {
        Path odd = Files.writeString(dir.resolve("odd.json"), """
                {"format": "eventscope", "formatVersion": 1, "title": "Odd texts (synthetic)",
                 "displayZone": "UTC", "sources": [],
                 "events": [{"id": "a", "title": "Line one\\nLine two\\u0007", "start": "2022-01-10",
                   "place": "  Geneva ", "description": "first\\r\\nsecond\\u007f", "actors": ["  spaced  "]}]}
                """);
        openAndWait(odd);
        Event a = file().event("a").orElseThrow();
        robot.interact(() -> window.model().selectedEventProperty().set(a));
        robot.interact(() -> window.editCommands().editSelected());
        robot.clickOn("#form-start-text");
        robot.clickOn("#form-place");
        robot.clickOn("#form-title");
        robot.push(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file().event("a").orElseThrow())
                .as(String.valueOf(edits().undoNameProperty().get()))
                .isEqualTo(a);
        assertThat(edits().isDirty()).isFalse();
        // An edit of one field leaves the others as the file has them.
        type(robot, "#form-start-text", "2022-01-11");
        robot.push(KeyCode.ENTER);
        waitFor(() -> file().event("a").orElseThrow().start().text().equals("2022-01-11"));
        Event now = file().event("a").orElseThrow();
        assertThat(now.title()).isEqualTo(a.title());
        assertThat(now.place()).isEqualTo("  Geneva ");
        assertThat(now.description()).isEqualTo(a.description());
        assertThat(now.actors()).isEqualTo(a.actors());
    }

    @Test
    void anImportedTimelineJsFileIsNeverSavedOver(FxRobot robot) throws Exception {
        Path tjs = Files.copy(Path.of("src/test/resources/timelinejs/synthetic.json"), dir.resolve("tjs.json"));
        byte[] before = Files.readAllBytes(tjs);
        openAndWait(tjs);
        robot.interact(() -> window.editCommands().addEvent(null));
        List<String> asked = new java.util.ArrayList<>();
        Path target = dir.resolve("tjs (Eventscope).json");
        window.editCommands().setSaveChooser(d -> {
            asked.add(d.name());
            return target;
        });
        robot.interact(() -> window.editCommands().save());
        waitFor(() -> !edits().isDirty());
        assertThat(asked).containsExactly("tjs.json");
        assertThat(Files.readAllBytes(tjs)).isEqualTo(before);
        assertThat(Files.readString(target)).startsWith("{\n  \"format\": \"eventscope\"");
        assertThat(EventFileReader.read(target).file()).isEqualTo(file());
        assertThat(window.model().getDocument().path()).isEqualTo(target.toAbsolutePath());
    }

    @Test
    void theKeysWorkFromTheFormAndANewTimeIsBroughtIntoView(FxRobot robot) throws Exception {
        openAndWait(copyOfGeneva());
        robot.interact(() -> window.timeline().requestFocus());
        robot.push(KeyCode.INSERT);
        waitFor(() -> file().events().size() == 9);
        type(robot, "#form-title", "Far away");
        type(robot, "#form-start-text", "2024-03-01 09:30");
        robot.push(KeyCode.ENTER);
        waitFor(() -> file().events().get(8).start().text().equals("2024-03-01T09:30"));
        // The timeline moved to show it.
        Event far = file().events().get(8);
        assertThat(window.timeline().markerBounds(far)).isPresent();
        // Insert while the keyboard is in a field of the form adds another event.
        robot.clickOn("#form-place");
        robot.push(KeyCode.INSERT);
        waitFor(() -> file().events().size() == 10);
        // Ctrl+Z in the form undoes the file's last step: the new event goes again.
        robot.clickOn("#form-title");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> file().events().size() == 9);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitFor(() -> file().events().size() == 10);
    }

    @Test
    void aDateAndATimeTypedWithASpaceAreJoinedAndAnythingElseIsQuotedAsTyped() {
        assertThat(TimeField.joined(" 2024-03-01 09:30 ")).isEqualTo("2024-03-01T09:30");
        assertThat(TimeField.joined("Ports close 2024-03-01")).isEqualTo("Ports close 2024-03-01");
        assertThat(TimeField.shapeOf("2021-02-30")).isEqualTo(org.eventscope.model.Precision.DAY);
        assertThat(TimeField.shapeOf("2021-02")).isEqualTo(org.eventscope.model.Precision.MONTH);
    }

    /** The lines of {@code after} that are not the lines of {@code before} at the same place. */
    static List<String> changedLines(Path before, Path after) throws Exception {
        List<String> a = Files.readAllLines(before);
        List<String> b = Files.readAllLines(after);
        assertThat(b).hasSameSizeAs(a);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                out.add(b.get(i));
            }
        }
        return out;
    }
}
