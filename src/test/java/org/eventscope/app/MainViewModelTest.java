package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eventscope.TestFiles;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.Problem;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.EventFilter;
import org.eventscope.timeline.TimeScale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main window's logic without a window: filters, status texts, reloads (synthetic data). */
class MainViewModelTest {

    private final Category war = new Category("war", "War", null);
    private final Category talks = new Category("talks", "Talks", null);

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static EventFile file(String json) {
        return EventFileReader.read("x.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .file();
    }

    private static Event event(String id, String title, String category) {
        return new Event(
                id,
                title,
                org.eventscope.model.TimePoint.parse("2020"),
                null,
                false,
                category,
                List.of(),
                null,
                null,
                List.of());
    }

    @Test
    void noSearchAndEveryCategoryIsNoFilter() {
        assertThat(MainViewModel.filter("  ", List.of(war, talks), List.of(war, talks)))
                .isNull();
        assertThat(MainViewModel.filter("", List.of(), List.of())).isNull();
    }

    @Test
    void someCategoriesKeepThoseAndEventsWithoutOne() {
        EventFilter f = MainViewModel.filter("", List.of(war, talks), List.of(talks));
        assertThat(f.test(event("a", "x", "talks"))).isTrue();
        assertThat(f.test(event("b", "x", "war"))).isFalse();
        assertThat(f.test(event("c", "x", null))).isTrue();
    }

    @Test
    void aSearchKeepsEventsWithEveryWord() {
        EventFilter f = MainViewModel.filter("geneva talks", List.of(war, talks), List.of(war, talks));
        assertThat(f.test(event("a", "Talks in Geneva", "war"))).isTrue();
        assertThat(f.test(event("b", "Talks in Brussels", "war"))).isFalse();
    }

    @Test
    void statusAndMatchTexts() {
        EventFile f = file(TestFiles.SYNTHETIC);
        Problem warning = new Problem(Problem.Severity.WARNING, "x.json", 1, 1, "", "w");
        Problem summary = new Problem(Problem.Severity.WARNING, "x.json", 0, 0, "/events/*/x", "more", 41);
        assertThat(MainViewModel.statusText(null)).isEqualTo("No file open");
        assertThat(MainViewModel.statusText(new Document(f, "x.json", null, List.of(), null)))
                .isEqualTo("x.json — 2 events, 1 troop report, 1 source");
        assertThat(MainViewModel.statusText(new Document(f, "x.json", null, List.of(warning, summary), null)))
                .endsWith(" — 42 warnings");
        assertThat(MainViewModel.matchText(f, null, 2)).isEmpty();
        assertThat(MainViewModel.matchText(f, new EventFilter("x", null), 1)).isEqualTo("1 of 2 events match");
    }

    @Test
    void aReloadComesBackToTheSameSelectionAndView() {
        MainViewModel view = new MainViewModel();
        EventFile before = file(TestFiles.SYNTHETIC);
        EventFile after = file(TestFiles.SYNTHETIC.replace("\"id\": \"a\"", "\"id\": \"z\""));
        Path path = Path.of("/data/x.json");
        TimeScale scale = new TimeScale(1000, 60_000);
        assertThat(view.beginReload(new Document(before, "x.json", null, List.of(), null), "a", scale))
                .isFalse();
        assertThat(view.beginReload(new Document(before, "x.json", path, List.of(), null), "a", scale))
                .isTrue();
        assertThat(view.reloading()).isTrue();
        assertThat(view.reloaded(new Document(after, "y.json", Path.of("/data/y.json"), List.of(), null)))
                .isNull();
        MainViewModel.Reloaded r = view.reloaded(new Document(after, "x.json", path, List.of(), null));
        assertThat(r.selection()).isEqualTo("a");
        assertThat(r.view()).isEqualTo(scale);
        assertThat(r.status()).startsWith("x.json reloaded: ").endsWith("1 event added, 0 changed, 1 removed");
        assertThat(view.reloading()).isFalse();
    }

    @Test
    void aBrokenReloadKeepsTheLastGoodVersion() {
        MainViewModel view = new MainViewModel();
        Document open = new Document(file(TestFiles.SYNTHETIC), "x.json", Path.of("/data/x.json"), List.of(), null);
        view.beginReload(open, null, null);
        assertThat(view.reloadFailed(open))
                .isEqualTo("x.json changed on disk but has errors; the last good version stays open (see Problems)");
        assertThat(view.reloading()).isFalse();
    }

    private static List<Problem> twoErrors(String file) {
        return List.of(
                new Problem(Problem.Severity.ERROR, file, 3, 12, "/title", "\"title\" is a number"),
                new Problem(Problem.Severity.ERROR, file, 4, 14, "", "malformed JSON"));
    }

    @Test
    void aFileThatFailsNamesTheDocumentThatStaysOpen() {
        Document open = new Document(file(TestFiles.SYNTHETIC), "x.json", Path.of("/data/x.json"), List.of(), null);
        DocumentModel.LoadFailure other =
                new DocumentModel.LoadFailure(Path.of("/data/broken.json"), twoErrors("broken.json"));
        assertThat(MainViewModel.failedLoadSummary(other, open, false))
                .isEqualTo("broken.json was not opened: 2 errors. x.json stays open.");
        assertThat(MainViewModel.failedLoadHeader(other, open))
                .isEqualTo("Cannot open broken.json: 2 errors. x.json stays open.");
        assertThat(MainViewModel.failedLoadSummary(other, null, false))
                .isEqualTo("broken.json was not opened: 2 errors.");
        assertThat(MainViewModel.failedLoadHeader(other, null)).isEqualTo("Cannot open broken.json: 2 errors");
        // Another file of the same name, in another folder, is another file.
        DocumentModel.LoadFailure namesake =
                new DocumentModel.LoadFailure(Path.of("/elsewhere/x.json"), twoErrors("x.json"));
        assertThat(MainViewModel.failedLoadSummary(namesake, open, false))
                .isEqualTo("x.json was not opened: 2 errors. x.json stays open.");
    }

    @Test
    void theOpenFileOpenedAgainWithErrorsKeepsTheVersionOpenedBefore() {
        Document open = new Document(file(TestFiles.SYNTHETIC), "x.json", Path.of("/data/x.json"), List.of(), null);
        DocumentModel.LoadFailure same = new DocumentModel.LoadFailure(Path.of("/data/./x.json"), twoErrors("x.json"));
        assertThat(MainViewModel.failedLoadSummary(same, open, false))
                .isEqualTo("x.json was not opened again: it has 2 errors. The version opened before stays open.");
        assertThat(MainViewModel.failedLoadHeader(same, open))
                .isEqualTo("Cannot open x.json again: it has 2 errors. The version opened before stays open.");
        assertThat(MainViewModel.failedLoadSummary(same, open, true))
                .isEqualTo("x.json changed on disk but has 2 errors; the last good version stays open.");
        Messages.setLocale(Locale.forLanguageTag("uk"));
        assertThat(MainViewModel.failedLoadSummary(same, open, false))
                .isEqualTo("x.json не відкрито знову: файл має 2 помилки. Відкритою лишається раніше відкрита версія.");
        assertThat(MainViewModel.failedLoadHeader(same, open))
                .isEqualTo(
                        "Не вдалося знову відкрити x.json: файл має 2 помилки. Відкритою лишається раніше відкрита версія.");
    }
}
