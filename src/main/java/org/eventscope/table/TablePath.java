package org.eventscope.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.Printable;
import org.jspecify.annotations.Nullable;

/**
 * The path an engine is given for a table. Engines read {@code *}, {@code ?}, {@code [} and
 * {@code {}} in a path as a pattern of many files; a table whose path holds one is given as a
 * link without them, in a folder of its own that goes when the table is closed, so exactly the
 * file named is read.
 */
final class TablePath implements AutoCloseable {

    private final Path path;
    private final @Nullable Path folder;

    private TablePath(Path path, @Nullable Path folder) {
        this.path = path;
        this.folder = folder;
    }

    /** The path to give an engine for {@code table}. */
    static TablePath of(Path table) {
        Path absolute = table.toAbsolutePath().normalize();
        if (!hasPattern(absolute.toString())) {
            return new TablePath(absolute, null);
        }
        String name = String.valueOf(table.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).replaceAll("[^a-z0-9.]", "");
        try {
            Path folder = Files.createTempDirectory("eventscope-table");
            Path link = Files.createSymbolicLink(folder.resolve("table" + extension), absolute);
            if (hasPattern(link.toString())) {
                throw new IOException("the temporary folder's own path holds a pattern character");
            }
            return new TablePath(link, folder);
        } catch (IOException | UnsupportedOperationException e) {
            String why = e instanceof IOException io ? EventFileReader.reason(io) : String.valueOf(e.getMessage());
            throw new TableException(
                    Printable.escape(table.toString()) + ": its name holds *, ?, [ or {, which the engine reads as a"
                            + " pattern of files, and no link without them could be made (" + Printable.escape(why)
                            + "); rename it",
                    true);
        }
    }

    static boolean hasPattern(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}');
    }

    /** The path to read. */
    Path path() {
        return path;
    }

    @Override
    public void close() {
        if (folder != null) {
            try {
                Files.deleteIfExists(path);
                Files.deleteIfExists(folder);
            } catch (IOException ignored) {
                // A link in the temporary folder: harmless.
            }
        }
    }
}
