package org.eventscope;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.eventscope.app.AppPreferences;
import org.eventscope.app.EventscopeApp;
import org.eventscope.app.MainWindow;
import org.eventscope.cli.FxRuntime;

/**
 * Starts the window as the application does, headless and without the user's preferences, on
 * the bundled example; prints the milliseconds from the JVM's start to the first frame drawn
 * with the file open, and exits. The start-up benchmark measures with it, and the app image's
 * build runs it to record the classes that start-up loads (for the class-data-sharing archive).
 * With {@code -Dfirst-frame.detail} it also prints when JavaFX was up and the window built.
 * It lives above the window and the command line, as {@link Main} does, since it starts the window.
 */
@AllowedToUseStandardStreams("a probe for benchmarks and the app image's build: prints one figure and exits")
public final class FirstFrame {

    private FirstFrame() {}

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        FxRuntime.startHeadless();
        long fxUp = System.currentTimeMillis() - jvmStart;
        long[] built = new long[1];
        CountDownLatch drawn = new CountDownLatch(1);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            MainWindow window = EventscopeApp.showWindow(stage, AppPreferences.none(), List.of(), url -> {});
            built[0] = System.currentTimeMillis() - jvmStart;
            Runnable whenDrawn = new Runnable() {
                @Override
                public void run() {
                    if (window.model().getDocument() != null
                            && window.timeline().getScale() != null) {
                        stage.getScene().removePostLayoutPulseListener(this);
                        drawn.countDown();
                    }
                }
            };
            stage.getScene().addPostLayoutPulseListener(whenDrawn);
        });
        if (!drawn.await(60, TimeUnit.SECONDS)) {
            System.err.println("first-frame: no frame with the file open within 60 s");
            System.exit(1);
        }
        long total = System.currentTimeMillis() - jvmStart;
        if (System.getProperty("first-frame.detail") != null) {
            System.out.println(
                    "JavaFX up " + fxUp + " ms, window shown " + built[0] + " ms, first frame " + total + " ms");
        }
        System.out.println(total);
        System.out.flush();
        // Exits from the JavaFX thread, so that it hands the renderer no more work on the way out.
        Platform.runLater(() -> System.exit(0));
        Thread.sleep(TimeUnit.SECONDS.toMillis(30));
        System.exit(0);
    }
}
