package org.eventscope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.ReadMonitor;
import org.eventscope.io.SheetOptions;
import org.jspecify.annotations.Nullable;

/**
 * The file named at launch, read while the window is being built. The read starts before JavaFX
 * does, and the window's first opening of that very file takes over the read under way (its
 * progress, its Cancel) instead of starting its own; any other opening drops it. JavaFX's
 * start-up keeps about one of two cores busy for a second or so: the reader's first second runs
 * beside it. The file is still read once, as every input is, so a named pipe given at launch
 * opens as before; a regular file that changed on disk before the window took the read over is
 * read again as it is then (the window watches for changes only once the file is open).
 */
public final class EarlyRead {

    private static final AtomicReference<@Nullable EarlyRead> PENDING = new AtomicReference<>();

    private final Path path;
    private final CompletableFuture<LoadResult> result = new CompletableFuture<>();
    /** The opening that took this read over: its monitor hears the progress and may cancel. */
    private volatile @Nullable ReadMonitor taker;

    /** The file's {@link #stamp} as the read began. */
    private volatile @Nullable List<Object> before;

    private volatile boolean dropped;
    private volatile long bytesRead = -1;
    private volatile long totalBytes = -1;

    private EarlyRead(Path path) {
        this.path = path;
    }

    /**
     * Starts reading the file the window will open for the program's arguments (the first that is
     * not a JavaFX {@code --name=value} parameter), on a thread of its own, its problems told in
     * the language of {@code prefs}; nothing when there is none, it names no path, or the window
     * would not read it straight into a document (a spreadsheet asks how first, a table opens apart).
     */
    public static void start(List<String> arguments, AppPreferences prefs) {
        String argument = fileArgument(arguments);
        if (argument == null) {
            return;
        }
        EventscopeApp.useLanguage(prefs);
        Path absolute;
        try {
            absolute = Path.of(argument).toAbsolutePath();
        } catch (InvalidPathException e) {
            return; // the window says what is wrong with it
        }
        if (!MainWindow.readsStraight(absolute)) {
            return;
        }
        EarlyRead read = new EarlyRead(absolute);
        EarlyRead before = PENDING.getAndSet(read);
        if (before != null) {
            before.drop();
        }
        Thread thread = new Thread(read::run, "eventscope-early-read");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The argument that the window opens: the first that JavaFX does not take for a named
     * parameter ({@code --name=value}, the name starting with a letter or '_'); {@code null} when
     * there is none.
     */
    static @Nullable String fileArgument(List<String> arguments) {
        for (String a : arguments) {
            boolean named =
                    a.startsWith("--") && a.indexOf('=') > 2 && (Character.isLetter(a.charAt(2)) || a.charAt(2) == '_');
            if (!named) {
                return a;
            }
        }
        return null;
    }

    /**
     * The read of {@code absolute} started at launch, taken over once; {@code null} when there is
     * none. A read of any other file (of any, for {@code null}) is dropped: the window opened
     * something else first.
     */
    static @Nullable EarlyRead take(@Nullable Path absolute) {
        EarlyRead read = PENDING.getAndSet(null);
        if (read != null && !read.path.equals(absolute)) {
            read.drop();
            return null;
        }
        return read;
    }

    /** Whether a read started at launch waits to be taken over (for tests). */
    static boolean pending() {
        return PENDING.get() != null;
    }

    /** Stops the read, when nobody will take it. */
    void drop() {
        dropped = true;
    }

    /**
     * Waits for the read and returns what it read; from now on its progress goes to {@code
     * monitor}, and it stops when {@code monitor} cancels (a {@link CancellationException}, as a
     * read of its own would throw). {@code null} when the file changed on disk since the read
     * began (its size or time of change differ): the caller reads it again as it is now, since
     * the window watches it for changes only once it is open.
     */
    @Nullable
    LoadResult join(ReadMonitor monitor) throws IOException {
        taker = monitor;
        long read = bytesRead;
        if (read >= 0) {
            monitor.progress(read, totalBytes);
        }
        try {
            LoadResult done = result.get();
            return Objects.equals(before, stamp(path)) ? done : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drop();
            throw new CancellationException("the wait for " + path + " was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** Whether a read started at launch waits to be taken over and has ended, however (for tests). */
    static boolean pendingAndDone() {
        EarlyRead read = PENDING.get();
        return read != null && read.result.isDone();
    }

    /** A regular file's size and time of change, to tell whether it changed; {@code null} for anything else. */
    private static @Nullable List<Object> stamp(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return a.isRegularFile() ? List.of(a.size(), a.lastModifiedTime()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void run() {
        before = stamp(path);
        try {
            result.complete(EventFileReader.read(path, DocumentModel.nameOf(path), monitor, SheetOptions.NONE));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    private final ReadMonitor monitor = new ReadMonitor() {
        @Override
        public void progress(long bytes, long total) {
            totalBytes = total;
            bytesRead = bytes;
            ReadMonitor m = taker;
            if (m != null) {
                m.progress(bytes, total);
            }
        }

        @Override
        public boolean isCancelled() {
            ReadMonitor m = taker;
            return dropped || (m != null && m.isCancelled());
        }
    };
}
