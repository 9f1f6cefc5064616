package org.eventscope.app;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.Problem;
import org.eventscope.model.Event;
import org.eventscope.model.TroopReport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The state of the window, without any controls: the open document, the selected event, and
 * whether a file is loading. Files load on a background thread; a file that fails to load
 * leaves the open document as it was and is reported to {@link #onLoadFailedProperty()}.
 */
public final class DocumentModel {

    /** Where the bundled example lives on the class path. */
    public static final String BUNDLED = "/org/eventscope/data/geneva-2022.json";
    private static final String BUNDLED_NAME = BUNDLED.substring(BUNDLED.lastIndexOf('/') + 1);

    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ObjectProperty<Consumer<List<Problem>>> onLoadFailed =
            new SimpleObjectProperty<>(this, "onLoadFailed", problems -> { });
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

    /** True while a file is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Called on the FX thread with the problems of a file that could not be opened. */
    public ObjectProperty<Consumer<List<Problem>>> onLoadFailedProperty() {
        return onLoadFailed;
    }

    /** Opens the file at {@code path} in the background. */
    public Task<LoadResult> open(Path path) {
        Path absolute = path.toAbsolutePath();
        return load(() -> EventFileReader.read(absolute), absolute);
    }

    /** Opens the example that ships with the application. */
    public Task<LoadResult> openBundled() {
        return load(() -> {
            try (InputStream in = DocumentModel.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IOException("the bundled example " + BUNDLED + " is missing from the application");
                }
                return EventFileReader.read(BUNDLED_NAME, in);
            }
        }, null);
    }

    /** Selects the event that carried the report, if there is one. */
    public void selectReport(TroopReport report) {
        Document d = getDocument();
        if (d != null && report != null && report.eventId() != null) {
            d.file().event(report.eventId()).ifPresent(selectedEvent::set);
        }
    }

    private interface Reader {
        LoadResult read() throws IOException;
    }

    private Task<LoadResult> load(Reader reader, Path path) {
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() throws IOException {
                updateMessage("Opening " + (path == null ? "example" : path.getFileName()) + "…");
                return reader.read();
            }
        };
        task.setOnSucceeded(e -> {
            loading.set(false);
            LoadResult result = task.getValue();
            if (result.ok()) {
                String name = path != null ? path.getFileName().toString() : BUNDLED_NAME;
                selectedEvent.set(null);
                document.set(new Document(result.file(), name, path, result.problems()));
            } else {
                onLoadFailed.get().accept(result.problems());
            }
        });
        task.setOnFailed(e -> {
            loading.set(false);
            String name = path == null ? BUNDLED_NAME : path.getFileName().toString();
            Throwable error = task.getException();
            onLoadFailed.get().accept(List.of(new Problem(Problem.Severity.ERROR, name, 0, 0, "",
                    "cannot open the file: " + (error == null ? "unknown error" : error.getMessage()))));
        });
        loading.set(true);
        loader.execute(task);
        return task;
    }
}
