package org.eventscope.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.eventscope.export.Picture;
import org.eventscope.export.PictureSize;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * File ▸ Print: the chart, the timeline's window or both on one sheet, with the printer's paper
 * and orientation (or its own page setup), previewed on the sheet as it will print. The picture
 * is laid out at the sheet's printable size, 96 logical pixels to the inch as a PDF is, and
 * printed at up to 300 dpi. Without a printer the preview still shows the sheet, and the dialog
 * says so and offers no Print button.
 */
final class PrintDialog extends Dialog<PrintDialog.Sheet> {

    /**
     * What to print and on what: the picture, and the printable area it fills, in points from the
     * sheet's top left.
     */
    record Sheet(Picture picture, @Nullable PageLayout layout, double left, double top) {}

    /** The margin of a sheet when no printer says its own, in points (half an inch). */
    static final double MARGIN = 36;

    private static final double PREVIEW = 420;

    private final @Nullable Printer printer;
    private final @Nullable PrinterJob job;
    private final Function<Picture.Kind, Function<double[], Picture>> pictures;
    private final ComboBox<Picture.Kind> kind;
    private final ComboBox<Paper> paper;
    private final ToggleGroup orientation = new ToggleGroup();
    private final RadioButton landscape = new RadioButton(Messages.get("print.landscape"));
    private final RadioButton portrait = new RadioButton(Messages.get("print.portrait"));
    private final StackPane sheet = new StackPane();
    private final ImageView preview = new ImageView();
    private final Label where = new Label();

    /**
     * @param kinds    what may be printed (no chart without troop reports)
     * @param pictures for a kind, the picture of a size (logical pixels {width, height})
     * @param printer  the printer, or {@code null} when there is none
     */
    PrintDialog(
            Window owner,
            List<Picture.Kind> kinds,
            Picture.Kind initial,
            Function<Picture.Kind, Function<double[], Picture>> pictures,
            @Nullable Printer printer) {
        this.printer = printer;
        this.pictures = pictures;
        this.job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        initOwner(owner);
        setTitle(Messages.get("print.title"));
        setHeaderText(Messages.get("print.header"));

        kind = new ComboBox<>(FXCollections.observableArrayList(kinds));
        kind.setId("print-kind");
        kind.setValue(kinds.contains(initial) ? initial : kinds.get(0));
        List<Paper> papers = printer == null
                ? List.of(Paper.A4, Paper.NA_LETTER, Paper.A3)
                : List.copyOf(printer.getPrinterAttributes().getSupportedPapers());
        paper = new ComboBox<>(FXCollections.observableArrayList(papers));
        paper.setId("print-paper");
        paper.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(@Nullable Paper p) {
                return p == null
                        ? ""
                        : p.getName() + " (" + Math.round(p.getWidth() / 72 * 25.4) + " × "
                                + Math.round(p.getHeight() / 72 * 25.4) + " mm)";
            }

            @Override
            public Paper fromString(String s) {
                throw new UnsupportedOperationException("the paper is chosen from the list");
            }
        });
        Paper first =
                printer == null ? Paper.A4 : printer.getPrinterAttributes().getDefaultPaper();
        paper.setValue(papers.contains(first) ? first : papers.get(0));
        landscape.setToggleGroup(orientation);
        portrait.setToggleGroup(orientation);
        landscape.setId("print-landscape");
        portrait.setId("print-portrait");
        landscape.setSelected(true);
        where.setId("print-printer");
        where.setWrapText(true);
        where.setMaxWidth(320);
        where.setText(
                printer == null ? Messages.get("print.noPrinter") : Messages.get("print.printer", printer.getName()));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label(Messages.get("print.what")), kind);
        form.addRow(row++, new Label(Messages.get("print.paper")), paper);
        form.addRow(row++, new Label(Messages.get("print.orientation")), new HBox(12, landscape, portrait));
        form.add(where, 0, row++, 2, 1);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints(200);
        form.getColumnConstraints().addAll(labels, fields);
        kind.setMaxWidth(Double.MAX_VALUE);
        paper.setMaxWidth(Double.MAX_VALUE);
        form.setMinWidth(Region.USE_PREF_SIZE);
        if (job != null) {
            Button setup = new Button(Messages.get("print.pageSetup"));
            setup.setId("print-setup");
            setup.setOnAction(e -> pageSetup());
            form.add(setup, 1, row);
        }

        preview.setId("print-preview");
        preview.setPreserveRatio(true);
        sheet.setId("print-sheet");
        sheet.setStyle("-fx-background-color: white; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.3), 8, 0, 0, 2);");
        sheet.getChildren().add(preview);
        StackPane.setAlignment(preview, Pos.TOP_LEFT);
        StackPane desk = new StackPane(sheet);
        desk.setMinSize(PREVIEW + 40, PREVIEW + 40);
        desk.setStyle("-fx-background-color: -color-bg-subtle;");
        HBox body = new HBox(18, form, desk);
        body.setPadding(new Insets(10));
        getDialogPane().setContent(body);

        ButtonType print = new ButtonType(Messages.get("print.print"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().add(Exports.cancelButton());
        if (job != null) {
            getDialogPane().getButtonTypes().add(print);
        }
        setResultConverter(b -> b == print ? current() : null);
        setOnHidden(e -> {
            if (getResult() == null && job != null) {
                job.cancelJob();
            }
        });

        kind.valueProperty().addListener(o -> refresh());
        paper.valueProperty().addListener(o -> refresh());
        orientation.selectedToggleProperty().addListener(o -> refresh());
        refresh();
    }

    /** The printer job the dialog set up, to print {@link Sheet}s with; {@code null} without a printer. */
    @Nullable
    PrinterJob job() {
        return job;
    }

    private void pageSetup() {
        if (job == null || !job.showPageSetupDialog(getOwner())) {
            return;
        }
        PageLayout chosen = job.getJobSettings().getPageLayout();
        paper.setValue(chosen.getPaper());
        (chosen.getPageOrientation() == PageOrientation.PORTRAIT ? portrait : landscape).setSelected(true);
        refresh();
    }

    private PageOrientation orientation() {
        return portrait.isSelected() ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE;
    }

    /** The sheet as chosen now. */
    Sheet current() {
        Paper p = paper.getValue();
        PageOrientation o = orientation();
        PageLayout layout = printer == null ? null : printer.createPageLayout(p, o, Printer.MarginType.DEFAULT);
        double[] area = printable(p, o, layout);
        // Points to logical pixels, as on a PDF page.
        Picture picture = pictures.apply(kind.getValue())
                .apply(new double[] {PictureSize.fromPoints(area[2]), PictureSize.fromPoints(area[3])});
        return new Sheet(picture, layout, area[0], area[1]);
    }

    /** {width, height} of a sheet of {@code p} turned as {@code o}, in points. */
    private static double[] sheetSize(Paper p, PageOrientation o) {
        boolean across = o == PageOrientation.LANDSCAPE || o == PageOrientation.REVERSE_LANDSCAPE;
        return across ? new double[] {p.getHeight(), p.getWidth()} : new double[] {p.getWidth(), p.getHeight()};
    }

    /** {left, top, width, height} of the printable area in points: the printer's, or the sheet less its margins. */
    static double[] printable(Paper p, PageOrientation o, @Nullable PageLayout layout) {
        if (layout == null) {
            double[] sheet = sheetSize(p, o);
            return new double[] {MARGIN, MARGIN, sheet[0] - 2 * MARGIN, sheet[1] - 2 * MARGIN};
        }
        return new double[] {
            layout.getLeftMargin(), layout.getTopMargin(), layout.getPrintableWidth(), layout.getPrintableHeight()
        };
    }

    /** Draws the sheet, to scale, with the picture where it will print. */
    void refresh() {
        Paper p = paper.getValue();
        if (p == null || kind.getValue() == null) {
            return;
        }
        Sheet s = current();
        double[] size = sheetSize(p, orientation());
        double w = size[0];
        double h = size[1];
        double k = PREVIEW / Math.max(w, h);
        sheet.setMinSize(w * k, h * k);
        sheet.setMaxSize(w * k, h * k);
        double pw = PictureSize.toPoints(s.picture().width());
        double ph = PictureSize.toPoints(s.picture().height());
        WritableImage image = s.picture().preview(pw * k * 2, ph * k * 2);
        preview.setImage(image);
        preview.setFitWidth(pw * k);
        preview.setFitHeight(ph * k);
        StackPane.setMargin(preview, new Insets(s.top() * k, 0, 0, s.left() * k));
    }

    /** The sheet chosen, after the dialog: empty when cancelled or when there is no printer. */
    Optional<Sheet> choose() {
        return showAndWait();
    }
}
