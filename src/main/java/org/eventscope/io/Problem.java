package org.eventscope.io;

/**
 * One thing wrong with an input file, with where it is.
 *
 * @param severity whether the file can still be opened
 * @param file     the file's name as shown to the user
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param path     JSON pointer to the value, e.g. {@code /events/3/start}, or "" for the document
 * @param message  what is wrong and what was expected
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COLUMN: error: message (at /json/path)}, the form compilers use. */
    @Override
    public String toString() {
        String where = file + ":" + line + ":" + column;
        String at = path == null || path.isEmpty() ? "" : " (at " + path + ")";
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + at;
    }
}
