package org.eventscope.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.eventscope.i18n.Messages;
import org.eventscope.io.Printable;
import org.eventscope.io.ProblemList;
import org.eventscope.io.SheetMapping;
import org.eventscope.table.TableException;
import org.eventscope.table.TableProgress;
import org.eventscope.table.TableSource;
import org.eventscope.timeline.TimelineView;
import org.eventscope.view.DataFolder;
import org.jspecify.annotations.Nullable;

/**
 * File ▸ Open data table…: a Parquet or CSV table too big for memory, opened in the background
 * (its tiles built once, with progress and Cancel) and shown by the timeline through a {@link
 * TableSource}. The open document stays as it was until a table is open, and a table that cannot
 * be opened is said so, the view unchanged. Opening a file again leaves the table.
 */
final class TableOpener {

    private final Stage owner;
    private final TimelineView timeline;
    private final StatusBar statusBar;
    private final Supplier<@Nullable File> lastFolder;
    private final AppPreferences prefs;
    private final ReadOnlyObjectWrapper<TableSource> open = new ReadOnlyObjectWrapper<>(this, "open");
    private @Nullable Task<TableSource> opening;
    private java.util.function.Consumer<org.eventscope.model.EventFile> onShown = f -> {};

    TableOpener(
            Stage owner,
            DocumentModel model,
            TimelineView timeline,
            StatusBar statusBar,
            Supplier<@Nullable File> lastFolder,
            AppPreferences prefs) {
        this.owner = owner;
        this.prefs = prefs;
        this.timeline = timeline;
        this.statusBar = statusBar;
        this.lastFolder = lastFolder;
        // A file opened (not an edit of it) takes the timeline back from the table.
        model.documentProperty().addListener((o, old, now) -> {
            if (!model.isShowingEdit()) {
                close();
            }
        });
        timeline.sourceProblemProperty().addListener((o, old, problem) -> {
            if (problem != null) {
                statusBar.setText(Messages.get("table.failed", problem));
            }
        });
    }

    /** The table shown, or {@code null}. */
    ReadOnlyObjectProperty<TableSource> openProperty() {
        return open.getReadOnlyProperty();
    }

    /** What is told the table's categories and title when a table is shown (the filter bar). */
    void setOnShown(java.util.function.Consumer<org.eventscope.model.EventFile> then) {
        this.onShown = then;
    }

    /** Asks for a table and opens it. */
    void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("table.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(Messages.get("table.filter"), "*.parquet", "*.csv", "*.tsv"),
                        new FileChooser.ExtensionFilter(Messages.get("open.filter.all"), "*.*"));
        File folder = lastFolder.get();
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            open(f.toPath(), null);
        }
    }

    /** Opens {@code table} in the background, read by {@code mapping} (or by its columns when {@code null}). */
    void open(Path table, @Nullable SheetMapping mapping) {
        cancel();
        Path cache = DataFolder.get().resolve("tables");
        String name = Printable.escape(String.valueOf(table.getFileName()));
        String spark = prefs.sparkMaster();
        Task<TableSource> task = new Task<>() {
            @Override
            protected TableSource call() {
                updateMessage(Messages.get("table.opening", name));
                long started = System.nanoTime();
                Task<TableSource> task = this;
                TableProgress progress = new TableProgress() {
                    @Override
                    public void update(double fraction, String step) {
                        updateProgress(fraction < 0 ? -1 : fraction, 1);
                        updateMessage(Messages.get("table.building", name));
                    }

                    @Override
                    public boolean isCancelled() {
                        return task.isCancelled();
                    }
                };
                TableSource source = spark.isEmpty()
                        ? TableSource.open(table, mapping, cache, progress)
                        : TableSource.openSpark(table, mapping, cache, spark, progress);
                if (isCancelled()) {
                    source.close();
                }
                tookMillis = (System.nanoTime() - started) / 1_000_000;
                return source;
            }
        };
        opening = task;
        statusBar.progressProperty().bind(task.progressProperty());
        statusBar.textProperty().bind(task.messageProperty());
        Button cancel = new Button(Messages.get("status.cancel"));
        cancel.setId("cancel-table");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> cancel());
        statusBar.getRightItems().setAll(cancel);
        task.setOnSucceeded(e -> {
            done();
            show(task.getValue());
        });
        task.setOnFailed(e -> {
            done();
            failed(table, task.getException());
        });
        task.setOnCancelled(e -> {
            done();
            statusBar.setText(Messages.get("table.cancelled", name));
        });
        Thread t = new Thread(task, "eventscope-table");
        t.setDaemon(true);
        t.start();
    }

    private volatile long tookMillis;

    private void done() {
        opening = null;
        statusBar.progressProperty().unbind();
        statusBar.textProperty().unbind();
        statusBar.setProgress(0);
        statusBar.getRightItems().clear();
    }

    /** Stops a table being opened. */
    void cancel() {
        Task<TableSource> t = opening;
        if (t != null) {
            t.cancel();
        }
    }

    private void show(TableSource source) {
        TableSource before = open.get();
        open.set(source);
        timeline.showSource(source);
        org.eventscope.model.EventFile header = timeline.getEventFile();
        if (header != null) {
            onShown.accept(header);
        }
        if (before != null) {
            before.close();
        }
        owner.setTitle(Messages.get("table.windowTitle", source.title()));
        String status = Messages.get(
                "table.status",
                source.title(),
                Messages.count(source.size(), "count.event"),
                source.layoutName(),
                source.builtTiles()
                        ? Messages.get("table.built", String.format("%.1f", tookMillis / 1000.0))
                        : Messages.get("table.cached"));
        statusBar.setText(
                source.unreadable() == 0
                        ? status
                        : status + " — "
                                + Messages.get("table.unreadable", Messages.count(source.unreadable(), "count.row")));
    }

    private void failed(Path table, @Nullable Throwable error) {
        String message = error instanceof TableException ? error.getMessage() : String.valueOf(error);
        statusBar.setText(Messages.get("table.failed", message));
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("table.title"));
        alert.setHeaderText(Messages.get("table.cannotOpen"));
        alert.setContentText(message);
        ButtonType chooseMapping = new ButtonType(Messages.get("table.chooseMapping"), ButtonBar.ButtonData.OTHER);
        ButtonType mapColumns = new ButtonType(Messages.get("table.mapColumns"), ButtonBar.ButtonData.OTHER);
        String name = String.valueOf(table.getFileName()).toLowerCase(java.util.Locale.ROOT);
        boolean text = name.endsWith(".csv") || name.endsWith(".tsv");
        if (error instanceof TableException t && t.needsMapping()) {
            // A text table is mapped in the spreadsheet import's dialog; any table by a mapping file.
            if (text) {
                alert.getButtonTypes().setAll(mapColumns, chooseMapping, ButtonType.CLOSE);
            } else {
                alert.getButtonTypes().setAll(chooseMapping, ButtonType.CLOSE);
            }
        } else {
            alert.getButtonTypes().setAll(ButtonType.CLOSE);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == chooseMapping) {
            chooseMapping(table);
        } else if (answer.isPresent() && answer.get() == mapColumns) {
            SheetImportDialog.map(owner, table, prefs, options -> {
                if (options.mapping() != null) {
                    open(table, options.mapping());
                }
            });
        }
    }

    /** Asks for a mapping file (as saved by the spreadsheet import) and opens {@code table} by it. */
    private void chooseMapping(Path table) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("table.chooseMapping"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.get("table.mappingFilter"), "*.json"));
        Path folder = table.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File f = chooser.showOpenDialog(owner);
        if (f == null) {
            return;
        }
        ProblemList problems = new ProblemList();
        SheetMapping mapping;
        try (InputStream in = Files.newInputStream(f.toPath())) {
            mapping = SheetMapping.read(f.toString(), in, problems);
        } catch (IOException e) {
            failed(
                    table,
                    new TableException(Printable.escape(f.toString()) + ": "
                            + Printable.escape(org.eventscope.io.EventFileReader.reason(e))));
            return;
        }
        if (mapping == null || !problems.isEmpty()) {
            failed(
                    table,
                    new TableException(
                            problems.isEmpty()
                                    ? Messages.get("table.badMapping", Printable.escape(f.getName()))
                                    : problems.get(0).toString()));
            return;
        }
        open(table, mapping);
    }

    /**
     * Asks where tables are read: DuckDB on this computer (left empty), or Spark at a master URL
     * or Spark Connect address; remembered for the next tables.
     */
    void chooseEngine() {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(prefs.sparkMaster());
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("table.engine.title"));
        dialog.setHeaderText(Messages.get("table.engine.header"));
        dialog.setContentText(Messages.get("table.engine.label"));
        dialog.getEditor().setId("spark-master");
        dialog.getEditor().setPromptText("local[4], spark://host:7077, sc://host:15002");
        dialog.showAndWait().ifPresent(master -> {
            String m = master.strip();
            prefs.setSparkMaster(m);
            statusBar.setText(
                    m.isEmpty()
                            ? Messages.get("table.engine.duckdb")
                            : Messages.get("table.engine.spark", Printable.escape(m)));
        });
    }

    /** Leaves the table: the timeline shows the open document again. */
    void close() {
        cancel();
        TableSource was = open.get();
        if (was != null) {
            open.set(null);
            timeline.setSource(null);
            was.close();
        }
    }
}
