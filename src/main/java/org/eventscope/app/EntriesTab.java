package org.eventscope.app;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.eventscope.edit.Editor;
import org.eventscope.edit.Part;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EntryCheck;
import org.eventscope.model.EventFile;
import org.eventscope.model.Text;
import org.eventscope.model.Texts;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * One list of the file (its sources, categories or eras) as a tab: the entries on the left, the
 * chosen one's fields on the right. Every change is checked by the reader's rules
 * ({@link EntryCheck}) as it is typed and applied at once when the reader takes it (typing in one
 * field is one step of Undo); a new entry is added with an id of its own; deleting one takes it out
 * of what refers to it too ({@link Editor#remove}).
 *
 * @param <T> the entries' type
 */
final class EntriesTab<T> {

    /** How a member is edited: as text, as a text in each of the file's languages, as a colour, or as a time. */
    enum Kind {
        TEXT,
        LANGUAGES,
        COLOUR,
        TIME
    }

    /** A member of the entries and its label. */
    record Field(String member, String labelKey, Kind kind) {}

    private final DocumentEdits edits;
    private final Part part;
    private final List<Field> fields;
    private final BiFunction<EventFile, Map<String, Object>, EntryCheck.Result<T>> check;
    private final Function<T, Map<String, String>> values;
    private final Function<T, String> label;
    private final Function<T, Texts> texts;
    private final Function<String, Map<String, Object>> blank;
    private final ListView<T> list = new ListView<>();
    private final Map<String, Node> inputs = new LinkedHashMap<>();
    private final Label problems = new Label();
    private final Tab tab;
    private @Nullable T current;
    private boolean loading;

    /**
     * @param values what each member of an entry holds, as text ("" when absent)
     * @param blank  the members of a new entry with the given id
     */
    EntriesTab(
            String titleKey,
            Part part,
            DocumentEdits edits,
            List<Field> fields,
            BiFunction<EventFile, Map<String, Object>, EntryCheck.Result<T>> check,
            Function<T, Map<String, String>> values,
            Function<T, String> label,
            Function<T, Texts> texts,
            Function<String, Map<String, Object>> blank) {
        this.edits = edits;
        this.part = part;
        this.fields = fields;
        this.check = check;
        this.values = values;
        this.label = label;
        this.texts = texts;
        this.blank = blank;
        String id = part.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        list.setId(id + "-list");
        list.setPrefWidth(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(@Nullable T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Text.oneLine(label.apply(item)));
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        // The fields take the width the dialog has.
        javafx.scene.layout.ColumnConstraints labelColumn = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints fieldColumn = new javafx.scene.layout.ColumnConstraints();
        fieldColumn.setHgrow(Priority.ALWAYS);
        fieldColumn.setFillWidth(true);
        grid.getColumnConstraints().addAll(labelColumn, fieldColumn);
        int row = 0;
        for (Field f : fields) {
            Node input = switch (f.kind()) {
                case TEXT -> {
                    TextField t = new TextField();
                    t.textProperty().addListener(o -> apply(f.member()));
                    yield t;
                }
                case LANGUAGES -> {
                    LanguageText t = new LanguageText(id + "-" + f.member(), false);
                    t.onChange(() -> apply(f.member()));
                    yield t;
                }
                case COLOUR -> {
                    ColorPicker c = new ColorPicker();
                    c.valueProperty().addListener(o -> apply(f.member()));
                    yield c;
                }
                case TIME -> {
                    TimeField t = new TimeField(id + "-" + f.member());
                    t.onChange(o -> showProblems(check()));
                    t.onCommit(() -> apply(f.member()));
                    yield t;
                }
            };
            if (!(input instanceof LanguageText)) {
                input.setId(id + "-" + f.member());
            }
            if (input instanceof javafx.scene.layout.Region r) {
                r.setMaxWidth(Double.MAX_VALUE);
            }
            inputs.put(f.member(), input);
            Label name = new Label(Messages.get(f.labelKey()));
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, name, input);
        }
        problems.setWrapText(true);
        problems.setId(id + "-problems");
        Button add = new Button(Messages.get("entries.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId(id + "-add");
        add.setOnAction(e -> add());
        Button delete = new Button(Messages.get("entries.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId(id + "-delete");
        delete.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete());
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        delete.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox left = new VBox(6, list, new HBox(6, add, delete));
        left.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox right = new VBox(10, grid, problems);
        right.setPadding(new Insets(0, 0, 0, 12));
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(left, right);
        content.setPadding(new Insets(12));
        tab = new Tab(Messages.get(titleKey), content);
        tab.setClosable(false);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> load(now));
    }

    Tab tab() {
        return tab;
    }

    /** Shows the entries of {@code file}, keeping the chosen one (as it is now). */
    @SuppressWarnings("unchecked") // the part's list holds entries of this tab's type
    void show(EventFile file) {
        List<T> entries = (List<T>) part.of(file);
        T chosen = current;
        loading = true;
        try {
            list.getItems().setAll(entries);
            if (chosen != null) {
                String id = values.apply(chosen).get("id");
                for (T t : entries) {
                    if (java.util.Objects.equals(values.apply(t).get("id"), id)) {
                        list.getSelectionModel().select(t);
                        current = t;
                    }
                }
            }
        } finally {
            loading = false;
        }
        if (list.getSelectionModel().getSelectedItem() == null && !entries.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void load(@Nullable T entry) {
        if (loading && entry != null && entry.equals(current)) {
            return;
        }
        boolean was = loading;
        loading = true;
        try {
            current = entry;
            Map<String, String> v = entry == null ? Map.of() : values.apply(entry);
            Editor editor = edits.editor();
            java.util.Set<String> languages =
                    editor == null ? java.util.Set.of() : editor.file().languages();
            for (Field f : fields) {
                Node input = inputs.get(f.member());
                String text = v.getOrDefault(f.member(), "");
                if (input instanceof LanguageText t) {
                    t.show(text, entry == null ? Map.of() : texts.apply(entry).of(f.member()), languages);
                    t.setDisable(entry == null);
                } else if (input instanceof TextField t) {
                    t.setText(text);
                    t.setDisable(entry == null);
                } else if (input instanceof ColorPicker c) {
                    c.setValue(text.isEmpty() ? Color.GRAY : Color.web(text));
                    c.setDisable(entry == null);
                } else if (input instanceof TimeField t) {
                    t.set(text.isEmpty() ? null : org.eventscope.model.TimePoint.parse(text));
                    t.setDisable(entry == null);
                }
            }
        } finally {
            loading = was;
        }
        showProblems(null);
    }

    private Map<String, Object> members(T entry) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", values.apply(entry).get("id"));
        for (Field f : fields) {
            Node input = inputs.get(f.member());
            String text = "";
            if (input instanceof LanguageText t) {
                Object value = t.changed()
                        ? t.value(String::strip)
                        : LanguageText.member(values.apply(entry).get(f.member()), texts.apply(entry), f.member());
                m.put(f.member(), value == null ? "" : value);
                continue;
            } else if (input instanceof TextField t) {
                text = t.getText().strip();
            } else if (input instanceof ColorPicker c) {
                Color v = c.getValue();
                text = String.format(
                        "#%02x%02x%02x",
                        (int) Math.round(v.getRed() * 255), (int) Math.round(v.getGreen() * 255), (int)
                                Math.round(v.getBlue() * 255));
            } else if (input instanceof TimeField t) {
                text = t.text();
            }
            if (!text.isEmpty() || f.member().equals("name") || f.member().equals("title")) {
                m.put(f.member(), text);
            }
        }
        return m;
    }

    private EntryCheck.@Nullable Result<T> check() {
        Editor editor = edits.editor();
        T entry = current;
        if (loading || editor == null || entry == null) {
            return null;
        }
        return check.apply(editor.file(), members(entry));
    }

    private void apply(String member) {
        EntryCheck.Result<T> r = check();
        showProblems(r);
        T was = current;
        if (r == null || was == null || r.entry() == null || r.entry().equals(was)) {
            return;
        }
        T now = r.entry();
        String id = values.apply(was).get("id");
        if (edits.edit(e -> e.replace(Messages.get("edit.entry", label.apply(was)), was, now, id + "/" + member))) {
            current = now;
            for (Map.Entry<String, Node> input : inputs.entrySet()) {
                if (input.getValue() instanceof LanguageText t) {
                    t.settle(
                            values.apply(now).get(input.getKey()),
                            texts.apply(now).of(input.getKey()));
                }
            }
        }
    }

    private void showProblems(EntryCheck.@Nullable Result<T> r) {
        if (r == null || r.problems().isEmpty()) {
            problems.setText("");
            return;
        }
        boolean error = r.problems().stream().anyMatch(f -> f.problem().isError());
        problems.setText(String.join(
                "\n", r.problems().stream().map(f -> f.problem().message()).toList()));
        problems.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
        problems.getStyleClass().add(error ? Styles.DANGER : Styles.WARNING);
    }

    private void add() {
        Editor editor = edits.editor();
        if (editor == null) {
            return;
        }
        String id = editor.newId(part);
        EntryCheck.Result<T> r = check.apply(editor.file(), blank.apply(id));
        T entry = r.entry();
        if (entry != null && edits.edit(e -> e.add(Messages.get("edit.addEntry"), entry))) {
            current = entry;
            show(editor.file());
            list.getSelectionModel().select(entry);
        }
    }

    private void delete() {
        T entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            current = null;
            edits.edit(e -> e.remove(Messages.get("edit.deleteEntry", label.apply(entry)), List.of(entry)));
        }
    }
}
