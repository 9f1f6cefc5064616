package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.StatusBar;
import org.eventscope.TestFiles;
import org.eventscope.chart.ChartPainter;
import org.eventscope.chart.TroopChart;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.timeline.TimelineView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private Stage stage;
    private final List<String> openedLinks = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        window = new MainWindow(stage, openedLinks::add);
        // Whatever this computer's desktop is set to, the tests see a system with no answer.
        window.themes().setSource(java.util.Optional::empty);
        // The stage is shared with earlier test classes, which may have moved it: on the 1280×800
        // headless screen a window reaching past the edge makes the software painter overflow.
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

    private EventFile file() {
        return window.model().getDocument().file();
    }

    private Event event(String id) {
        return file().event(id).orElseThrow();
    }

    private Point2D onScreen(Node node, Bounds local) {
        Bounds screen = node.localToScreen(local);
        return new Point2D(screen.getMinX() + 10, screen.getCenterY());
    }

    private Color pixel(Node node, double x, double y) throws Exception {
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        return image.getPixelReader().getColor((int) x, (int) y);
    }

    @Test
    void aNewWindowFitsTheScreen() throws Exception {
        var free = javafx.stage.Screen.getPrimary().getVisualBounds();
        javafx.scene.Scene scene = WaitForAsyncUtils.asyncFx(() -> {
                    Stage other = new Stage();
                    new MainWindow(other, url -> {});
                    return other.getScene();
                })
                .get();
        // The headless screen is 1280×800, smaller than the 1360×820 the window asks for elsewhere.
        assertThat(scene.getWidth()).isEqualTo(Math.min(1360, free.getWidth()));
        assertThat(scene.getHeight()).isEqualTo(Math.min(820, free.getHeight()));
        assertThat(free.getHeight()).isLessThan(820);
    }

    @Test
    void theWindowCarriesTheAppIconFrom16To256Pixels() throws Exception {
        // Decoded off the FX thread after the window is built.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == 7);
        assertThat(stage.getIcons())
                .extracting(javafx.scene.image.Image::getWidth)
                .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(stage.getIcons()).allMatch(i -> !i.isError());
    }

    @Test
    void showsTheEventsOnTheTimelineAndBothBarsOfTheReport(FxRobot robot) throws Exception {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);

        assertThat(file().events()).hasSize(8);
        for (Event e : file().events()) {
            assertThat(timeline.eventBounds(e)).as(e.id()).isPresent();
            Bounds b = timeline.eventBounds(e).orElseThrow();
            assertThat(b.getMinX()).as(e.id()).isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as(e.id()).isLessThanOrEqualTo(timeline.getWidth());
        }
        // Distance in time is distance on screen: 47 days from the Post's article to the drafts, 5 more to Danilov.
        double wapo = timeline.markerBounds(event("wapo-buildup")).orElseThrow().getCenterX();
        double drafts =
                timeline.markerBounds(event("draft-treaties")).orElseThrow().getCenterX();
        double danilov =
                timeline.markerBounds(event("danilov-troops")).orElseThrow().getCenterX();
        assertThat((danilov - drafts) / (drafts - wapo))
                .isCloseTo(5 / 47.0, org.assertj.core.data.Offset.offset(0.002));
        assertThat(timeline.markerBounds(event("geneva-talks")).orElseThrow().getMinX())
                .isGreaterThan(danilov);

        assertThat(chart.getReports())
                .extracting(org.eventscope.model.TroopReport::id)
                .containsExactly("danilov-2021-12-22");
        for (int i = 0; i < 2; i++) {
            Bounds bar = chart.barBounds(i).orElseThrow();
            assertThat(pixel(chart, bar.getCenterX(), bar.getCenterY())).isEqualTo(ChartPainter.BAR);
        }
        assertThat(chart.barBounds(1).orElseThrow().getHeight())
                .isGreaterThan(chart.barBounds(0).orElseThrow().getHeight());

        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        assertThat(status.getText()).isEqualTo("geneva-2022.json — 8 events, 1 troop report, 6 sources");
        assertThat(window.stage().getTitle())
                .isEqualTo("US–Russia talks in Geneva, January 2022 (geneva-2022.json) — Eventscope");
    }

    @Test
    void clickingAnEventFillsTheDetailsPane(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        Event talks = event("geneva-talks");

        robot.clickOn(onScreen(timeline, timeline.eventBounds(talks).orElseThrow()));

        assertThat(window.model().getSelectedEvent()).isEqualTo(talks);
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText())
                .isEqualTo(talks.title());
        assertThat(robot.lookup("#details-time").queryAs(Label.class).getText())
                .isEqualTo("January 10, 2022, 10:00 – about 17:00 (Kyiv); 09:00 – about 16:00 in Geneva");
        assertThat(robot.lookup("#details-actors").queryAs(Label.class).getText())
                .isEqualTo("Wendy Sherman, Sergei Ryabkov");
        assertThat(robot.lookup("#details-description").queryAs(Label.class).getText())
                .contains("seven hours");

        javafx.scene.control.Hyperlink nyt =
                robot.lookup(".hyperlink").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                        .filter(h -> h.getText().equals("The New York Times"))
                        .findFirst()
                        .orElseThrow();
        robot.interact(() -> robot.lookup("#details")
                .queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1));
        robot.clickOn(nyt);
        assertThat(openedLinks).containsExactly("https://www.nytimes.com/");
    }

    @Test
    void selectingTheDanilovStatementHighlightsItsBarsAndClickingABarSelectsIt(FxRobot robot) throws Exception {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);
        Event danilov = event("danilov-troops");

        robot.clickOn(onScreen(timeline, timeline.eventBounds(danilov).orElseThrow()));

        assertThat(chart.getHighlightedReport().id()).isEqualTo("danilov-2021-12-22");
        Bounds bar = chart.barBounds(0).orElseThrow();
        assertThat(pixel(chart, bar.getCenterX(), bar.getCenterY())).isEqualTo(ChartPainter.BAR_HIGHLIGHT);
        assertThat(robot.lookup("#details-report").queryAs(Label.class).getText())
                .contains("122,000 troops within 200 km")
                .contains("143,500 troops within 400 km");

        // Another event: the bars go back to normal.
        robot.clickOn(
                onScreen(timeline, timeline.eventBounds(event("geneva-talks")).orElseThrow()));
        assertThat(chart.getHighlightedReport()).isNull();
        assertThat(pixel(chart, bar.getCenterX(), bar.getCenterY())).isEqualTo(ChartPainter.BAR);

        // Clicking a bar selects the event that carried the report.
        Bounds screenBar = chart.localToScreen(chart.barBounds(1).orElseThrow());
        robot.clickOn(new Point2D(screenBar.getCenterX(), screenBar.getCenterY()));
        assertThat(window.model().getSelectedEvent()).isEqualTo(danilov);
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText())
                .isEqualTo(danilov.title());
    }

    @Test
    void theZoneChooserChangesTheAxisAndTheDetails(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<ZoneChoice> zones =
                robot.lookup("#zone-choice").queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(
                onScreen(timeline, timeline.eventBounds(event("geneva-talks")).orElseThrow()));
        assertThat(robot.lookup("#zone-choice > .list-cell")
                        .queryAs(javafx.scene.control.ListCell.class)
                        .getText())
                .isEqualTo("File's zone (Kyiv)");

        robot.interact(() -> zones.setValue(ZoneChoice.OWN));
        assertThat(robot.lookup("#details-time").queryAs(Label.class).getText())
                .isEqualTo("January 10, 2022, 09:00 – about 16:00 (Geneva); 10:00 – about 17:00 in Kyiv");
        assertThat(timeline.getDisplayZone()).isEqualTo(java.time.ZoneId.of("Europe/Kyiv"));

        robot.interact(() -> zones.setValue(ZoneChoice.UTC));
        assertThat(robot.lookup("#details-time").queryAs(Label.class).getText())
                .isEqualTo("January 10, 2022, 08:00 – about 15:00 (UTC); 09:00 – about 16:00 in Geneva");
        assertThat(timeline.getDisplayZone()).isEqualTo(java.time.ZoneOffset.UTC);
        // A day-precision event is the same day whatever the zone.
        robot.interact(() -> window.model().selectedEventProperty().set(event("danilov-troops")));
        assertThat(robot.lookup("#details-time").queryAs(Label.class).getText()).isEqualTo("December 22, 2021");
    }

    @Test
    void searchAndCategoryFilterDimOrHideWhatDoesNotMatchWithCounts(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.interact(() -> window.model().selectedEventProperty().set(event("danilov-troops")));
        double searchWidth = robot.lookup("#search")
                .queryAs(javafx.scene.control.TextField.class)
                .getWidth();
        robot.press(javafx.scene.input.KeyCode.CONTROL)
                .type(javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertThat(robot.lookup("#search")
                        .queryAs(javafx.scene.control.TextField.class)
                        .isFocused())
                .isTrue();
        robot.write("nato");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#match-count").queryAs(Label.class).getText()).isEqualTo("3 of 8 events match");
        assertThat(robot.lookup("#search")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getWidth())
                .as("the count appearing does not narrow the search field")
                .isEqualTo(searchWidth);
        // Dimmed, not hidden: every event is still drawn, and the selection stays.
        assertThat(file().events()).allMatch(e -> timeline.eventBounds(e).isPresent());
        assertThat(window.model().getSelectedEvent()).isEqualTo(event("danilov-troops"));

        robot.clickOn("#hide-others");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.eventBounds(event("nato-russia-council"))).isPresent();
        assertThat(timeline.eventBounds(event("geoana-statement"))).isPresent();
        assertThat(timeline.eventBounds(event("danilov-troops"))).isEmpty();
        assertThat(window.model().getSelectedEvent())
                .as("a hidden event is no longer selected")
                .isNull();

        @SuppressWarnings("unchecked")
        org.controlsfx.control.CheckComboBox<org.eventscope.model.Category> categories =
                robot.lookup("#category-filter").queryAs(org.controlsfx.control.CheckComboBox.class);
        robot.interact(() -> categories
                .getCheckModel()
                .clearCheck(file().category("statement").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#match-count").queryAs(Label.class).getText()).isEqualTo("2 of 8 events match");
        assertThat(timeline.eventBounds(event("geoana-statement"))).isEmpty();

        robot.clickOn("#search").type(javafx.scene.input.KeyCode.ESCAPE);
        robot.interact(() -> categories.getCheckModel().checkAll());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#match-count").queryAs(Label.class).getText()).isEmpty();
        assertThat(file().events()).allMatch(e -> timeline.eventBounds(e).isPresent());
    }

    @Test
    void theCanvasTakesItsColoursFromCss(FxRobot robot) throws Exception {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        Path css = Files.writeString(
                dir.resolve("dark.css"),
                ".timeline-view { -es-background: #102030; -es-axis-background: #304050; }"
                        + " .troop-chart { -es-background: #0d1117; -es-text: #e6edf3; }");
        robot.interact(
                () -> window.stage().getScene().getStylesheets().add(css.toUri().toString()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getTimelineStyle().background()).isEqualTo(Color.web("#102030"));
        double inset = timeline.snappedLeftInset() + 1;
        assertThat(pixel(timeline, inset + 1, timeline.snappedTopInset() + 20)).isEqualTo(Color.web("#304050"));
        assertThat(pixel(timeline, timeline.getWidth() - inset - 2, timeline.getHeight() - 50))
                .isEqualTo(Color.web("#102030"));
        TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);
        assertThat(chart.getChartStyle().text()).isEqualTo(Color.web("#e6edf3"));
        assertThat(pixel(chart, 3, 3)).isEqualTo(Color.web("#0d1117"));
    }

    @Test
    void draggingInTheOverviewMovesTheView(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.interact(() -> timeline.zoom(8));
        double before = timeline.getScale().toMillis(timeline.getWidth() / 2);
        double y = timeline.getHeight() - 15;
        robot.drag(
                        timeline.localToScreen(new Point2D(timeline.getWidth() * 0.6, y)),
                        javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(timeline.localToScreen(new Point2D(20, y)));
        double after = timeline.getScale().toMillis(timeline.getWidth() / 2);
        assertThat(after).isLessThan(before);
        // The view is now centred near the file's first event.
        assertThat(Math.abs(after
                        - file().events().stream()
                                .mapToLong(e -> e.start().startMillis(file().displayZone()))
                                .min()
                                .orElseThrow()))
                .isLessThan(10 * 86_400_000.0);
    }

    @Test
    void theDarkThemeRecoloursTheCanvasesAndIsRemembered(FxRobot robot) throws Exception {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        Color lightBackground = timeline.getTimelineStyle().background();
        try {
            robot.interact(() -> window.setTheme(Theme.DARK));
            WaitForAsyncUtils.waitForFxEvents();
            Color dark = timeline.getTimelineStyle().background();
            assertThat(dark.getBrightness()).isLessThan(0.3).isLessThan(lightBackground.getBrightness());
            assertThat(robot.lookup("#chart")
                            .queryAs(TroopChart.class)
                            .getChartStyle()
                            .background()
                            .getBrightness())
                    .isLessThan(0.3);
        } finally {
            robot.interact(() -> window.setTheme(Theme.LIGHT));
        }
    }

    @Test
    void followingTheSystemSwitchesToItsThemeUntilOneIsChosen(FxRobot robot) throws Exception {
        TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);
        try {
            window.themes().setSource(() -> java.util.Optional.of(Theme.DARK));
            robot.interact(() -> window.setTheme(null));
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> chart.getChartStyle().background().getBrightness() < 0.3);
            assertThat(window.themes().applied()).isEqualTo(Theme.DARK);

            // A theme chosen in the menu wins over the system's.
            robot.interact(() -> window.setTheme(Theme.LIGHT));
            boolean asked = WaitForAsyncUtils.asyncFx(() -> {
                        window.themes().forgetLastAsk();
                        return window.themes().askSystem();
                    })
                    .get();
            assertThat(asked)
                    .as("the system is not asked once a theme is chosen")
                    .isFalse();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.themes().applied()).isEqualTo(Theme.LIGHT);
            assertThat(chart.getChartStyle().background().getBrightness()).isGreaterThan(0.8);
        } finally {
            window.themes().setSource(java.util.Optional::empty);
            robot.interact(() -> window.setTheme(Theme.LIGHT));
        }
    }

    @Test
    void choosingALanguageOffersToRestartNow(FxRobot robot) throws Exception {
        List<String> restarts = new ArrayList<>();
        window.setRestart(() -> restarts.add("restart"));
        try {
            var alert =
                    WaitForAsyncUtils.asyncFx(() -> window.chooseLanguage("uk")).get();
            assertThat(alert.getContentText())
                    .isEqualTo("Eventscope will speak Ukrainian (українська) after a restart.");
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("Later");
            assertThat(restarts).isEmpty();
            WaitForAsyncUtils.asyncFx(() -> window.chooseLanguage("uk")).get();
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("Restart now");
            assertThat(restarts).containsExactly("restart");
        } finally {
            window.setRestart(null);
        }
    }

    @Test
    void aboutNamesTheVersionsAndLicences() {
        assertThat(AboutDialog.text())
                .contains("Java " + System.getProperty("java.version"))
                .contains("AtlantaFX 2.0.1 — MIT")
                .contains("ControlsFX")
                .contains("Apache 2.0")
                .contains("Apache PDFBox 3.0.8 — Apache 2.0")
                .contains("Noto Sans (Google), under the SIL Open Font License 1.1")
                .contains("SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007")
                .contains("PERMISSION & CONDITIONS");
        org.eventscope.i18n.Messages.setLocale(java.util.Locale.forLanguageTag("uk"));
        try {
            assertThat(AboutDialog.text())
                    .startsWith("Eventscope 0.1 — хронології та діаграми військ із файлів подій.")
                    .contains("Бібліотеки та їхні ліцензії:")
                    .contains("OpenJFX 21 — GPL v2 з винятком Classpath");
        } finally {
            org.eventscope.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void menuToolbarAndKeyHelpComeFromOneTableOfCommands(FxRobot robot) throws Exception {
        WindowMenus commands = window.commandTable();
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<javafx.scene.control.MenuItem> items =
                bar.getMenus().stream().flatMap(m -> m.getItems().stream()).toList();
        for (WindowCommand c : commands.all()) {
            if (c.keys() != null) {
                assertThat(items)
                        .as("a menu item with %s", c.keys().getDisplayText())
                        .anyMatch(i -> c.keys().equals(i.getAccelerator()));
            }
        }
        javafx.scene.control.Button open = robot.lookup(".tool-bar .button").queryAs(javafx.scene.control.Button.class);
        assertThat(open.getTooltip().getText())
                .isEqualTo("Open an event file (Ctrl+O)")
                .isEqualTo(commands.open().tip());
        javafx.scene.control.TextField search = robot.lookup("#search").queryAs(javafx.scene.control.TextField.class);
        assertThat(search.getPromptText()).isEqualTo("Search titles, text, actors, places (Ctrl+F)");
        assertThat(commands.keyHelp())
                .startsWith(
                        "Ctrl+O  Open…\nCtrl+Shift+I  Import spreadsheet…\nCtrl+Shift+O  Open data table…\nCtrl+R  Reload\nCtrl+E  Export…\nCtrl+Shift+E  Export timeline…")
                .contains("F1  Keyboard shortcuts")
                .contains("In the timeline: Left/Right");
        // The menu item and the button share the command's state: no document from a file, no reload.
        javafx.scene.control.MenuItem reload = items.stream()
                .filter(i -> commands.reload().keys().equals(i.getAccelerator()))
                .findFirst()
                .orElseThrow();
        javafx.scene.control.Button reloadButton =
                robot.lookup(".tool-bar .button").queryAllAs(javafx.scene.control.Button.class).stream()
                        .filter(b -> b.getText().equals("Reload"))
                        .findFirst()
                        .orElseThrow();
        assertThat(reload.isDisable()).isTrue(); // the bundled example is not a file on disk
        assertThat(reloadButton.isDisable()).isTrue();
        // Ctrl++ (Ctrl+Shift+=) and the keypad's keys zoom as the menu's Ctrl+= and Ctrl+- do.
        var zoomInToo = new javafx.scene.input.KeyCodeCombination(
                javafx.scene.input.KeyCode.EQUALS,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN,
                javafx.scene.input.KeyCombination.SHIFT_DOWN);
        Runnable zoomIn = stage.getScene().getAccelerators().get(zoomInToo);
        assertThat(zoomIn).isNotNull();
        double before = window.timeline().getScale().millisPerPixel();
        robot.interact(zoomIn);
        assertThat(window.timeline().getScale().millisPerPixel()).isLessThan(before);
        robot.interact(window.timeline()::fitAll);
        assertThat(commands.keyHelp()).contains("Ctrl+=, Ctrl+Shift+=, ");
        var alert = WaitForAsyncUtils.asyncFx(() -> commands.showKeys(stage)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) alert.getDialogPane().lookup("#key-help")).getText())
                .isEqualTo(commands.keyHelp());
        robot.interact(alert::close);
    }

    @Test
    void enterMovesTheKeyboardToTheDetails(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.clickOn(
                onScreen(timeline, timeline.eventBounds(event("geneva-talks")).orElseThrow()));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup("#details")
                        .queryAs(javafx.scene.control.ScrollPane.class)
                        .isFocused())
                .isTrue();
    }

    @Test
    void clickingACategoryHeaderFoldsItsLanes(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        Bounds talks = timeline.eventBounds(event("geneva-talks")).orElseThrow();
        // The "Talks and meetings" header sits just above its first lane.
        robot.clickOn(timeline.localToScreen(new Point2D(60, talks.getMinY() - 12)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getCollapsedCategories()).containsExactly("meeting");
        assertThat(timeline.eventBounds(event("geneva-talks"))).isEmpty();
        assertThat(timeline.eventBounds(event("danilov-troops"))).isPresent();
    }

    @Test
    void keyboardMovesTheSelection(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.clickOn(
                onScreen(timeline, timeline.eventBounds(event("draft-treaties")).orElseThrow()));
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(window.model().getSelectedEvent().id()).isEqualTo("danilov-troops");
        robot.type(javafx.scene.input.KeyCode.HOME);
        assertThat(window.model().getSelectedEvent().id()).isEqualTo("wapo-buildup");
    }

    @Test
    void wheelZoomsAroundTheCursorAndFitShowsAllAgain(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        double before = timeline.getScale().millisPerPixel();
        Bounds talks = timeline.localToScreen(
                timeline.eventBounds(event("geneva-talks")).orElseThrow());
        robot.moveTo(new Point2D(talks.getMinX() + 7, talks.getCenterY()));
        double timeUnderCursor = timeline.getScale()
                .toMillis(timeline.screenToLocal(talks.getMinX() + 7, 0).getX());
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getScale().millisPerPixel()).isNotEqualTo(before);
        double after = timeline.getScale()
                .toMillis(timeline.screenToLocal(talks.getMinX() + 7, 0).getX());
        assertThat(Math.abs(after - timeUnderCursor))
                .isLessThan(timeline.getScale().millisPerPixel() * 2);

        robot.interact(timeline::fitAll);
        assertThat(timeline.getScale().millisPerPixel()).isCloseTo(before, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aBadFileShowsItsErrorsAndKeepsTheOpenDocument(FxRobot robot) throws Exception {
        Path bad =
                TestFiles.write(dir, "broken.json", "{\n  \"formatVersion\": 1,\n  \"title\": 7,\n  \"events\": [}\n");
        EventFile before = file();
        robot.clickOn(onScreen(
                robot.lookup("#timeline").queryAs(TimelineView.class),
                robot.lookup("#timeline")
                        .queryAs(TimelineView.class)
                        .eventBounds(event("geneva-talks"))
                        .orElseThrow()));

        robot.interact(() -> window.open(bad));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#problems-text").tryQuery().isPresent());

        String problems = robot.lookup("#problems-text").queryAs(TextArea.class).getText();
        assertThat(problems.lines())
                .containsExactly(
                        "broken.json:3:12: error: \"title\" is a number; expected a string (at /title)",
                        "broken.json:4:14: error: malformed JSON: Unexpected close marker '}': expected ']'");
        assertThat(window.model().getDocument().file()).isSameAs(before);
        assertThat(window.model().getSelectedEvent()).isEqualTo(event("geneva-talks"));
        assertThat(window.stage().getTitle()).startsWith("US–Russia talks in Geneva");
        assertThat(robot.lookup(".dialog-pane .header-panel .label")
                        .queryAs(Label.class)
                        .getText())
                .contains("Cannot open broken.json")
                .contains("geneva-2022.json stays open");
        assertThat(robot.lookup("#problems")
                        .queryAs(javafx.scene.control.TitledPane.class)
                        .isExpanded())
                .isTrue();
        assertThat(robot.lookup("#problems-summary").queryAs(Label.class).getText())
                .isEqualTo("broken.json was not opened: 2 errors. geneva-2022.json stays open.");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.eventscope.io.Problem> list =
                robot.lookup("#problems-list").queryAs(javafx.scene.control.ListView.class);
        assertThat(list.getItems()).extracting(org.eventscope.io.Problem::line).containsExactly(3, 4);
    }

    @Test
    void aLoadShowsProgressAndCancelKeepsTheOpenDocument(FxRobot robot) throws Exception {
        Path big = dir.resolve("synthetic-big.json");
        org.eventscope.bench.SyntheticEventFiles.write(big, 200_000, 3);
        EventFile before = file();
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        double height = timeline.getHeight();

        robot.interact(() -> window.open(big));
        robot.interact(() -> {
            assertThat(status.getText()).isEqualTo("Opening synthetic-big.json…");
            assertThat(status.getRightItems()).hasSize(1);
            // The status bar keeps its height with the Cancel button: the timeline is not laid out again.
            assertThat(timeline.getHeight()).isEqualTo(height);
            ((javafx.scene.control.Button) status.getRightItems().get(0)).fire();
        });
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.model().currentLoadProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.model().getDocument().file()).isSameAs(before);
        assertThat(status.getRightItems()).isEmpty();
        assertThat(status.getText()).startsWith("geneva-2022.json — 8 events");
        assertThat(robot.lookup("#problems-text").tryQuery()).isEmpty();
    }

    /** Opens a copy of the Geneva file (not the bundled example: a document with a file of its own). */
    private Path openGenevaFromAFile(FxRobot robot) throws Exception {
        Path geneva = Files.copy(TestFiles.GENEVA, dir.resolve("geneva-2022.json"));
        robot.interact(() -> window.open(geneva));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> geneva.equals(window.model().getDocument().path()));
        return geneva;
    }

    @Test
    void whenMemoryIsTightTheOpenDocumentIsClosedWhileTheNextLoadsAndComesBackIfItFails(FxRobot robot)
            throws Exception {
        Path geneva = openGenevaFromAFile(robot);
        Path big = dir.resolve("synthetic-big.json");
        org.eventscope.bench.SyntheticEventFiles.write(big, 50_000, 3);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1, \"title\": ");
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        // Room for Geneva beside a new file, but not for the synthetic one.
        long bigNeeds = DocumentModel.needFor(Files.size(big));
        window.model().heapRoomFrom(() -> bigNeeds - 1);

        // A small file fits beside it: Geneva stays while it loads.
        Path small = Files.copy(TestFiles.GENEVA, dir.resolve("small.json"));
        robot.interact(() -> {
            window.open(small);
            assertThat(file().events()).hasSize(8);
            assertThat(status.getText()).isEqualTo("Opening small.json…");
        });
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> small.equals(window.model().getDocument().path()));

        // A file that does not fit: the open one is closed first, and says so.
        robot.interact(() -> {
            window.open(big);
            assertThat(file().events()).isEmpty();
            assertThat(window.model().getDocument().path()).isNull();
            assertThat(window.model().getDocument().name()).isEqualTo("small.json");
            assertThat(status.getText())
                    .isEqualTo("Opening synthetic-big.json… (small.json is closed to make room in memory;"
                            + " it opens again if this fails)");
        });
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> big.equals(window.model().getDocument().path()));
        assertThat(file().events()).hasSize(50_000);

        // One that fails: the closed file opens again from disk.
        window.model().heapRoomFrom(() -> 0);
        robot.interact(() -> {
            window.open(bad);
            assertThat(file().events()).isEmpty();
        });
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> big.equals(window.model().getDocument().path()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file().events()).hasSize(50_000);

        // Cancelled: the same.
        robot.interact(() -> {
            window.open(geneva);
            assertThat(file().events()).isEmpty();
            window.model().cancelLoading();
        });
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> big.equals(window.model().getDocument().path()));
        assertThat(file().events()).hasSize(50_000);

        // With unsaved changes the document is never closed for room: they would be lost if the load failed.
        robot.interact(() -> window.model()
                .edits()
                .edit(e -> e.add("Add category", new org.eventscope.model.Category("synthetic", "Synthetic", null))));
        EventFile edited = file();
        robot.interact(() -> {
            window.model().open(geneva);
            assertThat(file()).isSameAs(edited);
            window.model().cancelLoading();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file()).isSameAs(edited);
        assertThat(window.model().edits().isDirty()).isTrue();
    }

    @Test
    void whatIsAskedForWhileAClosedDocumentWaitsDecidesWhatComesBack(FxRobot robot) throws Exception {
        Path geneva = openGenevaFromAFile(robot);
        Path big = dir.resolve("synthetic-big.json");
        org.eventscope.bench.SyntheticEventFiles.write(big, 50_000, 3);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1, \"title\": ");
        window.model().heapRoomFrom(() -> 0);

        // The stand-in can be neither edited nor saved.
        robot.interact(() -> {
            window.open(big);
            assertThat(window.model().isStandIn(window.model().getDocument())).isTrue();
            assertThat(window.model()
                            .edits()
                            .edit(e -> e.add("Add category", new org.eventscope.model.Category("x", "X", null))))
                    .isFalse();
            javafx.scene.input.KeyCombination saveAs =
                    window.commandTable().saveAs().keys();
            assertThat(robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                            .flatMap(m -> m.getItems().stream())
                            .filter(i -> saveAs.equals(i.getAccelerator()))
                            .findFirst()
                            .orElseThrow()
                            .isDisable())
                    .isTrue();
        });
        // A third file asked for meanwhile takes over: when it fails, Geneva opens again.
        robot.interact(() -> window.open(bad));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> geneva.equals(window.model().getDocument().path()));
        assertThat(file().events()).hasSize(8);

        // A new document made meanwhile stays, with what was typed into it.
        robot.interact(() -> {
            window.open(big);
            assertThat(window.model().getDocument().path()).isNull();
            window.model().newDocument("My new timeline", java.time.ZoneId.of("UTC"));
            window.model()
                    .edits()
                    .edit(e -> e.add("Add category", new org.eventscope.model.Category("mine", "Mine", null)));
        });
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file().title()).isEqualTo("My new timeline");
        assertThat(window.model().edits().isDirty()).isTrue();
    }

    @Test
    void aLargeFileLoadsInTheBackgroundAndTheTimelineShowsItsDensity(FxRobot robot) throws Exception {
        Path big = dir.resolve("synthetic-big.json");
        org.eventscope.bench.SyntheticEventFiles.write(big, 200_000, 3);
        robot.interact(() -> window.open(big));
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> window.model().getDocument().name().equals("synthetic-big.json"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file().events()).hasSize(200_000);
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        assertThat(status.getText()).isEqualTo("synthetic-big.json — 200,000 events, 0 troop reports, 20 sources");
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        // At full extent no single event is labelled: counts per stretch of the axis cover all of them.
        assertThat(timeline.eventBounds(file().events().get(0))).isEmpty();
        assertThat(timeline.clusters()).hasSizeGreaterThan(3);
        assertThat(timeline.clusters().stream()
                        .mapToInt(TimelineView.ClusterView::count)
                        .sum())
                .isEqualTo(200_000);

        // Clicking a count zooms in on it until single events can be read.
        for (int click = 0; click < 12 && timeline.clusters().stream().anyMatch(c -> c.count() > 50); click++) {
            TimelineView.ClusterView first = timeline.clusters().get(0);
            double before = timeline.getScale().millisPerPixel();
            robot.clickOn(new Point2D(
                    timeline.localToScreen(first.bounds()).getCenterX(),
                    timeline.localToScreen(first.bounds()).getCenterY()));
            assertThat(timeline.getScale().millisPerPixel()).isLessThan(before);
        }
        long labelled = file().events().stream()
                .filter(e -> timeline.eventBounds(e).isPresent())
                .count();
        assertThat(labelled).isPositive();
    }

    @Test
    void aFileWithoutTroopReportsFoldsTheChartAwayAndTheTimelineTakesItsRoom(FxRobot robot) throws Exception {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        double withChart = timeline.getWidth();
        Path noReports = TestFiles.write(
                dir,
                "no-reports.json",
                TestFiles.SYNTHETIC.substring(0, TestFiles.SYNTHETIC.indexOf(",\n  \"troopReports\"")) + "\n}\n");
        robot.interact(() -> window.open(noReports));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.model().getDocument().name().equals("no-reports.json"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chart").tryQuery())
                .as("the chart pane is folded away")
                .isEmpty();
        assertThat(timeline.getWidth()).isGreaterThan(withChart + 100);
        assertThat(robot.lookup("#details").tryQuery()).as("the details stay").isPresent();

        Path withReports = TestFiles.write(dir, "reports.json", TestFiles.SYNTHETIC);
        robot.interact(() -> window.open(withReports));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.model().getDocument().name().equals("reports.json"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chart").tryQuery()).as("the chart comes back").isPresent();
        assertThat(timeline.getWidth()).isCloseTo(withChart, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void inA1280x800WindowMostTitlesOfACrowdedTimelineJsFileReadAtFitAll(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.stage().setMaximized(false);
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
        });
        Path file = dir.resolve("synthetic-38-slides.json");
        try (var in = getClass().getResourceAsStream("/timelinejs/synthetic-38-slides.json")) {
            Files.copy(java.util.Objects.requireNonNull(in), file);
        }
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.model().getDocument().name().equals("synthetic-38-slides.json"));
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.interact(timeline::fitAll);
        WaitForAsyncUtils.waitForFxEvents();
        var events = window.model().getDocument().file().events();
        long readable = events.stream()
                .filter(e -> timeline.labelOf(e)
                        .filter(l -> l.equals(e.title()) || l.length() > 24)
                        .isPresent())
                .count();
        assertThat(readable)
                .as(
                        "readable titles of %d in a %.0fx%.0f timeline",
                        events.size(), timeline.getWidth(), timeline.getHeight())
                .isGreaterThanOrEqualTo(Math.round(events.size() * 0.8));
    }

    @Test
    void theSplitComesBackWhereItWasWhenTheWindowGrowsAgain(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        double before = timeline.getWidth();
        robot.interact(() -> window.stage().setWidth(720));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getWidth()).as("squeezed").isLessThan(before - 200);
        robot.interact(() -> window.stage().setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getWidth()).isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void aFileWithOnlyWarningsOpensAndListsThem(FxRobot robot) throws Exception {
        Path warn = TestFiles.write(
                dir,
                "warn.json",
                TestFiles.SYNTHETIC
                        .replace("\"displayZone\": \"UTC\",", "\"displayZone\": \"UTC\", \"newField\": 1,")
                        .replace("\"troops\": 3000", "\"troops\": 500"));
        robot.interact(() -> window.open(warn));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.model().getDocument().name().equals("warn.json"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#status").queryAs(StatusBar.class).getText()).endsWith("— 2 warnings");
        var pane = robot.lookup("#problems").queryAs(javafx.scene.control.TitledPane.class);
        assertThat(pane.isExpanded()).as("warnings alone do not open the panel").isFalse();
        assertThat(pane.getText()).isEqualTo("Problems — 2 warnings");
        assertThat(pane.getGraphic()).as("a sign beside the count").isNotNull();
        robot.interact(() -> pane.setExpanded(true));
        assertThat(robot.lookup("#problems-summary").queryAs(Label.class).getText())
                .isEqualTo("warn.json opened with 2 warnings:");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.eventscope.io.Problem> list =
                robot.lookup("#problems-list").queryAs(javafx.scene.control.ListView.class);
        assertThat(list.getItems())
                .extracting(org.eventscope.io.Problem::path)
                .containsExactly("/newField", "/troopReports/0/bands/1/troops");
        assertThat(robot.lookup("#problems-text").tryQuery()).isEmpty();
    }

    @Test
    void aFileChangedOnDiskIsReloadedKeepingSelectionAndViewAndABrokenSaveKeepsTheLastGoodVersion(FxRobot robot)
            throws Exception {
        Path file = TestFiles.write(dir, "live.json", TestFiles.SYNTHETIC);
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.model().getDocument().name().equals("live.json"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() ->
                window.model().selectedEventProperty().set(file().event("a").orElseThrow()));
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.interact(() -> timeline.zoom(3));
        var view = timeline.getScale();
        EventFile before = file();

        Files.writeString(
                file,
                TestFiles.SYNTHETIC
                        .replace("\"events\": [", """
                "events": [
                    { "id": "new", "title": "Synthetic added event", "start": "2020-03-03", "sources": ["s1"] },""")
                        .replace("Synthetic point", "Synthetic point, edited"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> file() != before);
        WaitForAsyncUtils.waitForFxEvents();
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        assertThat(status.getText()).isEqualTo("live.json reloaded: 1 event added, 1 changed, 0 removed");
        assertThat(window.model().getSelectedEvent().id()).isEqualTo("a");
        assertThat(timeline.getScale()).isEqualTo(view);

        EventFile good = file();
        Files.writeString(file, "{ \"formatVersion\": 1, ");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("has errors"));
        assertThat(file()).isSameAs(good);
        assertThat(robot.lookup("#problems-summary").queryAs(Label.class).getText())
                .isEqualTo("live.json changed on disk but has 1 error; the last good version stays open.");
        assertThat(robot.lookup("#problems-text").tryQuery()).isEmpty();
    }

    @Test
    void aGoodFileReplacesTheDocument(FxRobot robot) throws Exception {
        Path good = TestFiles.write(dir, "synthetic.json", TestFiles.SYNTHETIC);
        robot.interact(() -> window.open(good));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.model().getDocument().name().equals("synthetic.json"));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertThat(timeline.eventBounds(file().event("a").orElseThrow())).isPresent();
        // The timeline uses the index built while the file loaded.
        assertThat(window.model().getDocument().index().size()).isEqualTo(2);
        assertThat(timeline.getIndex()).isSameAs(window.model().getDocument().index());
        assertThat(robot.lookup("#chart").queryAs(TroopChart.class).getReports())
                .extracting(org.eventscope.model.TroopReport::id)
                .containsExactly("r1");
    }

    @Test
    void theExportDialogPreviewsAndBuildsTheRequest(FxRobot robot) throws Exception {
        org.eventscope.chart.ChartContent content =
                org.eventscope.chart.ChartContent.of(file(), file().troopReports(), false, java.util.Locale.US);
        ExportDialog dialog = WaitForAsyncUtils.asyncFx(() -> new ExportDialog(
                        window.stage(),
                        content,
                        org.eventscope.timeline.TimelineExport.whole(file()),
                        org.eventscope.export.Picture.Kind.CHART))
                .get();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<ExportDialog.SizeChoice> size =
                    (javafx.scene.control.ComboBox<ExportDialog.SizeChoice>)
                            dialog.getDialogPane().lookup("#export-size");
            assertThat(size.getItems())
                    .extracting(Object::toString)
                    .contains(
                            "Wide (16:9), 1600 × 900",
                            "Square (1:1), 1080 × 1080",
                            "Portrait (4:5), 1080 × 1350",
                            "Landscape (3:2), 1200 × 800",
                            "Two columns, 125 × 85 mm, 300 dpi");
            size.setValue(size.getItems().stream()
                    .filter(c -> c.toString().equals("Wide (16:9), 1600 × 900"))
                    .findFirst()
                    .orElseThrow());
            ((javafx.scene.control.TextField) dialog.getDialogPane().lookup("#export-title")).setText("Edited title");
            dialog.refresh();
        });
        ExportDialog.Request request = dialog.request().orElseThrow();
        assertThat(request.picture().width()).isEqualTo(1600);
        assertThat(request.picture().height()).isEqualTo(900);
        assertThat(request.picture().chart().title()).isEqualTo("Edited title");
        assertThat(request.format()).isEqualTo(org.eventscope.export.ImageFormat.PNG);
        var credit = (javafx.scene.control.TextField) dialog.getDialogPane().lookup("#export-credit");
        assertThat(request.credit())
                .as("no credit until the newsroom gives one")
                .isEmpty();
        assertThat(credit.getPromptText()).isEqualTo("Chart: your newsroom");
        robot.interact(() -> credit.setText("  Chart: Kyiv Desk "));
        assertThat(dialog.request().orElseThrow().credit()).isEqualTo("Chart: Kyiv Desk");
        assertThat(dialog.request().orElseThrow().picture().chart().credit()).isEqualTo("  Chart: Kyiv Desk ");
        assertThat(((Label) dialog.getDialogPane().lookup("#export-output")).getText())
                .isEqualTo("PNG, 3200 × 1800 pixels");
        javafx.scene.image.ImageView preview =
                (javafx.scene.image.ImageView) dialog.getDialogPane().lookup("#export-preview");
        assertThat(preview.getImage().getWidth()).isEqualTo(480);

        // A long, low picture: the preview is smaller than an export may be, and still shown.
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<ExportDialog.SizeChoice> size =
                    (javafx.scene.control.ComboBox<ExportDialog.SizeChoice>)
                            dialog.getDialogPane().lookup("#export-size");
            size.setValue(ExportDialog.CUSTOM);
            for (javafx.scene.Node n : dialog.getDialogPane().lookupAll(".spinner")) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.Spinner<Integer> spinner = (javafx.scene.control.Spinner<Integer>) n;
                spinner.getValueFactory().setValue(spinner.getValue() == 1600 ? 4000 : 100);
            }
            dialog.refresh();
        });
        assertThat(((Label) dialog.getDialogPane().lookup("#export-output")).getText())
                .isEqualTo("PNG, 8000 × 200 pixels");
        assertThat(preview.getImage()).isNotNull();
        assertThat(preview.getImage().getWidth()).isEqualTo(480);

        robot.interact(() ->
                ((javafx.scene.control.RadioButton) dialog.getDialogPane().lookup("#export-svg")).setSelected(true));
        robot.interact(dialog::refresh);
        assertThat(((Label) dialog.getDialogPane().lookup("#export-output")).getText())
                .isEqualTo("SVG, 4000 × 100");

        robot.interact(() ->
                ((javafx.scene.control.RadioButton) dialog.getDialogPane().lookup("#export-pdf")).setSelected(true));
        robot.interact(dialog::refresh);
        assertThat(((Label) dialog.getDialogPane().lookup("#export-output")).getText())
                .as("4000 x 100 logical pixels at 0.75 pt each, in millimetres")
                .isEqualTo("PDF, 1058 × 26 mm");
        assertThat(dialog.request().orElseThrow().format()).isEqualTo(org.eventscope.export.ImageFormat.PDF);
        assertThat(dialog.getDialogPane().lookup("#export-scale").isDisabled())
                .as("a vector picture has no scale")
                .isTrue();

        // A print size: millimetres, and a PNG at 300 dpi whatever the scale.
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<ExportDialog.SizeChoice> size =
                    (javafx.scene.control.ComboBox<ExportDialog.SizeChoice>)
                            dialog.getDialogPane().lookup("#export-size");
            size.setValue(size.getItems().stream()
                    .filter(c -> c.preset() != null && c.preset().name().equals("two-columns"))
                    .findFirst()
                    .orElseThrow());
            dialog.refresh();
        });
        assertThat(((Label) dialog.getDialogPane().lookup("#export-output")).getText())
                .isEqualTo("PDF, 125 × 85 mm");
        robot.interact(() ->
                ((javafx.scene.control.RadioButton) dialog.getDialogPane().lookup("#export-png")).setSelected(true));
        robot.interact(dialog::refresh);
        assertThat(((Label) dialog.getDialogPane().lookup("#export-output")).getText())
                .isEqualTo("PNG, 1476 × 1004 pixels: 125 × 85 mm at 300 dpi");
        assertThat(dialog.request().orElseThrow().scale()).isEqualTo(300 / 96.0);
        assertThat(dialog.getDialogPane().lookup("#export-scale").isDisabled())
                .as("a print size's scale is its 300 dpi")
                .isTrue();
    }

    @Test
    void theCreditChosenAtAnExportIsKeptForTheNextAndShownUnderTheChart() throws Exception {
        java.util.prefs.Preferences node =
                java.util.prefs.Preferences.userRoot().node("org/eventscope/test-credit-" + System.nanoTime());
        try {
            AppPreferences prefs = new AppPreferences(node);
            prefs.setCredit("Chart: Kyiv Desk");
            MainWindow w = WaitForAsyncUtils.asyncFx(() -> new MainWindow(new Stage(), url -> {}, prefs))
                    .get();
            assertThat(w.chart().getCredit()).isEqualTo("Chart: Kyiv Desk");
            WaitForAsyncUtils.asyncFx(() -> w.chart().setCredit("Графіка: Київ"))
                    .get();
            assertThat(new AppPreferences(node).credit()).isEqualTo("Графіка: Київ");
        } finally {
            node.removeNode();
        }
    }

    @Test
    void theTimelinePageIsAsHighAsItsContentAndKeepsItsOwnTexts(FxRobot robot) throws Exception {
        org.eventscope.chart.ChartContent content =
                org.eventscope.chart.ChartContent.of(file(), file().troopReports(), false, java.util.Locale.US);
        ExportDialog dialog = WaitForAsyncUtils.asyncFx(() -> new ExportDialog(
                        window.stage(),
                        content,
                        org.eventscope.timeline.TimelineExport.whole(file()),
                        org.eventscope.export.Picture.Kind.TIMELINE))
                .get();
        var caption = (javafx.scene.control.TextArea) dialog.getDialogPane().lookup("#export-caption");
        var title = (javafx.scene.control.TextField) dialog.getDialogPane().lookup("#export-title");
        assertThat(title.getText()).isEqualTo(file().title());
        assertThat(caption.getText())
                .as("the chart's caption is not the page's")
                .isEmpty();
        robot.interact(() -> caption.setText("Synthetic page caption"));
        ExportDialog.Request page = dialog.request().orElseThrow();
        assertThat(page.picture().width()).isEqualTo(1200);
        assertThat(page.picture().height())
                .as("as high as the content, not 675")
                .isNotEqualTo(675)
                .isBetween(300.0, 700.0);
        assertThat(page.picture().timeline().texts().caption()).isEqualTo("Synthetic page caption");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.eventscope.export.Picture.Kind> kind =
                (javafx.scene.control.ComboBox<org.eventscope.export.Picture.Kind>)
                        dialog.getDialogPane().lookup("#export-kind");
        robot.interact(() -> kind.setValue(org.eventscope.export.Picture.Kind.CHART));
        assertThat(caption.getText()).isEqualTo(content.caption());
        assertThat(dialog.request().orElseThrow().picture().height()).isEqualTo(675);
        robot.interact(() -> kind.setValue(org.eventscope.export.Picture.Kind.TIMELINE));
        assertThat(caption.getText()).isEqualTo("Synthetic page caption");
    }

    @Test
    void ctrlPPreviewsTheSheetAndWithoutAPrinterSaysHowToPrintInstead(FxRobot robot) throws Exception {
        java.util.List<String> seen = new java.util.ArrayList<>();
        robot.interact(() -> window.exports()
                .setPrinting(
                        () -> null,
                        dialog -> javafx.application.Platform.runLater(() -> {
                            var pane = dialog.getDialogPane();
                            seen.add(((Label) pane.lookup("#print-printer")).getText());
                            seen.add(String.valueOf(pane.getButtonTypes().size()));
                            PrintDialog.Sheet across = dialog.current();
                            seen.add(Math.round(across.picture().width()) + "x"
                                    + Math.round(across.picture().height()));
                            seen.add(String.valueOf(across.picture().kind()));
                            ((javafx.scene.control.RadioButton) pane.lookup("#print-portrait")).setSelected(true);
                            PrintDialog.Sheet down = dialog.current();
                            seen.add(Math.round(down.picture().width()) + "x"
                                    + Math.round(down.picture().height()));
                            javafx.scene.image.ImageView preview =
                                    (javafx.scene.image.ImageView) pane.lookup("#print-preview");
                            seen.add(String.valueOf(
                                    preview.getImage() != null && preview.getFitHeight() > preview.getFitWidth()));
                            dialog.close();
                        })));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.P)
                .release(javafx.scene.input.KeyCode.P, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.size() == 6);
        assertThat(seen.get(0)).startsWith("No printer is set up").contains("export a PDF");
        assertThat(seen.get(1)).as("Cancel only: nothing to print on").isEqualTo("1");
        // A4 across (842 x 595 pt) less half an inch each side, at 96 logical pixels to 72 points.
        assertThat(seen.get(2)).isEqualTo("1027x697");
        assertThat(seen.get(3)).isEqualTo("The chart");
        assertThat(seen.get(4)).isEqualTo("697x1027");
        assertThat(seen.get(5)).as("the preview shows the page upright").isEqualTo("true");
        assertThat(window.commandTable().print().keys().getDisplayText()).contains("P");
    }

    @Test
    void anEventsPictureLoadsInTheBackgroundIntoTheDetailsAndThenTheHoverCard(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        byte[] png = MediaLoaderTest.png(240, 120);
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/slow.png", MediaLoaderTest.afterRelease(release, png, 20));
        server.start();
        try {
            Files.createDirectories(dir.resolve("pictures"));
            Files.write(dir.resolve("pictures/beside.png"), MediaLoaderTest.png(160, 90));
            String slow = "http://127.0.0.1:" + server.getAddress().getPort() + "/slow.png";
            Path file = TestFiles.write(dir, "media.json", """
                    {"formatVersion": 1, "title": "Synthetic pictures (not real)", "displayZone": "UTC",
                     "sources": [], "events": [
                      {"id": "web", "title": "Synthetic, from the web", "start": "2022-01-10",
                       "media": {"url": "%s", "caption": "Synthetic caption", "credit": "Photo: synthetic",
                                 "alt": "A red dot"}},
                      {"id": "beside", "title": "Synthetic, beside the file", "start": "2022-01-12",
                       "media": {"url": "pictures/beside.png"}},
                      {"id": "video", "title": "Synthetic, a video", "start": "2022-01-14",
                       "media": {"url": "https://www.youtube.com/watch?v=synthetic"}}]}
                    """.formatted(slow));
            robot.interact(() -> window.open(file));
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> window.model().getDocument().name().equals("media.json"));
            var events = window.model().getDocument().file().events();
            robot.interact(() -> window.model().selectedEventProperty().set(events.get(0)));
            assertThat(robot.lookup("#details-media-status")
                            .queryAs(Label.class)
                            .getText())
                    .isEqualTo("Loading the picture…");
            assertThat(robot.lookup("#details-media")
                            .queryAs(javafx.scene.layout.VBox.class)
                            .getChildren())
                    .filteredOn(n -> n instanceof Label)
                    .extracting(n -> ((Label) n).getText())
                    .contains("Synthetic caption", "Photo: synthetic");
            TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
            assertThat(timeline.thumbnail(events.get(0)))
                    .as("not loaded yet: the card does not wait")
                    .isNull();
            // The window answers while the server has not: another event is shown at once.
            robot.interact(() -> window.model().selectedEventProperty().set(events.get(2)));
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> robot.lookup("#details-media-status")
                            .queryAs(Label.class)
                            .getText()
                            .equals("YouTube: opens in your browser"));
            robot.interact(() -> window.model().selectedEventProperty().set(events.get(0)));
            release.countDown();
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> robot.lookup("#details-media-picture").tryQuery().isPresent());
            javafx.scene.image.ImageView picture =
                    robot.lookup("#details-media-picture").queryAs(javafx.scene.image.ImageView.class);
            assertThat(picture.getImage().getWidth()).isEqualTo(240);
            assertThat(picture.getAccessibleText()).isEqualTo("A red dot");
            assertThat(timeline.thumbnail(events.get(0)))
                    .as("loaded once, shown on hover")
                    .isNotNull();
            robot.interact(() -> robot.lookup("#details-media-link")
                    .queryAs(javafx.scene.control.Hyperlink.class)
                    .fire());
            assertThat(openedLinks).contains(slow);

            robot.interact(() -> window.model().selectedEventProperty().set(events.get(1)));
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> robot.lookup("#details-media-picture").tryQuery().isPresent());
            assertThat(robot.lookup("#details-media-picture")
                            .queryAs(javafx.scene.image.ImageView.class)
                            .getImage()
                            .getHeight())
                    .as("the picture beside the file")
                    .isEqualTo(90);
        } finally {
            release.countDown();
            server.stop(0);
        }
    }

    @Test
    void copyChartPutsA2xImageOnTheClipboard(FxRobot robot) throws Exception {
        TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);
        robot.interact(() -> window.exports().copyChart());
        javafx.scene.image.Image image = WaitForAsyncUtils.asyncFx(
                        () -> javafx.scene.input.Clipboard.getSystemClipboard().getImage())
                .get();
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(Math.round(chart.getWidth() * 2));
        assertThat(robot.lookup("#status").queryAs(StatusBar.class).getText())
                .startsWith("Chart copied to the clipboard");
    }

    @Test
    void ctrlShiftCCopiesTheSelectedEventsCitationAsTextAndAsHtmlWithLinks(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().selectedEventProperty().set(event("wapo-buildup")));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.C)
                .release(
                        javafx.scene.input.KeyCode.C,
                        javafx.scene.input.KeyCode.SHIFT,
                        javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        var clipboard = WaitForAsyncUtils.asyncFx(() -> new String[] {
                    javafx.scene.input.Clipboard.getSystemClipboard().getString(),
                    javafx.scene.input.Clipboard.getSystemClipboard().getHtml()
                })
                .get();
        assertThat(clipboard[0])
                .startsWith(event("wapo-buildup").title() + " — ")
                .contains("2021")
                .contains("\nSources: ");
        assertThat(clipboard[1]).startsWith("<p><strong>").contains("<a href=\"https://");
        assertThat(robot.lookup("#status").queryAs(StatusBar.class).getText())
                .startsWith("Citation of \u201c" + event("wapo-buildup").title());
        assertThat(window.commandTable().copyChart().keys().getDisplayText())
                .as("the chart is copied with Ctrl+Alt+C now")
                .contains("Alt");
    }

    @Test
    void theReportIsWrittenInTheBackgroundWithTheChartTheWindowAndItsEvents(FxRobot robot) throws Exception {
        robot.interact(() -> window.chart().setCredit("Chart: Synthetic Desk"));
        Path pdf = dir.resolve("report.pdf");
        var task = WaitForAsyncUtils.asyncFx(() -> window.exports().exportReport(pdf, false))
                .get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        assertThat(WaitForAsyncUtils.asyncFx(task::getException).get()).isNull();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("143,500", "Chart: Synthetic Desk", "Events shown: ");
            assertThat(text).contains(event("wapo-buildup").title(), "https://www.washingtonpost.com/");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status").queryAs(StatusBar.class).getText())
                .startsWith("Saved report.pdf (PDF report, ");
        robot.interact(() -> window.chart().setCredit(""));
    }

    @Test
    void bothPanelsExportAsOnePictureInPngSvgAndPdf(FxRobot robot) throws Exception {
        org.eventscope.export.Picture picture = new org.eventscope.export.Picture(
                org.eventscope.export.Picture.Kind.BOTH,
                org.eventscope.chart.ChartContent.of(file(), file().troopReports(), false, java.util.Locale.US),
                org.eventscope.timeline.TimelineExport.whole(file()),
                1600,
                700);
        Path png = dir.resolve("both.png");
        var task = WaitForAsyncUtils.asyncFx(
                        () -> window.exports().exportPicture(png, picture, org.eventscope.export.ImageFormat.PNG, 1))
                .get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(700);
        Path svg = dir.resolve("both.svg");
        var svgTask = WaitForAsyncUtils.asyncFx(
                        () -> window.exports().exportPicture(svg, picture, org.eventscope.export.ImageFormat.SVG, 1))
                .get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, svgTask::isDone);
        String text = Files.readString(svg);
        assertThat(text)
                .contains(">122,000</text>")
                .contains("NATO–Russia Council meets in Brussels")
                .contains("<meta name=\"SHA-256\" content=\""
                        + org.eventscope.export.ExportInfo.sha256(
                                DocumentModel.class.getResourceAsStream(DocumentModel.BUNDLED))
                        + "\"/>");

        Path pdf = dir.resolve("both.pdf");
        var pdfTask = WaitForAsyncUtils.asyncFx(
                        () -> window.exports().exportPicture(pdf, picture, org.eventscope.export.ImageFormat.PDF, 1))
                .get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, pdfTask::isDone);
        assertThat(WaitForAsyncUtils.asyncFx(pdfTask::getException).get()).isNull();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("122,000", "NATO–Russia Council meets in Brussels");
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("SHA-256"))
                    .isEqualTo(org.eventscope.export.ExportInfo.sha256(
                            DocumentModel.class.getResourceAsStream(DocumentModel.BUNDLED)));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status").queryAs(StatusBar.class).getText()).startsWith("Saved both.pdf (PDF)");
    }

    /** The alert whose text contains {@code text}, closed after its text is read. */
    private String closeAlertSaying(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").queryAll().stream()
                        .anyMatch(n -> ((javafx.scene.control.DialogPane) n)
                                .getContentText()
                                .contains(text)));
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAll().stream()
                .map(n -> (javafx.scene.control.DialogPane) n)
                .filter(p -> p.getContentText().contains(text))
                .findFirst()
                .orElseThrow();
        String said = pane.getHeaderText() + "\n" + pane.getContentText();
        robot.interact(() -> pane.getScene().getWindow().hide());
        return said;
    }

    @Test
    void theOpenEventFileIsNeverTheExportsTarget(FxRobot robot) throws Exception {
        Path events = TestFiles.write(dir, "events.svg", TestFiles.SYNTHETIC);
        robot.interact(() -> window.open(events));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.model().getDocument().name().equals("events.svg"));
        WaitForAsyncUtils.waitForFxEvents();
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), events);
        org.eventscope.export.Picture picture = new org.eventscope.export.Picture(
                org.eventscope.export.Picture.Kind.TIMELINE,
                null,
                org.eventscope.timeline.TimelineExport.whole(file()),
                300,
                200);
        for (Path target : List.of(events, dir.resolve(".").resolve("events.svg"), link)) {
            assertThat(WaitForAsyncUtils.asyncFx(() -> window.exports()
                                    .exportPicture(target, picture, org.eventscope.export.ImageFormat.SVG, 1, true))
                            .get())
                    .as(target.toString())
                    .isNull();
            assertThat(closeAlertSaying(robot, "is the event file that is open"))
                    .startsWith("Cannot save " + target);
        }
        assertThat(Files.readString(events)).isEqualTo(TestFiles.SYNTHETIC);
        Files.delete(link);
    }

    @Test
    void aFullDiskIsSaidInPlainWords(FxRobot robot) throws Exception {
        try (org.eventscope.TinyDisk disk = org.eventscope.TinyDisk.mount(dir, 64)) {
            Path png = disk.path().resolve("chart.png");
            var task = WaitForAsyncUtils.asyncFx(() -> window.exports().exportChart(png))
                    .get();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
            assertThat(closeAlertSaying(robot, "no space"))
                    .isEqualTo("Cannot save " + png + "\nThere is no space left on the device.");
            try (var files = Files.list(disk.path())) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void aPngTooLargeForTheHeapIsRefusedWithAClearMessage(FxRobot robot) throws Exception {
        window.exports().setAvailableMemory(() -> 8L << 20);
        try {
            Path png = dir.resolve("chart.png");
            assertThat(WaitForAsyncUtils.asyncFx(() -> window.exports().exportChart(png))
                            .get())
                    .isNull();
            TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);
            long w = Math.round(chart.getWidth() * 2);
            long h = Math.round(chart.getHeight() * 2);
            assertThat(closeAlertSaying(robot, "Not enough memory"))
                    .isEqualTo("Cannot export\nNot enough memory for a "
                            + w + " × " + h + " PNG: it needs about "
                            + ((w * h * 16 + (16 << 20) + (1 << 20) - 1) >> 20)
                            + " MB and Eventscope has 8 MB free. Choose a smaller size or scale.");
            assertThat(png).doesNotExist();

            // The dialog says so before anyone presses Save; SVG needs no such memory.
            ExportDialog dialog = WaitForAsyncUtils.asyncFx(() -> new ExportDialog(
                            window.stage(),
                            org.eventscope.chart.ChartContent.of(
                                    file(), file().troopReports(), false, java.util.Locale.US),
                            org.eventscope.timeline.TimelineExport.whole(file()),
                            org.eventscope.export.Picture.Kind.CHART,
                            () -> 8L << 20))
                    .get();
            Label output = (Label) dialog.getDialogPane().lookup("#export-output");
            assertThat(output.getText()).startsWith("Not enough memory for a 2400 × 1350 PNG");
            robot.interact(() -> ((javafx.scene.control.RadioButton)
                            dialog.getDialogPane().lookup("#export-svg"))
                    .setSelected(true));
            robot.interact(dialog::refresh);
            assertThat(output.getText()).isEqualTo("SVG, 1200 × 675");
        } finally {
            window.exports().setAvailableMemory(org.eventscope.export.ExportMemory::available);
        }
    }

    @Test
    void exportWritesA2xPngAndAsksBeforeOverwriting(FxRobot robot) throws Exception {
        TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);
        Path png = dir.resolve("chart.png");

        var task = WaitForAsyncUtils.asyncFx(() -> window.exports().exportChart(png))
                .get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(chart.getWidth() * MainWindow.EXPORT_SCALE));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(chart.getHeight() * MainWindow.EXPORT_SCALE));
        Bounds bar = chart.barBounds(0).orElseThrow();
        int rgb = image.getRGB((int) (bar.getCenterX() * 2), (int) (bar.getCenterY() * 2)) & 0xffffff;
        assertThat(Color.rgb(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff)).isEqualTo(ChartPainter.BAR);

        byte[] first = Files.readAllBytes(png);
        List<Path> asked = new ArrayList<>();
        window.exports().setConfirmOverwrite(p -> {
            asked.add(p);
            return false;
        });
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.exports().exportChart(png))
                        .get())
                .isNull();
        assertThat(asked).containsExactly(png);
        assertThat(Files.readAllBytes(png)).isEqualTo(first);

        // After the system's save dialog, which asked already, nobody asks again: the file is replaced.
        org.eventscope.export.Picture timelineOnly = new org.eventscope.export.Picture(
                org.eventscope.export.Picture.Kind.TIMELINE,
                null,
                org.eventscope.timeline.TimelineExport.whole(file()),
                300,
                200);
        var replace = WaitForAsyncUtils.asyncFx(() -> window.exports()
                        .exportPicture(png, timelineOnly, org.eventscope.export.ImageFormat.PNG, 1, true))
                .get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, replace::isDone);
        assertThat(asked).containsExactly(png);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(300);
    }

    /** Opens the synthetic example of troop reports over time and waits until it is shown. */
    private Path openExample(FxRobot robot) throws Exception {
        Path example = Path.of("data", "troop-reports-example.json").toAbsolutePath();
        robot.interact(() -> window.model().open(example));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> example.equals(window.model().getDocument().path()));
        WaitForAsyncUtils.waitForFxEvents();
        return example;
    }

    /** The timeline's visible window, as the chart over time should show it. */
    private static org.eventscope.chart.TimeWindow windowOf(TimelineView timeline) {
        var scale = timeline.getScale();
        return new org.eventscope.chart.TimeWindow(
                Math.round(scale.toMillis(0)), Math.round(scale.toMillis(timeline.getWidth())));
    }

    private static void assertSameWindow(
            org.eventscope.chart.TimeWindow chart, org.eventscope.chart.TimeWindow timeline) {
        assertThat((double) chart.fromMillis())
                .isCloseTo(timeline.fromMillis(), org.assertj.core.api.Assertions.within(2.0));
        assertThat((double) chart.toMillis())
                .isCloseTo(timeline.toMillis(), org.assertj.core.api.Assertions.within(2.0));
    }

    @Test
    void theChartOverTimeSharesTheTimelinesWindowBothWaysAndAPointSelectsItsEvent(FxRobot robot) throws Exception {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);
        // Geneva's one report has nothing to show over time.
        assertThat(robot.lookup("#over-time")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isDisabled())
                .isTrue();
        Path example = openExample(robot);
        robot.clickOn("#over-time");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getMode()).isEqualTo(org.eventscope.chart.ChartMode.OVER_TIME);
        assertThat(robot.lookup("#rings")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected())
                .isFalse();
        var layout = chart.trendLayout().orElseThrow();
        assertThat(layout.marks()).hasSize(17);
        assertSameWindow(chart.getTimeWindow(), windowOf(timeline));

        // The timeline zooms in: the chart shows the same, shorter window.
        var before = windowOf(timeline);
        robot.interact(() -> timeline.zoom(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(windowOf(timeline).toMillis() - windowOf(timeline).fromMillis())
                .isCloseTo((before.toMillis() - before.fromMillis()) / 2, org.assertj.core.api.Assertions.within(2L));
        assertSameWindow(chart.getTimeWindow(), windowOf(timeline));

        // The wheel over the chart zooms both, around the pointer.
        layout = chart.trendLayout().orElseThrow();
        var plot = layout.plot();
        Point2D middle = chart.localToScreen(plot.centerX(), plot.centerY());
        double mpp = timeline.getScale().millisPerPixel();
        robot.moveTo(middle);
        robot.scroll(2, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getScale().millisPerPixel()).isNotCloseTo(mpp, org.assertj.core.api.Assertions.within(1.0));
        assertSameWindow(chart.getTimeWindow(), windowOf(timeline));

        // A drag on the chart pans both: 100 px of the chart to the left shows later times.
        robot.interact(timeline::fitAll);
        WaitForAsyncUtils.waitForFxEvents();
        before = windowOf(timeline);
        layout = chart.trendLayout().orElseThrow();
        double chartMillisPerPixel =
                (before.toMillis() - before.fromMillis()) / layout.plot().w();
        robot.drag(chart.localToScreen(layout.plot().centerX(), layout.plot().y() + 20))
                .dropBy(-100, 0);
        WaitForAsyncUtils.waitForFxEvents();
        var after = windowOf(timeline);
        assertThat((double) (after.fromMillis() - before.fromMillis()))
                .isCloseTo(100 * chartMillisPerPixel, org.assertj.core.api.Assertions.withinPercentage(3));
        assertSameWindow(chart.getTimeWindow(), after);

        // A click on a point selects the report's event, and its marks stand out.
        robot.interact(timeline::fitAll);
        WaitForAsyncUtils.waitForFxEvents();
        layout = chart.trendLayout().orElseThrow();
        var mark = layout.marks().stream()
                .filter(m -> chart.shownContent()
                        .series()
                        .get(m.series())
                        .report()
                        .id()
                        .equals("ex-r2"))
                .findFirst()
                .orElseThrow();
        robot.clickOn(chart.localToScreen(mark.x(), mark.y()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().getSelectedEvent().id()).isEqualTo("ex-agency-nov");
        assertThat(chart.getHighlightedReport().id()).isEqualTo("ex-r2");
        Color lit = pixel(chart, mark.x(), mark.y());
        assertThat(lit.getRed()).isGreaterThan(0.8); // the highlight's orange
        assertThat(lit.getBlue()).isLessThan(0.3);

        // The window's export draws what the chart shows: over time, the timeline's window (December 2021).
        robot.interact(() -> timeline.setScale(org.eventscope.timeline.TimeScale.fit(
                java.time.Instant.parse("2021-12-01T00:00:00Z").toEpochMilli(),
                java.time.Instant.parse("2021-12-31T00:00:00Z").toEpochMilli(),
                timeline.getWidth(),
                0)));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.application.Platform.runLater(
                () -> window.exports().showDialog(org.eventscope.export.Picture.Kind.CHART));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#export-subtitle").tryQuery().isPresent());
        var exportedSubtitle = robot.lookup("#export-subtitle").queryAs(javafx.scene.control.TextInputControl.class);
        assertThat(exportedSubtitle.getText())
                .startsWith(
                        "3 reports, by Example ministry (synthetic); Example agency (synthetic); Example institute");
        assertThat(robot.lookup("#export-caption")
                        .queryAs(javafx.scene.control.TextInputControl.class)
                        .getText())
                .contains("Dashed lines only link reports")
                .endsWith("Source: Synthetic example data.");
        robot.interact(() -> ((javafx.stage.Stage) exportedSubtitle.getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();

        // A file of one date shows its report by band, and says so; the choice comes back with the next file.
        robot.interact(() -> window.model().open(TestFiles.GENEVA.toAbsolutePath()));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.model().getDocument().file().troopReports().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        var overTime = robot.lookup("#over-time").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(overTime.isDisabled()).isTrue();
        assertThat(overTime.isSelected()).isFalse();
        assertThat(robot.lookup("#chart-bands")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected())
                .isTrue();
        assertThat(chart.trendLayout()).isEmpty();
        openExample(robot);
        assertThat(overTime.isSelected()).isTrue();
        assertThat(chart.trendLayout()).isPresent();

        // The keyboard chooses the mode too: Ctrl+1 is By band.
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT1)
                .release(javafx.scene.input.KeyCode.DIGIT1, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getMode()).isEqualTo(org.eventscope.chart.ChartMode.BANDS);
        assertThat(chart.trendLayout()).isEmpty();
    }

    @Test
    void aCancelPressedAfterTheReadingEndedButBeforeTheFileIsShownStillCancels(FxRobot robot) throws Exception {
        EventFile before = file();
        Path example = Path.of("data", "troop-reports-example.json").toAbsolutePath();
        robot.interact(() -> {
            window.model().open(example);
            var task = window.model().currentLoadProperty().get();
            // The JavaFX thread is held here: the reading ends, its hand-over waits for this thread.
            long t0 = System.nanoTime();
            while (!task.isDone() && System.nanoTime() - t0 < 20_000_000_000L) {
                Thread.onSpinWait();
            }
            assertThat(task.isDone()).isTrue();
            window.model().cancelLoading();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file()).isSameAs(before);
        assertThat(window.model().currentLoadProperty().get()).isNull();
        assertThat(robot.lookup("#status").queryAs(StatusBar.class).getText()).doesNotContain("Opening");
    }

    @Test
    void overTimeFitAllTakesInReportsFarFromTheEvents(FxRobot robot) throws Exception {
        Path far = TestFiles.write(dir, "far.json", """
                {"formatVersion": 1, "title": "Synthetic: reports far from the one event (not real figures)",
                 "displayZone": "UTC", "sources": [{"id": "s", "name": "Synthetic source"}],
                 "events": [{"id": "e", "title": "Synthetic event", "start": "2021-12-01", "sources": ["s"]}],
                 "troopReports": [
                   {"id": "early", "date": "2020-03", "reportedBy": "Synthetic A", "sources": ["s"],
                    "bands": [{"withinKm": 200, "troops": 1000}, {"withinKm": 400, "troops": 2000}]},
                   {"id": "late", "date": "2023-06", "reportedBy": "Synthetic B", "sources": ["s"],
                    "bands": [{"withinKm": 200, "troops": 1500}, {"withinKm": 400, "troops": 2500}]}]}
                """);
        TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.interact(() -> window.model().open(far));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> far.equals(window.model().getDocument().path()));
        WaitForAsyncUtils.waitForFxEvents();
        // The timeline fits its one event: no report is in view until the chart turns to Over time.
        assertThat(chart.reportsWithin(windowOf(timeline))).isFalse();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.trendLayout().orElseThrow().marks()).hasSize(4);
        assertSameWindow(chart.getTimeWindow(), windowOf(timeline));
        // Zoomed in on the event, Fit all (Ctrl+0) shows the reports again, with the event.
        robot.interact(() -> timeline.setScale(org.eventscope.timeline.TimeScale.fit(
                java.time.Instant.parse("2021-11-30T00:00:00Z").toEpochMilli(),
                java.time.Instant.parse("2021-12-03T00:00:00Z").toEpochMilli(),
                timeline.getWidth(),
                0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.trendLayout().orElseThrow().marks()).isEmpty();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT0)
                .release(javafx.scene.input.KeyCode.DIGIT0, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.trendLayout().orElseThrow().marks()).hasSize(4);
        assertThat(timeline.eventBounds(file().event("e").orElseThrow())).isPresent();
    }

    @Test
    void theChartsWarningsStayReadableInTheDarkTheme(FxRobot robot) throws Exception {
        TroopChart chart = robot.lookup("#chart").queryAs(TroopChart.class);
        assertThat(chart.getChartStyle().warning()).isEqualTo(ChartPainter.WARNING);
        robot.interact(() ->
                Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Color warning = chart.getChartStyle().warning();
            Color background = chart.getChartStyle().background();
            assertThat(background.getBrightness()).isLessThan(0.2);
            // WCAG contrast of at least 4.5:1 for the 12-pixel warning text.
            assertThat(contrast(warning, background)).isGreaterThan(4.5);
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        }
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
