package org.eventscope.app;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.eventscope.edit.Change;
import org.eventscope.edit.Editor;
import org.eventscope.edit.Saving;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.EventFileWriter;
import org.eventscope.io.Origins;
import org.eventscope.io.Problem;
import org.eventscope.model.EventFile;
import org.jspecify.annotations.Nullable;

/**
 * The editing of the open document, without controls: its {@link Editor}, whether it has unsaved
 * changes, the names of Undo and Redo, saving in the background, and the file checked again by the
 * reader after each edit so the Problems panel follows (files up to {@link #RECHECK_EVENTS} events).
 */
public final class DocumentEdits {

    /** Files with more events are not read again after each edit (that would take seconds). */
    static final int RECHECK_EVENTS = 50_000;

    private final DocumentModel model;
    private @Nullable Editor editor;
    private Saving.Original original = Saving.Original.NONE;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName");
    private final PauseTransition recheck = new PauseTransition(Duration.millis(300));
    /** Counts changes, so a check that finishes after another edit is not shown. */
    private long version;
    /** The size and time of the file as this window last wrote it: its own change on disk, not another's. */
    private @Nullable Written written;

    private record Written(Path path, long size, long modified) {}

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "eventscope-save");
        t.setDaemon(true);
        return t;
    });

    private final Recovery recovery = new Recovery(Recovery.folder());
    private final javafx.animation.Timeline journaling = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(Duration.seconds(Recovery.EVERY_SECONDS), e -> journal()));
    /** The version last journaled; -1 when there is no journal. */
    private long journaled = -1;

    private long journaledAt;

    /** Files with more events are journaled once a minute. */
    static final int BIG_EVENTS = 100_000;

    DocumentEdits(DocumentModel model) {
        this.model = model;
        recheck.setOnFinished(e -> recheckNow());
        journaling.setCycleCount(javafx.animation.Animation.INDEFINITE);
        journaling.play();
    }

    /** The document was restored from a journal: it has changes no file holds. */
    void unsaved() {
        Editor e = editor;
        if (e != null) {
            e.unsaved();
            update();
        }
    }

    /** This window's journal of unsaved edits. */
    Recovery recovery() {
        return recovery;
    }

    /**
     * Journals unsaved edits that changed since the last journal (in the background), or removes
     * the journal when there are none.
     */
    void journal() {
        Editor e = editor;
        Document d = model.getDocument();
        if (e == null || d == null || !e.isDirty()) {
            if (journaled >= 0) {
                journaled = -1;
                worker.execute(recovery::clear);
            }
            return;
        }
        if (journaled == version) {
            return;
        }
        // A big file is written whole to journal it: at most once a minute, not every few seconds.
        long nowMillis = System.currentTimeMillis();
        if (d.file().events().size() > BIG_EVENTS && nowMillis - journaledAt < 60_000) {
            return;
        }
        journaledAt = nowMillis;
        journaled = version;
        EventFile base = e.base();
        EventFile now = e.file();
        Origins origins = e.origins();
        Saving.Original from = original;
        // An imported file's journal belongs to no file: restored, it is saved as a new one.
        Path path = d.imported() ? null : d.path();
        String name = d.name();
        worker.execute(() -> {
            try {
                recovery.write(out -> write(from, base, now, origins, out), path, name);
            } catch (IOException | RuntimeException failed) {
                // The next round tries again; the edits are still in memory.
                javafx.application.Platform.runLater(() -> journaled = -2);
            }
        });
    }

    /** The window closes with nothing unsaved (or the user chose to drop it): no journal is left. */
    void closed() {
        journaling.stop();
        // The journal goes after any that is being written; the window waits for it (a big file's
        // journal takes a few seconds), so none is left to be offered at the next start.
        java.util.concurrent.Future<?> cleared = worker.submit(recovery::clear);
        try {
            cleared.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // Left behind, it is offered once at the next start: nothing is lost.
        }
    }

    /** A document was opened: its edits start here. */
    void adopt(Document d, Saving.Original bytes) {
        Editor e = new Editor(d.file());
        e.addListener(this::changed);
        start(e, bytes);
    }

    /**
     * No editing until the next document: the window shows an empty stand-in for a document
     * closed to make room ({@link DocumentModel}), which nothing may change or save.
     */
    void detach() {
        start(null, Saving.Original.NONE);
    }

    /** The edits of another document (none: {@code null}) start here. */
    private void start(@Nullable Editor e, Saving.Original bytes) {
        if (journaled >= 0) {
            journaled = -1;
            // After any journal being written: the worker runs one task at a time.
            worker.execute(recovery::clear);
        }
        editor = e;
        original = bytes;
        written = null;
        version++;
        update();
    }

    /** The editor of the open document, or {@code null} before one is open. */
    public @Nullable Editor editor() {
        return editor;
    }

    /** Whether the open document has changes not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** True while a save runs: edits wait for it. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The name of the step Undo undoes ("Move event"), or {@code null}. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    /** Makes an edit, unless there is no document or a save is running (then false). */
    public boolean edit(Consumer<Editor> change) {
        Editor e = editor;
        if (e == null || saving.get()) {
            return false;
        }
        change.accept(e);
        return true;
    }

    public void undo() {
        edit(Editor::undo);
    }

    public void redo() {
        edit(Editor::redo);
    }

    private void changed(List<Change> changes) {
        Editor e = editor;
        Document d = model.getDocument();
        if (e == null || d == null) {
            return;
        }
        version++;
        EventFile now = e.file();
        var index =
                d.index() == null ? org.eventscope.timeline.TimelineIndex.of(now) : indexAfter(d.index(), now, changes);
        model.showEdit(new Document(now, d.name(), d.path(), d.warnings(), index, d.sha256(), d.imported()), changes);
        update();
        if (now.events().size() <= RECHECK_EVENTS) {
            recheck.playFromStart();
        }
    }

    /**
     * The timeline's index after {@code changes}: told which event was replaced when one was (no
     * search of the file), else found by comparing.
     */
    private static org.eventscope.timeline.TimelineIndex indexAfter(
            org.eventscope.timeline.TimelineIndex index, EventFile now, List<Change> changes) {
        // One event added at the end (Add event, Duplicate): put in where it sorts.
        if (changes.size() == 1
                && changes.get(0) instanceof Change.Insert in
                && in.part() == org.eventscope.edit.Part.EVENTS
                && in.index() == now.events().size() - 1) {
            return index.added(now);
        }
        int replaced = -1;
        for (Change c : changes) {
            if (c instanceof Change.Put put && put.part() == org.eventscope.edit.Part.EVENTS) {
                if (replaced >= 0 && replaced != put.index()) {
                    return index.edited(now);
                }
                replaced = put.index();
            } else if (!(c instanceof Change.Put) && !(c instanceof Change.Head)) {
                return index.edited(now); // events added or removed
            } else if (c instanceof Change.Head) {
                return index.edited(now);
            }
        }
        return index.edited(now, replaced); // -1: no event changed
    }

    private void update() {
        Editor e = editor;
        dirty.set(e != null && e.isDirty());
        undoName.set(e == null ? null : e.undoName());
        redoName.set(e == null ? null : e.redoName());
    }

    /** Reads the edited file as the reader would, in the background, and shows its warnings. */
    private void recheckNow() {
        Editor e = editor;
        if (e == null) {
            return;
        }
        long asOf = version;
        EventFile base = e.base();
        EventFile now = e.file();
        Origins origins = e.origins();
        Saving.Original from = original;
        Task<List<Problem>> task = new Task<>() {
            @Override
            protected List<Problem> call() throws IOException {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                write(from, base, now, origins, out);
                Document d = model.getDocument();
                String name = d == null ? "" : d.name();
                return EventFileReader.read(name, new java.io.ByteArrayInputStream(out.toByteArray()))
                        .problems();
            }
        };
        task.setOnSucceeded(ev -> {
            Document d = model.getDocument();
            if (asOf == version && d != null) {
                model.showEdit(
                        new Document(now, d.name(), d.path(), task.getValue(), d.index(), d.sha256(), d.imported()));
            }
        });
        worker.execute(task);
    }

    /**
     * Saves the document to {@code target} in the background; {@code done} is told the outcome on
     * the FX thread (the save, or the failure with the document still open and unsaved).
     */
    @CanIgnoreReturnValue
    public Task<Saving.Saved> save(Path target, Consumer<Saving.Saved> done, Consumer<Throwable> failed) {
        Editor e = java.util.Objects.requireNonNull(editor, "no document to save");
        EventFile base = e.base();
        EventFile now = e.file();
        Origins origins = e.origins();
        Saving.Original from = original;
        Task<Saving.Saved> task = new Task<>() {
            {
                updateTitle(Messages.get("status.saving", target.getFileName()));
            }

            @Override
            protected Saving.Saved call() throws IOException {
                return Saving.save(base, now, origins, from, target);
            }
        };
        saving.set(true);
        task.setOnSucceeded(ev -> {
            saving.set(false);
            Saving.Saved saved = task.getValue();
            e.saved(now);
            original = saved.original();
            journal();
            try {
                written = new Written(
                        saved.path(),
                        Files.size(saved.path()),
                        Files.getLastModifiedTime(saved.path()).toMillis());
            } catch (IOException gone) {
                written = null;
            }
            Document d = model.getDocument();
            if (d != null) {
                Path file = saved.path().getFileName();
                model.showEdit(new Document(
                        d.file(),
                        file == null ? d.name() : file.toString(),
                        saved.path(),
                        d.warnings(),
                        d.index(),
                        saved.original().sha256()));
            }
            update();
            done.accept(saved);
        });
        task.setOnFailed(ev -> {
            saving.set(false);
            Throwable error = task.getException();
            failed.accept(error == null ? new IOException(Messages.get("read.unknownError")) : error);
        });
        worker.execute(task);
        return task;
    }

    /**
     * What a save would write, from memory only: a patch of the kept bytes, else the whole file in
     * Eventscope's layout (for the journal and the re-check, which never read the file on disk).
     */
    private static void write(
            Saving.Original from, EventFile base, EventFile now, Origins origins, java.io.OutputStream out)
            throws IOException {
        byte[] bytes = from.bytes();
        if (bytes != null) {
            EventFileWriter.write(bytes, base, now, origins, out);
        } else {
            EventFileWriter.write(now, out);
        }
    }

    /** Whether the file at {@code path} is as this window last wrote it (so its change on disk is this window's). */
    boolean isOwnWrite(@Nullable Path path) {
        Written w = written;
        if (w == null || path == null || !w.path().equals(path.toAbsolutePath())) {
            return false;
        }
        try {
            return Files.size(path) == w.size()
                    && Files.getLastModifiedTime(path).toMillis() == w.modified();
        } catch (IOException e) {
            return false;
        }
    }

    /** The bytes the document was read from, for a journal or a check. */
    Saving.Original original() {
        return original;
    }
}
