package org.eventscope.io;

/** Collects the problems of one file as they are found, at values of a tree. */
final class Problems {

    private final String file;
    private final ProblemList list;

    Problems(String file, ProblemList list) {
        this.file = file;
        this.list = list;
    }

    void error(JsonValue at, String path, String message) {
        list.add(new Problem(Problem.Severity.ERROR, file, at.line(), at.column(), path, message));
    }

    void warning(JsonValue at, String path, String message) {
        warning(at.line(), at.column(), path, message);
    }

    void warning(int line, int column, String path, String message) {
        list.add(new Problem(Problem.Severity.WARNING, file, line, column, path, message));
    }

    boolean hasErrors() {
        return list.hasErrors();
    }
}
