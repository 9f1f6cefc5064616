package org.eventscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.scene.image.WritableImage;
import org.eventscope.chart.ChartContent;
import org.eventscope.cli.FxRuntime;
import org.eventscope.export.ChartExport;
import org.eventscope.export.ExportInfo;
import org.eventscope.export.PdfExport;
import org.eventscope.export.Picture;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;

/**
 * Measures exporting the Geneva chart at 2400x1350: as PNG (render at 1200x675 x2, encode, write
 * atomically), as SVG (draw, write atomically) and as PDF (draw at 1200x675 logical pixels, 318 mm
 * wide, the typeface embedded as a subset, write atomically), median and best of 30 after 10
 * warm-up runs; the first PDF of the JVM (the faces read for the first time) is printed apart.
 * Then a report (export-report) of a synthetic file of 1,000 events.
 * Run with {@code mvn -Pbenchmark verify}; see docs/benchmarks.md.
 */
public final class ExportBenchmark {

    public static void main(String[] args) throws Exception {
        try {
            run();
        } finally {
            System.exit(0);
        }
    }

    private static void run() throws Exception {
        FxRuntime.startHeadless();
        EventFile file =
                EventFileReader.read(Path.of("data", "geneva-2022.json")).file();
        ChartContent content = ChartContent.of(file, file.troopReports(), false, Locale.UK);
        ExportInfo info = new ExportInfo(
                content.title(), content.caption(), ExportInfo.sha256(Path.of("data", "geneva-2022.json")));
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path png = dir.resolve("export.png");
        Path svg = dir.resolve("export.svg");
        Path pdf = dir.resolve("export.pdf");
        Picture picture = new Picture(Picture.Kind.CHART, content, null, 1200, 675);
        double[] pdfTotal = new double[30];
        double[] pdfFx = new double[30];
        double firstPdf = 0;
        double[] pngRender = new double[30];
        double[] pngTotal = new double[30];
        double[] svgTotal = new double[30];
        for (int i = -10; i < 30; i++) {
            long t0 = System.nanoTime();
            WritableImage image = FxRuntime.call(() -> ChartExport.render(content, 1200, 675, 2));
            long t1 = System.nanoTime();
            ChartExport.writePng(image, png, info, 2, true);
            long t2 = System.nanoTime();
            String document = FxRuntime.call(() -> ChartExport.svg(content, 2400, 1350, info));
            ChartExport.writeSvg(document, svg, true);
            long t3 = System.nanoTime();
            var drawing = FxRuntime.call(picture::record);
            long t3a = System.nanoTime();
            PdfExport.write(PdfExport.of(drawing, 1200, 675, info), pdf, true);
            long t4 = System.nanoTime();
            if (i == -10) {
                firstPdf = (t4 - t3) / 1e6;
            }
            if (i >= 0) {
                pngRender[i] = (t1 - t0) / 1e6;
                pngTotal[i] = (t2 - t0) / 1e6;
                svgTotal[i] = (t3 - t2) / 1e6;
                pdfTotal[i] = (t4 - t3) / 1e6;
                pdfFx[i] = (t3a - t3) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "%-28s %10s %8s%n", "export 2400x1350", "median ms", "best ms");
        print("PNG: render (snapshot)", pngRender);
        print("PNG: render + encode + write", pngTotal);
        print("SVG: draw + write", svgTotal);
        print("PDF: drawn on the FX thread", pdfFx);
        print("PDF: draw + write", pdfTotal);
        System.out.printf(Locale.ROOT, "%-28s %10.1f%n", "PDF: the first of the JVM", firstPdf);
        System.out.printf(
                Locale.ROOT,
                "sizes: PNG %d KB, SVG %d KB, PDF %d KB%n",
                Files.size(png) / 1024,
                Files.size(svg) / 1024,
                Files.size(pdf) / 1024);
        report(dir);
        javafx.application.Platform.exit();
    }

    /**
     * A report of a synthetic file of 1,000 events (all of them shown): the timeline page recorded
     * on the FX thread, then the PDF made and written, median and best of 10 after 3 warm-ups.
     */
    private static void report(Path dir) throws Exception {
        Path events = dir.resolve("synthetic-1000.json");
        if (!Files.exists(events)) {
            SyntheticEventFiles.write(events, 1000, 42);
        }
        EventFile file = EventFileReader.read(events).file();
        org.eventscope.timeline.TimelineExport page = org.eventscope.timeline.TimelineExport.whole(file);
        Path pdf = dir.resolve("report-1000.pdf");
        double[] times = new double[10];
        int pages = 0;
        for (int i = -3; i < times.length; i++) {
            long t0 = System.nanoTime();
            Picture timeline = FxRuntime.call(() -> Picture.timelinePage(page, 1200, 1));
            var drawing = FxRuntime.call(timeline::record);
            var bytes = org.eventscope.export.ReportExport.of(
                    java.util.List.of(
                            new org.eventscope.export.ReportExport.Page(drawing, timeline.width(), timeline.height())),
                    file,
                    page.eventsShown(),
                    page.zone(),
                    Locale.UK,
                    ExportInfo.of(timeline, null));
            PdfExport.write(bytes, pdf, true);
            if (i >= 0) {
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes.bytes())) {
                pages = doc.getNumberOfPages();
            }
        }
        print("report, 1,000 events", times);
        System.out.printf(Locale.ROOT, "report: %d pages, %d KB%n", pages, Files.size(pdf) / 1024);
    }

    private static void print(String what, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-28s %10.1f %8.1f%n", what, sorted[sorted.length / 2], sorted[0]);
    }

    private ExportBenchmark() {}
}
