package org.eventscope.app;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.eventscope.edit.Editor;
import org.eventscope.edit.Part;
import org.eventscope.edit.Shift;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Precision;
import org.eventscope.model.Source;
import org.eventscope.model.Text;
import org.eventscope.model.TimePoint;
import org.eventscope.timeline.TimeScale;
import org.eventscope.timeline.TimelineView;
import org.jspecify.annotations.Nullable;

/**
 * What the window's editing commands do: New, Save, Save As, Revert, add, duplicate and delete an
 * event, edit it in the details pane, and ask Save / Don't save / Cancel before unsaved changes
 * would be lost. The form's requests ({@link EventForm.Actions}) come here too.
 */
final class EditCommands implements EventForm.Actions {

    private static final javafx.scene.input.KeyCombination UNDO = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    private static final javafx.scene.input.KeyCombination REDO = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.Z,
            javafx.scene.input.KeyCombination.SHORTCUT_DOWN,
            javafx.scene.input.KeyCombination.SHIFT_DOWN);
    private static final javafx.scene.input.KeyCombination REDO_Y = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.Y, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final DocumentModel model;
    private final DetailsPane details;
    private final TimelineView timeline;
    private final StatusBar status;
    private final Supplier<@Nullable File> lastFolder;
    private @Nullable Function<Document, @Nullable Path> saveChooser;

    EditCommands(
            Stage stage,
            DocumentModel model,
            DetailsPane details,
            TimelineView timeline,
            StatusBar status,
            Supplier<@Nullable File> lastFolder) {
        this.stage = stage;
        this.model = model;
        this.details = details;
        this.timeline = timeline;
        this.status = status;
        this.lastFolder = lastFolder;
        details.setEditing(this, this::editSelected);
        // While a save runs nothing can change: the form waits rather than losing what is typed.
        details.formDisabledWhen(model.edits().savingProperty());
        // In the form, Ctrl+Z and Ctrl+Y undo and redo the file's steps (a text field would
        // otherwise undo its own typing, which is a step of the file already).
        details.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                model.edits().undo();
                e.consume();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                model.edits().redo();
                e.consume();
            }
        });
    }

    private DocumentEdits edits() {
        return model.edits();
    }

    // ---- files ---------------------------------------------------------------------------------

    /**
     * Runs {@code then} once unsaved changes are safe: at once when there are none, else after the
     * user chose Save (and the save worked) or Don't save; not at all after Cancel.
     */
    void whenSafe(Runnable then) {
        if (!edits().isDirty()) {
            then.run();
            return;
        }
        Document d = model.getDocument();
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.WARNING, Messages.get("unsaved.text"), save, discard, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle(Messages.get("unsaved.title"));
        ask.setHeaderText(Messages.get("unsaved.header", d == null ? "" : d.name()));
        ask.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return;
        }
        if (answer.get() == discard) {
            then.run();
        } else {
            save(then);
        }
    }

    void newFile() {
        whenSafe(() -> EntryDialogs.newFile(stage).ifPresent(t -> {
            model.newDocument(t.getKey(), t.getValue());
            status.setText(Messages.get("status.newFile"));
        }));
    }

    void save() {
        save(() -> {});
    }

    /** Saves to the document's file (asking where when it has none), then runs {@code then}. */
    private void save(Runnable then) {
        Document d = model.getDocument();
        if (d == null) {
            return;
        }
        if (d.path() == null || d.imported()) {
            saveAs(then);
        } else {
            saveTo(d.path(), then);
        }
    }

    void saveAs() {
        saveAs(() -> {});
    }

    /** Replaces the file chooser of Save As (for tests and scripting): given the document, it names the file or null. */
    void setSaveChooser(@Nullable Function<Document, @Nullable Path> chooser) {
        this.saveChooser = chooser;
    }

    private void saveAs(Runnable then) {
        Document d = model.getDocument();
        if (d == null) {
            return;
        }
        Function<Document, @Nullable Path> ask = saveChooser;
        if (ask != null) {
            Path chosen = ask.apply(d);
            if (chosen != null) {
                saveTo(chosen, then);
            }
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("open.filter.json"), "*.json"));
        File folder = d.path() != null && d.path().getParent() != null
                ? d.path().getParent().toFile()
                : lastFolder.get();
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.setInitialFileName(
                d.imported()
                        ? DocumentModel.importedName(d.name())
                        : d.name().endsWith(".json") ? d.name() : d.name() + ".json");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            saveTo(chosen.toPath(), then);
        }
    }

    /** Saves to {@code target} in the background; the status bar says how it went. */
    void saveTo(Path target, Runnable then) {
        status.setText(Messages.get("status.saving", target.getFileName()));
        edits().save(
                        target,
                        saved -> {
                            status.setText(
                                    saved.backup() == null
                                            ? Messages.get(
                                                    "status.saved", saved.path().getFileName())
                                            : Messages.get(
                                                    "status.savedBackup",
                                                    saved.path().getFileName(),
                                                    saved.backup().getFileName()));
                            then.run();
                        },
                        error -> {
                            String reason = Exports.reason(error);
                            // The messages end the sentence themselves.
                            String why = reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
                            status.setText(Messages.get("status.saveFailed", target.getFileName(), why));
                            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.get("save.failedText", why));
                            alert.initOwner(stage);
                            alert.setTitle(Messages.get("save.failed"));
                            alert.setHeaderText(Messages.get("save.failedHeader", target.toString()));
                            alert.getDialogPane().setId("save-failed");
                            alert.show();
                        });
    }

    /** Throws the unsaved changes away: the file as it is on disk, or an empty new file again. */
    void revert() {
        Document d = model.getDocument();
        if (d == null || !edits().isDirty()) {
            return;
        }
        ButtonType discard = new ButtonType(Messages.get("revert.confirm"), ButtonBar.ButtonData.YES);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("revert.text"), discard, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle(Messages.get("revert.title"));
        ask.setHeaderText(Messages.get("revert.header", d.name()));
        if (ask.showAndWait().filter(b -> b == discard).isEmpty()) {
            return;
        }
        Editor editor = edits().editor();
        if (d.path() != null) {
            model.open(d.path());
        } else if (editor != null) {
            // Not from a file: undo back to where it was opened or last saved.
            edits().edit(e -> {
                while (e.isDirty() && e.canUndo()) {
                    e.undo();
                }
            });
        }
    }

    // ---- events --------------------------------------------------------------------------------

    /** Adds an event at {@code millis} (or the middle of the view), at the precision the zoom shows, and edits it. */
    void addEvent(@Nullable Long millis) {
        Document d = model.getDocument();
        Editor editor = edits().editor();
        if (d == null || editor == null) {
            return;
        }
        TimeScale scale = timeline.getScale();
        ZoneId zone = d.file().displayZone();
        long at = millis != null
                ? millis
                : scale == null ? System.currentTimeMillis() : (long) scale.toMillis(timeline.getWidth() / 2);
        Precision precision = scale == null ? Precision.DAY : precisionFor(scale.millisPerPixel());
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(at), zone);
        TimePoint start = TimePoint.of(local, precision, null, null);
        Event event = new Event(
                editor.newId(Part.EVENTS),
                Messages.get("edit.newEventTitle"),
                start,
                null,
                false,
                null,
                List.of(),
                null,
                null,
                List.of());
        if (edits().edit(e -> e.add(Messages.get("edit.addEvent"), event))) {
            model.selectedEventProperty().set(event);
            details.edit(event, editor.file());
        }
    }

    /** The coarsest precision that still tells apart what a pixel or two of this zoom shows. */
    static Precision precisionFor(double millisPerPixel) {
        double day = 86_400_000;
        if (millisPerPixel > 10 * day) {
            return Precision.MONTH;
        }
        if (millisPerPixel > 5 * 60_000) {
            return Precision.DAY;
        }
        return Precision.MINUTE;
    }

    /** An event dragged on the timeline: moved by whole steps of its precision, if the reader takes the result. */
    void move(TimelineView.Move m) {
        Editor editor = edits().editor();
        if (editor == null) {
            return;
        }
        boolean whole = m.edge() == TimelineView.Edge.WHOLE;
        Event moved = Shift.move(
                m.event(),
                whole || m.edge() == TimelineView.Edge.START,
                whole || m.edge() == TimelineView.Edge.END,
                m.deltaMillis());
        if (moved.equals(m.event())) {
            return;
        }
        // The reader's rules decide: an end dragged before its start is refused, with its words.
        java.util.Map<String, Object> members = new java.util.LinkedHashMap<>();
        members.put("id", moved.id());
        members.put("title", moved.title());
        members.put("start", moved.start().text());
        if (moved.end() != null) {
            members.put("end", moved.end().text());
        }
        org.eventscope.io.EntryCheck.Result<Event> checked = org.eventscope.io.EntryCheck.event(editor.file(), members);
        String refused = checked.problems().stream()
                .filter(f -> f.problem().isError())
                .map(f -> f.problem().message())
                .findFirst()
                .orElse(null);
        if (refused != null) {
            status.setText(Messages.get("status.moveRefused", refused));
            return;
        }
        String name = Messages.get(whole ? "edit.moveEvent" : "edit.resizeEvent");
        // The timeline's index knows where the event stands in the file: a million are not searched.
        Document d = model.getDocument();
        int where = d == null || d.index() == null ? -1 : d.index().fileIndexOf(m.event());
        if (edits().edit(e -> e.replace(name, m.event(), moved, null, where))) {
            model.selectedEventProperty().set(moved);
            status.setText(Messages.get(
                    "status.moved", Text.oneLine(moved.title()), moved.start().text()));
        }
    }

    void deleteSelected() {
        Event selected = model.getSelectedEvent();
        if (selected != null) {
            edits().edit(e -> e.remove(Messages.get("edit.deleteEvent"), List.of(selected)));
        }
    }

    void duplicateSelected() {
        Event s = model.getSelectedEvent();
        Editor editor = edits().editor();
        if (s == null || editor == null) {
            return;
        }
        Event copy = s.copy(editor.newId(Part.EVENTS), Messages.get("edit.copyTitle", s.title()));
        if (edits().edit(e -> e.add(Messages.get("edit.duplicateEvent"), copy))) {
            model.selectedEventProperty().set(copy);
        }
    }

    /** The troop report the selected event carries, or a new one for it. */
    void reportOfSelected() {
        Event s = model.getSelectedEvent();
        if (s != null) {
            ReportDialog.show(stage, edits(), s);
        }
    }

    void editSelected() {
        Event s = model.getSelectedEvent();
        Document d = model.getDocument();
        if (s != null && d != null) {
            details.edit(s, d.file());
        }
    }

    // ---- the form's requests ---------------------------------------------------------------------

    @Override
    public boolean replace(Event before, Event after, String stepName, String field) {
        boolean done = edits().edit(e -> e.replace(stepName, before, after, before.id() + "/" + field));
        if (done && (field.equals("start") || field.equals("end"))) {
            reveal(after);
        }
        return done;
    }

    /** Brings {@code event} into view when a new time took it out of the visible window. */
    private void reveal(Event event) {
        Document d = model.getDocument();
        TimeScale scale = timeline.getScale();
        if (d == null || scale == null) {
            return;
        }
        long at = event.start().startMillis(d.file().displayZone());
        double x = scale.toX(at);
        if (x < 0 || x > timeline.getWidth()) {
            timeline.setScale(TimeScale.anchored((double) at, timeline.getWidth() / 2, scale.millisPerPixel()));
        }
    }

    @Override
    public @Nullable Category newCategory() {
        Editor editor = edits().editor();
        if (editor == null) {
            return null;
        }
        Category c = EntryDialogs.category(stage, editor.file(), editor.newId(Part.CATEGORIES));
        return c != null && edits().edit(e -> e.add(Messages.get("edit.addCategory"), c)) ? c : null;
    }

    @Override
    public @Nullable Source newSource() {
        Editor editor = edits().editor();
        if (editor == null) {
            return null;
        }
        Source s = EntryDialogs.source(stage, editor.file(), editor.newId(Part.SOURCES));
        return s != null && edits().edit(e -> e.add(Messages.get("edit.addSource"), s)) ? s : null;
    }

    @Override
    public void done() {
        details.stopEditing();
        Document d = model.getDocument();
        details.show(model.getSelectedEvent(), d == null ? null : d.file());
        timeline.requestFocus();
    }

    /** The file being edited, for tests. */
    @Nullable
    EventFile file() {
        Editor e = edits().editor();
        return e == null ? null : e.file();
    }
}
