package org.eventscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PictureSizeTest {

    @Test
    void screenSizesAreInLogicalPixelsAtTheScaleChosenPrintSizesInMillimetresAt300Dpi() {
        PictureSize square = PictureSize.named("square").orElseThrow();
        assertThat(square.width()).isEqualTo(1080);
        assertThat(square.height()).isEqualTo(1080);
        assertThat(square.pngScale(2)).isEqualTo(2);
        assertThat(PictureSize.named("portrait").orElseThrow().height() / 1080).isEqualTo(1.25);
        assertThat(PictureSize.named("landscape").orElseThrow().width() / 800).isEqualTo(1.5);

        PictureSize two = PictureSize.named(" Two-Columns ").orElseThrow();
        assertThat(two.millimetres()).isTrue();
        assertThat(PictureSize.toMillimetres(two.width())).isCloseTo(125, within(1e-9));
        assertThat(two.pngScale(2)).as("300 dots for every 96 logical pixels").isEqualTo(3.125);
        assertThat(Math.round(two.width() * two.pngScale(2)))
                .as("125 mm at 300 dpi")
                .isEqualTo(Math.round(125 / 25.4 * 300));
        assertThat(PictureSize.named("tabloid")).isEmpty();
    }

    @Test
    void aPdfPageOfAPrintSizeIsThatManyMillimetres() {
        PictureSize page = PictureSize.named("a4-across").orElseThrow();
        assertThat(page.width() * 0.75 / 72 * 25.4)
                .as("0.75 pt a logical pixel")
                .isCloseTo(297, within(1e-9));
        assertThat(PictureSize.names()).startsWith("wide, wide-large, wide-huge, square");
    }
}
