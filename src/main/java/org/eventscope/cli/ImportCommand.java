package org.eventscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.EventFileWriter;
import org.eventscope.io.Printable;
import org.eventscope.io.Problem;
import org.eventscope.io.ProblemList;
import org.eventscope.io.SheetMapping;
import org.eventscope.io.SheetOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import IN --out OUT.json}: reads a file of another format (an ACLED export saved as CSV,
 * a TimelineJS JSON file) as the window opens it and writes it as an Eventscope event file,
 * atomically; its problems are printed as {@code check} prints them.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Make an Eventscope event file of a spreadsheet (.xlsx, or CSV: .csv, .tsv): an ACLED export,"
                + " TimelineJS's sheet template, or any other by --mapping; or of a TimelineJS JSON file.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:written (warnings may be printed)",
            "1:the input has errors, or an option is wrong",
            "2:the input cannot be read, or the output cannot be written"
        })
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The file to import; - reads standard input.")
    private Path in;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "OUT",
            description = "The event file to write (.json).")
    private Path out;

    @Option(
            names = "--encoding",
            paramLabel = "E",
            description = "The sheet's encoding when it is not UTF-8 or UTF-16 with a byte-order mark,"
                    + " e.g. windows-1251 (Cyrillic) or windows-1252; never guessed.")
    private java.nio.charset.Charset encoding;

    @Option(
            names = {"-m", "--mapping"},
            paramLabel = "M.json",
            description = "Which columns hold what, for a sheet that is neither an ACLED export nor TimelineJS's"
                    + " template; saved from the window's mapping dialog, or written by hand"
                    + " (docs/sheet-mapping.md).")
    private Path mapping;

    @Option(
            names = {"-f", "--force"},
            description = "Replace OUT when it exists.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String problem = OutputFile.notInput(out, in, "input", "event file");
        if (problem != null) {
            return ImageOptions.fail(err, EventscopeCommand.BAD_INPUT, problem);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        SheetMapping columns = null;
        if (mapping != null) {
            ProblemList problems = new ProblemList();
            try (java.io.InputStream m = java.nio.file.Files.newInputStream(mapping)) {
                columns = SheetMapping.read(mapping.toString(), m, problems);
            } catch (java.io.IOException e) {
                return ImageOptions.fail(
                        err,
                        EventscopeCommand.CANNOT_READ,
                        "cannot read " + Printable.escape(mapping.toString()) + ": "
                                + Printable.escape(String.valueOf(e.getMessage())));
            }
            for (Problem p : problems) {
                stdout.println(p);
            }
            if (columns == null) {
                stdout.flush();
                return ImageOptions.fail(err, EventscopeCommand.BAD_INPUT, "the mapping has errors");
            }
        }
        LoadResult result = CommandInput.read(in.toString(), new SheetOptions(encoding, columns));
        return OutputFile.writeFrom(
                spec,
                result,
                out,
                force,
                Printable.escape(CommandInput.name(in.toString())) + ": ",
                file -> o -> EventFileWriter.write(file, o));
    }
}
