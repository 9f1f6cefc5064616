package org.eventscope.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import org.eventscope.TinyDisk;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.TimePoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavingTest {

    @TempDir
    Path dir;

    private Locale locale = Locale.getDefault();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
    }

    private record Opened(Editor editor, Saving.Original original) {}

    private Opened open(Path file) {
        EventFileReader.LoadResult read = EventFileReader.read(file);
        assertThat(read.errors()).isEmpty();
        return new Opened(new Editor(read.file()), new Saving.Original(null, file, read.sha256()));
    }

    private static Saving.Saved save(Opened o, Path target) throws IOException {
        return Saving.save(o.editor().base(), o.editor().file(), o.editor().origins(), o.original(), target);
    }

    private static void retitleFirst(Editor editor, String title) {
        Event a = editor.file().events().get(0);
        editor.replace("Edit title", a, EditorTest.withTitle(a, title), null);
    }

    @Test
    void aSaveWritesOnlyTheEditKeepsTheModeAndKeepsThePreviousVersionBeside() throws IOException {
        Path file = Files.writeString(dir.resolve("chronicle.json"), EditorTest.HAND_WRITTEN);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Opened o = open(file);
        retitleFirst(o.editor(), "Renamed");
        Saving.Saved saved = save(o, file);
        assertThat(saved.patched()).isTrue();
        assertThat(saved.backup()).isEqualTo(dir.resolve("chronicle.json.bak"));
        assertThat(Files.readString(saved.backup())).isEqualTo(EditorTest.HAND_WRITTEN);
        assertThat(Files.readString(file))
                .isEqualTo(EditorTest.HAND_WRITTEN.replace("\"title\": \"First\"", "\"title\": \"Renamed\""));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("chronicle.json", "chronicle.json.bak");
        }
        // The next save patches what this one wrote, from the bytes it kept.
        o.editor().saved(saved.file());
        retitleFirst(o.editor(), "Renamed again");
        Saving.Saved again =
                Saving.save(o.editor().base(), o.editor().file(), o.editor().origins(), saved.original(), file);
        assertThat(again.patched()).isTrue();
        assertThat(Files.readString(file))
                .contains("\"title\": \"Renamed again\"")
                .contains("\"x-checked\": true");
        assertThat(Files.readString(again.backup())).contains("\"title\": \"Renamed\"");
    }

    @Test
    void aFileChangedOnDiskSinceItWasReadIsWrittenWholeNotPatchedIntoSomethingElse() throws IOException {
        Path file = Files.writeString(dir.resolve("chronicle.json"), EditorTest.HAND_WRITTEN);
        Opened o = open(file);
        Files.writeString(file, EditorTest.HAND_WRITTEN.replace("First", "Changed by someone else"));
        retitleFirst(o.editor(), "Mine");
        Saving.Saved saved = save(o, file);
        assertThat(saved.patched()).isFalse();
        EventFile back = EventFileReader.read(file).file();
        assertThat(back).isEqualTo(o.editor().file());
        assertThat(Files.readString(saved.backup())).contains("Changed by someone else");
    }

    @Test
    void aFileDeletedWhileOpenIsWrittenAgainWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("chronicle.json"), EditorTest.HAND_WRITTEN);
        Opened o = open(file);
        Files.delete(file);
        retitleFirst(o.editor(), "Mine");
        Saving.Saved saved = save(o, file);
        assertThat(saved.backup()).isNull();
        assertThat(EventFileReader.read(file).file()).isEqualTo(o.editor().file());
    }

    @Test
    void aSaveIntoAReadOnlyFolderFailsAndLeavesEverythingAsItWas() throws IOException {
        assumeThat(System.getProperty("user.name")).isNotEqualTo("root");
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = Files.writeString(folder.resolve("chronicle.json"), EditorTest.HAND_WRITTEN);
        Opened o = open(file);
        retitleFirst(o.editor(), "Mine");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> save(o, file)).isInstanceOf(IOException.class);
            assertThat(Files.readString(file)).isEqualTo(EditorTest.HAND_WRITTEN);
            assertThat(o.editor().isDirty()).isTrue();
            try (var left = Files.list(folder)) {
                assertThat(left).containsExactly(file);
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSaveOntoAReadOnlyFileSystemFailsAndLeavesEverythingAsItWas() throws Exception {
        try (TinyDisk disk = TinyDisk.mount(dir, 256)) {
            Path file = Files.writeString(disk.path().resolve("chronicle.json"), EditorTest.HAND_WRITTEN);
            Opened o = open(file);
            retitleFirst(o.editor(), "Mine");
            Process remount = new ProcessBuilder(
                            "mount", "-o", "remount,ro", disk.path().toString())
                    .inheritIO()
                    .start();
            assumeThat(remount.waitFor()).isZero();
            assertThatThrownBy(() -> save(o, file)).isInstanceOf(IOException.class);
            assertThat(Files.readString(file)).isEqualTo(EditorTest.HAND_WRITTEN);
            assertThat(o.editor().isDirty()).isTrue();
        }
    }

    @Test
    void aFullDiskFailsTheSaveAndLeavesTheFileAsItWas() throws Exception {
        try (TinyDisk disk = TinyDisk.mount(dir, 64)) {
            Path file = Files.writeString(disk.path().resolve("chronicle.json"), EditorTest.HAND_WRITTEN);
            Opened o = open(file);
            Event a = o.editor().file().events().get(0);
            String huge = "synthetic ".repeat(20_000);
            o.editor().replace("Edit", a, EditorTest.withTitle(a, huge), null);
            assertThatThrownBy(() -> save(o, file)).isInstanceOf(IOException.class);
            assertThat(Files.readString(file)).isEqualTo(EditorTest.HAND_WRITTEN);
            try (var left = Files.list(disk.path())) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .allMatch(n -> n.equals("chronicle.json") || n.equals("chronicle.json.bak"));
            }
        }
    }

    @Test
    void aBigFileIsPatchedFromDiskAPageAtATimeAsFromMemory() throws Exception {
        Path file = dir.resolve("big.json");
        org.eventscope.bench.SyntheticEventFiles.write(file, 3000, 5);
        Opened o = open(file);
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 40; i++) {
            List<Event> events = o.editor().file().events();
            Event e = events.get(r.nextInt(events.size()));
            o.editor()
                    .replace(
                            "Edit", e, Shift.move(e.withTitle(e.title() + " — edited"), true, true, 86_400_000L), null);
        }
        o.editor().remove("Delete", List.of(o.editor().file().events().get(17)));
        byte[] original = Files.readAllBytes(file);
        java.io.ByteArrayOutputStream inMemory = new java.io.ByteArrayOutputStream();
        org.eventscope.io.EventFileWriter.write(
                original, o.editor().base(), o.editor().file(), o.editor().origins(), inMemory);
        assertThat(original.length).isGreaterThan(4 << 16); // several pages
        Saving.Saved saved = save(o, file);
        assertThat(saved.patched()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(inMemory.toByteArray());
        assertThat(EventFileReader.read(file).file()).isEqualTo(o.editor().file());
    }

    @Test
    void aLinkStaysALinkAndTheFileItNamesIsSaved() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), EditorTest.HAND_WRITTEN);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        Opened o = open(link);
        retitleFirst(o.editor(), "Through the link");
        Saving.Saved saved = save(o, link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(saved.path()).isEqualTo(real.toRealPath());
        assertThat(Files.readString(real)).contains("\"title\": \"Through the link\"");
        assertThat(Files.readString(dir.resolve("real.json.bak"))).isEqualTo(EditorTest.HAND_WRITTEN);
    }

    @Test
    void aReadOnlyFileIsNotSavedOver() throws IOException {
        assumeThat(System.getProperty("user.name")).isNotEqualTo("root");
        Path file = Files.writeString(dir.resolve("locked.json"), EditorTest.HAND_WRITTEN);
        Opened o = open(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        retitleFirst(o.editor(), "Mine");
        assertThatThrownBy(() -> save(o, file))
                .isInstanceOf(java.nio.file.AccessDeniedException.class)
                .hasMessageContaining("read-only");
        assertThat(Files.readString(file)).isEqualTo(EditorTest.HAND_WRITTEN);
    }

    @Test
    void aNewFileIsWrittenInEventscopesLayout() throws IOException {
        EventFile empty = new EventFile(
                1, "New (synthetic)", java.time.ZoneId.of("Europe/Kyiv"), List.of(), List.of(), List.of(), List.of());
        Editor editor = new Editor(empty);
        editor.add(
                "Add event",
                new Event(
                        "e1",
                        "One",
                        TimePoint.parse("2022-01-10"),
                        null,
                        false,
                        null,
                        List.of(),
                        null,
                        null,
                        List.of()));
        Path file = dir.resolve("new.json");
        Saving.Saved saved = Saving.save(editor.base(), editor.file(), editor.origins(), Saving.Original.NONE, file);
        assertThat(saved.patched()).isFalse();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                        {
                          "format": "eventscope",
                          "formatVersion": 1,
                          "title": "New (synthetic)",
                          "displayZone": "Europe/Kyiv",
                          "sources": [],
                          "events": [
                            {
                              "id": "e1",
                              "title": "One",
                              "start": "2022-01-10"
                            }
                          ]
                        }
                        """);
    }
}
