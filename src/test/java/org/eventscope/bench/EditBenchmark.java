package org.eventscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eventscope.edit.Editor;
import org.eventscope.edit.Saving;
import org.eventscope.edit.Shift;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.timeline.TimelineIndex;

/**
 * What an edit costs in a big file, without drawing (a frame of the timeline is measured by
 * TimelineFrameBenchmark): moving one event (the edit, the new file and the timeline's index
 * updated in place of a rebuild), undoing and redoing it, retitling one, and saving the whole file
 * with its time and the heap it takes beyond the open document. Synthetic files of
 * {@link SyntheticEventFiles}; see docs/benchmarks.md.
 */
public final class EditBenchmark {

    private static final long DAY = 86_400_000L;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path file = dir.resolve("synthetic-" + n + ".json");
        if (!Files.exists(file)) {
            SyntheticEventFiles.write(file, n, 42);
        }
        EventFileReader.LoadResult read = EventFileReader.read(file);
        EventFile loaded = read.file();
        if (loaded == null) {
            throw new IllegalStateException(file + " did not load: " + read.errors());
        }
        Editor editor = new Editor(loaded);
        TimelineIndex[] index = {TimelineIndex.of(loaded)};
        index[0].binsBefore();
        Random r = new Random(1);
        int runs = 60;
        double[] move = new double[runs];
        double[] undo = new double[runs];
        double[] redo = new double[runs];
        double[] retitle = new double[runs];
        for (int i = 0; i < runs + 20; i++) {
            List<Event> events = editor.file().events();
            Event e = events.get(r.nextInt(events.size()));
            Event moved = Shift.move(e, true, true, (1 + r.nextInt(30)) * DAY);
            long t0 = System.nanoTime();
            // As the window does: the index is told which event the step replaced.
            int k = editor.indexOf(org.eventscope.edit.Part.EVENTS, e);
            editor.replace("Move event", e, moved, null);
            index[0] = index[0].edited(editor.file(), k);
            long t1 = System.nanoTime();
            editor.undo();
            index[0] = index[0].edited(editor.file(), k);
            long t2 = System.nanoTime();
            editor.redo();
            index[0] = index[0].edited(editor.file(), k);
            long t3 = System.nanoTime();
            Event again = editor.file().events().get(r.nextInt(events.size()));
            Event renamed = again.withTitle(again.title() + " (edited)");
            long t4 = System.nanoTime();
            int j = editor.indexOf(org.eventscope.edit.Part.EVENTS, again);
            editor.replace("Edit title", again, renamed, null);
            index[0] = index[0].edited(editor.file(), j);
            long t5 = System.nanoTime();
            if (i >= 20) {
                move[i - 20] = (t1 - t0) / 1e6;
                undo[i - 20] = (t2 - t1) / 1e6;
                redo[i - 20] = (t3 - t2) / 1e6;
                retitle[i - 20] = (t5 - t4) / 1e6;
            }
        }
        long rebuild0 = System.nanoTime();
        TimelineIndex.of(editor.file());
        double rebuild = (System.nanoTime() - rebuild0) / 1e6;

        System.out.printf(Locale.ROOT, "%d events, %.0f MB file%n", n, Files.size(file) / 1e6);
        System.out.printf(
                Locale.ROOT, "%-34s %10s %10s %10s%n", "on the window's thread", "median ms", "p95 ms", "max ms");
        row("move one event (edit + index)", move);
        row("undo the move", undo);
        row("redo the move", redo);
        row("retitle one event", retitle);
        System.out.printf(Locale.ROOT, "%-34s %10.1f%n", "(index built anew, for comparison)", rebuild);

        // Saving: the whole file, patched from the bytes on disk, with the heap it takes.
        Path target = dir.resolve("edited-" + n + ".json");
        Files.deleteIfExists(target);
        Files.copy(file, target);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double[] saves = new double[3];
        long extra = 0;
        for (int i = 0; i < saves.length; i++) {
            long before = Heap.used();
            AtomicLong peak = new AtomicLong(before);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long t0 = System.nanoTime();
            Saving.Saved saved = Saving.save(
                    editor.base(),
                    editor.file(),
                    editor.origins(),
                    new Saving.Original(null, file, read.sha256()),
                    target);
            saves[i] = (System.nanoTime() - t0) / 1e6;
            running.set(false);
            sampler.join();
            extra = Math.max(extra, peak.get() - before);
            if (!saved.patched()) {
                throw new IllegalStateException("the save did not patch the file it was read from");
            }
        }
        EventFile back = EventFileReader.read(target).file();
        if (back == null || !back.equals(editor.file())) {
            throw new IllegalStateException("the saved file does not read back as edited");
        }
        Arrays.sort(saves);
        System.out.printf(
                Locale.ROOT,
                "save (patch of the file read): median %.0f ms, best %.0f ms; heap beyond the document: %.0f MB (file %.0f MB)%n",
                saves[saves.length / 2],
                saves[0],
                extra / 1e6,
                Files.size(file) / 1e6);
    }

    private static void row(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-34s %10.2f %10.2f %10.2f%n",
                what,
                sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1]);
    }
}
