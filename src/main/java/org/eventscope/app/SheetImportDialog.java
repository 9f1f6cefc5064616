package org.eventscope.app;

import atlantafx.base.theme.Styles;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.eventscope.export.AtomicFile;
import org.eventscope.i18n.Messages;
import org.eventscope.io.Printable;
import org.eventscope.io.SheetDateFormat;
import org.eventscope.io.SheetMapping;
import org.eventscope.io.SheetMapping.Field;
import org.eventscope.io.SheetOptions;
import org.eventscope.io.SheetPreview;
import org.jspecify.annotations.Nullable;

/**
 * Bringing a spreadsheet in: a preview of its first rows, the encoding it is read in (UTF-8 or
 * as its byte-order mark says unless another is chosen; never guessed), and, for a sheet whose
 * header is no layout Eventscope knows, which column holds each part of an event and how its
 * dates are written, detected from the preview and shown on it with the cells that do not read.
 * The mapping is remembered for sheets with the same header and can be saved for
 * {@code eventscope import --mapping}. The preview is read off the FX thread.
 */
final class SheetImportDialog {

    /** How many rows the preview shows and the dates are told from. */
    static final int PREVIEW_ROWS = 50;

    private static final List<String> ENCODINGS =
            List.of("", "windows-1251", "windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE", "KOI8-U");

    private final Path path;
    private final AppPreferences prefs;
    private final Dialog<SheetOptions> dialog = new Dialog<>();
    private final ComboBox<String> encoding = new ComboBox<>(FXCollections.observableArrayList(ENCODINGS));
    private final Label status = new Label();
    private final TableView<Integer> table = new TableView<>();
    private final Map<Field, ComboBox<String>> columns = new EnumMap<>(Field.class);
    private final ComboBox<SheetDateFormat> dates =
            new ComboBox<>(FXCollections.observableArrayList(SheetDateFormat.values()));
    private final Label datesRead = new Label();
    private final ListView<String> notRead = new ListView<>();
    /** What the preview table and the list of rows not read say when empty. */
    private final Label tableEmpty = new Label(Messages.get("sheetImport.noRows"));

    private final Label allRead = new Label(Messages.get("sheetImport.allRead"));
    private final GridPane mapping = new GridPane();
    private final Button save = new Button(Messages.get("sheetImport.saveMapping"));
    private SheetPreview preview;
    /** Which preview read is the latest: an older one that ends later is dropped. */
    private int reading;

    private boolean filling;

    private SheetImportDialog(Path path, SheetPreview first, AppPreferences prefs) {
        this.path = path;
        this.prefs = prefs;
        this.preview = first;
    }

    /**
     * Reads the first rows of the sheet at {@code path} off the FX thread, then either gives
     * {@code open} the options at once (a layout Eventscope knows, read without trouble) or asks
     * in the dialog; nothing is given when the dialog is cancelled.
     */
    static void open(Window owner, Path path, AppPreferences prefs, Consumer<SheetOptions> open) {
        read(path, null, preview -> {
            if (preview.problem() == null && preview.layout() != SheetPreview.Layout.OTHER) {
                open.accept(SheetOptions.NONE);
            } else {
                new SheetImportDialog(path, preview, prefs).show(owner).ifPresent(open);
            }
        });
    }

    /**
     * Shows the dialog for {@code path} whatever its layout, for a mapping of its columns (a data
     * table read by its engine is mapped as a sheet is); {@code then} is given the choice.
     */
    static void map(Window owner, Path path, AppPreferences prefs, Consumer<SheetOptions> then) {
        read(
                path,
                null,
                preview ->
                        new SheetImportDialog(path, preview, prefs).show(owner).ifPresent(then));
    }

    /** The dialog for a preview already read, built but not shown (for tests). */
    static SheetImportDialog of(Window owner, Path path, SheetPreview first, AppPreferences prefs) {
        SheetImportDialog d = new SheetImportDialog(path, first, prefs);
        d.build(owner);
        return d;
    }

    /** The dialog itself. */
    Dialog<SheetOptions> dialog() {
        return dialog;
    }

    private static void read(Path path, @Nullable Charset charset, Consumer<SheetPreview> then) {
        Thread t = new Thread(
                () -> {
                    SheetPreview p = SheetPreview.read(path, charset, PREVIEW_ROWS);
                    Platform.runLater(() -> then.accept(p));
                },
                "eventscope-sheet-preview");
        t.setDaemon(true);
        t.start();
    }

    private Optional<SheetOptions> show(Window owner) {
        build(owner);
        return dialog.showAndWait();
    }

    private void build(Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("sheetImport.title", Printable.escape(String.valueOf(path.getFileName()))));
        dialog.setResizable(true);
        ButtonType importButton = new ButtonType(Messages.get("sheetImport.import"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);

        encoding.setId("sheet-encoding");
        encoding.setConverter(new StringConverter<>() {
            @Override
            public String toString(@Nullable String name) {
                return name == null || name.isEmpty() ? Messages.get("sheetImport.encoding.auto") : name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        encoding.getSelectionModel().select(0);
        // A workbook carries its own encoding.
        encoding.setDisable(String.valueOf(path.getFileName())
                .toLowerCase(java.util.Locale.ROOT)
                .endsWith(".xlsx"));
        encoding.valueProperty().addListener((o, was, now) -> reread());
        status.setId("sheet-status");
        status.setWrapText(true);
        HBox top = new HBox(8, new Label(Messages.get("sheetImport.encoding")), encoding);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        table.setId("sheet-preview");
        table.setPrefHeight(230);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(tableEmpty);

        mapping.setId("sheet-mapping");
        mapping.setHgap(8);
        mapping.setVgap(6);
        Field[] fields = Field.values();
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            ComboBox<String> box = new ComboBox<>();
            box.setId("sheet-column-" + f.key());
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(@Nullable String name) {
                    return name == null || name.isEmpty() ? Messages.get("sheetImport.none") : Printable.escape(name);
                }

                @Override
                public String fromString(String text) {
                    return text;
                }
            });
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((o, was, now) -> {
                if (!filling && (f == Field.START || f == Field.END)) {
                    detectDates();
                }
                check();
            });
            columns.put(f, box);
            Label label = new Label(f.label() + (f.required() ? " *" : ""));
            label.setLabelFor(box);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            int column = (i % 3) * 2;
            mapping.add(label, column, i / 3);
            mapping.add(box, column + 1, i / 3);
            GridPane.setHgrow(box, Priority.ALWAYS);
        }
        dates.setId("sheet-dates");
        dates.setConverter(new StringConverter<>() {
            @Override
            public String toString(@Nullable SheetDateFormat f) {
                return f == null ? "" : f.label();
            }

            @Override
            public SheetDateFormat fromString(String text) {
                return SheetDateFormat.ISO;
            }
        });
        dates.valueProperty().addListener((o, was, now) -> check());
        Label datesLabel = new Label(Messages.get("sheetImport.dates"));
        datesLabel.setLabelFor(dates);
        datesLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        datesRead.setId("sheet-dates-read");
        datesRead.setWrapText(true);
        mapping.add(datesLabel, 0, 3);
        mapping.add(dates, 1, 3, 3, 1);
        mapping.add(datesRead, 0, 4, 6, 1);
        notRead.setId("sheet-not-read");
        notRead.setPrefHeight(90);
        notRead.setPlaceholder(allRead);

        save.setId("sheet-save-mapping");
        save.setOnAction(e -> saveMapping());
        Label columnsTitle = new Label(Messages.get("sheetImport.columns"));
        columnsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox content = new VBox(10, top, status, table, columnsTitle, mapping, notRead, save);
        content.setPadding(new Insets(12, 14, 4, 14));
        dialog.getDialogPane().setMinWidth(960);
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);

        Button ok = (Button) dialog.getDialogPane().lookupButton(importButton);
        ok.setId("sheet-import");
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!importable()) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> {
            if (b != importButton) {
                return null;
            }
            SheetMapping chosen = preview.layout() == SheetPreview.Layout.OTHER ? mapping() : null;
            if (chosen != null) {
                prefs.setSheetMapping(preview.header(), chosen);
            }
            return new SheetOptions(charset(), chosen);
        });
        show(preview);
    }

    /** Fills the dialog from a preview just read. */
    private void show(SheetPreview next) {
        preview = next;
        table.getColumns().clear();
        TableColumn<Integer, String> number = new TableColumn<>("#");
        number.setSortable(false);
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue() + 2)));
        number.setPrefWidth(44);
        table.getColumns().add(number);
        for (int i = 0; i < next.header().size(); i++) {
            int at = i;
            String name = Printable.escape(next.header().get(i));
            TableColumn<Integer, String> c =
                    new TableColumn<>(SheetPreview.letters(i) + (name.isEmpty() ? "" : " · " + name));
            c.setSortable(false);
            int longest = name.length() + 4;
            for (List<String> row : next.rows()) {
                longest =
                        Math.max(longest, at < row.size() ? Math.min(row.get(at).length(), 40) : 0);
            }
            c.setPrefWidth(Math.max(70, 8.5 * longest + 20));
            c.setCellValueFactory(cell -> {
                List<String> row = next.rows().get(cell.getValue());
                return new ReadOnlyStringWrapper(at < row.size() ? oneLine(row.get(at)) : "");
            });
            table.getColumns().add(c);
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < next.rows().size(); r++) {
            rows.add(r);
        }
        table.setItems(FXCollections.observableArrayList(rows));

        filling = true;
        List<String> names = new ArrayList<>();
        names.add("");
        for (String h : next.header()) {
            if (!h.isBlank() && !names.contains(h.strip())) {
                names.add(h.strip());
            }
        }
        SheetMapping start = prefs.sheetMapping(next.header()).orElseGet(() -> SheetMapping.guess(next.header()));
        for (Field f : Field.values()) {
            ComboBox<String> box = box(f);
            box.setItems(FXCollections.observableArrayList(names));
            String column = start.column(f);
            box.setValue(column != null && names.contains(column) ? column : "");
        }
        filling = false;
        if (start.dates() != null) {
            dates.setValue(start.dates());
        } else {
            detectDates();
        }

        boolean other = next.layout() == SheetPreview.Layout.OTHER;
        // A sheet that could not be read has no rows to map or to find unreadable.
        boolean unread = next.problem() != null;
        mapping.setDisable(!other || unread);
        notRead.setDisable(!other || unread);
        save.setDisable(!other || unread);
        tableEmpty.setText(Messages.get(unread ? "sheetImport.nothingRead" : "sheetImport.noRows"));
        allRead.setText(unread ? "" : Messages.get("sheetImport.allRead"));
        status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        if (next.problem() != null) {
            status.setText(Printable.escape(next.problem().message()) + "; "
                    + Messages.get(next.encodingWrong() ? "sheetImport.chooseEncoding" : "sheetImport.cannotRead"));
            status.getStyleClass().add(Styles.DANGER);
        } else if (!other) {
            status.setText(Messages.get(
                    next.layout() == SheetPreview.Layout.ACLED ? "sheetImport.acled" : "sheetImport.timelinejs"));
            status.getStyleClass().add(Styles.SUCCESS);
        } else {
            status.setText(Messages.get(
                    next.more() ? "sheetImport.firstRows" : "sheetImport.allRows",
                    String.valueOf(next.rows().size())));
        }
        check();
    }

    private void reread() {
        int mine = ++reading;
        status.setText(Messages.get("sheetImport.reading"));
        read(path, charset(), p -> {
            if (mine == reading) {
                show(p);
            }
        });
    }

    private @Nullable Charset charset() {
        String name = encoding.getValue();
        return name == null || name.isEmpty() ? null : Charset.forName(name);
    }

    /** Sets the dates' format to the one that reads the most of the preview's start and end cells. */
    private void detectDates() {
        List<String> samples = new ArrayList<>();
        for (Field f : new Field[] {Field.START, Field.END}) {
            String column = box(f).getValue();
            if (column != null && !column.isEmpty()) {
                samples.addAll(preview.column(column));
            }
        }
        dates.setValue(SheetDateFormat.detect(samples).format());
    }

    private ComboBox<String> box(Field f) {
        return java.util.Objects.requireNonNull(columns.get(f));
    }

    /** The mapping as chosen. */
    private SheetMapping mapping() {
        Map<Field, String> chosen = new EnumMap<>(Field.class);
        columns.forEach((f, box) -> {
            if (box.getValue() != null && !box.getValue().isEmpty()) {
                chosen.put(f, box.getValue());
            }
        });
        return new SheetMapping(chosen, dates.getValue());
    }

    private boolean importable() {
        if (preview.problem() != null
                || preview.header().isEmpty()
                || preview.rows().isEmpty()) {
            return false;
        }
        if (preview.layout() != SheetPreview.Layout.OTHER) {
            return true;
        }
        // Rows the import would refuse already in the preview: the whole import would be refused.
        return mapping().complete()
                && found.stream().noneMatch(p -> p.severity() == org.eventscope.io.Problem.Severity.ERROR);
    }

    /** What the import would say of the preview's rows by the mapping as chosen, as {@link #check} last found. */
    private List<org.eventscope.io.Problem> found = List.of();

    /** Says how many of the preview's dates read, lists those that do not, and enables Import. */
    private void check() {
        if (!filling) {
            found = preview.layout() == SheetPreview.Layout.OTHER && mapping().complete()
                    ? preview.check(String.valueOf(path.getFileName()), mapping())
                    : List.of();
        }
        dialog.getDialogPane()
                .lookupButton(dialog.getDialogPane().getButtonTypes().get(0))
                .setDisable(!importable());
        if (preview.layout() != SheetPreview.Layout.OTHER || filling) {
            datesRead.setText("");
            notRead.getItems().clear();
            return;
        }
        SheetDateFormat format = dates.getValue();
        List<String> bad = new ArrayList<>();
        // Every problem the import would report of these rows, at its cell, not only the dates'.
        for (org.eventscope.io.Problem p : found) {
            bad.add(Messages.get(
                    "sheetImport.notRead",
                    String.valueOf(p.line()),
                    Printable.escape(p.path()),
                    Printable.escape(p.message())));
        }
        List<String> samples = new ArrayList<>();
        int filled = 0;
        int read = 0;
        for (Field f : new Field[] {Field.START, Field.END}) {
            String column = box(f).getValue();
            if (column == null || column.isEmpty()) {
                continue;
            }
            List<String> cells = preview.column(column);
            for (int r = 0; r < cells.size(); r++) {
                String cell = cells.get(r);
                if (cell.isEmpty()) {
                    continue;
                }
                samples.add(cell);
                filled++;
                if (format != null && format.reads(cell)) {
                    read++;
                }
            }
        }
        SheetDateFormat.Detection either = SheetDateFormat.detect(samples);
        String text = Messages.get("sheetImport.datesRead", String.valueOf(read), String.valueOf(filled));
        datesRead.getStyleClass().removeAll(Styles.WARNING, Styles.DANGER);
        if (either.alternative() != null && (format == either.format() || format == either.alternative())) {
            text += " "
                    + Messages.get(
                            "sheetImport.datesEither",
                            either.format().label(),
                            either.alternative().label());
            datesRead.getStyleClass().add(Styles.WARNING);
        } else if (read < filled) {
            datesRead.getStyleClass().add(Styles.DANGER);
        }
        datesRead.setText(text);
        notRead.getItems().setAll(bad);
    }

    private void saveMapping() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("sheetImport.saveMapping.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.get("sheetImport.filter"), "*.json"));
        String stem = String.valueOf(path.getFileName()).replaceFirst("\\.[^.]*$", "");
        chooser.setInitialFileName(stem + ".mapping.json");
        Path folder = path.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        java.io.File f =
                chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (f != null) {
            saveMapping(f.toPath());
        }
    }

    /** Writes the mapping as chosen to {@code target}, whole or not at all; says where or why not. */
    void saveMapping(Path target) {
        SheetMapping m = mapping();
        try {
            AtomicFile.write(target, true, m::write);
            status.setText(Messages.get("sheetImport.saved", Printable.escape(target.toString())));
        } catch (java.io.IOException e) {
            status.setText(Messages.get(
                    "sheetImport.notSaved",
                    Printable.escape(target.toString()),
                    Printable.escape(String.valueOf(e.getMessage()))));
        }
    }

    private static String oneLine(String cell) {
        String line = cell.replace('\n', ' ').replace('\r', ' ');
        return Printable.escape(line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }
}
