package org.eventscope.io;

import java.util.List;

/**
 * One thing wrong with an input file, with where it is. Text from the file (its name, values
 * quoted in the message, the path) is kept {@linkplain Printable#escape printable}, so every place
 * that shows a problem shows it safely.
 *
 * @param severity whether the file can still be opened
 * @param file     the file's name as shown to the user
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param path     JSON pointer to the value, e.g. {@code /events/3/start}, or "" for the document;
 *                 for a spreadsheet, the cell's column by letter and name, e.g. {@code C (event_date)},
 *                 and {@code line} is its row
 * @param message  what is wrong and what was expected
 * @param count    how many problems this stands for: 1, or more for a line that sums up those
 *                 left out of a long list ({@link ProblemList})
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message, long count) {

    public enum Severity {
        ERROR,
        WARNING
    }

    /** The longest message kept; a longer one (a huge value quoted) loses its middle. */
    static final int MAX_MESSAGE = 600;

    public Problem {
        file = Printable.escape(file);
        path = path == null ? "" : Printable.escape(path);
        message = Printable.escape(Printable.shorten(message, MAX_MESSAGE));
    }

    public Problem(Severity severity, String file, int line, int column, String path, String message) {
        this(severity, file, line, column, path, message, 1);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** True when the problem has a line and column (not a file that could not be read, nor a summary line). */
    public boolean hasPosition() {
        return !isSummary() && line != 0;
    }

    /** True when the problem is at a cell of a spreadsheet (its path names a column, not a JSON pointer). */
    public boolean isCell() {
        return !path.isEmpty() && path.charAt(0) != '/';
    }

    /** True for a line that sums up problems left out of a long list. */
    public boolean isSummary() {
        return count != 1;
    }

    /** How many errors (or warnings) {@code problems} stand for, counting those summed up. */
    public static long count(List<Problem> problems, Severity severity) {
        long n = 0;
        for (Problem p : problems) {
            if (p.severity == severity) {
                n += p.count;
            }
        }
        return n;
    }

    /**
     * {@code FILE:LINE:COLUMN: error: message (at /json/path)}, the form compilers use; without a
     * position (a file that cannot be read, a summary line) {@code FILE: error: message}.
     */
    @Override
    public String toString() {
        if (hasPosition() && isCell()) {
            // A spreadsheet's cell: FILE:ROW:C (name): error: message.
            return file + ":" + line + ":" + path + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": "
                    + message;
        }
        String where = hasPosition() ? file + ":" + line + ":" + column : file;
        String at = path == null || path.isEmpty() ? "" : " (at " + path + ")";
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + at;
    }
}
