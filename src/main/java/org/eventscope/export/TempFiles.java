package org.eventscope.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The temporary files exports are written to before they take the target's name:
 * {@code .NAME.eventscope-XXXXXXXXXXXXXXXX.tmp} in the target's folder (16 hex digits), created
 * like any new file (so with the umask's mode), removed when the JVM shuts down while they are
 * being written, and removed by a later export into the same folder when a hard kill left one
 * behind.
 */
final class TempFiles {

    /** Age after which a temporary file of ours is taken to be left over from a killed export. */
    static final Duration STALE = Duration.ofMinutes(10);

    /** Exactly the names {@link #create} gives, and nothing else. */
    static final Pattern NAME = Pattern.compile("\\..+\\.eventscope-[0-9a-f]{16}\\.tmp", Pattern.DOTALL);

    /** Most bytes of the target's name kept in a temporary file's name, so that it fits in 255 bytes. */
    private static final int NAME_BYTES = 200;

    /** Temporary files being written now, removed if the JVM shuts down first. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::removeAll, "eventscope-temporary-files"));
        } catch (IllegalStateException shuttingDown) {
            // First used while the JVM shuts down: the write's own clean-up is all there is.
        }
    }

    private TempFiles() {}

    /** Creates a new, empty temporary file in {@code dir} for a target named {@code name}. */
    static Path create(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + shortened(name) + ".eventscope-" + AtomicFile.randomHex() + ".tmp");
            IN_FLIGHT.add(temp);
            // CREATE_NEW without attributes: the mode is 0666 less the umask, as for any new file.
            try (FileChannel created =
                    FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                return temp;
            } catch (FileAlreadyExistsException taken) {
                IN_FLIGHT.remove(temp);
                if (attempt == 9) {
                    throw taken;
                }
            } catch (IOException | RuntimeException e) {
                IN_FLIGHT.remove(temp);
                throw e;
            }
        }
    }

    /** Removes {@code temp} if it is still there, and forgets it. */
    static void remove(Path temp) throws IOException {
        try {
            Files.deleteIfExists(temp);
        } finally {
            IN_FLIGHT.remove(temp);
        }
    }

    /**
     * Removes files in {@code dir} that are ours by name ({@link #NAME}), regular files (not
     * followed through links), and older than {@link #STALE}. Quietly does what it can.
     */
    static void removeStale(Path dir) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, ".*.eventscope-*.tmp")) {
            for (Path p : found) {
                if (!NAME.matcher(p.getFileName().toString()).matches() || IN_FLIGHT.contains(p)) {
                    continue;
                }
                try {
                    BasicFileAttributes a =
                            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(before)) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException gone) {
                    // Removed meanwhile, or not ours to remove.
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // The export itself will say what is wrong with the folder.
        }
    }

    private static void removeAll() {
        for (Path temp : IN_FLIGHT) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The JVM is going away; nothing else can be done.
            }
        }
    }

    /** {@code name} cut to at most {@link #NAME_BYTES} bytes of UTF-8, never inside a character. */
    static String shortened(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= NAME_BYTES) {
            return name;
        }
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > NAME_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }
}
