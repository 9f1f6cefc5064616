package org.eventscope.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** Starts JavaFX without a display and runs work on its thread, for the command line. */
public final class FxRuntime {

    /**
     * JavaFX warns on stderr when it is loaded from the class path, which the headless platform
     * needs; the command line keeps stderr for its own one-line messages. Held here so the
     * logger and its level are not garbage-collected.
     */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private static boolean started;

    private FxRuntime() {}

    /** Keeps JavaFX's warning about being loaded from the class path off stderr (the window is meant to run so). */
    public static void quietClassPathWarning() {
        PLATFORM_LOG.setLevel(Level.SEVERE);
    }

    /**
     * Starts the JavaFX toolkit on the headless Monocle platform with software rendering, unless
     * it is already running. Must be called before anything else touches JavaFX.
     */
    public static synchronized void startHeadless() throws InterruptedException {
        if (started) {
            return;
        }
        setDefault("glass.platform", "Monocle");
        setDefault("monocle.platform", "Headless");
        setDefault("prism.order", "sw");
        setDefault("java.awt.headless", "true");
        quietClassPathWarning();
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        Platform.setImplicitExit(false);
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start within 30 s");
        }
        started = true;
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result. */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
