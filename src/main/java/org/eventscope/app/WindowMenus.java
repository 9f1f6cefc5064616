package org.eventscope.app;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.eventscope.chart.ChartMode;
import org.eventscope.chart.TroopChart;
import org.eventscope.export.Picture;
import org.eventscope.i18n.Messages;
import org.eventscope.timeline.TimelineView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The window's commands in one table, and the menu bar, toolbar and keyboard help made from it.
 * A new command is one entry here (and its handler in the window).
 *
 * @param open           open a file
 * @param importSheet    bring a spreadsheet (or a TimelineJS file) in as a new document
 * @param openTable      show a data table too big for memory (Parquet, CSV) on the timeline
 * @param tableEngine    where data tables are read: DuckDB here, or Spark
 * @param reload         read the open file again
 * @param exportChart    the export dialog, on the chart
 * @param exportTimeline the export dialog, on the timeline
 * @param copyChart      the chart to the clipboard
 * @param copyCitation   the selected event's title, time and sources to the clipboard, as text and HTML
 * @param exportReport   the chart, the timeline's window and every event it shows, as one PDF
 * @param exportData     the document's data as a TimelineJS sheet (CSV, XLSX) or TimelineJS JSON
 * @param print          the chart, the timeline's window or both on a sheet of paper, previewed first
 * @param quit           save the window's state and quit (asking about unsaved changes)
 * @param newFile        a new, empty event file
 * @param save           save the open file
 * @param saveAs         save it under another name
 * @param revert         throw unsaved changes away
 * @param undo           undo the last change (named in the menu)
 * @param redo           redo what was undone
 * @param addEvent       a new event, edited at once
 * @param editEvent      the selected event as a form
 * @param duplicate      a copy of the selected event
 * @param delete         delete the selected event
 * @param report         the troop report the selected event carries
 * @param fileDetails    the file's title, zone, sources, categories and eras
 * @param fit            show every event
 * @param zoomIn         zoom the timeline in
 * @param zoomOut        zoom the timeline out
 * @param search         the keyboard to the search field
 * @param keys           this help
 * @param about          the About dialog
 */
record WindowMenus(
        WindowCommand open,
        WindowCommand importSheet,
        WindowCommand openTable,
        WindowCommand tableEngine,
        WindowCommand reload,
        WindowCommand exportChart,
        WindowCommand exportTimeline,
        WindowCommand copyChart,
        WindowCommand copyCitation,
        WindowCommand exportReport,
        WindowCommand exportData,
        WindowCommand print,
        WindowCommand quit,
        WindowCommand newFile,
        WindowCommand save,
        WindowCommand saveAs,
        WindowCommand revert,
        WindowCommand undo,
        WindowCommand redo,
        WindowCommand addEvent,
        WindowCommand editEvent,
        WindowCommand duplicate,
        WindowCommand delete,
        WindowCommand report,
        WindowCommand fileDetails,
        WindowCommand fit,
        WindowCommand zoomIn,
        WindowCommand zoomOut,
        WindowCommand search,
        WindowCommand chartBands,
        WindowCommand chartRings,
        WindowCommand chartOverTime,
        WindowCommand keys,
        WindowCommand about) {

    /** The window's commands, each defined once: what they are called, their icons and keys, when they are disabled, what they do. */
    static WindowMenus of(MainWindow w) {
        DocumentModel model = w.model();
        TroopChart chart = w.chart();
        TimelineView timeline = w.timeline();
        Exports exports = w.exports();
        // While a data table is shown, the document behind it is out of reach: it is neither exported nor edited.
        BooleanBinding noDocument = Bindings.createBooleanBinding(
                () -> model.getDocument() == null
                        || model.isStandIn(model.getDocument())
                        || w.tables().openProperty().get() != null,
                model.documentProperty(),
                w.tables().openProperty());
        BooleanBinding noReports = chart.hasReportsBinding().not();
        BooleanBinding notFromFile = Bindings.createBooleanBinding(
                () -> model.getDocument() == null
                        || model.getDocument().path() == null
                        || w.tables().openProperty().get() != null,
                model.documentProperty(),
                w.tables().openProperty());
        EditCommands edit = w.editCommands();
        DocumentEdits edits = model.edits();
        BooleanBinding busy = noDocument.or(edits.savingProperty());
        BooleanBinding noSelection = model.selectedEventProperty().isNull().or(busy);
        return new WindowMenus(
                WindowCommand.of("menu.open", w.files()::choose)
                        .icon(MaterialDesignF.FOLDER_OPEN)
                        .keys(new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN))
                        .button("toolbar.open", "toolbar.open.tip"),
                WindowCommand.of("menu.import", w.files()::chooseImport)
                        .icon(MaterialDesignT.TABLE_ARROW_RIGHT)
                        .keys(new KeyCodeCombination(KeyCode.I, SHORTCUT_DOWN, SHIFT_DOWN)),
                WindowCommand.of("menu.openTable", w.tables()::choose)
                        .icon(MaterialDesignD.DATABASE_OUTLINE)
                        .keys(new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN, SHIFT_DOWN)),
                WindowCommand.of("menu.tableEngine", w.tables()::chooseEngine)
                        .icon(MaterialDesignD.DATABASE_COG_OUTLINE),
                WindowCommand.of("menu.reload", w::reload)
                        .icon(MaterialDesignR.RELOAD)
                        .disabledWhen(notFromFile)
                        .keys(new KeyCodeCombination(KeyCode.R, SHORTCUT_DOWN))
                        .button("toolbar.reload", "toolbar.reload.tip"),
                WindowCommand.of(
                                "menu.export",
                                () -> exports.showDialog(
                                        chart.hasReportsBinding().get() ? Picture.Kind.CHART : Picture.Kind.TIMELINE))
                        .icon(MaterialDesignE.EXPORT)
                        .disabledWhen(noDocument)
                        .keys(new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN))
                        .button("toolbar.export", "toolbar.export.tip"),
                WindowCommand.of("menu.exportTimeline", () -> exports.showDialog(Picture.Kind.TIMELINE))
                        .icon(MaterialDesignT.TIMELINE_TEXT_OUTLINE)
                        .disabledWhen(noDocument)
                        .keys(new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN)),
                WindowCommand.of("menu.copyChart", exports::copyChart)
                        .icon(MaterialDesignC.CONTENT_COPY)
                        .disabledWhen(noReports)
                        .keys(new KeyCodeCombination(KeyCode.C, SHORTCUT_DOWN, ALT_DOWN)),
                WindowCommand.of("menu.copyCitation", exports::copyCitation)
                        .icon(MaterialDesignF.FORMAT_QUOTE_CLOSE)
                        .disabledWhen(model.selectedEventProperty().isNull())
                        .keys(new KeyCodeCombination(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN)),
                WindowCommand.of("menu.exportReport", exports::showReportDialog)
                        .icon(MaterialDesignF.FILE_PDF_BOX)
                        .disabledWhen(noDocument)
                        .keys(new KeyCodeCombination(KeyCode.R, SHORTCUT_DOWN, SHIFT_DOWN)),
                WindowCommand.of("menu.exportData", w::exportData)
                        .icon(MaterialDesignT.TABLE_ARROW_LEFT)
                        .disabledWhen(noDocument),
                WindowCommand.of("menu.print", exports::showPrintDialog)
                        .icon(MaterialDesignP.PRINTER_OUTLINE)
                        .disabledWhen(noDocument)
                        .keys(new KeyCodeCombination(KeyCode.P, SHORTCUT_DOWN)),
                WindowCommand.of("menu.quit", w::quit).keys(new KeyCodeCombination(KeyCode.Q, SHORTCUT_DOWN)),
                WindowCommand.of("menu.new", edit::newFile)
                        .icon(MaterialDesignF.FILE_OUTLINE)
                        .keys(new KeyCodeCombination(KeyCode.N, SHORTCUT_DOWN)),
                WindowCommand.of("menu.save", edit::save)
                        .icon(MaterialDesignC.CONTENT_SAVE_OUTLINE)
                        .disabledWhen(busy)
                        .keys(new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN))
                        .button("toolbar.save", "toolbar.save.tip"),
                WindowCommand.of("menu.saveAs", edit::saveAs)
                        .disabledWhen(busy)
                        .keys(new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN)),
                WindowCommand.of("menu.revert", edit::revert)
                        .disabledWhen(edits.dirtyProperty().not().or(busy)),
                WindowCommand.of("menu.undo", edits::undo)
                        .icon(MaterialDesignU.UNDO)
                        .text(named("menu.undo", "menu.undoNamed", edits.undoNameProperty()))
                        .disabledWhen(edits.undoNameProperty().isNull().or(busy))
                        .keys(new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN))
                        .button("toolbar.undo", "toolbar.undo.tip")
                        .iconOnly(),
                WindowCommand.of("menu.redo", edits::redo)
                        .icon(MaterialDesignR.REDO)
                        .text(named("menu.redo", "menu.redoNamed", edits.redoNameProperty()))
                        .disabledWhen(edits.redoNameProperty().isNull().or(busy))
                        .keys(new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN))
                        .alsoKeys(new KeyCodeCombination(KeyCode.Y, SHORTCUT_DOWN))
                        .button("toolbar.redo", "toolbar.redo.tip")
                        .iconOnly(),
                WindowCommand.of("menu.addEvent", () -> edit.addEvent(null))
                        .icon(MaterialDesignP.PLUS)
                        .disabledWhen(busy)
                        .keys(new KeyCodeCombination(KeyCode.INSERT))
                        .button("toolbar.addEvent", "toolbar.addEvent.tip"),
                WindowCommand.of("menu.editEvent", edit::editSelected)
                        .icon(MaterialDesignP.PENCIL_OUTLINE)
                        .disabledWhen(noSelection)
                        .keys(new KeyCodeCombination(KeyCode.F2)),
                WindowCommand.of("menu.duplicate", edit::duplicateSelected)
                        .icon(MaterialDesignC.CONTENT_DUPLICATE)
                        .disabledWhen(noSelection)
                        .keys(new KeyCodeCombination(KeyCode.D, SHORTCUT_DOWN)),
                WindowCommand.of("menu.delete", edit::deleteSelected)
                        .icon(MaterialDesignD.DELETE_OUTLINE)
                        .disabledWhen(noSelection)
                        .keys(new KeyCodeCombination(KeyCode.DELETE)),
                WindowCommand.of("menu.report", edit::reportOfSelected)
                        .icon(MaterialDesignC.CHART_BAR)
                        .disabledWhen(noSelection)
                        .keys(new KeyCodeCombination(KeyCode.T, SHORTCUT_DOWN, SHIFT_DOWN)),
                WindowCommand.of("menu.fileDetails", () -> FileDialog.show(w.stage(), model))
                        .icon(MaterialDesignF.FORMAT_LIST_BULLETED)
                        .disabledWhen(busy)
                        .keys(new KeyCodeCombination(KeyCode.L, SHORTCUT_DOWN, SHIFT_DOWN)),
                WindowCommand.of("menu.fit", w::fitAll)
                        .icon(MaterialDesignA.ARROW_EXPAND_HORIZONTAL)
                        .keys(new KeyCodeCombination(KeyCode.DIGIT0, SHORTCUT_DOWN))
                        .button("toolbar.fit", "toolbar.fit.tip"),
                WindowCommand.of("menu.zoomIn", () -> timeline.zoom(1.5))
                        .icon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE)
                        .keys(new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN))
                        .alsoKeys(
                                new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_DOWN),
                                new KeyCodeCombination(KeyCode.ADD, SHORTCUT_DOWN))
                        .button("toolbar.zoomIn", "toolbar.zoomIn.tip")
                        .iconOnly(),
                WindowCommand.of("menu.zoomOut", () -> timeline.zoom(1 / 1.5))
                        .icon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE)
                        .keys(new KeyCodeCombination(KeyCode.MINUS, SHORTCUT_DOWN))
                        .alsoKeys(new KeyCodeCombination(KeyCode.SUBTRACT, SHORTCUT_DOWN))
                        .button("toolbar.zoomOut", "toolbar.zoomOut.tip")
                        .iconOnly(),
                WindowCommand.of("menu.search", w::focusSearch)
                        .icon(MaterialDesignM.MAGNIFY)
                        .keys(new KeyCodeCombination(KeyCode.F, SHORTCUT_DOWN)),
                chartMode(chart, ChartMode.BANDS, MaterialDesignC.CHART_BAR, KeyCode.DIGIT1, noReports),
                chartMode(chart, ChartMode.RINGS, MaterialDesignT.TARGET, KeyCode.DIGIT2, noReports),
                chartMode(
                        chart,
                        ChartMode.OVER_TIME,
                        MaterialDesignC.CHART_TIMELINE_VARIANT,
                        KeyCode.DIGIT3,
                        noReports.or(chart.overTimeOfferedBinding().not())),
                WindowCommand.of("menu.keys", () -> w.commandTable().showKeys(w.stage()))
                        .icon(MaterialDesignK.KEYBOARD_OUTLINE)
                        .keys(new KeyCodeCombination(KeyCode.F1)),
                WindowCommand.of("menu.about", () -> AboutDialog.show(w.stage()))
                        .icon(MaterialDesignI.INFORMATION_OUTLINE));
    }

    /** The command that shows the chart in {@code mode}: a radio item in View, a toggle in the toolbar. */
    private static WindowCommand chartMode(
            TroopChart chart, ChartMode mode, org.kordamp.ikonli.Ikon icon, KeyCode digit, BooleanBinding off) {
        String menuKey = switch (mode) {
            case BANDS -> "menu.chartBands";
            case RINGS -> "menu.chartRings";
            case OVER_TIME -> "menu.chartOverTime";
        };
        return WindowCommand.of(menuKey, () -> chart.setMode(mode))
                .icon(icon)
                .disabledWhen(off)
                // What is shown is checked: By band, while a file of one date cannot be shown over time.
                .selected(Bindings.createBooleanBinding(
                        () -> chart.shownMode() == mode, chart.modeProperty(), chart.eventFileProperty()))
                .keys(new KeyCodeCombination(digit, SHORTCUT_DOWN))
                .button(mode.messageKey(), mode.messageKey() + ".tip");
    }

    /** The chart's modes as toggles side by side, for the row above the chart. */
    javafx.scene.Node[] chartModeToggles() {
        javafx.scene.control.ToggleButton bands = chartBands.toggleButton();
        javafx.scene.control.ToggleButton rings = chartRings.toggleButton();
        javafx.scene.control.ToggleButton overTime = chartOverTime.toggleButton();
        bands.setId("chart-bands");
        rings.setId("rings");
        overTime.setId("over-time");
        bands.getStyleClass().add(atlantafx.base.theme.Styles.LEFT_PILL);
        rings.getStyleClass().add(atlantafx.base.theme.Styles.CENTER_PILL);
        overTime.getStyleClass().add(atlantafx.base.theme.Styles.RIGHT_PILL);
        for (var t : List.of(bands, rings, overTime)) {
            t.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        }
        return new javafx.scene.Node[] {bands, rings, overTime};
    }

    /** Puts each command's other keys on {@code scene} (a menu item takes one accelerator). */
    void installOtherKeys(Scene scene) {
        for (WindowCommand c : all()) {
            for (KeyCombination k : c.alsoKeys()) {
                scene.getAccelerators().put(k, c::run);
            }
        }
    }

    /** Every command, in menu order. */
    List<WindowCommand> all() {
        return List.of(
                open,
                importSheet,
                openTable,
                tableEngine,
                reload,
                exportChart,
                exportTimeline,
                copyChart,
                copyCitation,
                exportReport,
                exportData,
                print,
                quit,
                newFile,
                save,
                saveAs,
                revert,
                undo,
                redo,
                addEvent,
                editEvent,
                duplicate,
                delete,
                report,
                fileDetails,
                fit,
                zoomIn,
                zoomOut,
                search,
                chartBands,
                chartRings,
                chartOverTime,
                keys,
                about);
    }

    /** "Undo Move event" while there is a step to name, else "Undo". */
    private static javafx.beans.binding.StringBinding named(
            String plainKey, String namedKey, javafx.beans.value.ObservableStringValue name) {
        return Bindings.createStringBinding(
                () -> name.get() == null ? Messages.get(plainKey) : Messages.get(namedKey, name.get()), name);
    }

    /**
     * The menu bar: File (with {@code recent}), View (with the theme and language items), Help.
     *
     * @param recentFiles the files for Open recent, asked each time it opens
     * @param openFile    opens one of them
     */
    MenuBar menuBar(
            Supplier<List<Path>> recentFiles, Consumer<Path> openFile, List<MenuItem> themeItems, Menu language) {
        Menu recent = new Menu(Messages.get("menu.recent"));
        recent.getItems().add(new MenuItem(Messages.get("menu.recent.none")));
        recent.setOnShowing(e -> fillRecent(recent, recentFiles.get(), openFile));
        Menu file = new Menu(
                Messages.get("menu.file"),
                null,
                newFile.menuItem(),
                open.menuItem(),
                recent,
                importSheet.menuItem(),
                openTable.menuItem(),
                tableEngine.menuItem(),
                new SeparatorMenuItem(),
                save.menuItem(),
                saveAs.menuItem(),
                revert.menuItem(),
                reload.menuItem(),
                new SeparatorMenuItem(),
                exportChart.menuItem(),
                exportTimeline.menuItem(),
                copyChart.menuItem(),
                exportReport.menuItem(),
                exportData.menuItem(),
                new SeparatorMenuItem(),
                print.menuItem(),
                new SeparatorMenuItem(),
                quit.menuItem());
        Menu edit = new Menu(
                Messages.get("menu.edit"),
                null,
                undo.menuItem(),
                redo.menuItem(),
                new SeparatorMenuItem(),
                addEvent.menuItem(),
                editEvent.menuItem(),
                duplicate.menuItem(),
                delete.menuItem(),
                copyCitation.menuItem(),
                new SeparatorMenuItem(),
                report.menuItem(),
                fileDetails.menuItem());
        Menu view = new Menu(
                Messages.get("menu.view"),
                null,
                fit.menuItem(),
                zoomIn.menuItem(),
                zoomOut.menuItem(),
                new SeparatorMenuItem(),
                search.menuItem(),
                new SeparatorMenuItem(),
                chartBands.menuItem(),
                chartRings.menuItem(),
                chartOverTime.menuItem(),
                new SeparatorMenuItem());
        view.getItems().addAll(themeItems);
        view.getItems().addAll(new SeparatorMenuItem(), language);
        Menu help =
                new Menu(Messages.get("menu.help"), null, keys.menuItem(), new SeparatorMenuItem(), about.menuItem());
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** The toolbar: file commands, the view's, then {@code more} (the zone chooser). */
    ToolBar toolBar(Node... more) {
        ToolBar bar = new ToolBar(
                open.button(),
                save.button(),
                reload.button(),
                exportChart.button(),
                new Separator(),
                addEvent.button(),
                undo.button(),
                redo.button(),
                new Separator(),
                fit.button(),
                zoomIn.button(),
                zoomOut.button(),
                new Separator());
        bar.getItems().addAll(more);
        return bar;
    }

    /** The language menu: as the system, English or Ukrainian; {@code choose} is told the tag ("" for the system's). */
    static Menu languageMenu(String current, Consumer<String> choose) {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(Messages.get("menu.language"));
        String[][] choices = {{"", Messages.get("menu.language.system")}, {"en", "English"}, {"uk", "Українська"}};
        for (String[] choice : choices) {
            RadioMenuItem item = new RadioMenuItem(choice[1]);
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(current.equals(choice[0]));
            item.setOnAction(e -> choose.accept(choice[0]));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The keyboard help: every command's shortcut, from this table, then the timeline's own keys. */
    String keyHelp() {
        List<String> lines = new ArrayList<>();
        all().stream().map(WindowCommand::helpLine).filter(Objects::nonNull).forEach(lines::add);
        lines.add("");
        lines.add(Messages.get("keys.timeline"));
        return String.join("\n", lines);
    }

    /** Shows the keyboard help. */
    Alert showKeys(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("keys.title"));
        alert.setHeaderText(Messages.get("keys.title"));
        Label text = new Label(keyHelp());
        text.setId("key-help");
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.show();
        return alert;
    }

    private static void fillRecent(Menu recent, List<Path> files, Consumer<Path> openFile) {
        recent.getItems().clear();
        for (Path p : files) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openFile.accept(p));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }
}
