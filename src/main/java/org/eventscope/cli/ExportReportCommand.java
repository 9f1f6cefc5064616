package org.eventscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eventscope.chart.ChartContent;
import org.eventscope.export.ExportInfo;
import org.eventscope.export.ImageFormat;
import org.eventscope.export.Picture;
import org.eventscope.export.ReportExport;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.eventscope.model.TroopReport;
import org.eventscope.timeline.TimelineExport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export-report FILE --out R.pdf [--from DATE --to DATE]}: the chart, the timeline page,
 * then every event shown with its time, description and sources, as one PDF, without a display.
 */
@Command(
        name = "export-report",
        mixinStandardHelpOptions = true,
        description = "Save a report of an event file as PDF: the troop chart, the timeline page, then every event"
                + " shown with its time, description and sources (a fact-check annex), without a window.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the report was written",
            "1:the event file or an option is wrong",
            "2:the report cannot be written"
        })
public final class ExportReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The event file (JSON or TimelineJS); - reads standard input.")
    private Path file;

    @Mixin
    private ImageOptions image;

    @Mixin
    private WindowOptions window;

    /** The report's own rules on the image options: a PDF, of A4 pages, in vector. */
    private @Nullable String checkOptions() {
        if (image.format() != ImageFormat.PDF) {
            return "a report is a PDF document: --out must name a .pdf file, not " + image.out;
        }
        if (image.heightGiven) {
            return "a report's pages are A4: --size takes the width its pictures are drawn at (e.g. 1200), not "
                    + image.size;
        }
        if (image.scale != null) {
            return "a report is vector: --scale applies to PNG pictures only";
        }
        return null;
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        WindowOptions.Opened opened;
        try {
            image.kind = "report";
            opened = window.open(file, image, this::checkOptions);
        } catch (WindowOptions.Refused r) {
            return ImageOptions.fail(err, r.status, String.valueOf(r.getMessage()));
        }
        EventFileReader.LoadResult result = opened.result();
        EventFile doc = opened.doc();
        TimelineExport page = opened.page();
        FxRuntime.startHeadless();
        List<ReportExport.Page> pages = new ArrayList<>();
        // The chart shows the reports of the window asked for, as the timeline page does.
        List<TroopReport> reports = page.reportsShown();
        if (!reports.isEmpty()) {
            ChartContent content = ChartContent.of(doc, reports, false, Locale.getDefault())
                    .withCredit(image.credit != null ? image.credit : "");
            Picture chart =
                    new Picture(Picture.Kind.CHART, content, null, image.width, Math.round(image.width * 9 / 16.0));
            pages.add(FxRuntime.call(() -> ReportExport.Page.of(chart)));
        }
        Picture timeline = FxRuntime.call(() -> Picture.timelinePage(page, image.width, 1));
        pages.add(FxRuntime.call(() -> ReportExport.Page.of(timeline)));
        var events = page.eventsShown();
        if (events.isEmpty()) {
            err.println("eventscope: warning: no events in the time asked for; the report holds only the "
                    + (pages.size() == 1 ? "timeline page" : "pictures"));
        }
        ExportInfo info = ExportInfo.of(timeline, result.sha256());
        return image.writeDocument(
                () -> ReportExport.of(pages, doc, events, page.zone(), Locale.getDefault(), info),
                "PDF, " + plural(pages.size(), "picture") + " and " + plural(events.size(), "event"),
                spec.commandLine().getOut(),
                err);
    }
}
