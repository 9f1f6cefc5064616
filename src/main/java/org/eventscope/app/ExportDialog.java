package org.eventscope.app;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.eventscope.chart.ChartContent;
import org.eventscope.export.ChartExport;
import org.eventscope.export.ExportMemory;
import org.eventscope.export.ImageFormat;
import org.eventscope.export.Picture;
import org.eventscope.export.PictureSize;
import org.eventscope.i18n.Messages;
import org.eventscope.timeline.TimelineExport;
import org.jspecify.annotations.Nullable;

/**
 * Asks what to export and how: the chart, the timeline's window or both; PNG, SVG or PDF; a size
 * preset or a custom size; the PNG scale; and the title, caption and credit line, with a live
 * preview of the result.
 */
final class ExportDialog extends Dialog<ExportDialog.Request> {

    /** What the user chose. */
    record Request(Picture picture, ImageFormat format, double scale, String credit) {}

    /** A size in the list: one of {@link PictureSize#ALL}, a custom size, or as high as the content. */
    record SizeChoice(@Nullable PictureSize preset, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final SizeChoice CUSTOM = new SizeChoice(null, Messages.get("export.customSize"));
    /** A timeline page 1200 wide and as high as its content, as the command line makes it by default. */
    static final SizeChoice FIT = new SizeChoice(null, Messages.get("export.fitHeight"));

    private static final List<SizeChoice> PRESETS =
            PictureSize.ALL.stream().map(p -> new SizeChoice(p, p.toString())).toList();

    private final ComboBox<Picture.Kind> kind =
            new ComboBox<>(FXCollections.observableArrayList(Picture.Kind.values()));
    private final ToggleGroup format = new ToggleGroup();
    private final ComboBox<SizeChoice> size = new ComboBox<>(FXCollections.observableArrayList(PRESETS));
    private final Spinner<Integer> width = new Spinner<>(100, 16_384, 1200, 50);
    private final Spinner<Integer> height = new Spinner<>(100, 16_384, 675, 50);
    private final ComboBox<Integer> scale = new ComboBox<>(FXCollections.observableArrayList(1, 2, 4));
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final TextArea caption = new TextArea();
    private final TextField credit = new TextField();
    private final Label output = new Label();
    private final ImageView preview = new ImageView();
    private final ButtonType save;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(150));
    private final @Nullable ChartContent content;
    private final TimelineExport timeline;
    private final LongSupplier availableMemory;
    /** Title, caption and credit as typed, per kind of picture. */
    private final java.util.Map<Picture.Kind, String[]> texts = new java.util.EnumMap<>(Picture.Kind.class);

    ExportDialog(Window owner, @Nullable ChartContent content, TimelineExport timeline, Picture.Kind initial) {
        this(owner, content, timeline, initial, ExportMemory::available);
    }

    /** @param availableMemory the free heap, in bytes: a PNG that needs more is flagged */
    ExportDialog(
            Window owner,
            @Nullable ChartContent content,
            TimelineExport timeline,
            Picture.Kind initial,
            LongSupplier availableMemory) {
        this.content = content;
        this.timeline = timeline;
        this.availableMemory = availableMemory;
        initOwner(owner);
        setTitle(Messages.get("export.title"));
        setHeaderText(Messages.get("export.header"));
        setResizable(true);

        kind.setId("export-kind");
        kind.setValue(content == null ? Picture.Kind.TIMELINE : initial);
        if (content == null) {
            kind.getItems().setAll(Picture.Kind.TIMELINE);
        }
        HBox formats = new HBox(12);
        for (ImageFormat f : ImageFormat.values()) {
            RadioButton b = new RadioButton(f.toString());
            b.setUserData(f);
            b.setTooltip(new javafx.scene.control.Tooltip(f.description()));
            b.setId("export-" + f.extension());
            b.setToggleGroup(format);
            b.setSelected(f == ImageFormat.PNG);
            formats.getChildren().add(b);
        }
        size.setId("export-size");
        offerSizes(kind.getValue());
        if (kind.getValue() == Picture.Kind.TIMELINE) {
            size.setValue(FIT);
        }
        width.setEditable(true);
        height.setEditable(true);
        scale.setId("export-scale");
        scale.setValue(2);
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n + "×";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replace("×", "").strip());
            }
        });
        title.setId("export-title");
        subtitle.setId("export-subtitle");
        caption.setId("export-caption");
        credit.setId("export-credit");
        credit.setPromptText(Messages.get("export.creditPrompt"));
        credit.setTooltip(new javafx.scene.control.Tooltip(Messages.get("export.creditTip")));
        output.setId("export-output");
        caption.setWrapText(true);
        caption.setPrefRowCount(4);
        // The chart and the timeline page say different things: each kind keeps its own texts.
        // Title, subtitle, notes, credit; a timeline page's subtitle is the time it spans.
        String[] chartTexts = content == null
                ? new String[] {"", "", "", ""}
                : new String[] {content.title(), content.subtitle(), content.caption(), content.credit()};
        texts.put(Picture.Kind.CHART, chartTexts);
        texts.put(Picture.Kind.BOTH, chartTexts.clone());
        texts.put(Picture.Kind.TIMELINE, new String[] {timeline.texts().title(), "", "", chartTexts[3]});
        showTexts(kind.getValue());
        kind.valueProperty().addListener((o, was, now) -> {
            if (was != null) {
                texts.put(was, new String[] {title.getText(), subtitle.getText(), caption.getText(), credit.getText()});
            }
            if (now != null) {
                showTexts(now);
            }
        });
        width.setDisable(true);
        height.setDisable(true);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label(Messages.get("export.what")), kind);
        form.addRow(row++, new Label(Messages.get("export.format")), formats);
        form.addRow(row++, new Label(Messages.get("export.size")), size);
        form.addRow(row++, new Label(Messages.get("export.custom")), new HBox(6, width, new Label("×"), height));
        form.addRow(row++, new Label(Messages.get("export.scale")), scale);
        form.addRow(row++, new Label(Messages.get("export.titleField")), title);
        form.addRow(row++, new Label(Messages.get("export.subtitle")), subtitle);
        form.addRow(row++, new Label(Messages.get("export.caption")), caption);
        form.addRow(row++, new Label(Messages.get("export.credit")), credit);
        form.add(output, 1, row);
        width.setPrefWidth(110);
        height.setPrefWidth(110);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints(360);
        form.getColumnConstraints().addAll(labels, fields);
        for (javafx.scene.control.Control c :
                new javafx.scene.control.Control[] {kind, size, scale, title, subtitle, caption, credit}) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        form.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        preview.setPreserveRatio(true);
        preview.setFitWidth(480);
        preview.setFitHeight(320);
        preview.setId("export-preview");
        StackPane previewBox = new StackPane(preview);
        previewBox.setMinSize(480, 320);
        previewBox.setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-default;");
        HBox body = new HBox(18, form, previewBox);
        body.setPadding(new Insets(10));
        getDialogPane().setContent(body);
        getDialogPane().setMinWidth(980);

        save = new ButtonType(Messages.get("export.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(Exports.cancelButton(), save);
        setResultConverter(b -> b == save ? request().orElse(null) : null);

        debounce.setOnFinished(e -> refresh());
        kind.valueProperty().addListener((o, was, now) -> offerSizes(now));
        size.valueProperty().addListener((o, a, v) -> {
            boolean isCustom = CUSTOM.equals(v);
            width.setDisable(!isCustom);
            height.setDisable(!isCustom);
            if (FIT.equals(v)) {
                width.getValueFactory().setValue(1200);
            } else if (v != null && v.preset() != null) {
                width.getValueFactory().setValue((int) Math.round(v.preset().width()));
                height.getValueFactory().setValue((int) Math.round(v.preset().height()));
            }
            changed();
        });
        for (var p : new javafx.beans.Observable[] {
            kind.valueProperty(),
            format.selectedToggleProperty(),
            width.valueProperty(),
            height.valueProperty(),
            scale.valueProperty(),
            title.textProperty(),
            subtitle.textProperty(),
            caption.textProperty(),
            credit.textProperty()
        }) {
            p.addListener(o -> changed());
        }
        scale.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> format().vector() || print(), format.selectedToggleProperty(), size.valueProperty()));
        refresh();
    }

    private void showTexts(Picture.Kind k) {
        String[] t = texts.getOrDefault(k, new String[] {"", "", "", ""});
        title.setText(t[0]);
        subtitle.setText(t[1]);
        caption.setText(t[2]);
        credit.setText(t[3]);
        subtitle.setDisable(k == Picture.Kind.TIMELINE);
    }

    private void changed() {
        debounce.playFromStart();
    }

    /** The picture as chosen now, or empty when the size cannot be drawn. */
    Optional<Request> request() {
        ChartContent edited = content == null
                ? null
                : content.withText(title.getText(), subtitle.getText(), caption.getText(), credit.getText());
        Picture.Kind k = kind.getValue();
        TimelineExport page = k == Picture.Kind.TIMELINE
                ? timeline.saying(new TimelineExport.Texts(title.getText(), caption.getText(), credit.getText()))
                : timeline;
        PictureSize preset = preset();
        // A preset's own size: a print size in millimetres is a fraction of a pixel, not the spinner's round number.
        double w = preset == null ? width.getValue() : preset.width();
        double h = preset == null ? height.getValue() : preset.height();
        Picture picture = k == Picture.Kind.TIMELINE && FIT.equals(size.getValue())
                ? Picture.timelinePage(page, width.getValue(), format().vector() ? 1 : scale())
                : new Picture(k, k == Picture.Kind.TIMELINE ? null : edited, page, w, h);
        return Optional.of(
                new Request(picture, format(), scale(), credit.getText().strip()));
    }

    /** The size chosen from {@link PictureSize#ALL}, or {@code null} for a custom size or one that follows the content. */
    private @Nullable PictureSize preset() {
        return size.getValue() == null ? null : size.getValue().preset();
    }

    /** The PNG scale: 300 dpi for a print size, else the one chosen. */
    private double scale() {
        PictureSize preset = preset();
        return preset == null ? scaleOrTwo() : preset.pngScale(scaleOrTwo());
    }

    /** Whether a print size is chosen: its PNG is at 300 dpi, whatever the scale. */
    private boolean print() {
        PictureSize preset = preset();
        return preset != null && preset.millimetres();
    }

    /** The format chosen. */
    private ImageFormat format() {
        return format.getSelectedToggle() == null
                ? ImageFormat.PNG
                : (ImageFormat) format.getSelectedToggle().getUserData();
    }

    private int scaleOrTwo() {
        return scale.getValue() == null ? 2 : scale.getValue();
    }

    /** The sizes offered for {@code k}: a timeline page may also be as high as its content (and is, at first). */
    private void offerSizes(Picture.@Nullable Kind k) {
        SizeChoice chosen = size.getValue();
        List<SizeChoice> items = new java.util.ArrayList<>();
        if (k == Picture.Kind.TIMELINE) {
            items.add(FIT);
        }
        items.addAll(PRESETS);
        items.add(CUSTOM);
        size.getItems().setAll(items);
        size.setValue(items.contains(chosen) ? chosen : k == Picture.Kind.TIMELINE ? FIT : PRESETS.get(0));
    }

    /** Redraws the preview and says what the file will be. */
    void refresh() {
        Request r = request().orElseThrow();
        double w = r.picture().width();
        double h = r.picture().height();
        javafx.scene.Node saveButton = getDialogPane().lookupButton(save);
        if (saveButton != null) {
            saveButton.setDisable(false);
        }
        try {
            if (!r.format().vector()) {
                ChartExport.checkSize(w, h, r.scale());
            }
            String problem = r.picture().problem();
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            preview.setImage(r.picture().preview(480, 320));
            ExportMemory.Estimate need = r.format().vector()
                    ? null
                    : ExportMemory.png(
                            r.picture().pixelWidth(r.scale()), r.picture().pixelHeight(r.scale()), availableMemory);
            if (need != null && !need.fits()) {
                output.setText(Exports.noMemory(need));
                output.getStyleClass().add("danger");
                return;
            }
            output.setText(
                    switch (r.format()) {
                        case SVG -> Messages.get("export.outputSvg", String.valueOf((int) w), String.valueOf((int) h));
                        case PDF ->
                            Messages.get(
                                    "export.outputPdf",
                                    String.valueOf(Math.round(PictureSize.toMillimetres(w))),
                                    String.valueOf(Math.round(PictureSize.toMillimetres(h))));
                        case PNG ->
                            print()
                                    ? Messages.get(
                                            "export.outputPngPrint",
                                            String.valueOf(Math.round(w * r.scale())),
                                            String.valueOf(Math.round(h * r.scale())),
                                            String.valueOf(Math.round(PictureSize.toMillimetres(w))),
                                            String.valueOf(Math.round(PictureSize.toMillimetres(h))))
                                    : Messages.get(
                                            "export.outputPng",
                                            String.valueOf(Math.round(w * r.scale())),
                                            String.valueOf(Math.round(h * r.scale())));
                    });
            output.getStyleClass().remove("danger");
        } catch (IllegalArgumentException e) {
            preview.setImage(null);
            output.setText(e.getMessage());
            output.getStyleClass().add("danger");
            if (saveButton != null) {
                saveButton.setDisable(true);
            }
        }
    }
}
