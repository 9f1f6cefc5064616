package org.eventscope.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.Printable;
import org.eventscope.io.Problem;
import org.eventscope.io.ProblemList;
import org.eventscope.table.TableSource;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check FILE...}: prints every problem of each file (the first {@value ProblemList#LIMIT}
 * in full, then a line per kind left out); no window, no display. {@code -} reads standard input.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Check event files and print every problem as FILE:LINE:COLUMN: severity: message (at /json/path)."
                        + " A data table (.parquet, or .csv with --mapping) is read through its engine: its rows that"
                        + " cannot be read or have no readable start are listed.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no errors (warnings may be printed)",
            "1:at least one file has errors",
            "2:a file cannot be read"
        })
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Event files to check; - reads standard input. Named pipes work as files do.")
    private List<String> files;

    @Option(
            names = {"-m", "--mapping"},
            paramLabel = "MAPPING.json",
            description =
                    "Read a .csv FILE as a data table, its columns named by this mapping (docs/sheet-mapping.md).")
    private java.nio.file.@Nullable Path mapping;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int status = EventscopeCommand.OK;
        // Made before any file is read, so that a read which takes all the heap can still be counted.
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.ROOT); // 5,000, as the problem lines count
        for (String file : files) {
            if (TableInput.isTable(file, mapping)) {
                status = Math.max(status, checkTable(file, out));
                continue;
            }
            LoadResult result = CommandInput.read(file);
            for (Problem p : result.problems()) {
                out.println(p);
            }
            if (!result.ok()) {
                status = Math.max(status, CommandInput.status(result)); // unreadable (2) wins over bad (1)
            }
            long errors = result.errorCount();
            long warnings = result.warningCount();
            String name = Printable.escape(CommandInput.name(file));
            spec.commandLine()
                    .getErr()
                    .println(name + ": "
                            + (result.readable()
                                    ? count.format(errors)
                                            + (errors == 1 ? " error, " : " errors, ")
                                            + count.format(warnings)
                                            + (warnings == 1 ? " warning" : " warnings")
                                    : "cannot be read"));
        }
        out.flush();
        return status;
    }

    /** Checks a data table: its problems on stdout, a summary with its events on stderr. */
    private int checkTable(String file, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        String name = Printable.escape(file);
        try (TableSource table = TableInput.open(java.nio.file.Path.of(file), mapping, null, out, err)) {
            List<Problem> problems = table.check(ProblemList.LIMIT);
            long errors = 0;
            for (Problem p : problems) {
                out.println(p);
                errors += p.count();
            }
            out.flush();
            NumberFormat count = NumberFormat.getIntegerInstance(Locale.ROOT);
            err.println(name + ": " + count.format(table.size()) + (table.size() == 1 ? " event" : " events")
                    + " (read as " + table.layoutName() + "), "
                    + count.format(table.categories().size())
                    + (table.categories().size() == 1 ? " category; " : " categories; ")
                    + count.format(errors) + (errors == 1 ? " row" : " rows") + " left out");
            return errors == 0 ? EventscopeCommand.OK : EventscopeCommand.BAD_INPUT;
        } catch (TableInput.Failed f) {
            err.println(String.valueOf(f.getMessage()));
            return f.status;
        } catch (org.eventscope.timeline.EventSource.SourceException e) {
            err.println(String.valueOf(e.getMessage()));
            return EventscopeCommand.CANNOT_READ;
        }
    }
}
