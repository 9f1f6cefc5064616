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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
                "Check event files and print every problem as FILE:LINE:COLUMN: severity: message (at /json/path).",
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int status = EventscopeCommand.OK;
        for (String file : files) {
            LoadResult result = CommandInput.read(file);
            for (Problem p : result.problems()) {
                out.println(p);
            }
            if (!result.ok()) {
                status = Math.max(status, CommandInput.status(result)); // unreadable (2) wins over bad (1)
            }
            long errors = result.errorCount();
            NumberFormat count = NumberFormat.getIntegerInstance(Locale.ROOT); // 5,000, as the problem lines count
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
}
