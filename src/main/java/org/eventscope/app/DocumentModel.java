package org.eventscope.app;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.eventscope.edit.Saving;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.Problem;
import org.eventscope.io.ReadMonitor;
import org.eventscope.io.SheetOptions;
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
    private final DocumentEdits edits = new DocumentEdits(this);
    private boolean showingEdit;
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

    /** The editing of the open document: undo, redo, save. */
    public DocumentEdits edits() {
        return edits;
    }

    /**
     * Shows {@code edited}, the open document after an edit, a save or a check: listeners see
     * {@link #isShowingEdit()} true and keep the view; the selected event stays selected as it is now.
     */
    void showEdit(Document edited) {
        showEdit(edited, List.of());
    }

    /**
     * As {@link #showEdit(Document)}, after {@code changes}: the selected event follows its own
     * change (a replaced event stays selected as it is now, a removed one is no longer selected)
     * without a search of the whole file.
     */
    @SuppressWarnings("ReferenceEquality") // a change names the very instance it replaced
    void showEdit(Document edited, List<org.eventscope.edit.Change> changes) {
        Event selected = selectedEvent.get();
        for (org.eventscope.edit.Change c : changes) {
            if (c instanceof org.eventscope.edit.Change.Put put && put.before() == selected) {
                selected = (Event) put.after();
            } else if (c instanceof org.eventscope.edit.Change.Remove rm && rm.entry() == selected) {
                selected = null;
            }
        }
        showingEdit = true;
        try {
            // The selection first: whoever hears of the new document finds the selected event as it is in it
            // (an event form being typed in is never shown the event as it was before the keystroke).
            selectedEvent.set(selected);
            document.set(edited);
        } finally {
            showingEdit = false;
        }
    }

    /** True while the document shown changes by an edit of the same document, not by opening one. */
    public boolean isShowingEdit() {
        return showingEdit;
    }

    /** Starts a new, empty document that has no file yet. */
    public void newDocument(String title, ZoneId zone) {
        cancelLoading();
        EventFile empty =
                new EventFile(EventFile.FORMAT_VERSION, title, zone, List.of(), List.of(), List.of(), List.of());
        Document d = new Document(empty, Messages.get("file.untitled"), null, List.of(), TimelineIndex.of(empty), null);
        selectedEvent.set(null);
        edits.adopt(d, Saving.Original.NONE);
        document.set(d);
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
        return open(path, SheetOptions.NONE);
    }

    /** As {@link #open(Path)}; a spreadsheet is read as {@code sheet} says (its encoding, its mapping). */
    @CanIgnoreReturnValue
    public Task<LoadResult> open(Path path, SheetOptions sheet) {
        return open(path, sheet, true);
    }

    @CanIgnoreReturnValue
    private Task<LoadResult> open(Path path, SheetOptions sheet, boolean mayRelease) {
        Path absolute = path.toAbsolutePath();
        sheets.put(absolute, sheet);
        String name = nameOf(absolute);
        // The file named at launch may be read already, or partly: taken over, not read twice
        // (a sheet read as asked is never one: any read under way is dropped).
        EarlyRead started = EarlyRead.take(sheet.equals(SheetOptions.NONE) ? absolute : null);
        Document releasing = mayRelease ? releasable(absolute) : null;
        if (releasing != null) {
            close(releasing);
        }
        Path closed = releasedPath;
        Task<LoadResult> task = load(
                monitor -> {
                    LoadResult taken = started != null ? started.join(monitor) : null;
                    LoadResult result = taken != null ? taken : EventFileReader.read(absolute, name, monitor, sheet);
                    // An imported file (TimelineJS) is not patched: saving writes an Eventscope file.
                    kept.set(result.imported() ? Saving.Original.NONE : original(absolute, result.sha256()));
                    return result;
                },
                absolute,
                name,
                false,
                releasing == null
                        ? Messages.get("status.opening", name)
                        : Messages.get("status.openingReleased", name, releasing.name()));
        if (started != null) {
            // Cancelled before it ran: the read under way is nobody's.
            task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_CANCELLED, e -> started.drop());
        }
        // While the stand-in is shown, whichever file is asked for next opens the closed one again if it fails.
        if (mayRelease && closed != null && isStandIn(document.get())) {
            openAgainIfNot(closed, task);
        }
        return task;
    }

    /** How problems and the status bar name the file at {@code absolute}: by its name, else the whole path. */
    static String nameOf(Path absolute) {
        Path file = absolute.getFileName();
        return file == null ? absolute.toString() : file.toString();
    }

    /** How many bytes of heap reading a file of {@code fileBytes} bytes may take: its document, index and the reader's garbage. */
    static long needFor(long fileBytes) {
        return fileBytes * 3;
    }

    private java.util.function.LongSupplier room = DocumentModel::heapRoom;

    /** For tests: how much heap {@link #heapRoom()} would say is left. */
    void heapRoomFrom(java.util.function.LongSupplier room) {
        this.room = room;
    }

    /**
     * The heap not taken by what outlived the last collection: the most a new document can
     * have while the open one stays.
     */
    static long heapRoom() {
        long live = 0;
        for (java.lang.management.MemoryPoolMXBean pool :
                java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            java.lang.management.MemoryUsage after = pool.getCollectionUsage();
            if (pool.getType() == java.lang.management.MemoryType.HEAP && after != null) {
                live += after.getUsed();
            }
        }
        Runtime rt = Runtime.getRuntime();
        if (live == 0) {
            live = rt.totalMemory() - rt.freeMemory(); // no collection yet: all in use counts
        }
        return rt.maxMemory() - live;
    }

    /**
     * The open document, when the file at {@code opening} will not fit beside it and it can be
     * read again as it is (saved, from an event file of its own, still there); else {@code null}.
     */
    private @Nullable Document releasable(Path opening) {
        Document open = document.get();
        if (open == null || open.path() == null || open.imported() || edits.isDirty()) {
            return null;
        }
        try {
            if (!Files.isRegularFile(open.path()) || needFor(Files.size(opening)) <= room.getAsLong()) {
                return null;
            }
        } catch (IOException e) {
            return null; // the load says why
        }
        return open;
    }

    /** The empty document shown for one closed to make room, while that lasts. */
    private @Nullable Document standIn;

    /** The file of the document closed to make room, while its stand-in is shown. */
    private @Nullable Path releasedPath;

    /**
     * True for the empty document the window shows for one closed to make room while a file
     * loads: it cannot be edited or saved, and the window does not take it for a file opened.
     */
    public boolean isStandIn(@Nullable Document d) {
        return d != null && d.equals(standIn); // a document is equal only to itself
    }

    /** Closes {@code open} to make room: the window shows an empty document under its name. */
    private void close(Document open) {
        EventFile empty = new EventFile(
                EventFile.FORMAT_VERSION,
                open.file().title(),
                open.file().displayZone(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        Document released = new Document(empty, open.name(), null, List.of(), TimelineIndex.of(empty), null);
        selectedEvent.set(null);
        standIn = released;
        releasedPath = open.path();
        edits.detach();
        document.set(released);
    }

    /**
     * Reads the file at {@code before}, closed to make room, again should {@code task} fail or be
     * cancelled; another file asked for in the meantime takes its place.
     */
    private void openAgainIfNot(Path before, Task<LoadResult> task) {
        releasedFor = task;
        // After the task's own handlers, which end its part in the window.
        // Only while the stand-in is still shown: a new document made meanwhile stays.
        Runnable back = () -> javafx.application.Platform.runLater(() -> {
            if (releasedFor == task && isStandIn(document.get())) {
                releasedFor = null;
                open(before, sheets.getOrDefault(before, SheetOptions.NONE), false);
            }
        });
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_CANCELLED, e -> back.run());
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_FAILED, e -> back.run());
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            if (task.getValue().file() == null || dropped.contains(task)) {
                back.run();
            } else {
                releasedFor = null;
                standIn = null;
                releasedPath = null;
            }
        });
    }

    /** The load for which the open document was closed to make room, until it ends. */
    private @Nullable Task<LoadResult> releasedFor;

    /** How each spreadsheet opened in this window was read: a reload reads it the same way. */
    private final java.util.Map<Path, SheetOptions> sheets = new java.util.HashMap<>();

    /** Opens the file at {@code path} again, as it was opened last (a spreadsheet by its encoding and mapping). */
    @CanIgnoreReturnValue
    public Task<LoadResult> reopen(Path path) {
        return open(path, sheets.getOrDefault(path.toAbsolutePath(), SheetOptions.NONE), false);
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
                        byte[] bytes = in.readAllBytes();
                        LoadResult result = EventFileReader.read(BUNDLED_NAME, new ByteArrayInputStream(bytes));
                        kept.set(new Saving.Original(bytes, null, result.sha256()));
                        return result;
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
        if (task != null && !task.cancel()) {
            // Read already, but not yet handed to the window: it is dropped when it arrives, as
            // if the cancel had come in time. A Cancel pressed is never followed by the file opening.
            dropped.add(task);
        }
    }

    /** Loads cancelled after their reading ended; their results are dropped on arrival (weakly held). */
    private final java.util.Set<Task<LoadResult>> dropped =
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    /** Selects the event that carried the report, if there is one. */
    public void selectReport(TroopReport report) {
        Document d = getDocument();
        if (d != null && report != null && report.eventId() != null) {
            d.file().event(report.eventId()).ifPresent(selectedEvent::set);
        }
    }

    /** The name an imported file's document goes by: {@code timeline.json} → {@code timeline (Eventscope).json}. */
    static String importedName(String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + " (Eventscope).json";
    }

    /** What a file's next load read, for the save that patches it. */
    private final java.util.concurrent.atomic.AtomicReference<Saving.Original> kept =
            new java.util.concurrent.atomic.AtomicReference<>(Saving.Original.NONE);

    /** The bytes of a small file, read again and kept when they are still those checked; else where to find them. */
    private static Saving.Original original(Path path, @Nullable String sha256) {
        if (sha256 == null) {
            return Saving.Original.NONE;
        }
        try {
            if (Files.isRegularFile(path) && Files.size(path) <= Saving.KEEP_BYTES) {
                byte[] bytes = Files.readAllBytes(path);
                Saving.Original read = new Saving.Original(bytes, path, sha256);
                if (read.matches()) {
                    return read;
                }
            }
        } catch (IOException e) {
            // Read again at the save, if it can be.
        }
        return new Saving.Original(null, path, sha256);
    }

    private interface Reader {
        LoadResult read(ReadMonitor monitor) throws IOException;
    }

    private Task<LoadResult> load(Reader reader, @Nullable Path path) {
        String name = path == null ? BUNDLED_NAME : String.valueOf(path.getFileName());
        return load(reader, path, name, false, Messages.get("status.opening", name));
    }

    /**
     * Opens the journal of unsaved edits a window left when it did not close ({@link Recovery}):
     * as the document {@code name} of the file at {@code original} (null: never saved), with
     * unsaved changes.
     */
    @CanIgnoreReturnValue
    Task<LoadResult> openRecovered(Path journal, @Nullable Path original, String name) {
        return load(
                monitor -> {
                    byte[] bytes = Files.readAllBytes(journal);
                    LoadResult result = EventFileReader.read(name, new ByteArrayInputStream(bytes));
                    kept.set(new Saving.Original(bytes, null, result.sha256()));
                    return result;
                },
                original,
                name,
                true,
                Messages.get("status.opening", name));
    }

    /**
     * When the parts of the last opening that succeeded ended, as {@link System#nanoTime()}: asked,
     * read (and checked), indexed for the timeline, taken by the JavaFX thread, and handed to the
     * window (the document set, and everyone who hears of it done). The first-frame probe reports them.
     */
    public record Opening(long asked, long read, long indexed, long taken, long handedOver) {}

    private @Nullable Opening lastOpening;

    /** The last opening's times ({@link Opening}), or {@code null} before a file opened. */
    public @Nullable Opening lastOpening() {
        return lastOpening;
    }

    private Task<LoadResult> load(Reader reader, @Nullable Path path, String name, boolean recovered, String title) {
        long asked = System.nanoTime();
        long[] marks = new long[2];
        // The timeline's index is built here too, so a million events cost the FX thread nothing.
        java.util.concurrent.atomic.AtomicReference<TimelineIndex> index =
                new java.util.concurrent.atomic.AtomicReference<>();
        Task<LoadResult> task = new Task<>() {
            {
                updateTitle(title);
            }

            @Override
            protected LoadResult call() throws IOException {
                Task<LoadResult> self = this;
                ProgressPace pace = new ProgressPace();
                LoadResult result = reader.read(new ReadMonitor() {
                    @Override
                    public void progress(long bytesRead, long totalBytes) {
                        if (totalBytes > 0 && pace.due()) {
                            updateProgress(bytesRead, totalBytes);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
                marks[0] = System.nanoTime();
                if (result.ok() && !isCancelled()) {
                    index.set(TimelineIndex.ready(result.file()));
                }
                marks[1] = System.nanoTime();
                return result;
            }
        };
        task.setOnCancelled(e -> {
            current.set(null);
        });
        task.setOnSucceeded(e -> {
            long taken = System.nanoTime();
            current.set(null);
            if (dropped.contains(task)) {
                return;
            }
            LoadResult result = task.getValue();
            EventFile opened = result.file();
            if (opened != null) {
                selectedEvent.set(null);
                // An imported file is not saved over: Save asks where (Save As), for an Eventscope file.
                Document d = new Document(
                        opened, name, path, result.problems(), index.get(), result.sha256(), result.imported());
                edits.adopt(d, kept.getAndSet(Saving.Original.NONE));
                if (recovered) {
                    edits.unsaved();
                }
                document.set(d);
                // The task's result is published to this thread after its call: so are the marks.
                lastOpening = new Opening(asked, marks[0], marks[1], taken, System.nanoTime());
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
        releasedFor = null; // a file asked for after a release takes the released one's place
        cancelLoading();
        current.set(task);
        loader.execute(task);
        return task;
    }
}
