package org.eventscope.app;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A text of an entry as an editor has it: a field per language when the file writes its texts in
 * several ({@link org.eventscope.model.EventFile#languages}), each marked with its language tag,
 * else one field. What it holds comes out as a file writes a text ({@link #value}): a string, or
 * texts by language; a text that was one string stays one string until a second language is given.
 */
final class LanguageText extends VBox {

    private final String id;
    private final boolean area;
    private final List<String> languages = new ArrayList<>();
    private final List<TextInputControl> fields = new ArrayList<>();
    /** What each field showed when the text was shown or last applied. */
    private final List<String> loaded = new ArrayList<>();
    /**
     * The entry's own text in each field's language then: a field that still shows what it
     * showed gives it back as it was (a text field drops control characters a file may hold).
     */
    private final List<String> own = new ArrayList<>();

    private final List<Runnable> listeners = new ArrayList<>();
    /** Whether the text was one string when it was shown: it is one again when only its language is left. */
    private boolean plainWhenShown = true;

    private int main;

    /**
     * @param id   the id of the field of the shown language; the others get {@code id-LANGUAGE}
     * @param area whether the text has several lines (a description)
     */
    LanguageText(String id, boolean area) {
        super(2);
        this.id = id;
        this.area = area;
        show(null, Map.of(), Set.of());
    }

    /** Runs {@code r} whenever a field changes. */
    void onChange(Runnable r) {
        listeners.add(r);
    }

    /**
     * Shows a text that is {@code plain}, or {@code byLanguage} when the file gives it in several
     * languages, with a field for each of {@code fileLanguages} too.
     */
    void show(@Nullable String plain, Map<String, String> byLanguage, Set<String> fileLanguages) {
        plainWhenShown = byLanguage.isEmpty();
        // The file's languages in its order, then the text's own others: an edit never reorders the fields.
        Set<String> wanted = new LinkedHashSet<>();
        if (!plainWhenShown || fileLanguages.size() >= 2) {
            wanted.addAll(fileLanguages);
        }
        wanted.addAll(byLanguage.keySet());
        List<String> now = new ArrayList<>(wanted);
        if (!now.equals(languages) || fields.isEmpty()) {
            build(now);
        }
        main = 0;
        for (int i = 0; i < languages.size(); i++) {
            if (Texts.isShownLanguage(languages.get(i))) {
                main = i;
                break;
            }
        }
        remember(plain, byLanguage);
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).setText(own.get(i));
        }
        settleFields();
    }

    /** The entry's own text in each field's language. */
    private void remember(@Nullable String plain, Map<String, String> byLanguage) {
        own.clear();
        for (int i = 0; i < fields.size(); i++) {
            String text;
            if (languages.isEmpty()) {
                text = plain == null ? "" : plain;
            } else if (byLanguage.isEmpty()) {
                text = i == main && plain != null ? plain : "";
            } else {
                text = byLanguage.getOrDefault(languages.get(i), "");
            }
            own.add(text);
        }
    }

    private void settleFields() {
        loaded.clear();
        for (TextInputControl f : fields) {
            loaded.add(f.getText());
        }
    }

    private void build(List<String> wanted) {
        languages.clear();
        languages.addAll(wanted);
        fields.clear();
        getChildren().clear();
        int n = Math.max(1, languages.size());
        for (int i = 0; i < n; i++) {
            TextInputControl field = area ? new TextArea() : new TextField();
            if (field instanceof TextArea a) {
                a.setPrefRowCount(languages.size() > 1 ? 3 : 5);
                a.setWrapText(true);
            }
            field.textProperty().addListener(o -> listeners.forEach(Runnable::run));
            fields.add(field);
            if (languages.isEmpty()) {
                field.setId(id);
                getChildren().add(field);
            } else {
                String language = languages.get(i);
                Label tag = new Label(language);
                tag.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "language-tag");
                tag.setMinWidth(28);
                tag.setTooltip(new Tooltip(Messages.get("form.language", language)));
                field.setAccessibleText(Messages.get("form.language", language));
                HBox row = new HBox(4, tag, field);
                row.setAlignment(area ? javafx.geometry.Pos.TOP_LEFT : javafx.geometry.Pos.CENTER_LEFT);
                HBox.setHgrow(field, Priority.ALWAYS);
                getChildren().add(row);
            }
        }
        // The shown language's field keeps the plain id, so the keyboard and the problems find it.
        int shown = 0;
        for (int i = 0; i < languages.size(); i++) {
            if (Texts.isShownLanguage(languages.get(i))) {
                shown = i;
                break;
            }
        }
        for (int i = 0; i < languages.size(); i++) {
            fields.get(i).setId(i == shown ? id : id + "-" + languages.get(i));
        }
    }

    /** The field of the shown language (or the one field). */
    TextInputControl field() {
        return fields.get(main);
    }

    /** The field of {@code language}, or {@code null}. */
    @Nullable
    TextInputControl field(String language) {
        int i = languages.indexOf(language);
        return i < 0 ? null : fields.get(i);
    }

    /**
     * Takes what the fields show as the text as it is, after it was applied: the entry now has
     * it as {@code plain}, or {@code byLanguage} when given in several languages.
     */
    void settle(@Nullable String plain, Map<String, String> byLanguage) {
        remember(plain, byLanguage);
        settleFields();
    }

    /** Whether any field shows other than it did when the text was shown. */
    boolean changed() {
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).getText().equals(loaded.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text as a file member: a String (possibly empty), or a Map from language to text of the
     * languages given; {@code clean} is applied to each text, and a text blank after it counts as
     * not given.
     */
    Object value(UnaryOperator<String> clean) {
        if (languages.isEmpty()) {
            String shown = fields.get(0).getText();
            return shown.equals(loaded.get(0)) ? own.get(0) : clean.apply(shown);
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String shown = fields.get(i).getText();
            String text = shown.equals(loaded.get(i)) ? own.get(i) : clean.apply(shown);
            if (!text.isBlank()) {
                given.put(languages.get(i), text);
            }
        }
        if (given.isEmpty()) {
            return "";
        }
        String only = given.get(languages.get(main));
        if (plainWhenShown && given.size() == 1 && only != null) {
            return only;
        }
        return given;
    }

    /** A text as a file member, as the entry has it: texts by language when given so, else {@code plain}. */
    static @Nullable Object member(@Nullable String plain, Texts texts, String field) {
        Map<String, String> byLanguage = texts.of(field);
        return byLanguage.isEmpty() ? plain : byLanguage;
    }

    /** Whether a member value from {@link #value} gives no text. */
    static boolean isEmpty(Object value) {
        return value instanceof String s && s.isEmpty();
    }
}
