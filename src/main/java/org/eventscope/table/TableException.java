package org.eventscope.table;

import org.jspecify.annotations.Nullable;

/** A table that cannot be opened or asked: missing, unreadable, of a layout not understood, or an engine fault. */
public final class TableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure it is, for what a caller offers next. */
    public enum Kind {
        /** The file itself could not be read (missing, not a file, no permission, not a table). */
        UNREADABLE,
        /** Read, but which columns hold the events is not known: a mapping is wanted. */
        NO_LAYOUT,
        /** Anything else: a wrong mapping, an engine fault. */
        OTHER
    }

    private final Kind kind;

    public TableException(String message) {
        this(message, Kind.OTHER);
    }

    /** @param unreadable the file itself could not be read (missing, not a file, no permission) */
    public TableException(String message, boolean unreadable) {
        this(message, unreadable ? Kind.UNREADABLE : Kind.OTHER);
    }

    public TableException(String message, Kind kind) {
        super(message);
        this.kind = kind;
    }

    public TableException(String message, @Nullable Throwable cause) {
        super(message, cause);
        this.kind = Kind.OTHER;
    }

    /** Whether the file itself could not be read, rather than read and not understood. */
    public boolean unreadable() {
        return kind == Kind.UNREADABLE;
    }

    /** Whether the table was read but a mapping of its columns is wanted. */
    public boolean needsMapping() {
        return kind == Kind.NO_LAYOUT;
    }
}
