package org.eventscope.app;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.eventscope.chart.TroopChart;
import org.eventscope.i18n.Messages;
import org.eventscope.io.SheetPreview;
import org.eventscope.model.EventFile;
import org.eventscope.model.Media;
import org.eventscope.timeline.TimelineView;
import org.jspecify.annotations.Nullable;

/**
 * The main window: menus and toolbar (made from one table of commands, {@link WindowMenus}), the
 * filter row and the timeline beside the troop chart, the details of the selected event, the
 * problems and a status bar. Builds the controls and wires them to a {@link DocumentModel}; what
 * it shows beyond the controls' own state comes from a {@link MainViewModel}.
 */
public final class MainWindow {

    /** Exported images are this many times the on-screen size. */
    public static final double EXPORT_SCALE = 2;

    private final Stage stage;
    private final DocumentModel model = new DocumentModel();
    private final MainViewModel view = new MainViewModel();
    private final TimelineView timeline = new TimelineView();
    private final TroopChart chart = new TroopChart();
    private final DetailsPane details;
    private final StatusBar statusBar = new StatusBar();
    private final ProblemsPane problems = new ProblemsPane();
    private final ZoneChooser zones = new ZoneChooser(this::currentFile);
    private final AppPreferences prefs;
    private final ThemeControl themes;
    private final Exports exports;
    private final WindowMenus commands;
    private final FilterBar filters;
    private final WindowState state;
    private final FileWatcher watcher = new FileWatcher(() -> reload(false));
    private final FileOpener files;
    private final TableOpener tables;
    private final EditCommands edit;
    private final DiskChangeBar diskBar = new DiskChangeBar();
    private final MediaLoader media = new MediaLoader();
    private @Nullable Runnable restart;
    /** The middle of the window; set once, in the constructor. */
    private Workspace workspace;

    /** A window that remembers nothing between runs. */
    public MainWindow(Stage stage, Consumer<String> openLink) {
        this(stage, openLink, AppPreferences.none());
    }

    /** A window that restores and saves its state in {@code prefs}. */
    public MainWindow(Stage stage, Consumer<String> openLink, AppPreferences prefs) {
        this.stage = stage;
        this.prefs = prefs;
        this.themes = new ThemeControl(prefs);
        this.files = new FileOpener(stage, this::openAsked);
        this.exports = new Exports(stage, model, timeline, chart, statusBar, files::lastFolder);
        // The credit exports print is the newsroom's, chosen at an export and kept for the next.
        chart.setCredit(prefs.credit());
        chart.creditProperty().addListener((o, was, now) -> prefs.setCredit(now));
        this.details = new DetailsPane(openLink);
        details.setMedia(media, this::documentFolder);
        timeline.setThumbnails(e -> {
            Media m = e.media();
            String where = m == null ? null : MediaLoader.where(m, documentFolder());
            return where == null ? null : media.picture(where);
        });
        this.edit = new EditCommands(stage, model, details, timeline, statusBar, files::lastFolder);
        this.tables = new TableOpener(stage, model, timeline, statusBar, files::lastFolder, prefs);
        details.readOnlyProperty().bind(tables.openProperty().isNotNull());
        this.commands = WindowMenus.of(this);
        this.filters = new FilterBar(commands.search().keys());
        // A table's events are searched by its engine, for the text typed in the search field.
        timeline.sourceSearchProperty().bind(filters.searchTextProperty());
        // A table's categories are the filter's while it is shown.
        tables.setOnShown(filters::reset);
        statusBar.setId("status");
        workspace = new Workspace(model, timeline, chart, details, filters, zones, commands.chartModeToggles());
        SplitPane mainSplit = workspace.main();
        state = new WindowState(prefs, stage, workspace, zones, chart);
        BorderPane root = new BorderPane(new VBox(diskBar, mainSplit, problems));
        VBox.setVgrow(mainSplit, Priority.ALWAYS);
        root.setTop(new VBox(
                commands.menuBar(
                        prefs::recentFiles,
                        this::openAsked,
                        themes.menuItems(),
                        WindowMenus.languageMenu(prefs.language(), this::chooseLanguage)),
                commands.toolBar(toolbarControls())));
        root.setBottom(statusBar);
        bind(workspace);
        // 1360×820 where it fits; on a smaller screen (a 1366×768 laptop) the screen's free area.
        Rectangle2D free = Screen.getPrimary().getVisualBounds();
        if (free.getWidth() < 720 || free.getHeight() < 480) {
            // Some window managers report no work area while they start: the whole screen then.
            free = Screen.getPrimary().getBounds();
        }
        Scene scene = new Scene(root, Math.min(1360, free.getWidth()), Math.min(820, free.getHeight()));
        scene.getStylesheets()
                .add(MainWindow.class.getResource("eventscope.css").toExternalForm());
        files.acceptDrops(scene);
        commands.installOtherKeys(scene);
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setTitle(Messages.get("app.title"));
        WindowState.loadIcons(stage);
        themes.watch(stage);
        state.restore();
        // Closing the window with unsaved changes asks first (the window's state is saved either way).
        stage.setOnCloseRequest(e -> {
            if (model.edits().isDirty()) {
                e.consume();
                edit.whenSafe(() -> {
                    savePreferences();
                    model.edits().closed();
                    stage.close();
                });
            } else {
                savePreferences();
                model.edits().closed();
            }
        });
        timeline.setOnCreate(edit::addEvent);
        // Insert adds an event wherever the keyboard is, the form's fields included (a text field
        // has no use for it, and would swallow it).
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.INSERT
                    && !e.isShortcutDown()
                    && !e.isShiftDown()
                    && !e.isAltDown()
                    && !model.edits().savingProperty().get()) {
                e.consume();
                edit.addEvent(null);
            }
        });
        timeline.setOnMove(edit::move);
    }

    /** Call once the stage is shown: it keeps the size the window was to open at. */
    public void shown() {
        state.shown();
    }

    /** "Times in" with its zone chooser: the toolbar's own controls. */
    private Node[] toolbarControls() {
        Label zoneLabel = new Label(Messages.get("toolbar.timesIn"));
        zoneLabel.setLabelFor(zones);
        return new Node[] {zoneLabel, zones};
    }

    private void bind(Workspace workspace) {
        model.documentProperty().addListener((o, old, now) -> {
            if (model.isShowingEdit()) {
                documentEdited(old, now);
            } else {
                workspace.documentOpened(now);
                documentOpened(now);
            }
        });
        model.edits().dirtyProperty().addListener(o -> showTitle());
        LoadProgress.show(model, statusBar);
        model.onLoadFailedProperty().set(failure -> {
            problems.showFailedLoad(failure, model.getDocument(), view.reloading());
            if (view.reloading()) {
                // A broken save while editing: say so in the panel, keep the last good version.
                statusBar.setText(view.reloadFailed(model.getDocument()));
                return;
            }
            ProblemsDialog.show(stage, failure, model.getDocument());
        });
    }

    private void documentOpened(Document now) {
        watcher.watch(now.path());
        if (now.path() != null) {
            prefs.opened(now.path());
        } else if (!model.isStandIn(now)) {
            // (A document closed to make room is still the file to open at the next start.)
            prefs.forgetLastFile();
        }
        showTitle();
        statusBar.setText(MainViewModel.statusText(now));
        problems.showDocument(now);
        MainViewModel.Reloaded reloaded = view.reloaded(now);
        if (reloaded != null) {
            timeline.setScale(reloaded.view());
            if (reloaded.selection() != null) {
                now.file().event(reloaded.selection()).ifPresent(model.selectedEventProperty()::set);
            }
            statusBar.setText(reloaded.status());
        }
    }

    /** The same document after an edit or a save: the view stays; the title, problems and watched file follow. */
    private void documentEdited(@Nullable Document old, Document now) {
        if (old == null || !java.util.Objects.equals(old.path(), now.path())) {
            watcher.watch(now.path());
            if (now.path() != null) {
                prefs.opened(now.path());
                files.opening(now.path());
            }
        }
        showTitle();
        problems.showDocument(now);
        // What the file holds changed: the status says so (a save's or a move's message stays otherwise).
        if (old != null
                && (old.file().events().size() != now.file().events().size()
                        || old.file().troopReports().size()
                                != now.file().troopReports().size()
                        || old.file().sources().size() != now.file().sources().size())) {
            statusBar.setText(MainViewModel.statusText(now));
        }
    }

    private void showTitle() {
        stage.setTitle(
                MainViewModel.windowTitle(model.getDocument(), model.edits().isDirty()));
    }

    /** The open document's folder, where its pictures' paths are read; {@code null} before it is saved. */
    private @Nullable Path documentFolder() {
        Document d = model.getDocument();
        Path p = d == null ? null : d.path();
        return p == null ? null : p.toAbsolutePath().getParent();
    }

    /** Quits, after asking about unsaved changes. */
    void quit() {
        edit.whenSafe(() -> {
            savePreferences();
            model.edits().closed();
            Platform.exit();
        });
    }

    /**
     * Offers to restore the unsaved edits of a window that did not close (a crash, a power cut),
     * the newest first; true when the user chose to restore them.
     */
    @CanIgnoreReturnValue
    public boolean offerRecovery() {
        List<Recovery.Found> left = model.edits().recovery().left();
        if (left.isEmpty()) {
            return false;
        }
        Recovery.Found found = left.get(0);
        javafx.scene.control.ButtonType restore = new javafx.scene.control.ButtonType(
                Messages.get("recovery.restore"), javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType(
                Messages.get("recovery.discard"), javafx.scene.control.ButtonBar.ButtonData.NO);
        javafx.scene.control.ButtonType later = new javafx.scene.control.ButtonType(
                Messages.get("recovery.later"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(Messages.locale())
                .format(found.time().atZone(java.time.ZoneId.systemDefault()));
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION,
                Messages.get(
                        "recovery.text",
                        found.original() == null
                                ? Messages.get("recovery.neverSaved")
                                : found.original().toString(),
                        when),
                restore,
                discard,
                later);
        ask.initOwner(stage);
        ask.setTitle(Messages.get("recovery.title"));
        ask.setHeaderText(Messages.get("recovery.header", found.name()));
        ask.getDialogPane().setId("recovery-dialog");
        javafx.scene.control.ButtonType answer = ask.showAndWait().orElse(later);
        if (answer == discard) {
            Recovery.remove(found);
        } else if (answer == restore) {
            Task<?> task = model.openRecovered(found.journal(), found.original(), found.name());
            task.setOnSucceeded(
                    task.getOnSucceeded() == null
                            ? null
                            : chain(task.getOnSucceeded(), () -> {
                                // This window journals the restored edits before the old journal goes.
                                model.edits().journal();
                                Recovery.remove(found);
                            }));
            return true;
        }
        return false;
    }

    private static javafx.event.EventHandler<javafx.concurrent.WorkerStateEvent> chain(
            javafx.event.EventHandler<javafx.concurrent.WorkerStateEvent> first, Runnable then) {
        return e -> {
            first.handle(e);
            then.run();
        };
    }

    /**
     * Asks where to write the open document's data (a sheet in TimelineJS's template, CSV or XLSX,
     * or TimelineJS 3 JSON, by the name's ending) and writes it off the FX thread, whole or not
     * at all; the status bar says where, or why not.
     */
    void exportData() {
        Document d = model.getDocument();
        if (d == null) {
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Messages.get("exportData.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new javafx.stage.FileChooser.ExtensionFilter(Messages.get("exportData.csv"), "*.csv"),
                        new javafx.stage.FileChooser.ExtensionFilter(Messages.get("exportData.xlsx"), "*.xlsx"),
                        new javafx.stage.FileChooser.ExtensionFilter(Messages.get("exportData.json"), "*.json"));
        String stem = d.name().replaceFirst("\\.[^.]*$", "");
        chooser.setInitialFileName(stem + ".csv");
        if (files.lastFolder() != null && files.lastFolder().isDirectory()) {
            chooser.setInitialDirectory(files.lastFolder());
        }
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            exportData(d.file(), chosen.toPath());
        }
    }

    /** Writes {@code file}'s data to {@code target} (replacing it: the chooser asked) in the background. */
    void exportData(org.eventscope.model.EventFile file, Path target) {
        org.eventscope.io.DataExport.Form form =
                org.eventscope.io.DataExport.Form.of(String.valueOf(target.getFileName()));
        if (form == null) {
            statusBar.setText(
                    Messages.get("exportData.badName", org.eventscope.io.Printable.escape(target.toString())));
            return;
        }
        statusBar.setText(Messages.get("exportData.writing", org.eventscope.io.Printable.escape(target.toString())));
        Thread t = new Thread(
                () -> {
                    String done;
                    try {
                        org.eventscope.export.AtomicFile.write(
                                target, true, o -> org.eventscope.io.DataExport.write(file, form, o));
                        int zoned = org.eventscope.io.DataExport.zonedTimes(file);
                        done = Messages.get(
                                        "exportData.done",
                                        String.valueOf(file.events().size()),
                                        org.eventscope.io.Printable.escape(target.toString()))
                                + (zoned > 0 ? " " + Messages.get("exportData.zoned", String.valueOf(zoned)) : "");
                    } catch (java.io.IOException e) {
                        done = Messages.get(
                                "exportData.failed",
                                org.eventscope.io.Printable.escape(target.toString()),
                                org.eventscope.io.Printable.escape(String.valueOf(e.getMessage())));
                    }
                    String message = done;
                    javafx.application.Platform.runLater(() -> statusBar.setText(message));
                },
                "eventscope-export-data");
        t.setDaemon(true);
        t.start();
    }

    /** Opens a file the user asked for, after asking about unsaved changes. */
    void openAsked(Path path) {
        edit.whenSafe(() -> openFile(path));
    }

    /**
     * Opens a file in the background; a spreadsheet first shows its preview and, when its layout
     * is not one Eventscope knows or it does not read as UTF-8, asks how to read it
     * ({@link SheetImportDialog}).
     */
    public void openFile(Path path) {
        if (isTable(path)) {
            files.opening(path);
            tables.open(path, null);
            return;
        }
        if (isSheet(path)) {
            files.opening(path);
            SheetImportDialog.open(stage, path, prefs, options -> model.open(path, options));
        } else {
            open(path);
        }
    }

    /**
     * Whether {@link #openFile} reads {@code path} straight into a document (an event file, a
     * TimelineJS file), neither asking how first (a spreadsheet) nor opening it apart (a table).
     */
    static boolean readsStraight(Path path) {
        return !isTable(path) && !isSheet(path);
    }

    private static boolean isTable(Path path) {
        String name = String.valueOf(path.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".parquet") || name.endsWith(".parq");
    }

    private static boolean isSheet(Path path) {
        return SheetPreview.isSheet(String.valueOf(path.getFileName())) && Files.isRegularFile(path);
    }

    /** What the editing commands do. */
    EditCommands editCommands() {
        return edit;
    }

    private @Nullable EventFile currentFile() {
        Document d = model.getDocument();
        return d == null ? null : d.file();
    }

    /** Remembers the window's state for the next run. */
    public void savePreferences() {
        state.save();
    }

    /** Puts the keyboard in the search field (Ctrl+F). */
    public void focusSearch() {
        filters.focusSearch();
    }

    /** Remembers the interface's language and offers to restart ({@link LanguageChoice}). */
    Alert chooseLanguage(String tag) {
        return LanguageChoice.choose(stage, prefs, tag, this::savePreferences, restart);
    }

    /** Shows {@code text} in the status bar. */
    public void showStatus(String text) {
        statusBar.setText(text);
    }

    /** What "Restart now" does after the window's state is saved; {@code null} offers no restart. */
    public void setRestart(@Nullable Runnable restart) {
        this.restart = restart;
    }

    /** Switches every window to {@code theme} and remembers it; {@code null} follows the system. */
    public void setTheme(Theme theme) {
        themes.choose(theme);
    }

    /** The window's theme control (to follow a system of the tests' making). */
    ThemeControl themes() {
        return themes;
    }

    /** The window's commands (menus, toolbar and keyboard help are made from them). */
    WindowMenus commandTable() {
        return commands;
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
        reload(true);
    }

    /**
     * As {@link #reload()}; {@code asked} is false when the file's watcher asks, which does not
     * ask again about a version on disk the user already chose to keep their edits over.
     */
    private void reload(boolean asked) {
        Document open = model.getDocument();
        Path from = open == null ? null : open.path();
        if (model.edits().isOwnWrite(from)) {
            return; // this window's own save
        }
        if (from != null && model.edits().isDirty()) {
            // Unsaved edits are never replaced silently: the bar asks, once for each version on disk.
            String onDisk = diskState(from);
            if (!asked && onDisk != null && onDisk.equals(keptOver)) {
                return;
            }
            diskBar.show(from, model.getDocument(), this::reloadDiscarding, () -> keptOver = diskState(from));
            return;
        }
        reloadDiscarding();
    }

    /** The version of the file on disk whose change the user answered with Keep mine, or {@code null}. */
    private @Nullable String keptOver;

    /** Which version of {@code file} is on disk, as far as its size and time of change tell; {@code null} when unknown. */
    private static @Nullable String diskState(Path file) {
        try {
            return java.nio.file.Files.size(file) + "@"
                    + java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Reads the open file again, throwing unsaved edits away. */
    private void reloadDiscarding() {
        diskBar.hide();
        Document open = model.getDocument();
        Path from = open == null ? null : open.path();
        if (from != null
                && model.currentLoadProperty().get() == null
                && view.beginReload(
                        model.getDocument(),
                        model.getSelectedEvent() == null
                                ? null
                                : model.getSelectedEvent().id(),
                        timeline.getScale())) {
            model.reopen(from);
        }
    }

    /** Opens a file in the background; on failure the open document stays. */
    @CanIgnoreReturnValue
    public Task<?> open(Path path) {
        files.opening(path);
        return model.open(path);
    }

    @CanIgnoreReturnValue
    public Task<?> openBundled() {
        return model.openBundled();
    }

    /** Data tables: File ▸ Open data table…, and the table shown. */
    TableOpener tables() {
        return tables;
    }

    /** How files are opened: the chooser, drops, the last folder. */
    FileOpener files() {
        return files;
    }

    /** The window's exports: the dialog, the chart at twice its size, the clipboard ({@link Exports}). */
    /** Shows every event, and over time every troop report too (View ▸ Fit all). */
    void fitAll() {
        workspace.fitAll();
    }

    Exports exports() {
        return exports;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public TroopChart chart() {
        return chart;
    }
}
