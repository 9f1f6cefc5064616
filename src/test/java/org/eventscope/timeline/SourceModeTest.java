package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline showing an {@link EventSource}: frames asked for off the JavaFX thread, the last
 * good frame kept while a query runs or fails, views already left never asked for.
 */
@ExtendWith(ApplicationExtension.class)
class SourceModeTest {

    private static final long JAN_1 =
            LocalDate.of(2022, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    private static final long DAY = 86_400_000L;

    private TimelineView timeline;

    /** A source that counts its questions, and can be held (each question waits) or made to fail. */
    static final class Gated implements EventSource {
        final MemorySource inner;
        final AtomicInteger asked = new AtomicInteger();
        final AtomicReference<@Nullable CountDownLatch> gate = new AtomicReference<>();
        volatile boolean failing;

        Gated(EventFile file) {
            inner = new MemorySource(file);
        }

        private void pass() {
            asked.incrementAndGet();
            CountDownLatch g = gate.get();
            try {
                if (g != null && !g.await(10, TimeUnit.SECONDS)) {
                    throw new SourceException("held too long", null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failing) {
                throw new SourceException("synthetic.parquet: IO Error: the table went away", null);
            }
        }

        @Override
        public String title() {
            return inner.title();
        }

        @Override
        public ZoneId zone() {
            return inner.zone();
        }

        @Override
        public List<Category> categories() {
            return inner.categories();
        }

        @Override
        public long[] categoryCounts() {
            return inner.categoryCounts();
        }

        @Override
        public long size() {
            return inner.size();
        }

        @Override
        public long minMillis() {
            return inner.minMillis();
        }

        @Override
        public long maxMillis() {
            return inner.maxMillis();
        }

        @Override
        public int[][] columns(double origin, double mpp, int columns, @Nullable String search) {
            pass();
            return inner.columns(origin, mpp, columns, search);
        }

        @Override
        public long count(long from, long to, @Nullable String search) {
            pass();
            return inner.count(from, to, search);
        }

        @Override
        public List<Event> events(long from, long to, int limit, @Nullable String search) {
            pass();
            return inner.events(from, to, limit, search);
        }
    }

    /** Synthetic: 4,000 events over 200 days in two categories. */
    private static EventFile synthetic() {
        Object[][] events = new Object[4_000][];
        for (int i = 0; i < events.length; i++) {
            events[i] = new Object[] {i % 200, 0, i % 2 == 0 ? "a" : "b"};
        }
        return TimelineLayoutTest.file("""
                {"id":"a","name":"Alpha"},{"id":"b","name":"Beta"}""", events);
    }

    @Start
    void start(Stage stage) {
        timeline = new TimelineView();
        stage.setScene(new Scene(timeline, 900, 400));
        stage.show();
    }

    private FrameLayout shown(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(
                        () -> ((TimelineViewSkin) timeline.getSkin()).layout().orElseThrow())
                .get();
    }

    private void awaitAnswer() throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !timeline.fetchingProperty().get()
                        && WaitForAsyncUtils.asyncFx(() -> ((TimelineViewSkin) timeline.getSkin())
                                        .layout()
                                        .isPresent())
                                .get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSourceIsShownFittedFromWhatItCounts(FxRobot robot) throws Exception {
        Gated source = new Gated(synthetic());
        robot.interact(() -> timeline.showSource(source));
        awaitAnswer();
        FrameLayout l = shown(robot);
        assertThat(l.frame().source()).isNotNull();
        assertThat(l.density()).hasSize(2);
        assertThat(l.total()).isNotNull();
        assertThat(l.total().text()).contains("4,000");
        assertThat(timeline.getScale().toMillis(TimelineViewSkin.FIT_PADDING))
                .isCloseTo(JAN_1 + DAY / 2.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(l.headers())
                .extracting(h -> h.text())
                .allSatisfy(t -> assertThat(t).contains("2,000"));
        // The overview strip shows the whole source's spread, though no event of it is held.
        javafx.scene.image.WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> timeline.snapshot(null, null)).get();
        javafx.scene.paint.Color strip =
                image.getPixelReader().getColor((int) (timeline.getWidth() / 2), (int) (timeline.getHeight() - 6));
        assertThat(strip).isNotEqualTo(TimelineStyle.LIGHT.axisBackground());
    }

    @Test
    void closeInTheSourcesEventsAreLabelled(FxRobot robot) throws Exception {
        Gated source = new Gated(synthetic());
        robot.interact(() -> timeline.showSource(source));
        awaitAnswer();
        robot.interact(() -> timeline.setScale(TimeScale.fit(JAN_1 + 10 * DAY, JAN_1 + 11 * DAY, 900, 0)));
        awaitAnswer();
        FrameLayout l = shown(robot);
        assertThat(l.density()).isEmpty();
        assertThat(l.events().map(m -> m.event().start().toString()).distinct().toList())
                .containsExactly("2022-01-11T12:00Z");
        assertThat(WaitForAsyncUtils.asyncFx(timeline::clusters).get().stream()
                                .mapToInt(TimelineView.ClusterView::count)
                                .sum()
                        + l.events().count())
                .isEqualTo(20);
    }

    @Test
    void theKeysStepThroughTheEventsTheSourceGaveForTheView(FxRobot robot) throws Exception {
        Gated source = new Gated(synthetic());
        robot.interact(() -> timeline.showSource(source));
        awaitAnswer();
        robot.interact(() -> timeline.setScale(TimeScale.fit(JAN_1 + 10 * DAY, JAN_1 + 12 * DAY, 900, 0)));
        awaitAnswer();
        List<Event> shown = shown(robot).frame().index().file().events();
        assertThat(shown).isNotEmpty();
        robot.interact(timeline::requestFocus);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(timeline.getSelectedEvent()).isNotNull();
        Event first = timeline.getSelectedEvent();
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(timeline.getSelectedEvent()).isNotNull().isNotEqualTo(first);
        robot.type(javafx.scene.input.KeyCode.LEFT);
        assertThat(timeline.getSelectedEvent()).isEqualTo(first);
    }

    @Test
    void whileTheSourceIsAskedTheLastFrameStaysAndViewsLeftAreNotAsked(FxRobot robot) throws Exception {
        Gated source = new Gated(synthetic());
        robot.interact(() -> timeline.showSource(source));
        awaitAnswer();
        FrameLayout before = shown(robot);
        CountDownLatch hold = new CountDownLatch(1);
        source.gate.set(hold);
        int askedBefore = source.asked.get();
        TimeScale start = timeline.getScale();
        for (int step = 1; step <= 6; step++) {
            double shift = step * 40;
            robot.interact(() -> timeline.setScale(start.pan(shift)));
            WaitForAsyncUtils.waitForFxEvents();
            FrameLayout now = shown(robot);
            assertThat(now)
                    .as("the last good frame, not a blank or a half-made one")
                    .isSameAs(before);
            assertThat(timeline.fetchingProperty().get()).isTrue();
        }
        source.gate.set(null);
        hold.countDown();
        awaitAnswer();
        FrameLayout after = shown(robot);
        assertThat(after.frame().scale()).isEqualTo(start.pan(240));
        // The first view asked (held), then only the last: each view is one count and perhaps its events.
        assertThat(source.asked.get() - askedBefore).isLessThanOrEqualTo(4);
    }

    @Test
    void aSourceThatFailsLeavesTheLastGoodFrameAndSaysWhy(FxRobot robot) throws Exception {
        Gated source = new Gated(synthetic());
        robot.interact(() -> timeline.showSource(source));
        awaitAnswer();
        FrameLayout before = shown(robot);
        source.failing = true;
        robot.interact(() -> timeline.zoom(2));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> timeline.sourceProblemProperty().get() != null);
        assertThat(timeline.sourceProblemProperty().get()).contains("the table went away");
        assertThat(shown(robot)).isSameAs(before);
        source.failing = false;
        robot.interact(() -> timeline.zoom(2));
        awaitAnswer();
        assertThat(timeline.sourceProblemProperty().get()).isNull();
        assertThat(shown(robot)).isNotSameAs(before);
    }
}
