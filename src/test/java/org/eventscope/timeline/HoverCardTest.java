package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Media;
import org.eventscope.model.TimePoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class HoverCardTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aLoadedPictureStandsSmallAtTheTopOfTheCardAndNoneLeavesNoGap() throws Exception {
        Event event = new Event(
                        "e",
                        "Synthetic",
                        TimePoint.parse("2022-01-10"),
                        null,
                        false,
                        null,
                        List.of(),
                        null,
                        null,
                        List.of())
                .withMedia(new Media("https://example.org/p.png", null, null, "A synthetic picture"));
        EventFile file = new EventFile(
                1, "Synthetic (not real)", ZoneOffset.UTC, List.of(), List.of(), List.of(event), List.of(), List.of());
        WritableImage wide = new WritableImage(800, 400);
        var card = WaitForAsyncUtils.asyncFx(() -> HoverCard.of(event, file, ZoneOffset.UTC, Locale.ENGLISH, wide))
                .get();
        assertThat(card.getChildren().get(0)).isInstanceOf(ImageView.class);
        ImageView view = (ImageView) card.getChildren().get(0);
        assertThat(view.getFitWidth()).isEqualTo(HoverCard.THUMBNAIL);
        assertThat(view.isPreserveRatio()).isTrue();
        var plain = WaitForAsyncUtils.asyncFx(() -> HoverCard.of(event, file, ZoneOffset.UTC, Locale.ENGLISH, null))
                .get();
        assertThat(plain.getChildren()).noneMatch(n -> n instanceof ImageView);
        assertThat(plain.getChildren()).hasSize(card.getChildren().size() - 1);
    }
}
