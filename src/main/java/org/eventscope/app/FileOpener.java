package org.eventscope.app;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/** The ways a file gets opened in the window: the chooser (starting in the last folder used) and a drop on the window. */
final class FileOpener {

    private final Window owner;
    private final Consumer<Path> open;
    private @Nullable File lastFolder;

    /** @param open opens a file (in the background) */
    FileOpener(Window owner, Consumer<Path> open) {
        this.owner = owner;
        this.open = open;
    }

    /** Remembers the folder of a file being opened, for the chooser and the export dialog. */
    void opening(Path path) {
        Path folder = path.toAbsolutePath().getParent();
        if (folder != null) {
            lastFolder = folder.toFile();
        }
    }

    /** The folder of the last file opened, or {@code null}. */
    @Nullable
    File lastFolder() {
        return lastFolder;
    }

    /** Asks for a file and opens it. */
    void choose() {
        choose("open.title", false);
    }

    /** Asks for a spreadsheet (or a TimelineJS file) and brings it in as a new document. */
    void chooseImport() {
        choose("import.title", true);
    }

    private void choose(String title, boolean sheetsFirst) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(title));
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter(Messages.get("open.filter.json"), "*.json");
        FileChooser.ExtensionFilter sheets =
                new FileChooser.ExtensionFilter(Messages.get("open.filter.sheet"), "*.csv", "*.tsv", "*.xlsx");
        chooser.getExtensionFilters()
                .addAll(
                        sheetsFirst ? sheets : json,
                        sheetsFirst ? json : sheets,
                        new FileChooser.ExtensionFilter(Messages.get("open.filter.all"), "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            open.accept(f.toPath());
        }
    }

    /** A file dropped on {@code scene} is opened. */
    void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok =
                    e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                open.accept(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
