package org.eventscope.app;

import javafx.concurrent.Task;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;
import org.eventscope.i18n.Messages;

/** While a file loads, the status bar shows its progress and a Cancel button; then the open document again. */
final class LoadProgress {

    private LoadProgress() {}

    /** Shows {@code model}'s loads in {@code statusBar} from now on. */
    static void show(DocumentModel model, StatusBar statusBar) {
        model.currentLoadProperty().addListener((o, old, task) -> show(task, model, statusBar));
    }

    private static void show(Task<?> task, DocumentModel model, StatusBar statusBar) {
        statusBar.progressProperty().unbind();
        statusBar.getRightItems().clear();
        if (task == null) {
            statusBar.setProgress(0);
            statusBar.setText(MainViewModel.statusText(model.getDocument()));
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
}
