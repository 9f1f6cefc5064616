package org.eventscope.app;

import java.nio.file.Path;
import java.util.List;
import org.eventscope.io.Problem;
import org.eventscope.model.EventFile;
import org.eventscope.timeline.TimelineIndex;
import org.jspecify.annotations.Nullable;

/**
 * An open event file.
 *
 * @param file     its contents
 * @param name     the name shown to the user (the file name)
 * @param path     where it was read from, or {@code null} for the bundled example
 * @param warnings problems that did not stop it from opening
 * @param index    its events sorted for the timeline, built while the file loaded
 * @param sha256   the SHA-256 of the bytes it was read from, in hex ({@code null} when unknown)
 * @param imported true when it was read from another format (TimelineJS): it is saved as an
 *                 Eventscope file elsewhere, never over the file it came from
 */
public record Document(
        EventFile file,
        String name,
        @Nullable Path path,
        List<Problem> warnings,
        @Nullable TimelineIndex index,
        @Nullable String sha256,
        boolean imported) {

    /** A document read from an event file. */
    public Document(
            EventFile file,
            String name,
            @Nullable Path path,
            List<Problem> warnings,
            @Nullable TimelineIndex index,
            @Nullable String sha256) {
        this(file, name, path, warnings, index, sha256, false);
    }

    public Document {
        warnings = List.copyOf(warnings);
    }

    /**
     * A document is a state of the window, the same only as itself. Comparing contents would walk
     * every event: JavaFX compares a property's old and new values for its change listeners, so
     * opening the same million events again, or each edit, would cost a pass over the file on the
     * JavaFX thread.
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** A document whose bytes' checksum is not known. */
    public Document(
            EventFile file, String name, @Nullable Path path, List<Problem> warnings, @Nullable TimelineIndex index) {
        this(file, name, path, warnings, index, null);
    }
}
