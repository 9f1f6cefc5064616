package org.eventscope.io;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file as they are found. */
final class Problems {

    private final String file;
    private final List<Problem> list;

    Problems(String file, List<Problem> list) {
        this.file = file;
        this.list = list;
    }

    Problems(String file) {
        this(file, new ArrayList<>());
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

    List<Problem> list() {
        return list;
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }
}
