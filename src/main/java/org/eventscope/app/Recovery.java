package org.eventscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.eventscope.export.AtomicFile;
import org.eventscope.view.DataFolder;
import org.jspecify.annotations.Nullable;

/**
 * Unsaved edits kept safe from a crash: while a document has unsaved changes, what a save would
 * write is journaled every few seconds to {@code recovery/} in the user's data folder (with where
 * the file lives), and removed once the changes are saved or thrown away. Each window holds a lock
 * on its journal while it runs, so the next start finds only the journals of windows that died,
 * and offers to restore them.
 *
 * <p>The data folder is the user's ({@link DataFolder}).
 */
final class Recovery {

    /** How often unsaved edits are journaled, in seconds. */
    static final int EVERY_SECONDS = 5;

    /**
     * A journal left by a window that did not close.
     *
     * @param journal  the event file as it was, unsaved
     * @param original the file it belongs to, or {@code null} for one never saved
     * @param name     the document's name
     * @param time     when it was written
     */
    record Found(Path journal, @Nullable Path original, String name, Instant time) {}

    private final Path folder;
    private final String id = UUID.randomUUID().toString();
    private @Nullable FileChannel lockChannel;
    private @Nullable FileLock lock;

    Recovery(Path folder) {
        this.folder = folder;
    }

    /** The recovery folder of this user, in its data folder ({@link DataFolder}). */
    static Path folder() {
        return DataFolder.get().resolve("recovery");
    }

    Path journal() {
        return folder.resolve(id + ".json");
    }

    private Path about(String journalId) {
        return folder.resolve(journalId + ".properties");
    }

    private Path lockFile(String journalId) {
        return folder.resolve(journalId + ".lock");
    }

    /**
     * Journals the document: {@code content} writes what a save would; {@code original} is where
     * the file lives ({@code null} for one never saved).
     */
    void write(AtomicFile.Writer content, @Nullable Path original, String name) throws IOException {
        Files.createDirectories(folder);
        holdLock();
        AtomicFile.write(journal(), true, content);
        Properties p = new Properties();
        p.setProperty(
                "original", original == null ? "" : original.toAbsolutePath().toString());
        p.setProperty("name", name);
        p.setProperty("time", Instant.now().toString());
        AtomicFile.write(
                about(id), true, out -> p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), null));
    }

    /** No unsaved changes any more: the journal goes. */
    void clear() {
        try {
            Files.deleteIfExists(journal());
            Files.deleteIfExists(about(id));
        } catch (IOException e) {
            // Left behind, it is offered once at the next start; nothing is lost.
        }
        releaseLock();
    }

    private void holdLock() throws IOException {
        if (lock != null) {
            return;
        }
        FileChannel channel = FileChannel.open(lockFile(id), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lockChannel = channel;
        lock = channel.tryLock();
    }

    /** Lets the journal go as if this window had died (for a test of the next start). */
    void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // closing a lock does not fail in practice
        }
        lock = null;
        lockChannel = null;
        try {
            Files.deleteIfExists(lockFile(id));
        } catch (IOException e) {
            // harmless
        }
    }

    /**
     * The journals of windows that are no longer running, newest first. A folder that cannot be
     * read offers nothing (the journals stay for a later start); a journal whose description is
     * unreadable is offered under its file's name.
     */
    List<Found> left() {
        List<Found> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.properties")) {
            for (Path about : files) {
                String name = String.valueOf(about.getFileName());
                String journalId = name.substring(0, name.length() - ".properties".length());
                Path journal = folder.resolve(journalId + ".json");
                if (journalId.equals(id) || !Files.isRegularFile(journal) || held(journalId)) {
                    continue;
                }
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(about)) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                } catch (IOException | IllegalArgumentException unreadable) {
                    // Offered with what is known: the journal itself.
                }
                String original = p.getProperty("original", "");
                Path originalPath;
                try {
                    originalPath = original.isEmpty() ? null : Path.of(original);
                } catch (java.nio.file.InvalidPathException e) {
                    originalPath = null;
                }
                Instant time;
                try {
                    time = Instant.parse(p.getProperty("time", ""));
                } catch (java.time.format.DateTimeParseException e) {
                    time = modified(journal);
                }
                out.add(new Found(journal, originalPath, p.getProperty("name", name), time));
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return out;
        }
        out.sort((a, b) -> b.time().compareTo(a.time()));
        return out;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** Whether a running window holds the journal's lock. */
    private boolean held(String journalId) {
        Path lockPath = lockFile(journalId);
        if (!Files.exists(lockPath)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.WRITE)) {
            FileLock l = channel.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very process
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes a journal that was restored or thrown away. */
    static void remove(Found found) {
        String name = String.valueOf(found.journal().getFileName());
        String journalId = name.substring(0, name.length() - ".json".length());
        Path dir = found.journal().getParent();
        try {
            Files.deleteIfExists(found.journal());
            if (dir != null) {
                Files.deleteIfExists(dir.resolve(journalId + ".properties"));
                Files.deleteIfExists(dir.resolve(journalId + ".lock"));
            }
        } catch (IOException e) {
            // offered again next time
        }
    }
}
