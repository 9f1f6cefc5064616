package org.eventscope.io;

import java.io.IOException;

/**
 * Bytes that cannot be read as an event file at all (not UTF-8, too many of them), with where:
 * the problem is the message, and the position is the offending byte's line and column (0 when
 * there is no one place).
 */
final class InputException extends IOException {

    private final int line;
    private final int column;

    /** Whether another encoding could read the bytes (they are no UTF-8), not a size or a binary file. */
    private final boolean encoding;

    InputException(int line, int column, String message) {
        this(line, column, message, false);
    }

    InputException(int line, int column, String message, boolean encoding) {
        super(message);
        this.line = line;
        this.column = column;
        this.encoding = encoding;
    }

    /** Whether another encoding could read the bytes: what a sheet's encoding, chosen, may mend. */
    boolean aboutEncoding() {
        return encoding;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    Problem problem(String file) {
        return new Problem(Problem.Severity.ERROR, file, line, column, "", String.valueOf(getMessage()));
    }
}
