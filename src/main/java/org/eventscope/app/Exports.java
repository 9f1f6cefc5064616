package org.eventscope.app;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.eventscope.chart.ChartContent;
import org.eventscope.chart.TroopChart;
import org.eventscope.export.AtomicFile;
import org.eventscope.export.ChartExport;
import org.eventscope.export.ExportInfo;
import org.eventscope.export.ExportMemory;
import org.eventscope.export.ImageFormat;
import org.eventscope.export.PdfExport;
import org.eventscope.export.Picture;
import org.eventscope.export.PictureSize;
import org.eventscope.export.ReportExport;
import org.eventscope.export.SameFile;
import org.eventscope.export.WriteFailure;
import org.eventscope.i18n.Messages;
import org.eventscope.io.Printable;
import org.eventscope.timeline.TimeScale;
import org.eventscope.timeline.TimelineExport;
import org.eventscope.timeline.TimelineIndex;
import org.eventscope.timeline.TimelineView;
import org.eventscope.view.Recording;
import org.eventscope.view.Typeface;
import org.jspecify.annotations.Nullable;

/**
 * The window's exports: the export dialog, the save dialog, drawing on the FX thread, and
 * writing in the background with the file's metadata; copying the chart to the clipboard.
 */
final class Exports {

    /** A Cancel button in the interface's language (JavaFX's own button texts have no Ukrainian). */
    static ButtonType cancelButton() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private final Stage stage;
    private final DocumentModel model;
    private final TimelineView timeline;
    private final TroopChart chart;
    private final StatusBar statusBar;
    private final Supplier<File> lastFolder;
    private Predicate<Path> confirmOverwrite = this::askOverwrite;
    private LongSupplier availableMemory = ExportMemory::available;
    /** The printer to print on; none under test. */
    private Supplier<@Nullable Printer> defaultPrinter = Printer::getDefaultPrinter;
    /** Told of each print dialog as it opens (a test answers it). */
    private java.util.function.Consumer<PrintDialog> printDialogs = d -> {};

    Exports(
            Stage stage,
            DocumentModel model,
            TimelineView timeline,
            TroopChart chart,
            StatusBar statusBar,
            Supplier<File> lastFolder) {
        this.stage = stage;
        this.model = model;
        this.timeline = timeline;
        this.chart = chart;
        this.statusBar = statusBar;
        this.lastFolder = lastFolder;
    }

    /** The export dialog, then a save dialog, then the write in the background. */
    void showDialog(Picture.Kind kind) {
        Document d = model.getDocument();
        if (d == null) {
            return;
        }
        ChartContent content = chart.getReports().isEmpty() ? null : chartContent();
        new ExportDialog(stage, content, visibleTimeline(d), kind, availableMemory)
                .showAndWait()
                .ifPresent(request -> {
                    // Kept for the next export, and printed under the chart on screen too.
                    chart.setCredit(request.credit());
                    String kindName = request.picture().kind().name().toLowerCase(Locale.ROOT);
                    chooseTarget(d, "export.saveImage", request.format(), kindName)
                            .ifPresent(t -> exportPicture(
                                    t.path(), request.picture(), request.format(), request.scale(), t.agreed()));
                });
    }

    /** A file chosen to write, and whether the user has agreed to replace it already. */
    private record Target(Path path, boolean agreed) {}

    /**
     * A save dialog titled {@code titleKey} for a {@code format} file named after the document and
     * {@code suffix}, in the last folder used; the extension is added when the name lacks it.
     */
    private java.util.Optional<Target> chooseTarget(Document d, String titleKey, ImageFormat format, String suffix) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        String ext = format.extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.filter(), "*." + ext));
        chooser.setInitialFileName(d.name().replaceFirst("\\.json$", "") + "-" + suffix + "." + ext);
        if (lastFolder.get() != null && lastFolder.get().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.get());
        }
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return java.util.Optional.empty();
        }
        Path target = f.toPath();
        if (ImageFormat.of(target) != format) {
            target = target.resolveSibling(target.getFileName() + "." + ext);
        }
        // The system's save dialog has already asked about replacing the file it returns
        // (GTK, macOS and Windows all do); ask only about a name with an extension added.
        return java.util.Optional.of(new Target(target, target.equals(f.toPath())));
    }

    /** The timeline's visible window, as drawn now, for export. */
    private TimelineExport visibleTimeline(Document d) {
        TimeScale scale = timeline.getScale();
        TimelineExport whole = new TimelineExport(
                d.file(),
                d.index() != null ? d.index() : TimelineIndex.of(d.file()),
                0,
                1,
                timeline.getDisplayZone() != null
                        ? timeline.getDisplayZone()
                        : d.file().displayZone(),
                java.util.Set.copyOf(timeline.getCollapsedCategories()),
                timeline.getTimelineStyle(),
                new TimelineExport.Texts(d.file().title(), "", ""));
        if (scale == null) {
            TimelineExport fitted = TimelineExport.whole(d.file());
            return whole.between(fitted.fromMillis(), fitted.toMillis());
        }
        return whole.between((long) scale.toMillis(0), (long) scale.toMillis(timeline.getWidth()));
    }

    /** The chart as the window shows it: its mode, and over time the timeline's window. */
    private ChartContent chartContent() {
        return java.util.Objects.requireNonNull(chart.shownContent(), "a document with troop reports");
    }

    /** Puts the chart on the clipboard as an image, at twice its on-screen size. */
    public void copyChart() {
        Document d = model.getDocument();
        if (d == null || chart.getReports().isEmpty()) {
            return;
        }
        WritableImage image;
        try {
            image = ChartExport.render(
                    chartContent(),
                    Math.max(chart.getWidth(), 100),
                    Math.max(chart.getHeight(), 100),
                    MainWindow.EXPORT_SCALE);
        } catch (ExportMemory.NotEnoughMemoryException e) {
            statusBar.setText(noMemory(e.estimate()));
            return;
        }
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putImage(image);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        statusBar.setText(Messages.get(
                "export.copied", String.valueOf((int) image.getWidth()), String.valueOf((int) image.getHeight())));
    }

    /**
     * Puts the selected event's citation on the clipboard: its title, its time (in the timeline's
     * zone) and its sources, as text and as HTML with the sources' links, for an article or a
     * fact-check.
     */
    public void copyCitation() {
        Document d = model.getDocument();
        org.eventscope.model.Event e = model.getSelectedEvent();
        if (d == null || e == null) {
            return;
        }
        java.time.ZoneId zone = timeline.getDisplayZone() != null
                ? timeline.getDisplayZone()
                : d.file().displayZone();
        org.eventscope.export.Citation citation =
                org.eventscope.export.Citation.of(d.file(), e, zone, Locale.getDefault());
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(citation.text());
        content.putHtml(citation.html());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        statusBar.setText(Messages.get("export.citationCopied", e.title()));
    }

    /**
     * Exports the chart to {@code target}: SVG or PDF (vector) for a {@code .svg} or {@code .pdf} name, otherwise PNG at
     * {@code MainWindow.EXPORT_SCALE} times the on-screen size, with title, source, generator and the event
     * file's SHA-256 inside. Asks first if the file exists. Returns the background write, or
     * {@code null} when nothing is written (no chart, or the user kept the existing file).
     */
    public @Nullable Task<Path> exportChart(Path target) {
        Document d = model.getDocument();
        if (d == null || chart.getReports().isEmpty()) {
            return null;
        }
        Picture picture = new Picture(
                Picture.Kind.CHART,
                chartContent(),
                null,
                Math.max(chart.getWidth(), 100),
                Math.max(chart.getHeight(), 100));
        ImageFormat format = ImageFormat.of(target);
        return exportPicture(target, picture, format == null ? ImageFormat.PNG : format, MainWindow.EXPORT_SCALE);
    }

    /**
     * Writes {@code picture} to {@code target} as SVG, PDF or PNG at {@code scale}, with title,
     * source, generator and the event file's SHA-256 inside; asks first if the file exists.
     * Drawing happens here, on the FX thread; encoding and writing in the background.
     */
    @Nullable
    Task<Path> exportPicture(Path target, Picture picture, ImageFormat format, double scale) {
        return exportPicture(target, picture, format, scale, false);
    }

    /** @param replaceAgreed the user has agreed to replace {@code target} already, so nobody asks again */
    @Nullable
    @CanIgnoreReturnValue
    Task<Path> exportPicture(Path target, Picture picture, ImageFormat format, double scale, boolean replaceAgreed) {
        Document d = model.getDocument();
        if (d == null) {
            return null;
        }
        Boolean replace = mayWrite(d, target, replaceAgreed);
        if (replace == null) {
            return null;
        }
        ExportInfo info = ExportInfo.of(picture, d.sha256());
        WritableImage png;
        byte[] vector;
        Recording page;
        try {
            if (format == ImageFormat.PNG) {
                ChartExport.checkSize(picture.width(), picture.height(), scale);
                ExportMemory.Estimate need =
                        ExportMemory.png(picture.pixelWidth(scale), picture.pixelHeight(scale), availableMemory);
                if (!need.fits()) {
                    throw new ExportMemory.NotEnoughMemoryException(need);
                }
            }
            png = format == ImageFormat.PNG ? picture.png(scale) : null;
            vector = format == ImageFormat.SVG
                    ? picture.svg(info).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : null;
            // A PDF's typeface is read and embedded in the background: only the drawing is done here.
            page = format == ImageFormat.PDF ? picture.record() : null;
        } catch (ExportMemory.NotEnoughMemoryException e) {
            error(Messages.get("export.cannot"), noMemory(e.estimate()));
            return null;
        } catch (IllegalArgumentException e) {
            error(Messages.get("export.cannot"), String.valueOf(e.getMessage()));
            return null;
        }
        String what = png == null
                ? Messages.get(
                        format == ImageFormat.PDF ? "export.savedPdf" : "export.savedSvg",
                        target.getFileName().toString())
                : Messages.get(
                        "export.savedPng",
                        target.getFileName().toString(),
                        String.valueOf((int) png.getWidth()),
                        String.valueOf((int) png.getHeight()));
        return inBackground(target, what, () -> {
            if (png != null) {
                ChartExport.writePng(png, target, info, scale, replace);
            } else if (page != null) {
                PdfExport.Pdf pdf = PdfExport.of(page, picture.width(), picture.height(), info);
                PdfExport.write(pdf, target, replace);
                return lacking(pdf);
            } else {
                byte[] bytes = Objects.requireNonNull(vector);
                AtomicFile.write(target, replace, out -> out.write(bytes));
            }
            return null;
        });
    }

    /**
     * Whether {@code target} may be written for {@code d}: {@code null} when it may not (it is the
     * event file itself, said in a dialog; or it exists and the user keeps it), else whether it
     * replaces a file.
     */
    private @Nullable Boolean mayWrite(Document d, Path target, boolean replaceAgreed) {
        if (d.path() != null && SameFile.is(target, d.path())) {
            error(
                    Messages.get("export.cannotSave", target.toString()),
                    Messages.get("export.isEventFile", target.getFileName().toString()));
            return null;
        }
        // Only a file the user agreed to replace is replaced; one that appears meanwhile is kept.
        boolean replace = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (replace && !replaceAgreed && !confirmOverwrite.test(target)) {
            return null;
        }
        return replace;
    }

    /** A write to a file, done off the FX thread; it returns a warning for the status bar, or {@code null}. */
    private interface Write {
        @Nullable
        String run() throws Exception;
    }

    /** Says which characters a PDF shows as "?", or {@code null} when none. */
    private static @Nullable String lacking(PdfExport.Pdf pdf) {
        return pdf.lackingCount() == 0
                ? null
                : Messages.get(
                        "export.lacking",
                        String.valueOf(pdf.lackingCount()),
                        Printable.escape(pdf.lackingShown()),
                        Typeface.FAMILY);
    }

    /** Runs {@code write} on a thread of its own; the status bar then says {@code what}, or a dialog why not. */
    private Task<Path> inBackground(Path target, String what, Write write) {
        var warning = new java.util.concurrent.atomic.AtomicReference<@Nullable String>();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                warning.set(write.run());
                return target;
            }
        };
        task.setOnSucceeded(e -> {
            String also = warning.get();
            String said = also == null ? what : what + " " + also;
            statusBar.setText(Messages.get(
                    "export.savedIn",
                    said,
                    String.valueOf(target.toAbsolutePath().getParent())));
            notify(said);
        });
        task.setOnFailed(e -> error(Messages.get("export.cannotSave", target.toString()), reason(task.getException())));
        Thread t = new Thread(task, "eventscope-export");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /**
     * The report of the open document, after a save dialog: the chart, the timeline's window as a
     * page, then every event it shows with its time, description and sources, as one PDF made
     * in the background.
     */
    void showReportDialog() {
        Document d = model.getDocument();
        if (d == null) {
            return;
        }
        chooseTarget(d, "export.report", ImageFormat.PDF, "report").ifPresent(t -> exportReport(t.path(), t.agreed()));
    }

    /** Writes the report of the open document to {@code target}; see {@link #showReportDialog}. */
    @Nullable
    @CanIgnoreReturnValue
    Task<Path> exportReport(Path target, boolean replaceAgreed) {
        Document d = model.getDocument();
        if (d == null) {
            return null;
        }
        Boolean replace = mayWrite(d, target, replaceAgreed);
        if (replace == null) {
            return null;
        }
        java.util.List<ReportExport.Page> pages = new java.util.ArrayList<>();
        if (!chart.getReports().isEmpty()) {
            pages.add(ReportExport.Page.of(new Picture(Picture.Kind.CHART, chartContent(), null, 1200, 675)));
        }
        TimelineExport window =
                visibleTimeline(d).saying(new TimelineExport.Texts(d.file().title(), "", chart.getCredit()));
        Picture page = Picture.timelinePage(window, 1200, 1);
        pages.add(ReportExport.Page.of(page));
        java.util.List<org.eventscope.model.Event> events = window.eventsShown();
        ExportInfo info = ExportInfo.of(page, d.sha256());
        String what =
                Messages.get("export.savedReport", target.getFileName().toString(), String.valueOf(events.size()));
        return inBackground(target, what, () -> {
            PdfExport.Pdf pdf = ReportExport.of(pages, d.file(), events, window.zone(), Locale.getDefault(), info);
            PdfExport.write(pdf, target, replace);
            return lacking(pdf);
        });
    }

    /**
     * File ▸ Print: the chart, the timeline's window or both on a sheet of the default printer's
     * paper, previewed first; then the system's print dialog, then the page at up to 300 dpi.
     */
    void showPrintDialog() {
        Document d = model.getDocument();
        if (d == null) {
            return;
        }
        ChartContent content = chart.getReports().isEmpty() ? null : chartContent();
        List<Picture.Kind> kinds = content == null
                ? List.of(Picture.Kind.TIMELINE)
                : List.of(Picture.Kind.CHART, Picture.Kind.TIMELINE, Picture.Kind.BOTH);
        TimelineExport window =
                visibleTimeline(d).saying(new TimelineExport.Texts(d.file().title(), "", chart.getCredit()));
        PrintDialog dialog = new PrintDialog(
                stage,
                kinds,
                Picture.Kind.CHART,
                k -> size -> new Picture(k, k == Picture.Kind.TIMELINE ? null : content, window, size[0], size[1]),
                defaultPrinter.get());
        printDialogs.accept(dialog);
        dialog.choose().ifPresent(sheet -> print(dialog.job(), sheet));
    }

    /** Prints {@code sheet} with {@code job}, after the system's print dialog, and says how it went. */
    private void print(@Nullable PrinterJob job, PrintDialog.Sheet sheet) {
        if (job == null || sheet.layout() == null || !job.showPrintDialog(stage)) {
            if (job != null) {
                job.cancelJob();
            }
            return;
        }
        double dpi = Math.min(
                PictureSize.PRINT_DPI,
                Math.max(150, job.getJobSettings().getPrintResolution().getFeedResolution()));
        ImageView page;
        try {
            page = new ImageView(sheet.picture().png(dpi / PictureSize.PIXELS_PER_INCH));
        } catch (ExportMemory.NotEnoughMemoryException e) {
            job.cancelJob();
            error(Messages.get("print.failed"), noMemory(e.estimate()));
            return;
        }
        page.setPreserveRatio(true);
        page.setFitWidth(PictureSize.toPoints(sheet.picture().width()));
        if (job.printPage(sheet.layout(), page) && job.endJob()) {
            statusBar.setText(Messages.get("print.sent", job.getPrinter().getName()));
        } else {
            job.cancelJob();
            error(Messages.get("print.failed"), Messages.get("print.failedWhy", String.valueOf(job.getJobStatus())));
        }
    }

    /** Says that a PNG does not fit in memory, in the interface's language. */
    static String noMemory(ExportMemory.Estimate e) {
        return Messages.get(
                "export.noMemory",
                String.valueOf(e.width()),
                String.valueOf(e.height()),
                String.valueOf(e.neededMegabytes()),
                String.valueOf(e.availableMegabytes()));
    }

    /** Why a file could not be written, in the interface's language where the reason is known. */
    static String reason(Throwable failure) {
        return WriteFailure.of(failure)
                .map(f -> switch (f) {
                    case NO_SPACE -> Messages.get("write.noSpace");
                    case QUOTA -> Messages.get("write.quota");
                    case READ_ONLY -> Messages.get("write.readOnly");
                    case PERMISSION -> Messages.get("write.permission");
                    case FOLDER -> Messages.get("write.folder");
                    case NOT_A_FILE -> Messages.get("write.notAFile");
                    case NAME_TOO_LONG -> Messages.get("write.nameTooLong");
                    case EXISTS -> Messages.get("write.exists");
                })
                .orElseGet(() -> WriteFailure.detail(failure));
    }

    /** Replaces how the user is asked before a file is overwritten (for tests and scripting). */
    /**
     * A notification in the corner of the window. Not on Monocle's headless screen (tests, the
     * command line), which fails on pop-ups that reach past its edge; the status bar says it too.
     */
    private void notify(String text) {
        if ("Headless".equals(System.getProperty("monocle.platform"))) {
            return;
        }
        org.controlsfx.control.Notifications.create()
                .owner(stage)
                .title(Messages.get("export.finished"))
                .text(text)
                .position(javafx.geometry.Pos.TOP_RIGHT)
                .hideAfter(javafx.util.Duration.seconds(4))
                .showInformation();
    }

    void setConfirmOverwrite(Predicate<Path> confirm) {
        this.confirmOverwrite = confirm;
    }

    void setPrinting(Supplier<@Nullable Printer> printer, java.util.function.Consumer<PrintDialog> dialogs) {
        this.defaultPrinter = printer;
        this.printDialogs = dialogs;
    }

    void setAvailableMemory(LongSupplier available) {
        this.availableMemory = available;
    }

    private boolean askOverwrite(Path target) {
        ButtonType replace = new ButtonType(Messages.get("export.replace"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                Messages.get(
                        "export.exists",
                        target.getFileName().toString(),
                        String.valueOf(target.toAbsolutePath().getParent())),
                cancelButton(),
                replace);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("export.replaceTitle"));
        alert.setHeaderText(
                Messages.get("export.replaceHeader", target.getFileName().toString()));
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    private void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        alert.show();
    }
}
