package org.eventscope.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.EventFileWriter;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.TimePoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditorTest {

    /** Written by hand, one member a line, unknown members and its own key order. */
    static final String HAND_WRITTEN = """
            {
                "$schema": "../docs/event-file.schema.json",
                "formatVersion": 1,
                "format": "eventscope",
                "title": {"uk": "Хроніка (синтетична)", "en": "Chronicle (synthetic)"},
                "displayZone": "Europe/Kyiv",
                "x-tool": {"version": 1.50},
                "sources": [
                    {"id": "r", "name": "Report", "url": "https://example.org/r"}
                ],
                "categories": [
                    {"id": "talks", "name": {"en": "Talks", "uk": "Переговори"}, "color": "#0969DA"}
                ],
                "events": [
                    {
                        "start": "2022-01-10",
                        "id": "a",
                        "title": "First",
                        "x-checked": true,
                        "sources": ["r"]
                    },
                    {
                        "id": "b",
                        "title": {"en": "Second", "uk": "Друга"},
                        "start": "2022-01-11T10:00",
                        "end": "2022-01-11T12:00",
                        "category": "talks"
                    },
                    {
                        "id": "c",
                        "title": "Third",
                        "start": "2022-02"
                    }
                ]
            }
            """;

    private Locale locale = Locale.getDefault();

    @BeforeEach
    @BeforeProperty
    void english() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    @AfterProperty
    void restore() {
        Locale.setDefault(locale);
    }

    static EventFile read(byte[] bytes) {
        var result = EventFileReader.read("test.json", new ByteArrayInputStream(bytes));
        assertThat(result.errors())
                .as(new String(bytes, StandardCharsets.UTF_8))
                .isEmpty();
        return result.file();
    }

    static byte[] save(byte[] original, Editor editor) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventFileWriter.write(original, editor.base(), editor.file(), editor.origins(), out);
        return out.toByteArray();
    }

    static byte[] fresh(EventFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventFileWriter.write(file, out);
        return out.toByteArray();
    }

    private static byte[] original(long seed) throws IOException {
        return switch ((int) Math.floorMod(seed, 3L)) {
            case 0 -> Files.readAllBytes(TestFiles.GENEVA);
            case 1 -> HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
            default -> fresh(new RandomEdits(seed).file());
        };
    }

    @Property(tries = 150)
    void randomFilesReadBackAsWritten(@ForAll long seed) throws IOException {
        EventFile file = new RandomEdits(seed).file();
        byte[] written = fresh(file);
        assertThat(read(written)).isEqualTo(file);
    }

    @Property(tries = 150)
    void editsSaveAsMadeAndUndoneGiveBackTheOriginalBytes(@ForAll long seed) throws IOException {
        byte[] original = original(seed);
        Editor editor = new Editor(read(original));
        RandomEdits edits = new RandomEdits(seed);
        int n = 1 + (int) Math.floorMod(seed >>> 8, 12L);
        for (int i = 0; i < n; i++) {
            edits.edit(editor);
            if (i % 4 == 3 || i == n - 1) {
                assertThat(read(save(original, editor))).isEqualTo(editor.file());
            }
        }
        EventFile edited = editor.file();
        while (editor.canUndo()) {
            editor.undo();
        }
        assertThat(editor.isDirty()).isFalse();
        assertThat(save(original, editor)).isEqualTo(original);
        while (editor.canRedo()) {
            editor.redo();
        }
        assertThat(editor.file()).isEqualTo(edited);
    }

    @Property(tries = 150)
    void anEditOfOneEventChangesOnlyThatEventsLines(@ForAll long seed) throws IOException {
        byte[] original = HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
        Editor editor = new Editor(read(original));
        RandomEdits edits = new RandomEdits(seed);
        int which = (int) Math.floorMod(seed, 3L);
        Event before = editor.file().events().get(which);
        editor.replace("Edit event", before, edits.event(editor.file(), before.id()), null);
        List<String> was = HAND_WRITTEN.lines().toList();
        List<String> is = new String(save(original, editor), StandardCharsets.UTF_8)
                .lines()
                .toList();
        // The events' lines in the file above: a from line 15, b from 22, c from 29, each to its closing brace.
        int[] first = {15, 22, 29};
        int[] last = {21, 28, 33};
        int head = first[which] - 1;
        int tail = was.size() - last[which];
        assertThat(is.subList(0, head)).isEqualTo(was.subList(0, head));
        assertThat(is.subList(is.size() - tail, is.size())).isEqualTo(was.subList(was.size() - tail, was.size()));
        assertThat(read(save(original, editor))).isEqualTo(editor.file());
    }

    @Test
    void stepsAreNamedAndTypingInOneFieldIsOneStep() {
        Editor editor = new Editor(read(HAND_WRITTEN.getBytes(StandardCharsets.UTF_8)));
        assertThat(editor.canUndo()).isFalse();
        Event a = editor.file().events().get(0);
        Event a1 = withTitle(a, "F");
        editor.replace("Edit title", a, a1, "a/title");
        Event a2 = withTitle(a1, "Fi");
        editor.replace("Edit title", a1, a2, "a/title");
        assertThat(editor.undoName()).isEqualTo("Edit title");
        assertThat(editor.isDirty()).isTrue();
        editor.undo();
        assertThat(editor.file().events().get(0)).isSameAs(a);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.redoName()).isEqualTo("Edit title");
        editor.redo();
        assertThat(editor.file().events().get(0).title()).isEqualTo("Fi");
        editor.endTyping();
        editor.replace("Edit title", a2, withTitle(a2, "Fin"), "a/title");
        editor.undo();
        assertThat(editor.file().events().get(0).title()).isEqualTo("Fi");
    }

    @Test
    void savingMarksTheFileCleanAndUndoingPastItMakesItDirtyAgain() {
        Editor editor = new Editor(read(HAND_WRITTEN.getBytes(StandardCharsets.UTF_8)));
        Event a = editor.file().events().get(0);
        editor.replace("Edit title", a, withTitle(a, "One"), null);
        editor.saved(editor.file());
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.origins().events()).containsExactly(0, 1, 2);
        editor.undo();
        assertThat(editor.isDirty()).isTrue();
        editor.redo();
        assertThat(editor.isDirty()).isFalse();
        editor.undo();
        Event back = editor.file().events().get(0);
        editor.replace("Edit title", back, withTitle(back, "Two"), null);
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.canRedo()).isFalse();
    }

    @Test
    void removingASourceOrCategoryTakesItOutOfWhatRefersToIt() {
        Editor editor = new Editor(read(HAND_WRITTEN.getBytes(StandardCharsets.UTF_8)));
        EventFile f = editor.file();
        Source r = f.sources().get(0);
        Category talks = f.categories().get(0);
        editor.remove("Delete", List.of(r, talks));
        EventFile now = editor.file();
        assertThat(now.sources()).isEmpty();
        assertThat(now.categories()).isEmpty();
        assertThat(now.events().get(0).sourceIds()).isEmpty();
        assertThat(now.events().get(1).category()).isNull();
        editor.undo();
        assertThat(editor.file()).isEqualTo(f);
    }

    @Test
    void removingAnEventThatIsAlsoChangedByTheCascadeLeavesNothingBehind() {
        Editor editor = new Editor(read(HAND_WRITTEN.getBytes(StandardCharsets.UTF_8)));
        EventFile f = editor.file();
        editor.remove(
                "Delete",
                List.of(f.sources().get(0), f.events().get(0), f.events().get(2)));
        assertThat(editor.file().events()).extracting(Event::id).containsExactly("b");
        editor.undo();
        assertThat(editor.file()).isEqualTo(f);
    }

    @Test
    void newIdsAreUniqueAndHeadChangesAreUndone() {
        Editor editor = new Editor(read(HAND_WRITTEN.getBytes(StandardCharsets.UTF_8)));
        String id = editor.newId(Part.EVENTS);
        assertThat(id).matches("event-[0-9a-f]{8}");
        editor.add(
                "Add event",
                new Event(id, "New", TimePoint.parse("2022-03"), null, false, null, List.of(), null, null, List.of()));
        assertThat(editor.file().event(id)).isPresent();
        editor.head("Retitle", "Renamed", ZoneId.of("UTC"), null);
        assertThat(editor.file().title()).isEqualTo("Renamed");
        editor.undo();
        assertThat(editor.file().title()).isEqualTo("Chronicle (synthetic)");
        assertThat(editor.file().displayZone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
    }

    static Event withTitle(Event e, String title) {
        return e.withTitle(title);
    }
}
