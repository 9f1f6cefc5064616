package org.eventscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the complete new one, never half a
 * file: the bytes go to a temporary file in the target folder ({@link TempFiles}), which then
 * becomes the target.
 * <ul>
 * <li>A new file gets the mode the user's umask gives new files (0644 under umask 022); a
 * replaced file keeps its mode, and its owner and group where the system lets this process set
 * them.</li>
 * <li>Without {@code replace} the last step never replaces a file, not even one that appeared
 * while this one was written: of two writers racing for the same new name exactly one wins, the
 * other gets {@link FileAlreadyExistsException}.</li>
 * <li>The temporary file is removed when writing fails, and when the JVM is shut down (SIGTERM,
 * Ctrl+C, {@code System.exit}) during the write. After a hard kill (SIGKILL, a power cut) it
 * stays until the next write into the same folder, which removes such files once they are
 * {@link TempFiles#STALE} old.</li>
 * </ul>
 */
public final class AtomicFile {

    /** Writes content to a stream. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Writes {@code target} with what {@code writer} writes.
     *
     * @param replace whether an existing file at {@code target} may be replaced
     * @throws FileAlreadyExistsException when {@code replace} is false and {@code target} exists,
     *                                    or appeared while it was written
     * @throws FileSystemException        when {@code target} is a folder or not a regular file
     * @throws IOException                when writing fails; nothing is left behind then
     */
    public static void write(Path target, boolean replace, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        checkExisting(absolute, replace);
        TempFiles.removeStale(dir);
        Path temp = TempFiles.create(dir, absolute.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            if (replace) {
                keepOwnerAndMode(absolute, temp);
                moveReplacing(temp, absolute);
            } else {
                moveKeeping(temp, absolute);
            }
        } finally {
            TempFiles.remove(temp);
        }
    }

    /** Refuses a target that is a folder or a device, and (without {@code replace}) one that exists. */
    private static void checkExisting(Path target, boolean replace) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "Is a directory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new FileSystemException(target.toString(), null, "not a regular file");
        }
        if (!replace && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
    }

    /** Gives {@code temp} the mode, owner and group of {@code target}, if that exists. */
    private static void keepOwnerAndMode(Path target, Path temp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView now = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (old == null || now == null || !Files.exists(target)) {
            return;
        }
        PosixFileAttributes was = old.readAttributes();
        PosixFileAttributes is = now.readAttributes();
        // Only root may give a file away; a group the user belongs to may be set by anyone.
        try {
            if (!was.owner().equals(is.owner())) {
                now.setOwner(was.owner());
            }
        } catch (IOException notAllowed) {
            // The new file stays this user's.
        }
        try {
            if (!was.group().equals(is.group())) {
                now.setGroup(was.group());
            }
        } catch (IOException notAllowed) {
            // The new file keeps this user's group.
        }
        now.setPermissions(was.permissions());
    }

    private static void moveReplacing(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Gives the complete temporary file the target's name unless that name is taken: a hard link
     * fails if the name exists, in one step. Where the file system has no hard links, a move
     * without replacing (which checks, then renames) is the next best.
     */
    private static void moveKeeping(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            // FAT, some network and FUSE file systems: fall through.
        }
        Files.move(temp, target);
    }

    /** A random name part: 16 hex digits. */
    static String randomHex() {
        return String.format("%016x", ThreadLocalRandom.current().nextLong());
    }
}
