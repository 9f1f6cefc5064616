package org.eventscope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM, as {@code eventscope ARGS...}, and keeps what it printed. */
final class CommandRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The exit status. */
    int run(String... args) {
        return EventscopeCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Everything printed on standard output so far. */
    String out() {
        return out.toString();
    }

    /** Everything printed on standard error so far. */
    String err() {
        return err.toString();
    }
}
