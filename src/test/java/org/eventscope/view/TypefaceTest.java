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
}
