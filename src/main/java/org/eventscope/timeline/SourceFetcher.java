package org.eventscope.timeline;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.jspecify.annotations.Nullable;

/**
 * Asks a view's {@link EventSource} for its frames on one background thread, the newest view
 * only: a request for a view the user has already left is skipped, and the query under way for
 * it cancelled. Answers arrive on the JavaFX thread, and only while their view is still wanted.
 */
final class SourceFetcher {

    /** A view to fetch. */
    record Request(
            EventSource source,
            TimeScale scale,
            double width,
            @Nullable String search,
            java.util.@Nullable Set<String> kept) {}

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "timeline source");
        t.setDaemon(true);
        return t;
    });

    /** The newest request (written on the FX thread, read by the worker). */
    private final AtomicReference<@Nullable Request> latest = new AtomicReference<>();
    /** The request whose query runs now. */
    private final AtomicReference<@Nullable Request> running = new AtomicReference<>();

    /** Whether {@code r} is the view last asked for. */
    boolean isWanted(Request r) {
        return Objects.equals(latest.get(), r);
    }

    /**
     * Fetches {@code r} unless it is the view last asked for; {@code done} or {@code failed} is
     * told on the JavaFX thread, unless another view was asked for meanwhile.
     */
    void request(Request r, @Nullable SourceView previous, Consumer<SourceView> done, Consumer<String> failed) {
        Request before = latest.getAndSet(r);
        if (Objects.equals(before, r)) {
            return;
        }
        if (before != null && Objects.equals(running.get(), before)) {
            before.source().cancel();
        }
        var unused = worker.submit(() -> fetch(r, previous, done, failed, true));
    }

    private void fetch(
            Request r,
            @Nullable SourceView previous,
            Consumer<SourceView> done,
            Consumer<String> failed,
            boolean retry) {
        if (!isWanted(r)) {
            return;
        }
        running.set(r);
        try {
            SourceView v = SourceView.fetch(r.source(), r.scale(), r.width(), false, r.search(), r.kept(), previous);
            Platform.runLater(() -> {
                if (isWanted(r)) {
                    done.accept(v);
                }
            });
        } catch (EventSource.SourceException | IllegalStateException e) {
            if (isWanted(r)) {
                if (retry) {
                    // Perhaps cancelled as the query of the view before: asked once more.
                    fetch(r, previous, done, failed, false);
                } else {
                    String message = String.valueOf(e.getMessage());
                    Platform.runLater(() -> {
                        if (isWanted(r)) {
                            failed.accept(message);
                        }
                    });
                }
            }
        } finally {
            running.compareAndSet(r, null);
        }
    }

    /** Forgets the view asked for: answers still under way are dropped. */
    void forget() {
        Request before = latest.getAndSet(null);
        if (before != null && Objects.equals(running.get(), before)) {
            before.source().cancel();
        }
    }
}
