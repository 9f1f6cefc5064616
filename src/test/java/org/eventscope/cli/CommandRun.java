package org.eventscope.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
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

    /** The exit status of a run with {@code input} on standard input (restored afterwards). */
    int runWithInput(byte[] input, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input));
            return run(args);
        } finally {
            System.setIn(saved);
        }
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
