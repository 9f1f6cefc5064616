package org.eventscope.app;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.eventscope.edit.Part;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EntryCheck;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.Text;
import org.eventscope.model.TroopReport;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The troop report an event carries, as a form: its date, who reported it, what was counted, its
 * sources, and the bands as rows of distance and troops. Each change the reader accepts
 * ({@link EntryCheck}) is applied at once, so the chart follows while typing, and the reader's
 * warnings (troops that fall as the distance grows) show at once; each field is one step of Undo.
 */
final class ReportDialog {

    private final DocumentEdits edits;
    private final Event carrier;
    private final String id;
    private @Nullable TroopReport current;
    private final TimeField date = new TimeField("report-date");
    private final LanguageText reportedBy = new LanguageText("report-by", false);
    private final LanguageText subject = new LanguageText("report-subject", false);
    private final CheckComboBox<Source> sources = new CheckComboBox<>();
    private final VBox bandRows = new VBox(4);
    private final List<TextField[]> bands = new ArrayList<>();
    private final Label problems = new Label();
    private boolean loading;

    private ReportDialog(DocumentEdits edits, Event carrier, @Nullable TroopReport existing, String id) {
        this.edits = edits;
        this.carrier = carrier;
        this.current = existing;
        this.id = id;
    }

    /** Edits the report {@code carrier} carries, or makes one for it. */
    static void show(Window owner, DocumentEdits edits, Event carrier) {
        var editor = edits.editor();
        if (editor == null) {
            return;
        }
        EventFile file = editor.file();
        TroopReport existing = file.reportOf(carrier).orElse(null);
        String id = existing != null ? existing.id() : editor.newId(Part.TROOP_REPORTS);
        new ReportDialog(edits, carrier, existing, id).run(owner, file);
    }

    private void run(Window owner, EventFile file) {
        sources.setId("report-sources");
        problems.setId("report-problems");
        problems.setWrapText(true);
        problems.setMaxWidth(460);
        sources.setConverter(new StringConverter<>() {
            @Override
            public String toString(@Nullable Source s) {
                return s == null ? "" : Text.oneLine(s.name());
            }

            @Override
            public @Nullable Source fromString(String s) {
                return null;
            }
        });
        sources.getItems().setAll(file.sources());
        SourceChoice.showNoneWhenEmpty(sources);
        sources.setMaxWidth(Double.MAX_VALUE);
        loading = true;
        TroopReport r = current;
        if (r != null) {
            date.set(r.date());
            reportedBy.show(r.reportedBy(), r.texts().of("reportedBy"), file.languages());
            subject.show(r.subject(), r.texts().of("subject"), file.languages());
            for (String s : r.sourceIds()) {
                file.source(s).ifPresent(sources.getCheckModel()::check);
            }
            r.bands().forEach(b -> addBand(String.valueOf(b.withinKm()), String.valueOf(b.troops())));
        } else {
            date.set(carrier.start());
            reportedBy.show(null, Map.of(), file.languages());
            subject.show(null, Map.of(), file.languages());
            for (String s : carrier.sourceIds()) {
                file.source(s).ifPresent(sources.getCheckModel()::check);
            }
            addBand("", "");
        }
        loading = false;

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("report.event"), new Label(Text.oneLine(carrier.title())));
        grid.addRow(1, label("report.date"), date);
        grid.addRow(2, label("report.by"), reportedBy);
        grid.addRow(3, label("report.subject"), subject);
        grid.addRow(4, label("form.sources"), sources);
        Button add = new Button(Messages.get("report.addBand"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("report-add-band");
        add.setOnAction(e -> {
            addBand("", "");
            apply("bands");
        });
        HBox heads = new HBox(8, head("report.km"), head("report.troops"));
        grid.addRow(5, label("report.bands"), new VBox(4, heads, bandRows, add));
        VBox content = new VBox(10, grid, problems);
        content.setPadding(new Insets(8, 12, 4, 12));

        date.onChange(o -> check());
        date.onCommit(() -> apply("date"));
        reportedBy.onChange(() -> apply("reportedBy"));
        subject.onChange(() -> apply("subject"));
        sources.getCheckModel().getCheckedItems().addListener((ListChangeListener<Source>) c -> apply("sources"));

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("report.title"));
        dialog.setHeaderText(Messages.get(current == null ? "report.new" : "report.edit"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("report-dialog");
        check();
        javafx.application.Platform.runLater(reportedBy.field()::requestFocus);
        dialog.showAndWait();
        var editor = edits.editor();
        if (editor != null) {
            editor.endTyping();
        }
    }

    /** A field's label, never cut short. */
    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label head(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        l.setPrefWidth(130);
        return l;
    }

    private void addBand(String km, String troops) {
        TextField k = new TextField(km);
        TextField t = new TextField(troops);
        int row = bands.size();
        k.setId("report-km-" + row);
        t.setId("report-troops-" + row);
        k.setPrefColumnCount(8);
        t.setPrefColumnCount(10);
        TextField[] fields = {k, t};
        Button remove = new Button(null, new FontIcon(MaterialDesignM.MINUS));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        HBox line = new HBox(8, k, t, remove);
        remove.setOnAction(e -> {
            bands.remove(fields);
            bandRows.getChildren().remove(line);
            apply("bands");
        });
        k.textProperty().addListener(o -> apply("bands"));
        t.textProperty().addListener(o -> apply("bands"));
        bands.add(fields);
        bandRows.getChildren().add(line);
    }

    /** A whole number as typed ("143,500" or "143 500"), else the text itself for the reader to refuse. */
    private static Object number(String text) {
        String digits = text.strip().replaceAll("[\\s,'\u00a0\u202f_]", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }

    private Map<String, Object> members() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("date", date.text());
        TroopReport r = current;
        m.put("reportedBy", text(reportedBy, r == null ? null : r.reportedBy(), r, "reportedBy"));
        Object about = text(subject, r == null ? null : r.subject(), r, "subject");
        if (!LanguageText.isEmpty(about)) {
            m.put("subject", about);
        }
        List<String> ids = sources.getCheckModel().getCheckedItems().stream()
                .map(Source::id)
                .toList();
        if (!ids.isEmpty()) {
            m.put("sources", ids);
        }
        m.put("event", carrier.id());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TextField[] f : bands) {
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("withinKm", number(f[0].getText()));
            band.put("troops", number(f[1].getText()));
            rows.add(band);
        }
        m.put("bands", rows);
        return m;
    }

    /** A text member: the report's own while its fields show what they showed, else what they hold. */
    private static Object text(LanguageText fields, @Nullable String plain, @Nullable TroopReport r, String member) {
        Object own = r == null ? null : LanguageText.member(plain, r.texts(), member);
        return fields.changed() || own == null ? fields.value(String::strip) : own;
    }

    private EntryCheck.@Nullable Result<TroopReport> check() {
        var editor = edits.editor();
        if (editor == null) {
            return null;
        }
        EntryCheck.Result<TroopReport> r = EntryCheck.troopReport(editor.file(), members());
        List<String> lines = new ArrayList<>();
        boolean error = false;
        for (EntryCheck.Found f : r.problems()) {
            lines.add(f.problem().message());
            error |= f.problem().isError();
        }
        problems.setText(String.join("\n", lines));
        problems.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
        problems.getStyleClass().add(error ? Styles.DANGER : Styles.WARNING);
        return r;
    }

    private void apply(String field) {
        if (loading) {
            return;
        }
        EntryCheck.Result<TroopReport> r = check();
        TroopReport now = r == null ? null : r.entry();
        if (now == null || now.equals(current)) {
            return;
        }
        TroopReport was = current;
        boolean done = was == null
                ? edits.edit(e -> e.add(Messages.get("edit.addReport"), now))
                : edits.edit(e -> e.replace(Messages.get("edit.report"), was, now, id + "/" + field));
        if (done) {
            current = now;
            reportedBy.settle(now.reportedBy(), now.texts().of("reportedBy"));
            subject.settle(now.subject(), now.texts().of("subject"));
        }
    }
}
