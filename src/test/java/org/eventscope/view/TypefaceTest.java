package org.eventscope.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TypefaceTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theBundledFacesAreWhatPicturesAreDrawnInWhateverTheMachineHas() throws Exception {
        Font regular = WaitForAsyncUtils.asyncFx(() -> Typeface.font(13)).get();
        Font bold = WaitForAsyncUtils.asyncFx(() -> Typeface.font(FontWeight.BOLD, 18))
                .get();
        assertThat(Typeface.family()).isEqualTo("Noto Sans");
        assertThat(regular.getFamily()).isEqualTo("Noto Sans");
        assertThat(regular.getName()).isEqualTo("Noto Sans Regular");
        assertThat(bold.getName()).isEqualTo("Noto Sans Bold");
        assertThat(Typeface.isBold(bold)).isTrue();
        assertThat(Typeface.isBold(regular)).isFalse();
    }

    @Test
    void theFacesAndTheirLicenceAreShipped() throws Exception {
        for (boolean bold : new boolean[] {false, true}) {
            try (var in = Typeface.open(bold)) {
                byte[] head = in.readNBytes(4);
                assertThat(head).as("a TrueType file").containsExactly(0, 1, 0, 0);
            }
        }
        try (var in = Typeface.licence()) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("SIL OPEN FONT LICENSE Version 1.1")
                    .contains("Noto Sans");
        }
    }

    @Test
    void fromAJarTheFaceIsCopiedOnceIntoTheDataFolderAndReadFromThereNeverFromATemporaryCopy(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        byte[] face;
        try (var in = Typeface.open(false)) {
            face = in.readAllBytes();
        }
        java.nio.file.Path jar = dir.resolve("faces.jar");
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("fonts/Face.ttf"));
            out.write(face);
        }
        java.net.URL url = new java.net.URL("jar:" + jar.toUri() + "!/fonts/Face.ttf");
        java.nio.file.Path folder = dir.resolve("data").resolve("fonts");

        java.nio.file.Path copy = Typeface.file(url, "Face.ttf", folder);
        assertThat(copy).isEqualTo(folder.resolve("Face.ttf")).hasBinaryContent(face);
        java.nio.file.attribute.FileTime made = java.nio.file.Files.getLastModifiedTime(copy);
        java.nio.file.Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        assertThat(Typeface.file(url, "Face.ttf", folder)).isEqualTo(copy);
        assertThat(java.nio.file.Files.getLastModifiedTime(copy).toMillis())
                .as("an intact copy is used as it is, not written again (was %s)", made)
                .isEqualTo(1_000_000);

        java.nio.file.Files.write(copy, new byte[] {1, 2, 3});
        assertThat(Typeface.file(url, "Face.ttf", folder)).hasBinaryContent(face);
        try (var left = java.nio.file.Files.list(folder)) {
            assertThat(left).as("no part-written file left").containsExactly(copy);
        }

        java.nio.file.Path classes = java.nio.file.Files.write(dir.resolve("Plain.ttf"), face);
        assertThat(Typeface.file(classes.toUri().toURL(), "Plain.ttf", folder))
                .as("a face that is a file already is read in place")
                .isEqualTo(classes);
    }
}
