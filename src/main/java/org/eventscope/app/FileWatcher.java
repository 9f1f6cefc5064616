package org.eventscope.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Watches the open file and calls back on the FX thread when it has changed on disk, once the
 * changes have settled (editors often write a file in several steps).
 */
final class FileWatcher {

    private static final Duration SETTLE = Duration.millis(400);

    private final Runnable onChange;
    private final PauseTransition debounce = new PauseTransition(SETTLE);
    private @Nullable WatchService service;
    private @Nullable Thread thread;

    FileWatcher(Runnable onChange) {
        this.onChange = onChange;
        debounce.setOnFinished(e -> this.onChange.run());
    }

    /** Watches {@code file} from now on, instead of what was watched before; {@code null} stops. */
    synchronized void watch(@Nullable Path file) {
        stop();
        Path absolute = file == null ? null : file.toAbsolutePath();
        Path folder = absolute == null ? null : absolute.getParent();
        if (absolute == null || folder == null) {
            return;
        }
        Path name = absolute.getFileName();
        try {
            WatchService ws = FileSystems.getDefault().newWatchService();
            folder.register(ws, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            service = ws;
            thread = new Thread(() -> loop(ws, name), "eventscope-watch");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException e) {
            // Without a watch the file is simply not reloaded by itself.
        }
    }

    private void loop(WatchService ws, Path name) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= name.equals(event.context());
                }
                key.reset();
                if (ours) {
                    Platform.runLater(debounce::playFromStart);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    synchronized void stop() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing a watch service does not fail in practice
            }
            service = null;
        }
        thread = null;
    }
}
