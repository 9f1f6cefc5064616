package org.eventscope.app;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.eventscope.i18n.Messages;
import org.eventscope.io.Problem;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lists the problems of the open document (warnings) or of a file that could not be opened
 * (errors), each with its line, column and JSON path. Opens by itself only for errors; warnings
 * show as a count and a sign in its title.
 */
final class ProblemsPane extends TitledPane {

    private final Label summary = new Label();
    private final ListView<Problem> list = new ListView<>();

    ProblemsPane() {
        setId("problems");
        getStyleClass().add("problems-pane");
        summary.setId("problems-summary");
        summary.setWrapText(true);
        list.setId("problems-list");
        list.setPrefHeight(140);
        list.setCellFactory(v -> new ProblemCell());
        list.setPlaceholder(new Label(Messages.get("problems.none")));
        setAnimated(false);
        // The list joins the scene when the panel first opens: most files have nothing to list,
        // and the window starts sooner without it.
        expandedProperty().addListener((o, was, expanded) -> {
            if (expanded && getContent() == null) {
                setContent(new VBox(6, summary, list));
            }
        });
        showDocument(null);
    }

    /** Shows the warnings of the document that is open now. */
    void showDocument(@Nullable Document document) {
        List<Problem> warnings = document == null ? List.of() : document.warnings();
        list.setItems(FXCollections.observableArrayList(warnings));
        String warningCount = Messages.count(Problem.count(warnings, Problem.Severity.WARNING), "count.warning");
        setText(
                warnings.isEmpty()
                        ? Messages.get("problems.title")
                        : Messages.get("problems.titleCount", warningCount));
        summary.setText(
                document == null
                        ? Messages.get("problems.noFile")
                        : warnings.isEmpty()
                                ? Messages.get("problems.clean", document.name())
                                : Messages.get("problems.warnings", document.name(), warningCount));
        // Warnings wait in the panel's title (a count and a sign) until the user opens it; only a
        // file that cannot be opened opens it by itself.
        setGraphic(warnings.isEmpty() ? null : badge(false));
        if (warnings.isEmpty()) {
            setExpanded(false);
        }
    }

    private static FontIcon badge(boolean errors) {
        FontIcon icon = new FontIcon(errors ? "mdi2a-alert-circle-outline" : "mdi2a-alert-outline");
        icon.getStyleClass().addAll("problems-badge", errors ? "errors" : "warnings");
        return icon;
    }

    /**
     * Shows why a file was not opened, and which document stays open; {@code reload} when it is
     * the open document, read again after it changed on disk: then its last good version stays.
     */
    void showFailedLoad(DocumentModel.LoadFailure failure, @Nullable Document kept, boolean reload) {
        List<Problem> problems = failure.problems();
        list.setItems(FXCollections.observableArrayList(problems));
        setText(Messages.get("problems.titleCount", MainViewModel.errorCount(problems)));
        setGraphic(badge(true));
        summary.setText(MainViewModel.failedLoadSummary(failure, kept, reload));
        setExpanded(true);
    }

    /** One problem: severity, position and message. */
    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll("problem-error", "problem-warning");
            if (empty || p == null) {
                setText(null);
                return;
            }
            getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
            String text = !p.hasPosition()
                    ? p.message()
                    : Messages.get(
                            "problems.cell",
                            Messages.get(p.isError() ? "problems.error" : "problems.warning"),
                            p.line(),
                            p.column(),
                            p.message());
            setText(text + (p.path().isEmpty() ? "" : "  (" + p.path() + ")"));
        }
    }
}
