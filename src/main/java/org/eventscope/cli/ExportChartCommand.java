package org.eventscope.cli;

import javafx.scene.image.WritableImage;
import org.eventscope.chart.ChartContent;
import org.eventscope.export.ChartExport;
import org.eventscope.export.ExportInfo;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.Problem;
import org.eventscope.model.EventFile;
import org.eventscope.model.TroopReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code export-chart FILE --out OUT.(png|svg)}: renders the troop chart without a display. */
@Command(name = "export-chart", mixinStandardHelpOptions = true,
        description = "Save the troop chart of an event file as a PNG or SVG image, without a window.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the image was written", "1:the event file or an option is wrong",
                "2:the image cannot be written"})
public final class ExportChartCommand implements Callable<Integer> {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,6})x(\\d{1,6})");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The event file (JSON).")
    private Path file;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT.png|OUT.svg",
            description = "The image to write; the extension chooses PNG or SVG (vector).")
    private Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1200x675",
            description = "The chart's size in logical pixels (default: ${DEFAULT-VALUE}).")
    private String size;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2",
            description = "Pixels per logical pixel; 2 gives a 2400x1350 image at the default size"
                    + " (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--report", paramLabel = "ID", description = "Draw only this troop report (default: all of them).")
    private String reportId;

    @Option(names = "--rings", description = "Show troops per ring (0–200 km, 200–400 km), derived from the cumulative"
            + " figures, instead of as reported.")
    private boolean rings;

    @Option(names = {"-f", "--force"}, description = "Replace OUT.png if it exists.")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Matcher m = SIZE.matcher(size);
        if (!m.matches()) {
            return fail(err, EventscopeCommand.BAD_INPUT, "--size must look like 1200x675, not \"" + size + "\"");
        }
        double width = Integer.parseInt(m.group(1));
        double height = Integer.parseInt(m.group(2));
        try {
            ChartExport.checkSize(width, height, scale);
        } catch (IllegalArgumentException e) {
            return fail(err, EventscopeCommand.BAD_INPUT, e.getMessage());
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            return fail(err, EventscopeCommand.BAD_INPUT, "the output must be a .png or .svg file: " + out);
        }

        EventFileReader.LoadResult result = EventFileReader.read(file);
        if (!result.ok()) {
            List<Problem> errors = result.errors();
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "";
            return fail(err, EventscopeCommand.BAD_INPUT, errors.get(0) + more);
        }
        EventFile doc = result.file();
        List<TroopReport> reports = reportId == null ? doc.troopReports()
                : doc.troopReports().stream().filter(r -> r.id().equals(reportId)).toList();
        if (reports.isEmpty()) {
            return fail(err, EventscopeCommand.BAD_INPUT, reportId == null
                    ? file + " has no troop reports to chart"
                    : file + " has no troop report with id \"" + reportId + "\"");
        }

        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return fail(err, EventscopeCommand.CANNOT_WRITE, "cannot write " + out + ": the folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            return fail(err, EventscopeCommand.CANNOT_WRITE, "cannot write " + out + ": the folder " + dir + " is not writable");
        }
        if (Files.exists(target) && !force) {
            return fail(err, EventscopeCommand.CANNOT_WRITE, out + " exists; use --force to replace it");
        }

        FxRuntime.startHeadless();
        ChartContent content = ChartContent.of(doc, reports, rings, Locale.getDefault());
        ExportInfo info = new ExportInfo(content.title(), content.caption(), ExportInfo.sha256(file));
        try {
            if (svg) {
                String document = FxRuntime.call(() -> ChartExport.svg(content, width, height, info));
                ChartExport.writeSvg(document, target);
                spec.commandLine().getOut().println("Wrote " + out + " (SVG, " + (int) width + "x" + (int) height + ")");
            } else {
                WritableImage image = FxRuntime.call(() -> ChartExport.render(content, width, height, scale));
                ChartExport.writePng(image, target, info);
                spec.commandLine().getOut().println("Wrote " + out + " (" + (int) image.getWidth() + "x"
                        + (int) image.getHeight() + " px)");
            }
        } catch (IOException e) {
            return fail(err, EventscopeCommand.CANNOT_WRITE, "cannot write " + out + ": " + e.getMessage());
        }
        return EventscopeCommand.OK;
    }

    private static int fail(PrintWriter err, int status, String message) {
        err.println("eventscope: " + message);
        return status;
    }
}
