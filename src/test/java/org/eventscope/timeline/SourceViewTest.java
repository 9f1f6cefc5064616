package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventscope.timeline.TimelineLayoutTest.SEVEN;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;

/**
 * A frame laid out from what an {@link EventSource} answers is the frame laid out from the file
 * in memory: the same density columns, the same labelled events, the same overview strip.
 */
class SourceViewTest {

    private static final long JAN_1 =
            LocalDate.of(2022, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    private static final long DAY = 86_400_000L;

    /** Synthetic: {@code n} events over 400 days in three categories and none, some of them ranges. */
    private static EventFile synthetic(int n) {
        List<Object[]> events = new ArrayList<>();
        java.util.Random random = new java.util.Random(16);
        String[] categories = {"a", "b", "c", null};
        for (int i = 0; i < n; i++) {
            events.add(new Object[] {
                random.nextInt(400), random.nextInt(10) < 3 ? 1 + random.nextInt(20) : 0, categories[i % 4]
            });
        }
        return TimelineLayoutTest.file("""
                {"id":"a","name":"Alpha"},{"id":"b","name":"Beta"},{"id":"c","name":"Gamma"}""", events.toArray(Object[][]::new));
    }

    private static Frame frame(
            EventFile file, TimeScale scale, double width, @org.jspecify.annotations.Nullable SourceView source) {
        return new Frame(
                width,
                500,
                source == null ? file : source.slice().file(),
                source == null ? TimelineIndex.of(file) : source.slice(),
                scale,
                ZoneOffset.UTC,
                Locale.ENGLISH,
                null,
                null,
                false,
                Long.MIN_VALUE,
                TimelineStyle.LIGHT,
                Set.of(),
                true,
                false,
                source);
    }

    private static FrameLayout direct(EventFile file, TimeScale scale, double width) {
        return new TimelineLayout(SEVEN).of(frame(file, scale, width, null));
    }

    private static FrameLayout throughSource(EventFile file, TimeScale scale, double width) {
        SourceView view = SourceView.fetch(new MemorySource(file), scale, width, false, null, null);
        return new TimelineLayout(SEVEN).of(frame(file, scale, width, view));
    }

    @Test
    void farOutTheSourcesColumnsAreTheIndexsColumns() {
        EventFile file = synthetic(6_000);
        TimeScale scale = TimeScale.fit(JAN_1 - 20 * DAY, JAN_1 + 420 * DAY, 900, 0);
        FrameLayout a = direct(file, scale, 900);
        FrameLayout b = throughSource(file, scale, 900);
        assertThat(a.density()).hasSize(4);
        assertThat(b.density()).hasSameSizeAs(a.density());
        for (int i = 0; i < a.density().size(); i++) {
            assertThat(b.density().get(i).counts())
                    .as("band %d", i)
                    .isEqualTo(a.density().get(i).counts());
            assertThat(b.density().get(i).max()).isEqualTo(a.density().get(i).max());
        }
        assertThat(Objects.requireNonNull(b.total()).text())
                .isEqualTo(Objects.requireNonNull(a.total()).text())
                .contains("6,000");
        assertThat(b.clusters())
                .extracting(Placed.ClusterMark::count)
                .isEqualTo(a.clusters().stream().map(Placed.ClusterMark::count).toList());
        assertThat(b.headers())
                .extracting(h -> h.text())
                .isEqualTo(a.headers().stream().map(h -> h.text()).toList());
    }

    @Test
    void closeInTheSourceGivesTheWindowsEventsToLabel() {
        EventFile file = synthetic(6_000);
        TimeScale scale = TimeScale.fit(JAN_1 + 100 * DAY, JAN_1 + 103 * DAY, 1200, 0);
        FrameLayout a = direct(file, scale, 1200);
        FrameLayout b = throughSource(file, scale, 1200);
        assertThat(a.density()).isEmpty();
        assertThat(b.density()).isEmpty();
        List<String> shown = a.events().map(m -> m.event().id()).sorted().toList();
        assertThat(shown).isNotEmpty();
        assertThat(b.events().map(m -> m.event().id()).sorted().toList()).isEqualTo(shown);
        assertThat(b.events().map(m -> m.bounds()).toList())
                .containsExactlyInAnyOrderElementsOf(
                        a.events().map(m -> m.bounds()).toList());
        // The category headers count the whole source, not the window.
        assertThat(b.headers())
                .extracting(h -> h.text())
                .isEqualTo(a.headers().stream().map(h -> h.text()).toList());
    }

    @Test
    void theOverviewStripCountsTheWholeSource() {
        EventFile file = synthetic(3_000);
        TimeScale scale = TimeScale.fit(JAN_1 + 100 * DAY, JAN_1 + 103 * DAY, 800, 0);
        Placed.OverviewStrip a = Objects.requireNonNull(direct(file, scale, 800).overview());
        Placed.OverviewStrip b =
                Objects.requireNonNull(throughSource(file, scale, 800).overview());
        int sumA = 0;
        int sumB = 0;
        for (int band = 0; band < a.columns().length; band++) {
            for (int x = 0; x < a.columns()[band].length; x++) {
                sumA += a.columns()[band][x];
                sumB += b.columns()[band][x];
            }
        }
        assertThat(sumA).isEqualTo(3_000);
        assertThat(sumB).isEqualTo(sumA);
        assertThat(b.x0()).isEqualTo(a.x0());
        assertThat(b.x1()).isEqualTo(a.x1());
    }

    @Test
    void aSearchCountsOnlyTheEventsWhoseTitleHoldsIt() {
        EventFile file = synthetic(2_000);
        MemorySource source = new MemorySource(file);
        int[][] all = source.columns(JAN_1 - DAY, DAY, 410, null);
        int[][] some = source.columns(JAN_1 - DAY, DAY, 410, "EVENT 1");
        long total = java.util.Arrays.stream(all)
                .flatMapToInt(java.util.Arrays::stream)
                .asLongStream()
                .sum();
        long found = java.util.Arrays.stream(some)
                .flatMapToInt(java.util.Arrays::stream)
                .asLongStream()
                .sum();
        assertThat(total).isEqualTo(2_000);
        // "Synthetic event 1", 10…19, 100…199, 1000…1999
        assertThat(found).isEqualTo(1 + 10 + 100 + 1000);
        assertThat(source.events(JAN_1 - DAY, JAN_1 + 500 * DAY, 5, "event 1999"))
                .extracting(e -> e.title())
                .containsExactly("Synthetic event 1999");
    }

    @Test
    void onlyTheCategoriesKeptAreCountedOrLabelled() {
        EventFile file = synthetic(6_000);
        MemorySource source = new MemorySource(file);
        TimeScale far = TimeScale.fit(JAN_1 - 20 * DAY, JAN_1 + 420 * DAY, 900, 0);
        SourceView all = SourceView.fetch(source, far, 900, false, null, null, null);
        SourceView some = SourceView.fetch(source, far, 900, false, null, java.util.Set.of("b", ""), null);
        int[][] a = java.util.Objects.requireNonNull(all.columns());
        int[][] b = java.util.Objects.requireNonNull(some.columns());
        assertThat(b[0]).containsOnly(0);
        assertThat(b[2]).containsOnly(0);
        assertThat(b[1]).isEqualTo(a[1]);
        assertThat(b[3]).isEqualTo(a[3]);
        assertThat(java.util.Arrays.stream(some.overview()[0]).sum()).isZero();
        assertThat(java.util.Arrays.stream(some.overview()[1]).sum()).isEqualTo(1_500);
        TimeScale close = TimeScale.fit(JAN_1 + 100 * DAY, JAN_1 + 103 * DAY, 1200, 0);
        SourceView labelled = SourceView.fetch(source, close, 1200, false, null, java.util.Set.of("a"), null);
        assertThat(labelled.columns()).isNull();
        assertThat(labelled.slice().file().events())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.category()).isEqualTo("a"));
        assertThat(labelled.isFor(close, 1200, false, null, java.util.Set.of("a")))
                .isTrue();
        assertThat(labelled.isFor(close, 1200, false, null, null)).isFalse();
    }
}
