package org.eventscope.app;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.eventscope.edit.Editor;
import org.eventscope.edit.Part;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EntryCheck;
import org.eventscope.model.Category;
import org.eventscope.model.Era;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The file as a whole: its title and display zone, and its sources, categories and eras
 * ({@link EntriesTab}), each change applied as typed and undoable. The timeline and chart follow.
 */
final class FileDialog {

    private FileDialog() {}

    static void show(Window owner, DocumentModel model) {
        DocumentEdits edits = model.edits();
        Editor editor = edits.editor();
        if (editor == null) {
            return;
        }
        EventFile shown = editor.file();
        LanguageText title = new LanguageText("file-title", false);
        title.show(shown.title(), shown.texts().of("title"), shown.languages());
        TextField zone =
                EntryDialogs.zoneField("file-zone", editor.file().displayZone().getId());
        Label problem = new Label();
        problem.setId("file-problem");
        problem.getStyleClass().add("danger");
        Runnable head = () -> {
            String why = null;
            ZoneId z = null;
            Object text = title.changed()
                    ? title.value(String::strip)
                    : LanguageText.member(editor.file().title(), editor.file().texts(), "title");
            if (text == null || LanguageText.isEmpty(text)) {
                why = Messages.get("new.needTitle");
            } else {
                try {
                    z = ZoneId.of(zone.getText().strip());
                } catch (DateTimeException e) {
                    why = Messages.get("read.unknownZone", zone.getText().strip());
                }
            }
            problem.setText(why == null ? "" : why);
            if (z != null && text != null) {
                ZoneId chosen = z;
                Texts texts = text instanceof Map<?, ?> byLanguage
                        ? editor.file().texts().with("title", stringMap(byLanguage))
                        : editor.file().texts().with("title", null);
                String plain = text instanceof String s ? s : Objects.requireNonNull(Texts.shownOf(texts.of("title")));
                if (edits.edit(e -> e.head(Messages.get("edit.head"), plain, texts, chosen, "file/head"))) {
                    title.settle(plain, texts.of("title"));
                }
            }
        };
        title.onChange(head);
        zone.textProperty().addListener(o -> head.run());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        Label titleLabel = new Label(Messages.get("new.fileTitle"));
        Label zoneLabel = new Label(Messages.get("new.zone"));
        titleLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        zoneLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(0, titleLabel, title);
        grid.addRow(1, zoneLabel, zone);
        grid.add(problem, 1, 2);
        Tab file = new Tab(Messages.get("file.tab"), grid);
        file.setClosable(false);

        EntriesTab<Source> sources = new EntriesTab<>(
                "file.sources",
                Part.SOURCES,
                edits,
                List.of(
                        new EntriesTab.Field("name", "source.name", EntriesTab.Kind.LANGUAGES),
                        new EntriesTab.Field("url", "source.url", EntriesTab.Kind.TEXT),
                        new EntriesTab.Field("note", "source.note", EntriesTab.Kind.TEXT)),
                EntryCheck::source,
                s -> values("id", s.id(), "name", s.name(), "url", s.url(), "note", s.note()),
                Source::name,
                Source::texts,
                id -> members("id", id, "name", Messages.get("entries.newSource")));
        EntriesTab<Category> categories = new EntriesTab<>(
                "file.categories",
                Part.CATEGORIES,
                edits,
                List.of(
                        new EntriesTab.Field("name", "category.name", EntriesTab.Kind.LANGUAGES),
                        new EntriesTab.Field("color", "category.colour", EntriesTab.Kind.COLOUR)),
                EntryCheck::category,
                c -> values("id", c.id(), "name", c.name(), "color", colourOf(model, c)),
                Category::name,
                Category::texts,
                id -> members("id", id, "name", Messages.get("entries.newCategory")));
        EntriesTab<Era> eras = new EntriesTab<>(
                "file.eras",
                Part.ERAS,
                edits,
                List.of(
                        new EntriesTab.Field("title", "era.title", EntriesTab.Kind.LANGUAGES),
                        new EntriesTab.Field("start", "form.start", EntriesTab.Kind.TIME),
                        new EntriesTab.Field("end", "form.end", EntriesTab.Kind.TIME),
                        new EntriesTab.Field("color", "category.colour", EntriesTab.Kind.COLOUR)),
                EntryCheck::era,
                e -> values(
                        "id",
                        e.id(),
                        "title",
                        e.title(),
                        "start",
                        e.start().text(),
                        "end",
                        e.end().text(),
                        "color",
                        Objects.requireNonNullElse(e.color(), "#d0d7de")),
                Era::title,
                Era::texts,
                id -> {
                    EventFile f = Objects.requireNonNull(edits.editor()).file();
                    String year =
                            String.valueOf(java.time.Year.now(f.displayZone()).getValue());
                    String from = f.events().isEmpty()
                            ? year
                            : f.events().get(0).start().text();
                    String to = f.events().isEmpty()
                            ? year
                            : f.events().get(f.events().size() - 1).start().text();
                    return members("id", id, "title", Messages.get("entries.newEra"), "start", from, "end", to);
                });
        InvalidationListener refresh = o -> {
            Document d = model.getDocument();
            if (d != null) {
                sources.show(d.file());
                categories.show(d.file());
                eras.show(d.file());
            }
        };
        refresh.invalidated(null);
        model.documentProperty().addListener(refresh);

        TabPane tabs = new TabPane(file, sources.tab(), categories.tab(), eras.tab());
        tabs.setPrefSize(820, 440);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("file.dialog"));
        dialog.getDialogPane().setId("file-dialog");
        dialog.getDialogPane().setContent(tabs);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.showAndWait();
        model.documentProperty().removeListener(refresh);
        editor.endTyping();
    }

    /** The category's own colour, else the one it is drawn in. */
    private static String colourOf(DocumentModel model, Category c) {
        if (c.color() != null) {
            return c.color();
        }
        Document d = model.getDocument();
        return d == null
                ? "#808080"
                : org.eventscope.model.CategoryColors.of(d.file().categories()).getOrDefault(c.id(), "#808080");
    }

    private static Map<String, String> stringMap(Map<?, ?> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    private static Map<String, String> values(@Nullable String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(String.valueOf(pairs[i]), pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> members(String... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
