package org.eventscope.edit;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eventscope.export.AtomicFile;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.EventFileWriter;
import org.eventscope.io.Origins;
import org.eventscope.model.EventFile;
import org.jspecify.annotations.Nullable;

/**
 * Saves an edited file so that nothing is lost: the new content goes to a temporary file in the
 * same folder, is flushed to disk and then takes the file's name ({@link AtomicFile}), keeping its
 * permissions; the version it replaces is kept beside it as {@code NAME.bak} (one version, the
 * last one). The file is written as a patch of the bytes it was read from when those are still
 * known ({@link EventFileWriter}), else in Eventscope's own layout.
 */
public final class Saving {

    /** Files up to this size keep their bytes in memory between saves; larger ones are read again. */
    public static final int KEEP_BYTES = 32 << 20;

    private Saving() {}

    /** The bytes a file was read from. */
    public static final class Original {

        /** A file that was never read: a new one. */
        public static final Original NONE = new Original(null, null, null);

        private final byte @Nullable [] bytes;
        private final @Nullable Path path;
        private final @Nullable String sha256;

        /**
         * @param bytes  the bytes themselves, when kept
         * @param path   where they were read from, to read them again, or {@code null}
         * @param sha256 their checksum, which bytes read again must have, or {@code null}
         */
        public Original(byte @Nullable [] bytes, @Nullable Path path, @Nullable String sha256) {
            this.bytes = bytes;
            this.path = path;
            this.sha256 = sha256;
        }

        public @Nullable String sha256() {
            return sha256;
        }

        /** Whether the kept bytes are those the checksum names. */
        public boolean matches() {
            return bytes != null && sha256 != null && checksum(bytes).equals(sha256);
        }

        /** The bytes, when kept in memory (not copied). */
        public byte @Nullable [] bytes() {
            return bytes;
        }

        /**
         * The file the bytes were read from, when they are not kept and the file on disk still
         * has their checksum (read through once, not held); {@code null} otherwise.
         */
        @Nullable
        Path unchangedFile() {
            Path at = path;
            if (bytes != null || at == null || sha256 == null || !Files.isRegularFile(at)) {
                return null;
            }
            try {
                if (Files.size(at) > EventFileReader.MAX_FILE_BYTES) {
                    return null;
                }
                MessageDigest digest = newDigest();
                try (InputStream in = Files.newInputStream(at)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
                return HexFormat.of().formatHex(digest.digest()).equals(sha256) ? at : null;
            } catch (IOException e) {
                return null;
            }
        }
    }

    /**
     * A finished save.
     *
     * @param original what to patch at the next save: the bytes written (kept when small) and their checksum
     * @param patched  whether the file was written as a patch of what it was read from (else in Eventscope's layout)
     * @param backup   where the version it replaced was kept, or {@code null} when there was none
     */
    public record Saved(
            Path path,
            EventFile file,
            Original original,
            boolean patched,
            @Nullable Path backup) {}

    /** Where the version a save replaces is kept. */
    public static Path backupOf(Path file) {
        Path name = file.getFileName();
        return file.resolveSibling((name == null ? "event-file.json" : name.toString()) + ".bak");
    }

    /**
     * Writes {@code now} to {@code target}.
     *
     * @param base     the file as {@code original} was read into it
     * @param origins  where each entry of {@code now} stood in {@code base}
     * @throws IOException when it cannot be written; the file at {@code target} is then as it was
     */
    public static Saved save(EventFile base, EventFile now, Origins origins, Original original, Path target)
            throws IOException {
        Path absolute = destination(target);
        // A file made read-only is not saved over: the user meant it to stay as it is.
        if (Files.isRegularFile(absolute) && !Files.isWritable(absolute)) {
            throw new java.nio.file.AccessDeniedException(absolute.toString(), null, "the file is read-only");
        }
        Path file = original.unchangedFile();
        byte[] from = original.bytes();
        Path backup = null;
        if (Files.isRegularFile(absolute)) {
            backup = backupOf(absolute);
            AtomicFile.write(backupOf(absolute), true, out -> Files.copy(absolute, out));
        }
        MessageDigest digest = newDigest();
        boolean keep = from != null
                ? from.length <= KEEP_BYTES
                : file == null && now.events().size() < 100_000;
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
        AtomicFile.write(absolute, true, out -> {
            OutputStream tee = new Tee(out, digest, kept);
            if (from != null) {
                EventFileWriter.write(from, base, now, origins, tee);
            } else if (file != null) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    EventFileWriter.write(channel, base, now, origins, tee);
                }
                // Another program may have written the file while it was read: then what was
                // written here is a patch of something else, and must not take the file's place.
                if (original.unchangedFile() == null) {
                    throw new IOException("the file changed on disk while it was saved; nothing was written");
                }
            } else {
                EventFileWriter.write(now, tee);
            }
            tee.flush();
        });
        String sha = HexFormat.of().formatHex(digest.digest());
        byte[] written = kept == null ? null : kept.toByteArray();
        if (written != null && written.length > KEEP_BYTES) {
            written = null;
        }
        return new Saved(absolute, now, new Original(written, absolute, sha), from != null || file != null, backup);
    }

    /** Where a save into {@code target} writes: a link stays a link, and the file it names is saved (and backed up). */
    static Path destination(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        return Files.isSymbolicLink(absolute) && Files.exists(absolute) ? absolute.toRealPath() : absolute;
    }

    static String checksum(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Passes bytes on, into a checksum and, when asked, a copy. */
    private static final class Tee extends FilterOutputStream {
        private final MessageDigest digest;
        private final @Nullable ByteArrayOutputStream copy;

        Tee(OutputStream out, MessageDigest digest, @Nullable ByteArrayOutputStream copy) {
            super(out);
            this.digest = digest;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            if (copy != null) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            if (copy != null) {
                copy.write(b, off, len);
            }
        }
    }
}
