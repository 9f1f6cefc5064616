package org.eventscope.app;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EntryCheck;
import org.eventscope.model.Category;
import org.eventscope.model.CategoryColors;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * The small dialogs that make a new file, category or source. What they make is checked by the
 * reader's rules ({@link EntryCheck}); OK stays disabled while the reader would refuse it, and the
 * reader's words say why.
 */
final class EntryDialogs {

    private EntryDialogs() {}

    /** A new file's title and display zone, or empty when cancelled. */
    static Optional<Map.Entry<String, ZoneId>> newFile(Window owner) {
        TextField title = new TextField(Messages.get("file.untitledTitle"));
        title.setId("new-title");
        TextField zone = zoneField("new-zone", ZoneId.systemDefault().getId());
        Label problem = problemLabel();
        Dialog<ButtonType> dialog = dialog(
                owner,
                Messages.get("new.title"),
                grid(new String[] {Messages.get("new.fileTitle"), Messages.get("new.zone")}, title, zone, problem));
        Runnable check = () -> {
            String why = null;
            if (title.getText().isBlank()) {
                why = Messages.get("new.needTitle");
            } else {
                try {
                    ZoneId.of(zone.getText().strip());
                } catch (java.time.DateTimeException e) {
                    why = Messages.get("read.unknownZone", zone.getText().strip());
                }
            }
            show(problem, why);
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(why != null);
        };
        title.textProperty().addListener(o -> check.run());
        zone.textProperty().addListener(o -> check.run());
        check.run();
        Platform.runLater(title::requestFocus);
        return dialog.showAndWait()
                .filter(b -> b == ButtonType.OK)
                .map(b -> Map.entry(
                        title.getText().strip(), ZoneId.of(zone.getText().strip())));
    }

    /**
     * A field for a time zone's name ("Europe/Kyiv"), offering the zones whose names contain what
     * is typed; what it holds is checked where it is used.
     */
    static TextField zoneField(String id, String text) {
        TextField zone = new TextField(text);
        zone.setId(id);
        java.util.List<String> all =
                ZoneId.getAvailableZoneIds().stream().sorted().toList();
        org.controlsfx.control.textfield.TextFields.bindAutoCompletion(zone, request -> {
            String typed = request.getUserText().strip().toLowerCase(java.util.Locale.ROOT);
            return typed.isEmpty()
                    ? java.util.List.of()
                    : all.stream()
                            .filter(z -> z.toLowerCase(java.util.Locale.ROOT).contains(typed))
                            .limit(20)
                            .toList();
        });
        return zone;
    }

    /** A new category of {@code file} with the id {@code id}, or {@code null}. */
    static @Nullable Category category(Window owner, EventFile file, String id) {
        LanguageText name = new LanguageText("category-name", false);
        name.show(null, Map.of(), file.languages());
        java.util.List<Category> with = new java.util.ArrayList<>(file.categories());
        with.add(new Category(id, id, null));
        // The colour the category would get without one of its own.
        ColorPicker colour = new ColorPicker(Color.web(CategoryColors.of(with).get(id)));
        colour.setId("category-colour");
        return ask(
                owner,
                Messages.get("category.new"),
                new String[] {Messages.get("category.name"), Messages.get("category.colour")},
                new Node[] {name, colour},
                name,
                () -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", id);
                    m.put("name", name.value(String::strip));
                    m.put("color", web(colour.getValue()));
                    return EntryCheck.category(file, m);
                });
    }

    /** A new source of {@code file} with the id {@code id}, or {@code null}. */
    static @Nullable Source source(Window owner, EventFile file, String id) {
        LanguageText name = new LanguageText("source-name", false);
        name.show(null, Map.of(), file.languages());
        TextField url = new TextField();
        url.setId("source-url");
        url.setPromptText("https://");
        TextField note = new TextField();
        note.setId("source-note");
        return ask(
                owner,
                Messages.get("source.new"),
                new String[] {Messages.get("source.name"), Messages.get("source.url"), Messages.get("source.note")},
                new Node[] {name, url, note},
                name,
                () -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", id);
                    m.put("name", name.value(String::strip));
                    if (!url.getText().isBlank()) {
                        m.put("url", url.getText().strip());
                    }
                    if (!note.getText().isBlank()) {
                        m.put("note", note.getText().strip());
                    }
                    return EntryCheck.source(file, m);
                });
    }

    private static <T> @Nullable T ask(
            Window owner,
            String title,
            String[] labels,
            Node[] fields,
            LanguageText first,
            java.util.function.Supplier<EntryCheck.Result<T>> check) {
        Label problem = problemLabel();
        Node[] all = new Node[fields.length + 1];
        System.arraycopy(fields, 0, all, 0, fields.length);
        all[fields.length] = problem;
        Dialog<ButtonType> dialog = dialog(owner, title, grid(labels, all));
        AtomicReference<@Nullable T> latest = new AtomicReference<>();
        Consumer<Boolean> run = quiet -> {
            EntryCheck.Result<T> r = check.get();
            String why = r.problems().stream()
                    .filter(f -> f.problem().isError())
                    .map(f -> f.problem().message())
                    .findFirst()
                    .orElse(null);
            show(problem, quiet && !first.changed() ? null : why);
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(!r.ok());
            latest.set(r.entry());
        };
        for (Node f : fields) {
            if (f instanceof LanguageText t) {
                t.onChange(() -> run.accept(false));
            } else if (f instanceof TextField t) {
                t.textProperty().addListener(o -> run.accept(false));
            } else if (f instanceof ColorPicker c) {
                c.valueProperty().addListener(o -> run.accept(false));
            }
        }
        run.accept(true);
        Platform.runLater(first.field()::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK ? latest.get() : null;
    }

    private static Label problemLabel() {
        Label l = new Label();
        l.setId("dialog-problem");
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        l.setWrapText(true);
        l.setMaxWidth(360);
        return l;
    }

    private static void show(Label l, @Nullable String text) {
        l.setText(text == null ? "" : text);
    }

    private static GridPane grid(String[] labels, Node... fields) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int i = 0; i < fields.length; i++) {
            if (i < labels.length) {
                Label label = new Label(labels[i]);
                label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.add(label, 0, i);
            }
            grid.add(fields[i], 1, i);
        }
        return grid;
    }

    private static Dialog<ButtonType> dialog(Window owner, String title, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }

    private static String web(Color c) {
        return String.format(
                "#%02x%02x%02x",
                (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int)
                        Math.round(c.getBlue() * 255));
    }
}
