package org.eventscope.cli;

import org.eventscope.io.EventFileReader;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code check FILE...}: prints every problem of each file; no window, no display. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check event files and print every problem as FILE:LINE:COLUMN: severity: message (at /json/path).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no errors (warnings may be printed)", "1:at least one file has errors",
                "2:a file cannot be read"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Event files to check.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int status = EventscopeCommand.OK;
        for (Path file : files) {
            LoadResult result = EventFileReader.read(file);
            for (Problem p : result.problems()) {
                out.println(p);
            }
            if (!result.readable()) {
                status = EventscopeCommand.CANNOT_WRITE;
            } else if (!result.ok() && status == EventscopeCommand.OK) {
                status = EventscopeCommand.BAD_INPUT;
            }
            long errors = result.errors().size();
            long warnings = result.problems().size() - errors;
            spec.commandLine().getErr().println(file + ": " + (result.readable()
                    ? errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")
                    : "cannot be read"));
        }
        return status;
    }
}
