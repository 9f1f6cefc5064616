package org.eventscope.timeline;

import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineIndexTest {

    private final EventFile geneva = EventFileReader.read(TestFiles.GENEVA).file();

    @Test
    void itemsAreSortedByStartAndCoverTheirPrecision() {
        TimelineIndex index = TimelineIndex.of(geneva);
        assertThat(index.size()).isEqualTo(8);
        for (int i = 1; i < index.size(); i++) {
            assertThat(index.start(i)).isGreaterThanOrEqualTo(index.start(i - 1));
        }
        int demarche = index.indexOf(geneva.event("kremlin-demarche").orElseThrow());
        // December 2021 in Kyiv: the whole month, drawn as uncertain.
        assertThat(index.start(demarche)).isEqualTo(Instant.parse("2021-11-30T22:00:00Z").toEpochMilli());
        assertThat(index.end(demarche)).isEqualTo(Instant.parse("2021-12-31T22:00:00Z").toEpochMilli());
        assertThat(index.isUncertain(demarche)).isTrue();
        int talks = index.indexOf(geneva.event("geneva-talks").orElseThrow());
        assertThat(index.start(talks)).isEqualTo(Instant.parse("2022-01-10T08:00:00Z").toEpochMilli());
        assertThat(index.end(talks)).isEqualTo(Instant.parse("2022-01-10T15:00:00Z").toEpochMilli());
        assertThat(index.isUncertain(talks)).isFalse();
        assertThat(index.event(talks).id()).isEqualTo("geneva-talks");
    }

    @Test
    void rangeQueriesFindEveryItemThatReachesTheWindow() {
        TimelineIndex index = TimelineIndex.of(geneva);
        long from = Instant.parse("2021-12-20T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2021-12-23T00:00:00Z").toEpochMilli();
        int first = index.firstEndingAtOrAfter(from);
        int last = index.firstStartingAfter(to);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = first; i < last; i++) {
            if (index.end(i) >= from) {
                ids.add(index.event(i).id());
            }
        }
        // The month-long démarche began before the window and still reaches it.
        assertThat(ids).containsExactly("kremlin-demarche", "danilov-troops");
    }

    @Test
    void indexSortIsStableAndMatchesASort() {
        Random r = new Random(5);
        long[] keys = new long[50_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = r.nextInt(1000);
        }
        int[] order = IndexSort.byKey(keys);
        for (int i = 1; i < order.length; i++) {
            assertThat(keys[order[i]]).isGreaterThanOrEqualTo(keys[order[i - 1]]);
            if (keys[order[i]] == keys[order[i - 1]]) {
                assertThat(order[i]).isGreaterThan(order[i - 1]);
            }
        }
    }

    @Test
    void timeBinsCountEveryItemOnceInItsCategoryRow() {
        TimelineIndex index = TimelineIndex.of(geneva);
        int[][] bins = index.binCounts();
        assertThat(bins).hasNumberOfRows(geneva.categories().size() + 1);
        int[] counts = index.categoryCounts();
        for (int row = 0; row < bins.length; row++) {
            assertThat(java.util.Arrays.stream(bins[row]).sum()).isEqualTo(counts[row]);
        }
        int talks = index.indexOf(geneva.event("geneva-talks").orElseThrow());
        int bin = (int) ((index.anchor(talks) - index.binOrigin()) / index.binMillis());
        assertThat(bins[index.category(talks)][bin]).isEqualTo(1);
    }

    @Test
    void anEmptyFileGivesAnEmptyIndex() {
        assertThat(TimelineIndex.of(null).isEmpty()).isTrue();
        assertThat(TimelineIndex.of(null).firstStartingAfter(0)).isZero();
    }
}
