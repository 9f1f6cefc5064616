package org.eventscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventscope.export.AtomicFile;
import org.eventscope.io.DataExport;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.Printable;
import org.eventscope.io.Problem;
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
        PrintWriter stdout = spec.commandLine().getOut();
        for (Problem p : result.problems()) {
            stdout.println(p);
        }
        stdout.flush();
        EventFile file = result.file();
        if (file == null) {
            return ImageOptions.fail(err, CommandInput.status(result), ImageOptions.firstError(result));
        }
        problem = OutputFile.writable(out, force);
        if (problem != null) {
            return ImageOptions.fail(err, EventscopeCommand.CANNOT_WRITE, problem);
        }
        try {
            AtomicFile.write(out, force, o -> DataExport.write(file, form, o));
        } catch (java.io.IOException e) {
            return ImageOptions.fail(
                    err,
                    EventscopeCommand.CANNOT_WRITE,
                    "cannot write " + out + ": " + Printable.escape(String.valueOf(e.getMessage())));
        }
        err.println(file.events().size() + " events written to " + out);
        return EventscopeCommand.OK;
    }
}
