package org.eventscope.io;

import org.eventscope.i18n.Messages;
import com.fasterxml.jackson.core.JsonParser;
import org.eventscope.model.EventFile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and checks event files. Thread-safe; meant to run off the UI thread. */
public final class EventFileReader {

    /** Files larger than this are refused before parsing. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private EventFileReader() {
    }

    /** Reads the file at {@code path}; problems name the file by its file name. */
    public static LoadResult read(Path path) {
        return read(path, ReadMonitor.NONE);
    }

    /**
     * Reads the file at {@code path}, reporting progress to {@code monitor}.
     *
     * @throws java.util.concurrent.CancellationException when the monitor cancels
     */
    public static LoadResult read(Path path, ReadMonitor monitor) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return LoadResult.failed(new Problem(Problem.Severity.ERROR, name, 0, 0, "",
                        Messages.get("read.tooLarge",
                                String.valueOf(size / (1024 * 1024)), String.valueOf(MAX_FILE_BYTES / (1024 * 1024)))));
            }
            FormatSniffer.Format format;
            try (InputStream in = Files.newInputStream(path)) {
                format = FormatSniffer.detect(in);
            }
            try (InputStream in = Files.newInputStream(path)) {
                if (format == FormatSniffer.Format.TIMELINEJS) {
                    List<Problem> problems = new ArrayList<>();
                    EventFile file = TimelineJsImporter.read(name, new BufferedInputStream(in, 1 << 16), problems);
                    return new LoadResult(file, problems);
                }
                return read(name, in, size, monitor);
            }
        } catch (NoSuchFileException e) {
            return LoadResult.unreadable(new Problem(Problem.Severity.ERROR, name, 0, 0, "", Messages.get("read.noSuchFile", path.toString())));
        } catch (IOException e) {
            return LoadResult.unreadable(new Problem(Problem.Severity.ERROR, name, 0, 0, "",
                    Messages.get("read.cannotRead", String.valueOf(e.getMessage()))));
        }
    }

    /** Reads an event file from a stream; {@code name} is how problems name it. */
    public static LoadResult read(String name, InputStream in) {
        return read(name, in, -1, ReadMonitor.NONE);
    }

    private static LoadResult read(String name, InputStream input, long size, ReadMonitor monitor) {
        List<Problem> problems = new ArrayList<>();
        try {
            BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
            String encoding = JsonTreeReader.otherEncoding(in);
            if (encoding != null) {
                return LoadResult.failed(new Problem(Problem.Severity.ERROR, name, 1, 1, "",
                        Messages.get("read.encoding", encoding)));
            }
            try (JsonParser parser = JsonTreeReader.FACTORY.createParser(in)) {
                EventFile file = EventFileParser.parse(parser, name, size, monitor, problems);
                return new LoadResult(file, problems);
            }
        } catch (IOException e) {
            return LoadResult.unreadable(new Problem(Problem.Severity.ERROR, name, 0, 0, "",
                    Messages.get("read.cannotRead", String.valueOf(e.getMessage()))));
        }
    }

    /**
     * The outcome of reading a file.
     *
     * @param file     the document, or {@code null} when there were errors
     * @param problems errors and warnings, in file order of discovery
     * @param readable false when the file could not be read at all
     */
    public record LoadResult(EventFile file, List<Problem> problems, boolean readable) {

        public LoadResult {
            problems = List.copyOf(problems);
        }

        public LoadResult(EventFile file, List<Problem> problems) {
            this(file, problems, true);
        }

        static LoadResult failed(Problem problem) {
            return new LoadResult(null, List.of(problem));
        }

        /** The file could not be read at all (missing, unreadable): nothing was checked. */
        static LoadResult unreadable(Problem problem) {
            return new LoadResult(null, List.of(problem), false);
        }

        public boolean ok() {
            return file != null;
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }
}
