package org.eventscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventscope.io.DataExport;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.Printable;
import org.eventscope.model.EventFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export-data IN --out OUT.(csv|xlsx|json)}: an event file's data in TimelineJS's sheet
 * template (CSV or XLSX) or as TimelineJS 3 JSON ({@link DataExport}), written atomically under
 * the same overwrite rule as the image exports.
 */
@Command(
        name = "export-data",
        mixinStandardHelpOptions = true,
        description = "Write an event file's data as a sheet in TimelineJS's template columns (.csv, .xlsx)"
                + " or as TimelineJS 3 JSON (.json).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:written (warnings may be printed)",
            "1:the input has errors, or an option is wrong",
            "2:the input cannot be read, or the output cannot be written"
        })
public final class ExportDataCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "IN",
            description = "The event file (or a file import reads); - reads standard input.")
    private Path in;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "OUT",
            description = "The file to write: .csv or .xlsx (TimelineJS's sheet template), .json (TimelineJS 3 JSON).")
    private Path out;

    @Option(
            names = {"-f", "--force"},
            description = "Replace OUT when it exists.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DataExport.Form form = DataExport.Form.of(String.valueOf(out.getFileName()));
        if (form == null) {
            return ImageOptions.fail(
                    err,
                    EventscopeCommand.BAD_INPUT,
                    "--out " + Printable.escape(out.toString()) + ": expected a name ending in .csv, .xlsx or .json");
        }
        String problem = OutputFile.notInput(out, in, "input", "data");
        if (problem != null) {
            return ImageOptions.fail(err, EventscopeCommand.BAD_INPUT, problem);
        }
        LoadResult result = CommandInput.read(in.toString());
        int status = OutputFile.writeFrom(spec, result, out, force, "", file -> o -> DataExport.write(file, form, o));
        EventFile written = result.file();
        int zoned = written == null ? 0 : DataExport.zonedTimes(written);
        if (status == EventscopeCommand.OK && zoned > 0) {
            err.println("warning: " + org.eventscope.i18n.Messages.get("exportData.zoned", String.valueOf(zoned)));
        }
        return status;
    }
}
