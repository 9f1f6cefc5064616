package org.eventscope.edit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.eventscope.io.Origins;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.Texts;
import org.eventscope.model.TroopReport;
import org.jspecify.annotations.Nullable;

/**
 * An event file being edited, with undo and redo. Every change is a named step ("Move event")
 * of {@link Change}s; typing into one field makes one step (changes with the same coalescing
 * key follow each other into the step before). Removing a source, category or event also takes it
 * out of what refers to it, in the same step, so the file stays one the reader opens. Not thread-safe:
 * the window uses it on its own thread.
 */
public final class Editor {

    /** A step of the history: its name and its changes, in the order they were made. */
    public record Step(String name, List<Change> changes) {
        public Step {
            changes = List.copyOf(changes);
        }
    }

    private final Draft draft;
    private final List<Step> done = new ArrayList<>();
    private final List<Step> undone = new ArrayList<>();
    private @Nullable Object lastKey;
    /** How many steps were done when the file was last saved; -1 when that state cannot come back. */
    private int saved;

    private final List<Consumer<List<Change>>> listeners = new ArrayList<>();

    public Editor(EventFile file) {
        this.draft = new Draft(file);
    }

    /** The file as it is now. */
    public EventFile file() {
        return draft.file();
    }

    /** The file as last read or saved. */
    public EventFile base() {
        return draft.base();
    }

    /** Where each entry stood in {@link #base()}, for a save that copies what did not change. */
    public Origins origins() {
        return draft.origins();
    }

    /** Whether the file has changes not saved. */
    public boolean isDirty() {
        return saved != done.size();
    }

    /** Called with the changes made (by an edit, an undo or a redo), after they were made. */
    public void addListener(Consumer<List<Change>> listener) {
        listeners.add(listener);
    }

    /** The file as it is now is not on disk (it was restored after a crash): dirty until saved. */
    public void unsaved() {
        saved = -1;
    }

    /** The file as it is now was saved: it is the base from now on, and not dirty. */
    public void saved(EventFile file) {
        draft.rebase(file);
        saved = done.size();
        lastKey = null;
    }

    // ---- history -------------------------------------------------------------------------------

    /**
     * Back at the saved state by undo or redo: the entries stand where the saved file has them.
     * (An entry a redo puts back after a save carries the place it had before that save: taken
     * as it is, it would count as new, and the save would write its whole list again.)
     */
    private void atSaved() {
        if (!isDirty()) {
            draft.backAtBase();
        }
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The name of the step Undo would undo, or {@code null}. */
    public @Nullable String undoName() {
        return done.isEmpty() ? null : done.get(done.size() - 1).name();
    }

    public @Nullable String redoName() {
        return undone.isEmpty() ? null : undone.get(undone.size() - 1).name();
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        Step step = done.remove(done.size() - 1);
        List<Change> inverse = new ArrayList<>(step.changes().size());
        for (int i = step.changes().size() - 1; i >= 0; i--) {
            inverse.add(step.changes().get(i).inverse());
        }
        inverse.forEach(draft::apply);
        undone.add(step);
        atSaved();
        lastKey = null;
        fire(inverse);
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Step step = undone.remove(undone.size() - 1);
        step.changes().forEach(draft::apply);
        done.add(step);
        atSaved();
        lastKey = null;
        fire(step.changes());
    }

    /**
     * Makes {@code changes} as one step named {@code name}; with a {@code key} equal to the last
     * step's, they join that step instead (typing in one field).
     */
    public void perform(String name, List<Change> changes, @Nullable Object key) {
        if (changes.isEmpty()) {
            return;
        }
        // Apply one by one, so each change can name positions as they are after those before it.
        changes.forEach(draft::apply);
        boolean join = key != null && key.equals(lastKey) && !done.isEmpty() && saved != done.size();
        if (join) {
            Step last = done.remove(done.size() - 1);
            List<Change> all = new ArrayList<>(last.changes());
            all.addAll(changes);
            done.add(new Step(last.name(), all));
        } else {
            if (saved > done.size()) {
                saved = -1; // the saved state was undone, and is now replaced
            }
            done.add(new Step(name, changes));
        }
        undone.clear();
        lastKey = key;
        fire(changes);
    }

    /** Ends typing into a field: the next change is a step of its own. */
    public void endTyping() {
        lastKey = null;
    }

    private void fire(List<Change> changes) {
        for (Consumer<List<Change>> l : List.copyOf(listeners)) {
            l.accept(changes);
        }
    }

    // ---- edits ---------------------------------------------------------------------------------

    /** Adds {@code entry} at the end of its list. */
    public void add(String name, Object entry) {
        Part part = Part.of(entry);
        perform(name, List.of(new Change.Insert(part, draft.list(part).size(), entry, -1)), null);
    }

    /** Replaces {@code before} (the same instance as in the file) with {@code after}. */
    public void replace(String name, Object before, Object after, @Nullable Object key) {
        replace(name, before, after, key, -1);
    }

    /**
     * As {@link #replace(String, Object, Object, Object)}, told where {@code before} stands in its
     * list (checked; a wrong or negative guess is searched for), so a big list is not searched.
     */
    public void replace(String name, Object before, Object after, @Nullable Object key, int where) {
        if (before.equals(after) && before.getClass() == after.getClass()) {
            return;
        }
        Part part = Part.of(before);
        List<Object> list = draft.list(part);
        int at = where >= 0 && where < list.size() && list.get(where) == before ? where : indexOf(part, before);
        perform(name, List.of(new Change.Put(part, at, before, after)), key);
    }

    /** Replaces several entries of one list in one step (moving several events). */
    public void replaceAll(String name, List<?> before, List<?> after) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Part part = Part.of(before.get(i));
            changes.add(new Change.Put(part, indexOf(part, before.get(i)), before.get(i), after.get(i)));
        }
        perform(name, changes, null);
    }

    /** The file's title (in the shown language, when it has several) and display zone. */
    public void head(String name, String title, ZoneId zone, @Nullable Object key) {
        head(name, title, file().texts().withShown("title", title), zone, key);
    }

    /** The file's title, its texts by language ({@link EventFile#texts}) and display zone. */
    public void head(String name, String title, Texts texts, ZoneId zone, @Nullable Object key) {
        EventFile f = file();
        String shown = java.util.Objects.requireNonNullElse(texts.pick("title", title), title);
        if (!f.title().equals(shown)
                || !f.texts().equals(texts)
                || !f.displayZone().equals(zone)) {
            perform(name, List.of(new Change.Head(f.title(), f.texts(), f.displayZone(), shown, texts, zone)), key);
        }
    }

    /**
     * Removes {@code entries} (instances in the file) and every reference to them: a removed
     * source leaves the events and reports that cite it, a category the events in it (which keep
     * no category), an event the report it carried.
     */
    public void remove(String name, Collection<?> entries) {
        List<Change> changes = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        Set<String> categories = new HashSet<>();
        Set<String> events = new HashSet<>();
        for (Object e : entries) {
            if (e instanceof Source s) {
                sources.add(s.id());
            } else if (e instanceof Category c) {
                categories.add(c.id());
            } else if (e instanceof Event ev) {
                events.add(ev.id());
            }
        }
        if (!sources.isEmpty() || !categories.isEmpty()) {
            List<Event> list = file().events();
            for (int i = 0; i < list.size(); i++) {
                Event e = list.get(i);
                if (cites(e.sourceIds(), sources) || (e.category() != null && categories.contains(e.category()))) {
                    changes.add(new Change.Put(Part.EVENTS, i, e, without(e, sources, categories)));
                }
            }
        }
        if (!sources.isEmpty() || !events.isEmpty()) {
            List<TroopReport> list = file().troopReports();
            for (int i = 0; i < list.size(); i++) {
                TroopReport r = list.get(i);
                boolean carried = r.eventId() != null && events.contains(r.eventId());
                if (cites(r.sourceIds(), sources) || carried) {
                    changes.add(new Change.Put(
                            Part.TROOP_REPORTS,
                            i,
                            r,
                            new TroopReport(
                                    r.id(),
                                    r.date(),
                                    r.reportedBy(),
                                    r.subject(),
                                    r.sourceIds().stream()
                                            .filter(s -> !sources.contains(s))
                                            .toList(),
                                    carried ? null : r.eventId(),
                                    r.bands(),
                                    r.texts())));
                }
            }
        }
        // Removals last, from the end of each list, so the positions before them stay valid.
        List<Change.Remove> removals = new ArrayList<>();
        for (Object e : entries) {
            Part part = Part.of(e);
            int i = indexOf(part, e);
            removals.add(new Change.Remove(part, i, e, draft.origin(part, i)));
        }
        removals.sort(Comparator.comparing((Change.Remove r) -> r.part())
                .thenComparing(Comparator.comparingInt(Change.Remove::index).reversed()));
        // A Put above may have replaced an entry that is also removed: remove what the Put left.
        for (Change.Remove r : removals) {
            Object now = r.entry();
            for (Change c : changes) {
                if (c instanceof Change.Put p && p.part() == r.part() && p.index() == r.index()) {
                    now = p.after();
                }
            }
            changes.add(new Change.Remove(r.part(), r.index(), now, r.origin()));
        }
        perform(name, changes, null);
    }

    private static boolean cites(List<String> ids, Set<String> removed) {
        for (String id : ids) {
            if (removed.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static Event without(Event e, Set<String> sources, Set<String> categories) {
        return new Event(
                e.id(),
                e.title(),
                e.start(),
                e.end(),
                e.endApproximate(),
                e.category() != null && categories.contains(e.category()) ? null : e.category(),
                e.actors(),
                e.place(),
                e.description(),
                e.sourceIds().stream().filter(s -> !sources.contains(s)).toList(),
                e.texts(),
                e.fatalities(),
                e.media());
    }

    /** Where {@code entry} (this instance) stands in its list. */
    public int indexOf(Part part, Object entry) {
        List<Object> list = draft.list(part);
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) == entry) {
                return i;
            }
        }
        throw new IllegalArgumentException("not in the file: " + entry);
    }

    /** An id no entry of the file has: {@code event-3f9a2c1d}. */
    public String newId(Part part) {
        Set<String> taken = new HashSet<>();
        EventFile f = file();
        while (true) {
            String id = part.idPrefix() + "-"
                    + String.format("%08x", ThreadLocalRandom.current().nextInt());
            if (taken.add(id) && !used(f, id)) {
                return id;
            }
        }
    }

    private static boolean used(EventFile f, String id) {
        for (Part p : Part.values()) {
            for (Object e : p.of(f)) {
                if (Objects.equals(Part.id(e), id)) {
                    return true;
                }
            }
        }
        return false;
    }
}
