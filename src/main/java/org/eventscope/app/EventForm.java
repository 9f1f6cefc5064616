package org.eventscope.app;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EntryCheck;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Media;
import org.eventscope.model.Source;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The selected event as a form. Every change is checked by the reader's rules
 * ({@link EntryCheck}) as it is typed: a value the reader would refuse is shown at its field in
 * the reader's words and not applied; a value it takes is applied at once (typing in one field is one
 * step of Undo) and the timeline, chart and Problems follow.
 */
final class EventForm extends VBox {

    /** What the form asks of the window. */
    interface Actions {
        /** Applies the edited event; false when the document cannot change now (a save is running). */
        boolean replace(Event before, Event after, String stepName, String field);

        /** Asks for a new category and adds it; returns it, or {@code null} when cancelled. */
        @Nullable
        Category newCategory();

        /** Asks for a new source and adds it; returns it, or {@code null}. */
        @Nullable
        Source newSource();

        void done();
    }

    private final Actions actions;
    private final LanguageText title = new LanguageText("form-title", false);
    private final TimeField start = new TimeField("form-start");
    private final TimeField end = new TimeField("form-end");
    private final CheckBox approximate = new CheckBox(Messages.get("form.approximate"));
    private final ComboBox<Category> category = new ComboBox<>();
    private final TextArea actors = new TextArea();
    private final LanguageText place = new LanguageText("form-place", false);
    private final LanguageText description = new LanguageText("form-description", true);
    private final javafx.scene.control.TextField fatalities = new javafx.scene.control.TextField();
    /** The picture: its address, caption, credit and alternative text. */
    private final javafx.scene.control.TextField[] media = {
        new javafx.scene.control.TextField(),
        new javafx.scene.control.TextField(),
        new javafx.scene.control.TextField(),
        new javafx.scene.control.TextField()
    };

    private static final String[] MEDIA_MEMBERS = {"url", "caption", "credit", "alt"};
    private final CheckComboBox<Source> sources = new CheckComboBox<>();
    private final Map<String, Label> messages = new LinkedHashMap<>();
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final Label general = new Label();
    private @Nullable Event current;
    private @Nullable EventFile file;
    private boolean loading;
    /**
     * What the actors field showed when the event was loaded. A text field drops control
     * characters a file may hold; a member whose field still shows this keeps the event's own
     * value, so looking at an event never changes it (the texts by language do the same).
     */
    private String shownActors = "";

    EventForm(Actions actions) {
        super(8);
        this.actions = actions;
        setId("event-form");
        getStyleClass().add("event-form");
        actors.setId("form-actors");
        category.setId("form-category");
        sources.setId("form-sources");
        approximate.setId("form-approximate");
        end.textField().setPromptText(Messages.get("form.end.prompt"));
        actors.setPrefRowCount(2);
        actors.setPromptText(Messages.get("form.actors.prompt"));
        category.setMaxWidth(Double.MAX_VALUE);
        category.setConverter(names(Category::name, Messages.get("form.category.none")));
        sources.setConverter(names(Source::name, ""));
        sources.setMaxWidth(Double.MAX_VALUE);
        SourceChoice.showNoneWhenEmpty(sources);
        sources.setShowCheckedCount(false);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        row = row(grid, row, "title", Messages.get("form.title"), title);
        row = row(grid, row, "start", Messages.get("form.start"), start);
        row = row(grid, row, "end", Messages.get("form.end"), end);
        row = row(grid, row, "endApproximate", "", approximate);
        row = row(
                grid,
                row,
                "category",
                Messages.get("form.category"),
                withNew(category, this::addCategory, "form.category.new", "form-category-new"));
        row = row(grid, row, "actors", Messages.get("form.actors"), actors);
        row = row(grid, row, "place", Messages.get("form.place"), place);
        row = row(grid, row, "description", Messages.get("form.description"), description);
        fatalities.setId("form-fatalities");
        fatalities.setPrefColumnCount(8);
        fatalities.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fatalities.setPromptText(Messages.get("form.fatalities.none"));
        row = row(grid, row, "fatalities", Messages.get("form.fatalities"), fatalities);
        // Each field named beside it: once filled, a prompt no longer says what a field is for.
        GridPane picture = new GridPane();
        picture.setHgap(6);
        picture.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints boxes = new ColumnConstraints();
        boxes.setHgrow(Priority.ALWAYS);
        boxes.setFillWidth(true);
        picture.getColumnConstraints().addAll(names, boxes);
        for (int i = 0; i < media.length; i++) {
            javafx.scene.control.TextField f = media[i];
            f.setId("form-media-" + MEDIA_MEMBERS[i]);
            f.setPromptText(Messages.get("form.media." + MEDIA_MEMBERS[i]));
            Label name = new Label(Messages.get("form.media." + MEDIA_MEMBERS[i] + ".name"));
            name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            name.setLabelFor(f);
            picture.addRow(i, name, f);
            f.setOnAction(e -> apply("media"));
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    apply("media");
                }
            });
            f.textProperty().addListener(o -> check());
        }
        row = row(grid, row, "media", Messages.get("form.media"), picture);
        row(
                grid,
                row,
                "sources",
                Messages.get("form.sources"),
                withNew(sources, this::addSource, "form.source.new", "form-source-new"));

        Label heading = new Label(Messages.get("form.heading"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Button done = new Button(Messages.get("form.done"));
        done.setId("form-done");
        done.setDefaultButton(false);
        done.setOnAction(e -> actions.done());
        general.getStyleClass().add(Styles.DANGER);
        general.setWrapText(true);
        general.setManaged(false);
        Label hint = new Label(Messages.get("form.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        getChildren().addAll(heading, grid, general, hint, done);
        setPadding(new Insets(14, 16, 16, 16));

        title.onChange(() -> apply("title"));
        start.onChange(o -> check());
        end.onChange(o -> check());
        start.onCommit(() -> apply("start"));
        end.onCommit(() -> apply("end"));
        approximate.selectedProperty().addListener(o -> apply("endApproximate"));
        category.valueProperty().addListener(o -> apply("category"));
        actors.textProperty().addListener(o -> apply("actors"));
        place.onChange(() -> apply("place"));
        description.onChange(() -> apply("description"));
        fatalities.setOnAction(e -> apply("fatalities"));
        fatalities.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply("fatalities");
            }
        });
        fatalities.textProperty().addListener(o -> check());
        sources.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Source>)
                c -> apply("sources"));
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(@Nullable T t) {
                return t == null ? none : org.eventscope.model.Text.oneLine(name.apply(t));
            }

            @Override
            public @Nullable T fromString(String s) {
                return null;
            }
        };
    }

    private static Node withNew(javafx.scene.layout.Region field, Runnable add, String tipKey, String id) {
        Button plus = new Button(null, new FontIcon(MaterialDesignP.PLUS));
        plus.setId(id);
        plus.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        plus.setTooltip(new Tooltip(Messages.get(tipKey)));
        plus.setOnAction(e -> add.run());
        HBox box = new HBox(4, field, plus);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    private int row(GridPane grid, int row, String member, String label, Node field) {
        Label l = new Label(label);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        Label message = new Label();
        message.setId("form-" + member + "-problem");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.setVisible(false);
        message.setManaged(false);
        grid.add(message, 1, row + 1);
        messages.put(member, message);
        fields.put(member, field);
        return row + 2;
    }

    /** The event the form edits, or {@code null}. */
    @Nullable
    Event event() {
        return current;
    }

    /** Shows {@code event} of {@code file}; the fields are left alone when they already show it. */
    void show(Event event, EventFile file) {
        boolean choicesChanged = this.file == null
                || !this.file.categories().equals(file.categories())
                || !this.file.sources().equals(file.sources());
        this.file = file;
        if (choicesChanged) {
            loading = true;
            try {
                List<Category> withNone = new ArrayList<>();
                withNone.add(null);
                withNone.addAll(file.categories());
                category.getItems().setAll(withNone);
                sources.getItems().setAll(file.sources());
            } finally {
                loading = false;
            }
        }
        if (event.equals(current) && !choicesChanged) {
            current = event;
            return;
        }
        current = event;
        loading = true;
        try {
            java.util.Set<String> languages = file.languages();
            title.show(event.title(), event.texts().of("title"), languages);
            start.set(event.start());
            end.set(event.end());
            approximate.setSelected(event.endApproximate());
            category.setValue(file.category(event.category()).orElse(null));
            actors.setText(String.join("\n", event.actors()));
            place.show(event.place(), event.texts().of("place"), languages);
            description.show(event.description(), event.texts().of("description"), languages);
            fatalities.setText(event.fatalities() == null ? "" : String.valueOf(event.fatalities()));
            Media m = event.media();
            String[] shownMedia = m == null
                    ? new String[] {"", "", "", ""}
                    : new String[] {m.url(), orEmpty(m.caption()), orEmpty(m.credit()), orEmpty(m.alt())};
            for (int i = 0; i < media.length; i++) {
                media[i].setText(shownMedia[i]);
            }
            sources.getCheckModel().clearChecks();
            for (String id : event.sourceIds()) {
                file.source(id).ifPresent(s -> sources.getCheckModel().check(s));
            }
            shownActors = actors.getText();
        } finally {
            loading = false;
        }
        showProblems(List.of());
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** Puts the keyboard in the title. */
    void focusTitle() {
        title.field().requestFocus();
        title.field().selectAll();
    }

    /** The event as the fields have it, as members of a file (times as typed). */
    private Map<String, Object> members(Event was) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", was.id());
        m.put("title", text(title, was.title(), was, "title", UnaryOperator.identity()));
        m.put("start", start.text());
        if (!end.text().isEmpty()) {
            m.put("end", end.text());
        }
        if (approximate.isSelected()) {
            m.put("endApproximate", true);
        }
        if (category.getValue() != null) {
            m.put("category", category.getValue().id());
        }
        List<String> names = actors.getText().equals(shownActors)
                ? was.actors()
                : actors.getText()
                        .lines()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        if (!names.isEmpty()) {
            m.put("actors", names);
        }
        Object where = text(place, was.place(), was, "place", String::strip);
        if (where != null && !LanguageText.isEmpty(where)) {
            m.put("place", where);
        }
        String deaths = fatalities.getText().strip();
        if (!deaths.isEmpty()) {
            // A number as the file writes it; anything else goes to the reader, which says what it expected.
            m.put("fatalities", deaths.matches("[0-9]{1,18}") ? (Object) Long.parseLong(deaths) : deaths);
        }
        Map<String, String> picture = new LinkedHashMap<>();
        for (int i = 0; i < media.length; i++) {
            String value = media[i].getText().strip();
            if (!value.isEmpty()) {
                picture.put(MEDIA_MEMBERS[i], value);
            }
        }
        if (!picture.isEmpty()) {
            // A caption without an address goes to the reader too, which says the address is missing.
            m.put("media", picture);
        }
        Object what = text(description, was.description(), was, "description", UnaryOperator.identity());
        if (what != null && !LanguageText.isEmpty(what) && !(what instanceof String s && s.isBlank())) {
            m.put("description", what);
        }
        List<String> ids = sources.getCheckModel().getCheckedItems().stream()
                .map(Source::id)
                .toList();
        if (!ids.isEmpty()) {
            m.put("sources", ids);
        }
        return m;
    }

    /** Shows what the reader would say of the fields as they are, without applying them. */
    private void check() {
        Event was = current;
        EventFile f = file;
        if (!loading && was != null && f != null) {
            showProblems(EntryCheck.event(f, members(was)).problems());
        }
    }

    /** A text member: the event's own while its fields show what they showed, else what they hold. */
    private static @Nullable Object text(
            LanguageText fields, @Nullable String plain, Event was, String member, UnaryOperator<String> clean) {
        return fields.changed() ? fields.value(clean) : LanguageText.member(plain, was.texts(), member);
    }

    private void apply(String field) {
        Event was = current;
        EventFile f = file;
        if (loading || was == null || f == null) {
            return;
        }
        EntryCheck.Result<Event> checked = EntryCheck.event(f, members(was));
        showProblems(checked.problems());
        Event now = checked.entry();
        if (now == null || now.equals(was)) {
            return;
        }
        String step = switch (field) {
            case "title" -> Messages.get("edit.title");
            case "start", "end", "endApproximate" -> Messages.get("edit.time");
            default -> Messages.get("edit.event");
        };
        // The form shows the new event before the window hears of it, so the window's showing it
        // again finds it shown and leaves the fields (and the keyboard) where they are.
        settle(now);
        if (!actions.replace(was, now, step, field)) {
            settle(was);
        }
    }

    /**
     * Takes {@code event} as the one the fields show as they are: a field typed back to what it
     * held before is an edit too.
     */
    private void settle(Event event) {
        current = event;
        title.settle(event.title(), event.texts().of("title"));
        place.settle(event.place(), event.texts().of("place"));
        description.settle(event.description(), event.texts().of("description"));
        shownActors = actors.getText();
    }

    private void showProblems(List<EntryCheck.Found> found) {
        for (Map.Entry<String, Label> e : messages.entrySet()) {
            String text = null;
            boolean error = false;
            for (EntryCheck.Found f : found) {
                if (f.member().equals(e.getKey())) {
                    text = f.problem().message();
                    error = f.problem().isError();
                    break;
                }
            }
            Label l = e.getValue();
            l.setText(text == null ? "" : text);
            l.setVisible(text != null);
            l.setManaged(text != null);
            l.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
            l.getStyleClass().add(error ? Styles.DANGER : Styles.WARNING);
            Node field = fields.get(e.getKey());
            Node input = field instanceof TimeField t
                    ? t.textField()
                    : field instanceof LanguageText lt ? lt.field() : field;
            if (input instanceof TextInputControl) {
                input.pseudoClassStateChanged(Styles.STATE_DANGER, error);
            }
        }
        String other = found.stream()
                .filter(f -> f.member().isEmpty() && f.problem().isError())
                .map(f -> f.problem().message())
                .findFirst()
                .orElse(null);
        general.setText(other == null ? "" : other);
        general.setManaged(other != null);
        general.setVisible(other != null);
    }

    private void addCategory() {
        Category c = actions.newCategory();
        if (c != null) {
            category.setValue(c);
        }
    }

    private void addSource() {
        Source s = actions.newSource();
        if (s != null) {
            sources.getCheckModel().check(s);
        }
    }
}
