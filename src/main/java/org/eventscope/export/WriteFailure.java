package org.eventscope.export;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Why a file could not be written, in plain words, found in the chain of causes of what was
 * thrown: the PNG encoder, for one, reports a full disk as "I/O error writing PNG file!" with
 * the system's "No space left on device" only as its cause. The one rule for the command line
 * (which says {@link #english()}) and the window (which says the same in the interface's language).
 */
public enum WriteFailure {
    /** ENOSPC. */
    NO_SPACE("no space left on the device", "no space left on device"),
    /** EDQUOT. */
    QUOTA("the disk quota is used up", "disk quota exceeded"),
    /** EROFS. */
    READ_ONLY("the file system is read-only", "read-only file system"),
    /** EACCES, EPERM. */
    PERMISSION("permission denied", "permission denied", "operation not permitted"),
    /** EISDIR. */
    FOLDER("it is a folder", "is a directory"),
    /** A device, a pipe or a socket where the file should be. */
    NOT_A_FILE("it is not a regular file", "not a regular file"),
    /** ENAMETOOLONG. */
    NAME_TOO_LONG("the file name is too long", "file name too long"),
    /** A file of that name appeared while this one was written. */
    EXISTS("a file of that name exists");

    private final String english;

    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
    private final List<String> systemTexts;

    WriteFailure(String english, String... systemTexts) {
        this.english = english;
        this.systemTexts = List.of(systemTexts);
    }

    /** The reason in plain English, for the command line. */
    public String english() {
        return english;
    }

    /** The first reason found in {@code thrown} and its causes (and suppressed exceptions), if any is known. */
    public static Optional<WriteFailure> of(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return find(thrown, seen);
    }

    private static Optional<WriteFailure> find(@Nullable Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return Optional.empty();
        }
        if (t instanceof FileAlreadyExistsException) {
            return Optional.of(EXISTS);
        }
        String text = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : t.getMessage();
        if (text != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (WriteFailure f : values()) {
                for (String s : f.systemTexts) {
                    if (lower.contains(s)) {
                        return Optional.of(f);
                    }
                }
            }
        }
        if (t instanceof AccessDeniedException) {
            return Optional.of(PERMISSION);
        }
        Optional<WriteFailure> cause = find(t.getCause(), seen);
        if (cause.isPresent()) {
            return cause;
        }
        for (Throwable s : t.getSuppressed()) {
            Optional<WriteFailure> found = find(s, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * What to say when no reason is known: the message of the innermost cause that has one (the
     * system's own words rather than a wrapper's), or the exception's class name.
     */
    public static String detail(Throwable thrown) {
        String message = null;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message != null ? message : thrown.getClass().getSimpleName();
    }

    /** The reason in plain English if known, else {@link #detail}. */
    public static String englishReason(Throwable thrown) {
        return of(thrown).map(WriteFailure::english).orElseGet(() -> detail(thrown));
    }
}
