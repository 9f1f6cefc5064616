package org.eventscope.app;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.eventscope.model.Text;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The bar that appears when the open file changed on disk while it has unsaved edits: Reload
 * (throwing the edits away), Keep mine (the next save writes over the other version, which the
 * save keeps as the backup), or Show what changed on disk (read in the background).
 */
final class DiskChangeBar extends HBox {

    private final Label message = new Label();
    private final Button reload = new Button(Messages.get("disk.reload"));
    private final Button keep = new Button(Messages.get("disk.keep"));
    private final Button what = new Button(Messages.get("disk.what"));

    DiskChangeBar() {
        super(8);
        setId("disk-bar");
        getStyleClass().add("disk-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        FontIcon icon = new FontIcon(MaterialDesignA.ALERT_OUTLINE);
        icon.getStyleClass().add(Styles.WARNING);
        reload.setId("disk-reload");
        keep.setId("disk-keep");
        what.setId("disk-what");
        reload.getStyleClass().add(Styles.DANGER);
        getChildren().addAll(icon, message, what, keep, reload);
        hide();
    }

    /**
     * Shows the bar for {@code file}, changed on disk while {@code open} has edits; {@code
     * reloadNow} throws them away, {@code keepMine} is told when the user keeps them.
     */
    void show(Path file, @Nullable Document open, Runnable reloadNow, Runnable keepMine) {
        message.setText(Messages.get("disk.changed", Text.oneLine(String.valueOf(file.getFileName()))));
        reload.setOnAction(e -> reloadNow.run());
        keep.setOnAction(e -> {
            hide();
            keepMine.run();
        });
        what.setDisable(false);
        what.setOnAction(e -> describe(file, open));
        setVisible(true);
        setManaged(true);
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }

    /** Reads the version on disk in the background and says how it differs from the open one. */
    private void describe(Path file, @Nullable Document open) {
        what.setDisable(true);
        Task<EventFileReader.LoadResult> read = new Task<>() {
            @Override
            protected EventFileReader.LoadResult call() {
                return EventFileReader.read(file);
            }
        };
        read.setOnSucceeded(e -> {
            EventFileReader.LoadResult r = read.getValue();
            EventFile disk = r.file();
            if (disk == null) {
                message.setText(Messages.get("disk.broken", Messages.count(r.errorCount(), "count.error")));
            } else if (open != null) {
                message.setText(Messages.get(
                        "disk.differs", Changes.between(open.file(), disk).describe()));
            }
        });
        read.setOnFailed(e -> what.setDisable(false));
        Thread t = new Thread(read, "eventscope-disk-check");
        t.setDaemon(true);
        t.start();
    }
}
