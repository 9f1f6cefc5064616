package org.eventscope.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.eventscope.TestFiles;
import org.eventscope.model.EventFile;

/** Edits, undo, redo and saves in any order, from a file just opened: every save reads back as the editor's file, and back at the saved state the save writes the saved bytes. */
class EditorSequenceTest {

    @net.jqwik.api.Example
    void undoingAndRedoingAnEditMadeBeforeASaveComesBackToTheSavedBytes() throws IOException {
        editsSavesUndoRedoInAnyOrderStayExact(157); // a hand-written file: edit, save, undo, redo
    }

    @Property(tries = 400)
    void editsSavesUndoRedoInAnyOrderStayExact(@ForAll long seed) throws IOException {
        byte[] original = switch ((int) Math.floorMod(seed, 3L)) {
            case 0 -> Files.readAllBytes(TestFiles.GENEVA);
            case 1 -> EditorTest.HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
            default -> EditorTest.fresh(new RandomEdits(seed).file());
        };
        Editor editor = new Editor(EditorTest.read(original));
        RandomEdits edits = new RandomEdits(seed);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        byte[] savedBytes = original;
        EventFile savedFile = editor.file();
        int steps = 5 + r.nextInt(40);
        for (int i = 0; i < steps; i++) {
            int op = r.nextInt(10);
            if (op < 5) {
                edits.edit(editor);
            } else if (op < 7) {
                editor.undo();
            } else if (op < 8) {
                editor.redo();
            } else {
                byte[] bytes = EditorTest.save(savedBytes, editor);
                assertThat(EditorTest.read(bytes)).isEqualTo(editor.file());
                editor.saved(editor.file());
                savedBytes = bytes;
                savedFile = editor.file();
                // Saving again with nothing changed writes the same bytes.
                assertThat(EditorTest.save(savedBytes, editor)).isEqualTo(savedBytes);
            }
            if (!editor.isDirty()) {
                // Back at the saved state, by whatever undo and redo: the save writes the saved bytes again.
                assertThat(editor.file()).isEqualTo(savedFile);
                assertThat(EditorTest.save(savedBytes, editor)).isEqualTo(savedBytes);
            }
            assertThat(EditorTest.read(EditorTest.save(savedBytes, editor))).isEqualTo(editor.file());
        }
    }
}
