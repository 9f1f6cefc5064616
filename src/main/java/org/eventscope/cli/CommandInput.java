package org.eventscope.cli;

import java.nio.file.Path;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.ReadMonitor;
import org.eventscope.io.SheetOptions;

/** The event file a command reads: a path as given, or {@code -} for standard input; read once. */
final class CommandInput {

    /** How problems and messages name standard input. */
    static final String STDIN = "<stdin>";

    private CommandInput() {}

    /** True when {@code arg} is {@code -}, standard input. */
    static boolean isStdin(String arg) {
        return arg.equals("-");
    }

    static LoadResult read(String arg) {
        return read(arg, SheetOptions.NONE);
    }

    /** As {@link #read(String)}; a spreadsheet is read as {@code sheet} says. */
    static LoadResult read(String arg, SheetOptions sheet) {
        return isStdin(arg)
                ? EventFileReader.read(STDIN, System.in, -1, ReadMonitor.NONE, sheet)
                : EventFileReader.read(Path.of(arg), arg, ReadMonitor.NONE, sheet);
    }

    /** The input as messages name it: the path as given, or {@code <stdin>}. */
    static String name(String arg) {
        return isStdin(arg) ? STDIN : arg;
    }

    /** The exit status for an input that did not open: 2 when it could not be read at all, else 1. */
    static int status(LoadResult result) {
        return result.readable() ? EventscopeCommand.BAD_INPUT : EventscopeCommand.CANNOT_READ;
    }
}
