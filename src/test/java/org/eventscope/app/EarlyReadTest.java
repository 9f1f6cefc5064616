package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.eventscope.TestFiles;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.Problem;
import org.eventscope.io.ReadMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file given at launch, read before the window is built, and taken over by its first opening. */
@ExtendWith(ApplicationExtension.class)
class EarlyReadTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private final List<DocumentModel.LoadFailure> failures = new CopyOnWriteArrayList<>();
    private final Locale locale = Locale.getDefault();

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, url -> {});
        window.model().onLoadFailedProperty().set(failures::add);
        stage.show();
    }

    @AfterEach
    void speakAsBefore() {
        Locale.setDefault(locale);
        Messages.setLocale(locale);
        // Nothing a test started is left for the next.
        EarlyRead.take(dir.resolve("none"));
    }

    private void open(Path file) {
        Platform.runLater(() -> window.openFile(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForDocument(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            Document d = window.model().getDocument();
            return d != null && file.toAbsolutePath().equals(d.path());
        });
    }

    @Test
    void aPipeGivenAtLaunchIsReadOnceAndOpens() throws Exception {
        Path source = TestFiles.write(dir, "source.json", TestFiles.SYNTHETIC);
        Path fifo = dir.resolve("launch.json");
        // The pipe is fed once: a window that read it again would wait for ever.
        Process feeder = TestFiles.fedPipe(fifo, source);
        EarlyRead.start(List.of(fifo.toString()), AppPreferences.none());
        assertThat(EarlyRead.pending()).isTrue();
        open(fifo);
        waitForDocument(fifo);
        assertThat(window.model().getDocument().file().events())
                .extracting(e -> e.id())
                .containsExactly("a", "b");
        assertThat(EarlyRead.pending()).isFalse();
        assertThat(feeder.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(failures).isEmpty();
    }

    @Test
    void anotherFileOpenedFirstDropsTheReadAndTheFileGivenOpensLaterOnItsOwn() throws Exception {
        Path given = TestFiles.write(dir, "given.json", TestFiles.SYNTHETIC);
        Path other = TestFiles.write(dir, "other.json", TestFiles.SYNTHETIC.replace("\"b\"", "\"c\""));
        EarlyRead.start(List.of("--theme=dark", given.toString()), AppPreferences.none());
        open(other);
        waitForDocument(other);
        assertThat(EarlyRead.pending()).isFalse();
        Files.writeString(given, TestFiles.SYNTHETIC.replace("\"a\"", "\"z\""));
        open(given);
        waitForDocument(given);
        // Read when asked, not at launch: the file as it is now.
        assertThat(window.model().getDocument().file().events())
                .extracting(e -> e.id())
                .containsExactly("z", "b");
    }

    @Test
    void aFileChangedOnDiskBeforeTheWindowTakesTheReadOverIsReadAgainAsItIsNow() throws Exception {
        Path given = TestFiles.write(dir, "changing.json", TestFiles.SYNTHETIC);
        EarlyRead.start(List.of(given.toString()), AppPreferences.none());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, EarlyRead::pendingAndDone);
        // Changed after the read, before the window watches it: the window must not show the old one.
        Files.writeString(given, TestFiles.SYNTHETIC.replace("\"a\"", "\"changed\""));
        Files.setLastModifiedTime(
                given,
                java.nio.file.attribute.FileTime.fromMillis(
                        Files.getLastModifiedTime(given).toMillis() + 5_000));
        open(given);
        waitForDocument(given);
        assertThat(window.model().getDocument().file().events())
                .extracting(e -> e.id())
                .containsExactly("changed", "b");
        assertThat(window.model().getDocument().sha256())
                .isEqualTo(EventFileReader.read(given).sha256());
    }

    @Test
    void theFileIsTheFirstArgumentThatJavaFxDoesNotTakeForANamedParameter() {
        assertThat(EarlyRead.fileArgument(List.of("--theme=dark", "events.json")))
                .isEqualTo("events.json");
        assertThat(EarlyRead.fileArgument(List.of("--_x=1", "events.json"))).isEqualTo("events.json");
        // JavaFX names a parameter only from a letter or '_': these are files.
        assertThat(EarlyRead.fileArgument(List.of("--1=x.json", "events.json"))).isEqualTo("--1=x.json");
        assertThat(EarlyRead.fileArgument(List.of("--=x.json"))).isEqualTo("--=x.json");
        assertThat(EarlyRead.fileArgument(List.of("--plain", "events.json"))).isEqualTo("--plain");
        assertThat(EarlyRead.fileArgument(List.of("--theme=dark"))).isNull();
        assertThat(EarlyRead.fileArgument(List.of())).isNull();
    }

    @Test
    void cancellingTheOpeningStopsTheReadUnderWayAndLeavesTheWindowAsItWas() throws Exception {
        Path fifo = dir.resolve("slow.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        byte[] bytes = TestFiles.SYNTHETIC.getBytes(StandardCharsets.UTF_8);
        CountDownLatch cancelled = new CountDownLatch(1);
        Thread feeder = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes, 0, 40);
                out.flush();
                cancelled.await();
                out.write(bytes, 40, bytes.length - 40);
            } catch (IOException | InterruptedException e) {
                // the reader stopped first
            }
        });
        feeder.start();
        EarlyRead.start(List.of(fifo.toString()), AppPreferences.none());
        open(fifo);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.model().currentLoadProperty().get() != null);
        Platform.runLater(() -> window.model().cancelLoading());
        WaitForAsyncUtils.waitForFxEvents();
        cancelled.countDown();
        feeder.join(10_000);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.model().currentLoadProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().getDocument()).isNull();
        assertThat(failures).isEmpty();
        assertThat(EarlyRead.pending()).isFalse();
    }

    @Test
    void problemsFoundBeforeTheWindowIsBuiltAreToldInTheChosenLanguage() throws Exception {
        Path broken =
                TestFiles.write(dir, "broken.json", TestFiles.SYNTHETIC.replace("\"2020-03-05\"", "\"2020-02-30\""));
        AppPreferences prefs = AppPreferences.none();
        prefs.setLanguage("uk");
        EarlyRead.start(List.of(broken.toString()), prefs);
        open(broken);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !failures.isEmpty());
        List<Problem> problems = failures.get(0).problems();
        // The same problem, read in Ukrainian without the launch's head start.
        Messages.setLocale(Locale.forLanguageTag("uk"));
        Problem expected = EventFileReader.read(broken, "broken.json", ReadMonitor.NONE)
                .problems()
                .get(0);
        assertThat(problems.get(0)).isEqualTo(expected);
        assertThat(expected.message()).containsPattern("\\p{IsCyrillic}");
        assertThat(window.model().getDocument()).isNull();
    }
}
