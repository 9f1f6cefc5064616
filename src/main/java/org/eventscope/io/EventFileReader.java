package org.eventscope.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.eventscope.i18n.Messages;
import org.eventscope.model.EventFile;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks event files (and TimelineJS files). Every input is opened and read once, so
 * named pipes, process substitutions and standard input work as files do. Thread-safe; meant to
 * run off the UI thread.
 */
public final class EventFileReader {

    /** Inputs larger than this are refused: files before parsing, streams when they pass it. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private EventFileReader() {}

    /** Reads the file at {@code path}; problems name the file as the path is written. */
    public static LoadResult read(Path path) {
        return read(path, ReadMonitor.NONE);
    }

    /**
     * Reads the file at {@code path}, reporting progress to {@code monitor}.
     *
     * @throws java.util.concurrent.CancellationException when the monitor cancels
     */
    public static LoadResult read(Path path, ReadMonitor monitor) {
        return read(path, path.toString(), monitor);
    }

    /** Reads the file at {@code path}; {@code name} is how problems name it. */
    public static LoadResult read(Path path, String name, ReadMonitor monitor) {
        return read(path, name, monitor, SheetOptions.NONE);
    }

    /** As {@link #read(Path, String, ReadMonitor)}; a spreadsheet is read as {@code sheet} says. */
    public static LoadResult read(Path path, String name, ReadMonitor monitor, SheetOptions sheet) {
        if (Files.isDirectory(path)) {
            return unreadable(name, Messages.get("read.isFolder"));
        }
        long size = -1;
        InputStream in;
        ReadMonitor watched = monitor;
        try {
            if (Files.isRegularFile(path)) {
                size = Files.size(path);
                if (size > MAX_FILE_BYTES) {
                    return LoadResult.failed(new Problem(
                            Problem.Severity.ERROR,
                            name,
                            0,
                            0,
                            "",
                            Messages.get(
                                    "read.tooLarge",
                                    InputBytes.bytes(size),
                                    InputBytes.bytes(MAX_FILE_BYTES),
                                    String.valueOf(MAX_FILE_BYTES >> 20))));
                }
            }
            if (SplitRead.ENABLED && size >= SplitRead.MIN_EVENTS_BYTES && !SheetImport.isSheet(name)) {
                // Read again in one part, the bar waits where it was until the new read passes it.
                watched = new Steady(monitor);
                LoadResult inTwo = readInTwo(path, name, size, watched, sheet);
                if (inTwo != null) {
                    return inTwo;
                }
            }
            in = Files.newInputStream(path);
        } catch (IOException e) {
            return unreadable(name, reason(e));
        }
        try (in) {
            return read(name, in, size, watched, sheet);
        } catch (IOException e) {
            return unreadable(name, reason(e)); // closing failed
        }
    }

    /**
     * Reads a large regular file with the second half of its events read on another thread
     * ({@link SplitRead}); {@code null} when that half turned out to be in doubt and the file
     * must be read again in one part.
     */
    private static @Nullable LoadResult readInTwo(
            Path path, String name, long size, ReadMonitor monitor, SheetOptions sheet) throws IOException {
        MessageDigest sha256 = sha256();
        try (SplitRead split = SplitRead.open(path, size, monitor, sha256)) {
            return read(name, split.stream(), null, size, monitor, sheet, split);
        } catch (SplitRead.Restart e) {
            return null;
        }
    }

    /** A monitor whose progress never goes back. */
    private static final class Steady implements ReadMonitor {
        private final ReadMonitor monitor;
        private long most = -1;

        Steady(ReadMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void progress(long bytesRead, long totalBytes) {
            if (bytesRead > most) {
                most = bytesRead;
                monitor.progress(bytesRead, totalBytes);
            }
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCancelled();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Reads an event file from a stream (standard input, a resource); {@code name} is how problems name it. */
    public static LoadResult read(String name, InputStream in) {
        return read(name, in, -1, ReadMonitor.NONE);
    }

    /** Reads an event file from a stream of {@code size} bytes (-1 when unknown), read once. */
    public static LoadResult read(String name, InputStream raw, long size, ReadMonitor monitor) {
        return read(name, raw, size, monitor, SheetOptions.NONE);
    }

    /**
     * As {@link #read(String, InputStream, long, ReadMonitor)}; a spreadsheet ({@code .csv},
     * {@code .tsv}) is read as {@code sheet} says (its encoding, its mapping).
     */
    public static LoadResult read(String name, InputStream raw, long size, ReadMonitor monitor, SheetOptions sheet) {
        // The checksum is taken of the bytes as they are read: exports name the very bytes they show.
        MessageDigest sha256 = sha256();
        return read(name, new DigestInputStream(raw, sha256), sha256, size, monitor, sheet, null);
    }

    /**
     * Reads {@code digestedStream}, whose bytes go to {@code digest} as they are read, or, with
     * {@code split}, to the split's digest.
     */
    private static LoadResult read(
            String name,
            InputStream digestedStream,
            @Nullable MessageDigest digest,
            long size,
            ReadMonitor monitor,
            SheetOptions sheet,
            @Nullable SplitRead split) {
        try {
            ProblemList problems = new ProblemList();
            EventFile file;
            InputStream digested = digestedStream;
            // A name tells a sheet by its ending; without one (standard input, a pipe, a name like
            // "events.txt") the first bytes tell: a workbook's zip, or text that is no JSON.
            String kind = name;
            if (!SheetImport.isSheet(name)
                    && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                // Never asked how much is available: a FIFO's channel answers "Illegal seek".
                InputStream unasked = new java.io.FilterInputStream(digested) {
                    @Override
                    public int available() {
                        return 0;
                    }
                };
                BufferedInputStream peeked = new BufferedInputStream(unasked, 1 << 16);
                kind = SheetImport.kindOf(peeked, name);
                digested = peeked;
            }
            boolean isSheet = SheetImport.isSheet(kind);
            BufferedInputStream in = isSheet ? null : InputBytes.open(digested, MAX_FILE_BYTES);
            boolean imported = in == null || FormatSniffer.detect(in) == FormatSniffer.Format.TIMELINEJS;
            if (in == null) {
                file = SheetImport.read(name, kind, digested, size, MAX_FILE_BYTES, sheet, monitor, problems);
            } else if (imported) {
                file = TimelineJsImporter.read(name, in, problems);
            } else {
                try (JsonParser parser = Json.FACTORY.createParser(in)) {
                    file = EventFileParser.parse(parser, name, size, monitor, problems, split);
                }
            }
            MessageDigest sha256 = split != null ? split.digest() : java.util.Objects.requireNonNull(digest);
            return new LoadResult(
                    file,
                    problems.withSummary(),
                    true,
                    file == null ? null : HexFormat.of().formatHex(sha256.digest()),
                    imported);
        } catch (OutOfMemoryError e) {
            // What the reader held is unreachable now; say so in one line instead of dying.
            return LoadResult.failed(new Problem(
                    Problem.Severity.ERROR,
                    name,
                    0,
                    0,
                    "",
                    Messages.get(
                            "read.outOfMemory", String.valueOf(JavaHeap.maxMegabytes()), JavaHeap.howToEnlarge())));
        } catch (InputException e) {
            return LoadResult.failed(e.problem(name));
        } catch (IOException e) {
            return unreadable(name, reason(e));
        }
    }

    private static LoadResult unreadable(String name, String reason) {
        return LoadResult.unreadable(new Problem(Problem.Severity.ERROR, name, 0, 0, "", reason));
    }

    /** Why a file could not be read, in plain words: "no such file", "permission denied"... */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Messages.get("read.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get("read.permissionDenied");
        }
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (why != null && why.contains("Is a directory")) {
            return Messages.get("read.isFolder");
        }
        return Messages.get("read.cannotRead", why == null ? e.getClass().getSimpleName() : why);
    }

    /**
     * The outcome of reading a file.
     *
     * @param file     the document, or {@code null} when there were errors
     * @param problems errors and warnings in file order, at most {@link ProblemList#LIMIT} in full
     *                 and then a line for each kind left out ({@link Problem#isSummary()})
     * @param readable false when the file could not be read at all
     * @param sha256   the SHA-256 of the bytes read, in hex, when the file was read without errors
     * @param imported true when the file was another format (TimelineJS) made into an event file:
     *                 saving it writes an Eventscope file, never into the file it came from
     */
    public record LoadResult(
            @Nullable EventFile file,
            List<Problem> problems,
            boolean readable,
            @Nullable String sha256,
            boolean imported) {

        public LoadResult(@Nullable EventFile file, List<Problem> problems, boolean readable, @Nullable String sha256) {
            this(file, problems, readable, sha256, false);
        }

        public LoadResult {
            problems = List.copyOf(problems);
        }

        public LoadResult(@Nullable EventFile file, List<Problem> problems) {
            this(file, problems, true, null);
        }

        static LoadResult failed(Problem problem) {
            return new LoadResult(null, List.of(problem));
        }

        /** The file could not be read at all (missing, unreadable): nothing was checked. */
        static LoadResult unreadable(Problem problem) {
            return new LoadResult(null, List.of(problem), false, null);
        }

        public boolean ok() {
            return file != null;
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }

        /** How many errors there are, counting those summed up in one line. */
        public long errorCount() {
            return Problem.count(problems, Problem.Severity.ERROR);
        }

        /** How many warnings there are, counting those summed up in one line. */
        public long warningCount() {
            return Problem.count(problems, Problem.Severity.WARNING);
        }
    }
}
