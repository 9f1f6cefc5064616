package org.eventscope.table;

import org.jspecify.annotations.Nullable;

/** A table that cannot be opened or asked: missing, unreadable, of a layout not understood, or an engine fault. */
public final class TableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean unreadable;

    public TableException(String message) {
        this(message, false);
    }

    /** @param unreadable the file itself could not be read (missing, not a file, no permission) */
    public TableException(String message, boolean unreadable) {
        super(message);
        this.unreadable = unreadable;
    }

    /** Whether the file itself could not be read, rather than read and not understood. */
    public boolean unreadable() {
        return unreadable;
    }

    public TableException(String message, @Nullable Throwable cause) {
        super(message, cause);
        this.unreadable = false;
    }
}
