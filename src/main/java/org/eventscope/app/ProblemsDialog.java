package org.eventscope.app;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.eventscope.i18n.Messages;
import org.eventscope.io.Problem;
import org.jspecify.annotations.Nullable;

/** Tells the user why a file could not be opened: every problem, with file, line and column. */
final class ProblemsDialog {

    private ProblemsDialog() {}

    /** Shows the problems of {@code failure}, saying that {@code kept} (if any) stays open. */
    static Alert show(Window owner, DocumentModel.LoadFailure failure, @Nullable Document kept) {
        List<Problem> problems = failure.problems();
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("problems.dialog.title", MainViewModel.failedFile(failure)));
        alert.setHeaderText(MainViewModel.failedLoadHeader(failure, kept));
        TextArea text = new TextArea(problems.stream().map(ProblemsDialog::line).collect(Collectors.joining("\n")));
        text.setId("problems-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, Math.max(3, problems.size() + 1)));
        text.setPrefColumnCount(70);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    /** One problem as a compiler puts it ({@code FILE:LINE:COLUMN: error: message (at /path)}), in the interface's words. */
    static String line(Problem p) {
        String severity = Messages.get(p.isError() ? "problems.severity.error" : "problems.severity.warning");
        String line = !p.hasPosition()
                ? p.file() + ": " + severity + ": " + p.message()
                : Messages.get(
                        "problems.line",
                        p.file(),
                        String.valueOf(p.line()),
                        String.valueOf(p.column()),
                        severity,
                        p.message());
        return p.path() == null || p.path().isEmpty() ? line : line + " " + Messages.get("problems.at", p.path());
    }
}
