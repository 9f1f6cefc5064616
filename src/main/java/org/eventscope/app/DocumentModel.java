package org.eventscope.app;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.Problem;
import org.eventscope.io.ReadMonitor;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.TroopReport;
import org.eventscope.timeline.TimelineIndex;
import org.jspecify.annotations.Nullable;

/**
 * The state of the window, without any controls: the open document, the selected event, and
 * the load under way. Files load on a background thread; a file that fails to load
 * leaves the open document as it was and is reported to {@link #onLoadFailedProperty()}.
 */
public final class DocumentModel {

    /** Where the bundled example lives on the class path. */
    public static final String BUNDLED = "/org/eventscope/data/geneva-2022.json";

    private static final String BUNDLED_NAME = BUNDLED.substring(BUNDLED.lastIndexOf('/') + 1);

    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ReadOnlyObjectWrapper<Task<LoadResult>> current = new ReadOnlyObjectWrapper<>(this, "currentLoad");
    private final ObjectProperty<Consumer<LoadFailure>> onLoadFailed =
            new SimpleObjectProperty<>(this, "onLoadFailed", failure -> {});
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "eventscope-loader");
        t.setDaemon(true);
        return t;
    });

    /** The open document, or {@code null} before the first file is open. */
    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public Document getDocument() {
        return document.get();
    }

    /** The selected event; shared by the timeline, the chart and the details pane. */
    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public Event getSelectedEvent() {
        return selectedEvent.get();
    }

    /** Called on the FX thread with the file that could not be opened and its problems. */
    public ObjectProperty<Consumer<LoadFailure>> onLoadFailedProperty() {
        return onLoadFailed;
    }

    /**
     * A file that could not be opened.
     *
     * @param path     where it was read from, or {@code null} for the bundled example
     * @param problems why it was not opened
     */
    public record LoadFailure(@Nullable Path path, List<Problem> problems) {

        public LoadFailure {
            problems = List.copyOf(problems);
        }
    }

    /** Opens the file at {@code path} in the background; the task reports progress and can be cancelled. */
    @CanIgnoreReturnValue
    public Task<LoadResult> open(Path path) {
        Path absolute = path.toAbsolutePath();
        String name = absolute.getFileName() == null
                ? absolute.toString()
                : absolute.getFileName().toString();
        return load(monitor -> EventFileReader.read(absolute, name, monitor), absolute);
    }

    /** Opens the example that ships with the application. */
    public Task<LoadResult> openBundled() {
        return load(
                monitor -> {
                    try (InputStream in = DocumentModel.class.getResourceAsStream(BUNDLED)) {
                        if (in == null) {
                            throw new IOException(
                                    "the bundled example " + BUNDLED + " is missing from the application");
                        }
                        return EventFileReader.read(BUNDLED_NAME, in);
                    }
                },
                null);
    }

    /** The load under way, or {@code null}: its progress and message are shown while it runs. */
    public ReadOnlyObjectProperty<Task<LoadResult>> currentLoadProperty() {
        return current.getReadOnlyProperty();
    }

    /** Stops the load under way, if any; the open document stays. */
    public void cancelLoading() {
        Task<LoadResult> task = current.get();
        if (task != null) {
            task.cancel();
        }
    }

    /** Selects the event that carried the report, if there is one. */
    public void selectReport(TroopReport report) {
        Document d = getDocument();
        if (d != null && report != null && report.eventId() != null) {
            d.file().event(report.eventId()).ifPresent(selectedEvent::set);
        }
    }

    private interface Reader {
        LoadResult read(ReadMonitor monitor) throws IOException;
    }

    private Task<LoadResult> load(Reader reader, @Nullable Path path) {
        String name = path == null ? BUNDLED_NAME : path.getFileName().toString();
        // The timeline's index is built here too, so a million events cost the FX thread nothing.
        java.util.concurrent.atomic.AtomicReference<TimelineIndex> index =
                new java.util.concurrent.atomic.AtomicReference<>();
        Task<LoadResult> task = new Task<>() {
            {
                updateTitle(Messages.get("status.opening", name));
            }

            @Override
            protected LoadResult call() throws IOException {
                Task<LoadResult> self = this;
                LoadResult result = reader.read(new ReadMonitor() {
                    @Override
                    public void progress(long bytesRead, long totalBytes) {
                        if (totalBytes > 0) {
                            updateProgress(bytesRead, totalBytes);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
                if (result.ok() && !isCancelled()) {
                    index.set(TimelineIndex.of(result.file()));
                }
                return result;
            }
        };
        task.setOnCancelled(e -> {
            current.set(null);
        });
        task.setOnSucceeded(e -> {
            current.set(null);
            LoadResult result = task.getValue();
            EventFile opened = result.file();
            if (opened != null) {
                selectedEvent.set(null);
                document.set(new Document(opened, name, path, result.problems(), index.get(), result.sha256()));
            } else {
                onLoadFailed.get().accept(new LoadFailure(path, result.problems()));
            }
        });
        task.setOnFailed(e -> {
            current.set(null);
            Throwable error = task.getException();
            onLoadFailed
                    .get()
                    .accept(new LoadFailure(
                            path,
                            List.of(new Problem(
                                    Problem.Severity.ERROR,
                                    name,
                                    0,
                                    0,
                                    "",
                                    Messages.get(
                                            "read.cannotRead",
                                            error == null || error.getMessage() == null
                                                    ? Messages.get("read.unknownError")
                                                    : error.getMessage())))));
        });
        cancelLoading();
        current.set(task);
        loader.execute(task);
        return task;
    }
}
