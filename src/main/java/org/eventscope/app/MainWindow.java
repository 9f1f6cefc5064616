package org.eventscope.app;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.StatusBar;
import org.eventscope.io.Problem;
import org.eventscope.chart.ChartContent;
import org.eventscope.chart.TroopChart;
import org.eventscope.export.Picture;
import org.eventscope.timeline.TimeScale;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Category;
import org.eventscope.model.EventFile;
import org.eventscope.model.EventFilter;
import org.eventscope.timeline.TimelineView;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The main window: menus and toolbar, the timeline beside the troop chart, the details of the
 * selected event, and a status bar. Builds the controls and wires them to a {@link DocumentModel}.
 */
public final class MainWindow {

    /** Exported images are this many times the on-screen size. */
    public static final double EXPORT_SCALE = 2;

    private final Stage stage;
    private final DocumentModel model = new DocumentModel();
    private final TimelineView timeline = new TimelineView();
    private final TroopChart chart = new TroopChart();
    private final DetailsPane details;
    private final StatusBar statusBar = new StatusBar();
    private final BorderPane root = new BorderPane();
    private final ProblemsPane problems = new ProblemsPane();
    private final TextField search = new TextField();
    private final CheckComboBox<Category> categories = new CheckComboBox<>();
    private final ToggleButton hideOthers = new ToggleButton(Messages.get("filter.hideOthers"));
    private final Label matchCount = new Label();
    private final ToggleButton rings = new ToggleButton(Messages.get("toolbar.rings"));
    private final ComboBox<ZoneChoice> zones = new ComboBox<>(FXCollections.observableArrayList(ZoneChoice.values()));
    private final AppPreferences prefs;
    private final ThemeControl themes;
    private final Exports exports;
    private final Menu recent = new Menu(Messages.get("menu.recent"));
    private SplitPane mainSplit;
    private final FileWatcher watcher = new FileWatcher(this::reload);
    /** The document being reloaded from disk, while that load runs, with its selection and view. */
    private Document reloading;
    private String reloadSelection;
    private TimeScale reloadView;
    private SplitPane rightSplit;
    private File lastFolder;
    private Runnable restart;

    /** A window that remembers nothing between runs. */
    public MainWindow(Stage stage, Consumer<String> openLink) {
        this(stage, openLink, AppPreferences.none());
    }

    /** A window that restores and saves its state in {@code prefs}. */
    public MainWindow(Stage stage, Consumer<String> openLink, AppPreferences prefs) {
        this.stage = stage;
        this.prefs = prefs;
        this.themes = new ThemeControl(prefs);
        this.exports = new Exports(stage, model, timeline, chart, statusBar, () -> lastFolder);
        this.details = new DetailsPane(openLink);
        timeline.setId("timeline");
        chart.setId("chart");
        details.setId("details");
        statusBar.setId("status");

        SplitPane right = new SplitPane(chart, details);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(prefs.divider("right", 0.62));
        rightSplit = right;
        VBox left = new VBox(filterBar(), timeline);
        VBox.setVgrow(timeline, javafx.scene.layout.Priority.ALWAYS);
        SplitPane main = new SplitPane(left, right);
        main.setId("main-split");
        main.setDividerPositions(prefs.divider("main", 0.6));
        mainSplit = main;
        root.setTop(new VBox(menuBar(), toolBar()));
        VBox center = new VBox(main, problems);
        VBox.setVgrow(main, javafx.scene.layout.Priority.ALWAYS);
        root.setCenter(center);
        root.setBottom(statusBar);

        bind();
        // 1360×820 where it fits; on a smaller screen (a 1366×768 laptop) the screen's free area.
        javafx.geometry.Rectangle2D free = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, free.getWidth()), Math.min(820, free.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("eventscope.css").toExternalForm());
        enableDrop(scene);
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setTitle(Messages.get("app.title"));
        loadIcons();
        themes.watch(stage);
        restoreWindow();
    }

    /**
     * Decodes the window icons off the FX thread (they cost it tens of milliseconds at start)
     * and sets them when ready; the window manager picks the size it needs.
     */
    private void loadIcons() {
        Thread loader = new Thread(() -> {
            List<javafx.scene.image.Image> icons = new ArrayList<>();
            for (int size : new int[]{16, 24, 32, 48, 64, 128, 256}) {
                var icon = MainWindow.class.getResource("/org/eventscope/icons/eventscope-" + size + ".png");
                if (icon != null) {
                    icons.add(new javafx.scene.image.Image(icon.toExternalForm()));
                }
            }
            javafx.application.Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "window-icons");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
    }

    private void restoreWindow() {
        prefs.windowBounds().ifPresent(b -> {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
        });
        stage.setMaximized(prefs.maximized());
        zones.setValue(prefs.zoneChoice());
        stage.setOnCloseRequest(e -> savePreferences());
    }

    /** Remembers the window's state for the next run. */
    public void savePreferences() {
        if (!stage.isMaximized() && stage.getWidth() > 0) {
            prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        prefs.setMaximized(stage.isMaximized());
        prefs.setDivider("main", mainSplit.getDividerPositions()[0]);
        prefs.setDivider("right", rightSplit.getDividerPositions()[0]);
        prefs.setZoneChoice(zones.getValue() == null ? ZoneChoice.FILE : zones.getValue());
        prefs.flush();
    }

    private void bind() {
        timeline.indexProperty().bind(Bindings.createObjectBinding(
                () -> model.getDocument() == null ? null : model.getDocument().index(), model.documentProperty()));
        timeline.eventFileProperty().bind(Bindings.createObjectBinding(this::currentFile, model.documentProperty()));
        chart.eventFileProperty().bind(timeline.eventFileProperty());
        timeline.selectedEventProperty().bindBidirectional(model.selectedEventProperty());
        chart.highlightedReportProperty().bind(Bindings.createObjectBinding(
                () -> currentFile() == null ? null : currentFile().reportOf(model.getSelectedEvent()).orElse(null),
                model.selectedEventProperty(), model.documentProperty()));
        chart.ringsProperty().bind(rings.selectedProperty());
        chart.setOnReportClicked(model::selectReport);
        timeline.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && model.getSelectedEvent() != null) {
                details.requestFocus();
                e.consume();
            }
        });
        zones.setId("zone-choice");
        zones.setValue(ZoneChoice.FILE);
        zones.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.timesIn.tip")));
        zones.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ZoneChoice choice) {
                return choice == null ? "" : choice.label(currentFile());
            }

            @Override
            public ZoneChoice fromString(String text) {
                return null;
            }
        });
        timeline.displayZoneProperty().bind(Bindings.createObjectBinding(
                () -> currentFile() == null ? null : zones.getValue().axisZone(currentFile()),
                zones.valueProperty(), model.documentProperty()));
        zones.valueProperty().addListener(o -> showDetails());
        model.selectedEventProperty().addListener(o -> showDetails());
        model.documentProperty().addListener((o, old, now) -> watcher.watch(now.path()));
        model.documentProperty().addListener((o, old, now) -> {
            if (now.path() != null) {
                prefs.opened(now.path());
            } else {
                prefs.forgetLastFile();
            }
            details.show(null, null);
            resetFilter(now == null ? null : now.file());
            // The chooser names the file's zone: show the new file's.
            ZoneChoice choice = zones.getValue();
            zones.setValue(null);
            zones.setValue(choice);
            stage.setTitle(now.file().title() + " — " + Messages.get("app.title"));
            timeline.requestFocus();
            statusBar.setText(statusText());
            if (reloading != null && now.path() != null && now.path().equals(reloading.path())) {
                finishReload(now);
            }
        });
        model.currentLoadProperty().addListener((o, old, task) -> showLoad(task));
        model.documentProperty().addListener((o, old, now) -> problems.showDocument(now));
        model.onLoadFailedProperty().set(list -> {
            problems.showFailedLoad(list, model.getDocument());
            if (reloading != null) {
                // A broken save while editing: say so in the panel, keep the last good version.
                reloading = null;
                statusBar.setText(Messages.get("status.brokenReload", model.getDocument().name()));
                return;
            }
            ProblemsDialog.show(stage, list, model.getDocument() == null ? null : model.getDocument().name());
        });
    }

    /** While a file loads, the status bar shows its progress and a Cancel button. */
    private void showLoad(Task<?> task) {
        statusBar.progressProperty().unbind();
        statusBar.getRightItems().clear();
        if (task == null) {
            statusBar.setProgress(0);
            statusBar.setText(statusText());
            return;
        }
        statusBar.progressProperty().bind(task.progressProperty());
        statusBar.setText(task.getTitle());
        Button cancel = new Button(Messages.get("status.cancel"));
        cancel.setId("cancel-load");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> model.cancelLoading());
        statusBar.getRightItems().add(cancel);
    }

    private void showDetails() {
        details.show(model.getSelectedEvent(), currentFile(), zones.getValue());
    }

    private EventFile currentFile() {
        Document d = model.getDocument();
        return d == null ? null : d.file();
    }

    private String statusText() {
        Document d = model.getDocument();
        if (d == null) {
            return Messages.get("status.noFile");
        }
        EventFile f = d.file();
        String text = d.name() + " — " + Messages.count(f.events().size(), "count.event") + ", "
                + Messages.count(f.troopReports().size(), "count.report") + ", "
                + Messages.count(f.sources().size(), "count.source");
        if (!d.warnings().isEmpty()) {
            text += " — " + Messages.count(Problem.count(d.warnings(), Problem.Severity.WARNING), "count.warning");
        }
        return text;
    }

    private MenuBar menuBar() {
        MenuItem open = item(Messages.get("menu.open"), new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseAndOpen);
        open.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FOLDER_OPEN));
        MenuItem export = item(Messages.get("menu.exportChart"), new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> exports.showDialog(Picture.Kind.CHART));
        export.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignE.EXPORT));
        export.disableProperty().bind(chart.hasReportsBinding().not());
        MenuItem exportTimeline = item(Messages.get("menu.exportTimeline"), new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> exports.showDialog(Picture.Kind.TIMELINE));
        exportTimeline.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignT.TIMELINE_TEXT_OUTLINE));
        exportTimeline.disableProperty().bind(model.documentProperty().isNull());
        MenuItem copy = item(Messages.get("menu.copyChart"), new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), exports::copyChart);
        copy.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignC.CONTENT_COPY));
        copy.disableProperty().bind(chart.hasReportsBinding().not());
        MenuItem quit = item(Messages.get("menu.quit"), new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            savePreferences();
            Platform.exit();
        });
        MenuItem reloadItem = item(Messages.get("menu.reload"), new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::reload);
        reloadItem.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignR.RELOAD));
        reloadItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.getDocument() == null || model.getDocument().path() == null, model.documentProperty()));
        recent.setOnShowing(e -> fillRecent());
        recent.getItems().add(new MenuItem(Messages.get("menu.recent.none")));
        Menu file = new Menu(Messages.get("menu.file"), null, open, recent, reloadItem, new SeparatorMenuItem(), export, exportTimeline, copy,
                new SeparatorMenuItem(), quit);

        MenuItem fit = item(Messages.get("menu.fit"), new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), timeline::fitAll);
        fit.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ARROW_EXPAND_HORIZONTAL));
        MenuItem zoomIn = item(Messages.get("menu.zoomIn"), new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                () -> timeline.zoom(1.5));
        MenuItem zoomOut = item(Messages.get("menu.zoomOut"), new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                () -> timeline.zoom(1 / 1.5));
        MenuItem find = item(Messages.get("menu.search"), new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        find.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignM.MAGNIFY));
        Menu view = new Menu(Messages.get("menu.view"), null, fit, zoomIn, zoomOut, new SeparatorMenuItem(), find,
                new SeparatorMenuItem());
        view.getItems().addAll(themes.menuItems());
        view.getItems().addAll(new SeparatorMenuItem(), languageMenu());

        MenuItem keys = item(Messages.get("menu.keys"), new KeyCodeCombination(KeyCode.F1), this::showKeys);
        keys.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignK.KEYBOARD_OUTLINE));
        MenuItem about = item(Messages.get("menu.about"), null, () -> AboutDialog.show(stage));
        about.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignI.INFORMATION_OUTLINE));
        Menu help = new Menu(Messages.get("menu.help"), null, keys, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar() {
        Button open = button(Messages.get("toolbar.open"), Messages.get("toolbar.open.tip"), this::chooseAndOpen,
                org.kordamp.ikonli.materialdesign2.MaterialDesignF.FOLDER_OPEN);
        Button export = button(Messages.get("toolbar.export"), Messages.get("toolbar.export.tip"),
                () -> exports.showDialog(Picture.Kind.CHART), org.kordamp.ikonli.materialdesign2.MaterialDesignE.EXPORT);
        export.disableProperty().bind(model.documentProperty().isNull());
        rings.setId("rings");
        rings.setTooltip(new javafx.scene.control.Tooltip(
                Messages.get("toolbar.rings.tip")));
        rings.disableProperty().bind(chart.hasReportsBinding().not());
        Button reload = button(Messages.get("toolbar.reload"), Messages.get("toolbar.reload.tip"), this::reload,
                org.kordamp.ikonli.materialdesign2.MaterialDesignR.RELOAD);
        reload.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.getDocument() == null || model.getDocument().path() == null, model.documentProperty()));
        Button fit = button(Messages.get("toolbar.fit"), Messages.get("toolbar.fit.tip"), timeline::fitAll,
                org.kordamp.ikonli.materialdesign2.MaterialDesignA.ARROW_EXPAND_HORIZONTAL);
        Button zoomIn = button(Messages.get("toolbar.zoomIn"), Messages.get("toolbar.zoomIn.tip"), () -> timeline.zoom(1.5),
                org.kordamp.ikonli.materialdesign2.MaterialDesignM.MAGNIFY_PLUS_OUTLINE);
        Button zoomOut = button(Messages.get("toolbar.zoomOut"), Messages.get("toolbar.zoomOut.tip"), () -> timeline.zoom(1 / 1.5),
                org.kordamp.ikonli.materialdesign2.MaterialDesignM.MAGNIFY_MINUS_OUTLINE);
        rings.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignT.TARGET));
        Label zoneLabel = new Label(Messages.get("toolbar.timesIn"));
        zoneLabel.setLabelFor(zones);
        return new ToolBar(open, reload, export, new Separator(), fit, zoomIn, zoomOut, new Separator(), zoneLabel, zones,
                new Separator(), rings);
    }

    /** Search and category filter above the timeline. */
    private HBox filterBar() {
        search.setId("search");
        search.setPromptText(Messages.get("filter.search"));
        search.setPrefColumnCount(14);
        search.setMinWidth(120);
        HBox.setHgrow(search, javafx.scene.layout.Priority.SOMETIMES);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                timeline.requestFocus();
            } else if (e.getCode() == KeyCode.ENTER) {
                timeline.requestFocus();
            }
        });
        categories.setId("category-filter");
        categories.setTitle(Messages.get("filter.categories"));
        categories.setShowCheckedCount(true);
        categories.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Category c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Category fromString(String s) {
                return null;
            }
        });
        hideOthers.setId("hide-others");
        hideOthers.setTooltip(new javafx.scene.control.Tooltip(Messages.get("filter.hideOthers.tip")));
        timeline.hideUnmatchedProperty().bind(hideOthers.selectedProperty());
        matchCount.setId("match-count");
        matchCount.getStyleClass().add("text-muted");
        search.textProperty().addListener(o -> applyFilter());
        categories.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Category>) c -> applyFilter());
        timeline.matchCountProperty().addListener(o -> showMatchCount());
        hideOthers.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        matchCount.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        categories.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, search, categories, hideOthers, matchCount);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(6, 8, 6, 8));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void applyFilter() {
        EventFile file = currentFile();
        java.util.Set<String> chosen = null;
        if (file != null && !file.categories().isEmpty()
                && categories.getCheckModel().getCheckedItems().size() < categories.getItems().size()) {
            chosen = new java.util.HashSet<>();
            for (Category c : categories.getCheckModel().getCheckedItems()) {
                chosen.add(c.id());
            }
            chosen.add(""); // events without a category are not filtered out by category
        }
        EventFilter filter = new EventFilter(search.getText(), chosen);
        timeline.setFilter(filter.isEmpty() ? null : filter);
        showMatchCount();
    }

    private void showMatchCount() {
        EventFile file = currentFile();
        if (file == null || timeline.getFilter() == null) {
            matchCount.setText("");
            return;
        }
        matchCount.setText(Messages.get("filter.matches", java.text.NumberFormat.getIntegerInstance(Messages.locale())
                .format(timeline.getMatchCount()), Messages.count(file.events().size(), "count.event")));
    }

    /** A new document: its categories, all checked; the search stays. */
    private void resetFilter(EventFile file) {
        categories.getCheckModel().clearChecks();
        categories.getItems().setAll(file == null ? java.util.List.of() : file.categories());
        categories.getCheckModel().checkAll();
        categories.setDisable(categories.getItems().isEmpty());
        applyFilter();
    }

    /** Puts the keyboard in the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The interface language: as the system, English or Ukrainian; it applies after a restart. */
    private Menu languageMenu() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        Menu menu = new Menu(Messages.get("menu.language"));
        String[][] choices = {{"", Messages.get("menu.language.system")}, {"en", "English"}, {"uk", "Українська"}};
        for (String[] choice : choices) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(choice[1]);
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(prefs.language().equals(choice[0]));
            item.setOnAction(e -> chooseLanguage(choice[0], choice[1]));
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * Remembers the language {@code tag} ("" for the system's) and says it takes effect after a
     * restart, offering to restart now where the window knows how.
     */
    javafx.scene.control.Alert chooseLanguage(String tag, String name) {
        prefs.setLanguage(tag);
        prefs.flush();
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.INFORMATION, Messages.get("menu.language.restart", name));
        alert.initOwner(stage);
        alert.setHeaderText(null);
        if (restart != null) {
            javafx.scene.control.ButtonType now = new javafx.scene.control.ButtonType(
                    Messages.get("menu.language.restartNow"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.ButtonType later = new javafx.scene.control.ButtonType(
                    Messages.get("menu.language.later"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
            alert.getButtonTypes().setAll(later, now);
            alert.setOnHidden(e -> {
                if (alert.getResult() == now) {
                    savePreferences();
                    restart.run();
                }
            });
        }
        alert.show();
        return alert;
    }

    /** Shows {@code text} in the status bar. */
    public void showStatus(String text) {
        statusBar.setText(text);
    }

    /** What "Restart now" does after the window's state is saved; {@code null} offers no restart. */
    public void setRestart(Runnable restart) {
        this.restart = restart;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : prefs.recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    /** Switches every window to {@code theme} and remembers it; {@code null} follows the system. */
    public void setTheme(Theme theme) {
        themes.choose(theme);
    }

    /** The window's theme control (to follow a system of the tests' making). */
    ThemeControl themes() {
        return themes;
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String text, String tip, Runnable action) {
        return button(text, tip, action, null);
    }

    private static Button button(String text, String tip, Runnable action, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(text);
        if (icon != null) {
            b.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(icon));
        }
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void enableDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    public DocumentModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Reads the open file again after it changed on disk, keeping the selection and the view, and
     * says what changed.
     */
    void reload() {
        Document d = model.getDocument();
        if (d == null || d.path() == null || model.currentLoadProperty().get() != null) {
            return;
        }
        reloading = d;
        reloadSelection = model.getSelectedEvent() == null ? null : model.getSelectedEvent().id();
        reloadView = timeline.getScale();
        model.open(d.path());
    }

    /** After a reload: the same event selected, the same view, and what changed. */
    private void finishReload(Document now) {
        Document before = reloading;
        reloading = null;
        timeline.setScale(reloadView);
        if (reloadSelection != null) {
            now.file().event(reloadSelection).ifPresent(model.selectedEventProperty()::set);
        }
        statusBar.setText(Messages.get("status.reloaded", now.name(), Changes.between(before.file(), now.file()).describe()));
    }

    /** Opens a file in the background; on failure the open document stays. */
    public Task<?> open(Path path) {
        if (path.getParent() != null) {
            lastFolder = path.toAbsolutePath().getParent().toFile();
        }
        return model.open(path);
    }

    public Task<?> openBundled() {
        return model.openBundled();
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("open.filter.json"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("open.filter.all"), "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Exports the chart to {@code target} at twice its on-screen size (PNG) or as SVG; see {@link Exports}. */
    public Task<Path> exportChart(Path target) {
        return exports.exportChart(target);
    }

    Task<Path> exportPicture(Path target, Picture picture, boolean svg, double scale) {
        return exports.exportPicture(target, picture, svg, scale, false);
    }

    /** As the export dialog writes after the system's save dialog, which asked about replacing. */
    Task<Path> exportPictureAgreed(Path target, Picture picture, boolean svg, double scale) {
        return exports.exportPicture(target, picture, svg, scale, true);
    }

    /** Puts the chart on the clipboard. */
    public void copyChart() {
        exports.copyChart();
    }

    /** Replaces how the user is asked before a file is overwritten (for tests and scripting). */
    void setConfirmOverwrite(Predicate<Path> confirm) {
        exports.setConfirmOverwrite(confirm);
    }

    /** Replaces how exports learn the free heap, in bytes (for tests). */
    void setAvailableMemory(java.util.function.LongSupplier available) {
        exports.setAvailableMemory(available);
    }

    private void showKeys() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("keys.title"));
        alert.setHeaderText(Messages.get("keys.title"));
        alert.setContentText(Messages.get("keys.text"));
        alert.show();
    }

    public TimelineView timeline() {
        return timeline;
    }

    public TroopChart chart() {
        return chart;
    }
}
