package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline control on its own, without the window. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private TimelineView timeline;

    /** A synthetic file with events a week either side of today, so "now" is in view. */
    private static EventFile aroundToday() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String json = """
                { "formatVersion": 1, "title": "Synthetic test file", "displayZone": "UTC",
                  "sources": [ { "id": "s", "name": "Synthetic" } ],
                  "events": [ { "id": "a", "title": "Synthetic before", "start": "%s" },
                              { "id": "b", "title": "Synthetic after", "start": "%s" } ] }
                """.formatted(today.minusDays(7), today.plusDays(7));
        return EventFileReader.read("synthetic.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .file();
    }

    @Start
    void start(Stage stage) {
        timeline = new TimelineView();
        timeline.setEventFile(aroundToday());
        stage.setScene(new Scene(timeline, 900, 400));
        stage.show();
    }

    @Test
    void aFittedViewStaysFittedWhenTheWindowIsResizedUntilTheUserMovesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var stage = (Stage) timeline.getScene().getWindow();
        TimeScale fitted = timeline.getScale();
        robot.interact(() -> stage.setWidth(stage.getWidth() - 300));
        WaitForAsyncUtils.waitForFxEvents();
        TimeScale narrower = timeline.getScale();
        assertThat(narrower.millisPerPixel())
                .as("refitted to the narrower width")
                .isGreaterThan(fitted.millisPerPixel());
        // Once the user zooms, a resize keeps the view.
        robot.interact(() -> timeline.zoom(1.5));
        TimeScale zoomed = timeline.getScale();
        robot.interact(() -> stage.setWidth(stage.getWidth() + 300));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getScale()).isEqualTo(zoomed);
        robot.interact(timeline::fitAll);
    }

    @Test
    void nowIsMarkedWhenInView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        double x = Metrics.snap(timeline.getScale().toX(System.currentTimeMillis()));
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> timeline.snapshot(null, null)).get();
        Color c = image.getPixelReader().getColor((int) x, (int) (timeline.getHeight() - Metrics.OVERVIEW_HEIGHT - 5));
        assertThat(c).isEqualTo(TimelineStyle.LIGHT.now());
    }

    @Test
    void withoutCategoriesThereAreNoHeadersAndBothEventsShow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        EventFile file = timeline.getEventFile();
        assertThat(timeline.markerBounds(file.event("a").orElseThrow())).isPresent();
        // No header above the first lane; a day this wide is drawn as a bar across the day.
        assertThat(timeline.markerBounds(file.event("b").orElseThrow())
                        .orElseThrow()
                        .getMinY())
                .isEqualTo(Metrics.LANE_TOP + 4);
        assertThat(timeline.markerBounds(file.event("b").orElseThrow())
                        .orElseThrow()
                        .getWidth())
                .isCloseTo(
                        86_400_000 / timeline.getScale().millisPerPixel(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void zoomHasLimits(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 200; i++) {
                timeline.zoom(4);
            }
        });
        assertThat(timeline.getScale().millisPerPixel()).isEqualTo(TimeScale.MIN_MILLIS_PER_PIXEL);
        robot.interact(() -> {
            for (int i = 0; i < 200; i++) {
                timeline.zoom(0.25);
            }
        });
        assertThat(timeline.getScale().millisPerPixel()).isEqualTo(TimeScale.MAX_MILLIS_PER_PIXEL);
    }

    @Test
    void aReplacedSkinNoLongerHandlesInput(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> timeline.setSkin(new TimelineViewSkin(timeline)));
        WaitForAsyncUtils.waitForFxEvents();
        double before = timeline.getScale().millisPerPixel();
        robot.interact(() -> javafx.event.Event.fireEvent(
                timeline,
                new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_PRESSED,
                        "+",
                        "+",
                        javafx.scene.input.KeyCode.ADD,
                        false,
                        false,
                        false,
                        false)));
        // One zoom step (×1.5), not one per skin the control ever had.
        assertThat(before / timeline.getScale().millisPerPixel())
                .isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void hoveringAnEventShowsACardWithItsTitleAndTime(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        EventFile file = timeline.getEventFile();
        var marker = timeline.markerBounds(file.event("a").orElseThrow()).orElseThrow();
        var screen = timeline.localToScreen(marker);
        robot.moveTo(new javafx.geometry.Point2D(screen.getCenterX(), screen.getCenterY()));
        robot.moveBy(1, 0);
        WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".timeline-hover-card").tryQuery().isPresent());
        var card = robot.lookup(".timeline-hover-card").queryAs(javafx.scene.layout.VBox.class);
        assertThat(card).as("the hover card is shown").isNotNull();
        var texts = card.getChildren().stream()
                .filter(n -> n instanceof javafx.scene.control.Label)
                .map(n -> ((javafx.scene.control.Label) n).getText())
                .toList();
        assertThat(texts.get(0)).isEqualTo("Synthetic before");
        assertThat(texts.get(1))
                .contains(String.valueOf(
                        LocalDate.now(ZoneOffset.UTC).minusDays(7).getYear()));
        assertThat(texts).last().isEqualTo("Click for the details and sources");
        // The tooltip fits its card: wrapped text must not stretch it down the screen.
        // (The popup settles its size a pulse after the card's layout: wait for it, then check.)
        WaitForAsyncUtils.waitFor(
                5,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> card.getScene().getWindow().getHeight() < card.getHeight() + 40);
        assertThat(card.getScene().getWindow().getHeight()).isLessThan(card.getHeight() + 40);
        robot.moveTo(new javafx.geometry.Point2D(screen.getCenterX(), screen.getMaxY() + 150));
    }

    @Test
    void aPeriodLabelThatDoesNotFitAtTheRightEdgeIsLeftOutNotCut() throws Exception {
        EventFile geneva = EventFileReader.read(org.eventscope.TestFiles.GENEVA).file();
        // A day and three hours of the next (Kyiv time) across 1,200 px: the next day's label
        // starts about 125 px before the right edge, too little for the whole date.
        long from = java.time.Instant.parse("2021-12-21T22:00:00Z").toEpochMilli();
        long to = java.time.Instant.parse("2021-12-23T01:00:00Z").toEpochMilli();
        TimelineExport export = TimelineExport.whole(geneva).between(from, to);
        String svg = WaitForAsyncUtils.asyncFx(() -> {
                    org.eventscope.view.SvgSurface surface = new org.eventscope.view.SvgSurface();
                    export.paint(surface, 1200, 300);
                    return surface.document(1200, 300, "synthetic view", new String[0]);
                })
                .get();
        List<String> periodLabels = java.util.regex.Pattern.compile("<text [^>]*y=\"12\"[^>]*>([^<]*)</text>")
                .matcher(svg)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(periodLabels).hasSize(1);
        assertThat(periodLabels.get(0)).contains("22").doesNotContain("…");
    }
}
