package org.eventscope.table;

import org.jspecify.annotations.Nullable;

/** A table that cannot be opened or asked: missing, unreadable, of a layout not understood, or an engine fault. */
public final class TableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TableException(String message) {
        super(message);
    }

    public TableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
