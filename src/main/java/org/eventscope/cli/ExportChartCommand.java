package org.eventscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eventscope.chart.ChartContent;
import org.eventscope.export.ExportInfo;
import org.eventscope.export.Picture;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.eventscope.model.TroopReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export-chart FILE --out OUT.(png|svg|pdf) [--rings | --over-time [--from D] [--to D]]}:
 * renders the troop chart without a display.
 */
@Command(
        name = "export-chart",
        mixinStandardHelpOptions = true,
        description = "Save the troop chart of an event file as a PNG, SVG or PDF, without a window.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the image was written",
            "1:the event file or an option is wrong",
            "2:the image cannot be written"
        })
public final class ExportChartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The event file (JSON or TimelineJS); - reads standard input.")
    private Path file;

    @Mixin
    private ImageOptions image;

    @Option(names = "--report", paramLabel = "ID", description = "Draw only this troop report (default: all of them).")
    private String reportId;

    @Option(
            names = "--rings",
            description = "Show troops per ring (0–200 km, 200–400 km), derived from the cumulative"
                    + " figures, instead of as reported.")
    private boolean rings;

    @Option(
            names = "--over-time",
            description = "Show each report's figures at its date, one line per distance band, on a time axis"
                    + " (needs reports on two dates or more).")
    private boolean overTime;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description =
                    "With --over-time: the first date shown, e.g. 2021-11 (default: a little before the first report).")
    @Nullable
    private String from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description =
                    "With --over-time: the last date shown, its whole day, month or year (default: a little after the last).")
    @Nullable
    private String to;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String problem = image.checkOptions();
        if (problem == null) {
            problem = image.checkNotInput(file);
        }
        if (problem == null && overTime && rings) {
            problem = "--over-time and --rings cannot be used together";
        }
        if (problem == null && !overTime && (from != null || to != null)) {
            problem = "--from and --to choose the stretch of time of --over-time";
        }
        if (problem != null) {
            return fail(err, EventscopeCommand.BAD_INPUT, problem);
        }

        EventFileReader.LoadResult result = CommandInput.read(file.toString());
        EventFile doc = result.file();
        if (doc == null) {
            return fail(err, CommandInput.status(result), ImageOptions.firstError(result));
        }
        List<TroopReport> reports = reportId == null
                ? doc.troopReports()
                : doc.troopReports().stream()
                        .filter(r -> r.id().equals(reportId))
                        .toList();
        if (reports.isEmpty()) {
            return fail(
                    err,
                    EventscopeCommand.BAD_INPUT,
                    reportId == null
                            ? file + " has no troop reports to chart"
                            : file + " has no troop report with id \"" + reportId + "\"");
        }

        ChartContent content = null;
        if (overTime) {
            if (!ChartContent.spansSeveralDates(reports, doc.displayZone())) {
                return fail(
                        err,
                        EventscopeCommand.BAD_INPUT,
                        file + ": --over-time needs troop reports on two dates or more; "
                                + (reports.size() == 1 ? "there is one" : "all were given on one date"));
            }
            ChartContent all = ChartContent.overTime(doc, reports, doc.displayZone(), Locale.getDefault());
            long[] whole = java.util.Objects.requireNonNull(all.trend()).whole();
            long[] window;
            try {
                window = WindowOptions.range(from, to, doc.displayZone(), whole[0], whole[1]);
            } catch (IllegalArgumentException e) {
                return fail(err, EventscopeCommand.BAD_INPUT, String.valueOf(e.getMessage()));
            }
            content = all.inWindow(window[0], window[1]);
        }
        problem = image.checkTarget();
        if (problem != null) {
            return fail(err, EventscopeCommand.CANNOT_WRITE, problem);
        }
        FxRuntime.startHeadless();
        if (content == null) {
            content = ChartContent.of(doc, reports, rings, Locale.getDefault());
        }
        content = content.withCredit(image.credit != null ? image.credit : "");
        Picture picture = new Picture(Picture.Kind.CHART, content, null, image.width, image.height);
        return image.write(
                picture,
                ExportInfo.of(picture, result.sha256()),
                spec.commandLine().getOut(),
                err);
    }

    private static int fail(PrintWriter err, int status, String message) {
        return ImageOptions.fail(err, status, message);
    }
}
