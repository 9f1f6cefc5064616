package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;

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
        assertThat(index.start(demarche))
                .isEqualTo(Instant.parse("2021-11-30T22:00:00Z").toEpochMilli());
        assertThat(index.end(demarche))
                .isEqualTo(Instant.parse("2021-12-31T22:00:00Z").toEpochMilli());
        assertThat(index.isUncertain(demarche)).isTrue();
        int talks = index.indexOf(geneva.event("geneva-talks").orElseThrow());
        assertThat(index.start(talks))
                .isEqualTo(Instant.parse("2022-01-10T08:00:00Z").toEpochMilli());
        assertThat(index.end(talks))
                .isEqualTo(Instant.parse("2022-01-10T15:00:00Z").toEpochMilli());
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
        assertStableOrder(keys);
        // Keys a packed sort takes (a narrow spread, negative too), and keys too far apart for it.
        for (int i = 0; i < keys.length; i++) {
            keys[i] = -1_000_000_000_000L + r.nextInt(20_000) * 86_400_000L;
        }
        assertStableOrder(keys);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = switch (r.nextInt(4)) {
                case 0 -> Long.MIN_VALUE;
                case 1 -> Long.MAX_VALUE;
                default -> r.nextLong() >> r.nextInt(40);
            };
        }
        assertStableOrder(keys);
        assertThat(IndexSort.byKey(new long[] {5, 3, 5, 3, Long.MAX_VALUE, Long.MIN_VALUE}))
                .containsExactly(5, 1, 3, 0, 2, 4);
    }

    private static void assertStableOrder(long[] keys) {
        int[] order = IndexSort.byKey(keys);
        assertThat(order).hasSize(keys.length);
        assertThat(java.util.Arrays.stream(order).distinct().count()).isEqualTo(keys.length);
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
        int[][] before = index.binsBefore();
        assertThat(before).hasNumberOfRows(geneva.categories().size() + 1);
        int[] counts = index.categoryCounts();
        for (int row = 0; row < before.length; row++) {
            assertThat(before[row][0]).isZero();
            assertThat(before[row][TimelineIndex.BINS]).isEqualTo(counts[row]);
        }
        int talks = index.indexOf(geneva.event("geneva-talks").orElseThrow());
        int bin = (int) ((index.anchor(talks) - index.binOrigin()) / index.binMillis());
        int[] row = before[index.category(talks)];
        assertThat(row[bin + 1] - row[bin]).isEqualTo(1);
        // The bin whose middle is just after the event's anchor starts after it.
        assertThat(index.firstBinFrom(index.anchor(talks))).isIn(bin, bin + 1);
        assertThat(index.firstBinFrom(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(index.firstBinFrom(Double.POSITIVE_INFINITY)).isEqualTo(TimelineIndex.BINS);
    }

    @Test
    void aLargeFileIndexedInTwoHalvesMatchesEachEventAskedAlone(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("synthetic.json");
        int n = 3 * TwoHalves.MIN_PARALLEL + 17; // indexed, packed and sorted in two halves
        org.eventscope.bench.SyntheticEventFiles.write(file, n, 5);
        EventFile f = EventFileReader.read(file).file();
        TimelineIndex index = TimelineIndex.of(f);
        assertThat(index.size()).isEqualTo(n);
        int[] counts = new int[f.categories().size() + 1];
        long maxEnd = Long.MIN_VALUE;
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            org.eventscope.model.Event e = index.event(i);
            int at = index.fileIndexOf(e);
            assertThat(seen[at]).isFalse();
            seen[at] = true;
            assertThat(index.start(i)).isEqualTo(e.start().startMillis(f.displayZone()));
            if (i > 0) {
                // In time order, and events that start together in file order.
                assertThat(index.start(i)).isGreaterThanOrEqualTo(index.start(i - 1));
                if (index.start(i) == index.start(i - 1)) {
                    assertThat(at).isGreaterThan(index.fileIndexOf(index.event(i - 1)));
                }
            }
            maxEnd = Math.max(maxEnd, index.end(i));
            int k = index.category(i);
            counts[k < 0 ? counts.length - 1 : k]++;
            int expected = -1;
            for (int c = 0; c < f.categories().size(); c++) {
                if (f.categories().get(c).id().equals(e.category())) {
                    expected = c;
                }
            }
            assertThat(k).isEqualTo(expected);
        }
        assertThat(index.categoryCounts()).containsExactly(counts);
        assertThat(index.maxMillis()).isEqualTo(maxEnd);
    }

    @Test
    void columnsCountedFromSummedBinsMatchCountingEachBin(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("synthetic.json");
        org.eventscope.bench.SyntheticEventFiles.write(file, 20_000, 7);
        TimelineIndex index = TimelineIndex.of(EventFileReader.read(file).file());
        int[][] before = index.binsBefore();
        Random random = new Random(11);
        for (int view = 0; view < 20; view++) {
            int columns = 1920;
            double span = (index.maxMillis() - index.minMillis()) * (0.2 + random.nextDouble());
            double origin = index.minMillis() + (random.nextDouble() - 0.3) * span;
            double mpp = span / columns;
            for (int row = 0; row < before.length; row++) {
                // Each bin by itself, placed by its middle.
                int[] expected = new int[columns];
                for (int bin = 0; bin < TimelineIndex.BINS; bin++) {
                    int n = before[row][bin + 1] - before[row][bin];
                    double x = Math.floor((index.binOrigin() + (bin + 0.5) * index.binMillis() - origin) / mpp);
                    if (n > 0 && x >= 0 && x < columns) {
                        expected[(int) x] += n;
                    }
                }
                int[] actual = new int[columns];
                for (int x = 0; x < columns; x++) {
                    actual[x] = before[row][index.firstBinFrom(origin + (x + 1) * mpp)]
                            - before[row][index.firstBinFrom(origin + x * mpp)];
                }
                assertThat(actual).as("view %d, row %d", view, row).containsExactly(expected);
            }
        }
    }

    @Test
    void categoriesAreFoundByValueWhateverTheirInstancesAndHowManyShareASlot() {
        // 200 categories (more than the index's identity slots), each named by events through
        // the shared instance and through copies of it; names of no category; none at all.
        int categories = 200;
        java.util.List<org.eventscope.model.Category> list = new java.util.ArrayList<>();
        for (int k = 0; k < categories; k++) {
            list.add(new org.eventscope.model.Category("c" + k, "Synthetic " + k, null));
        }
        java.util.Random r = new java.util.Random(3);
        java.util.List<org.eventscope.model.Event> events = new java.util.ArrayList<>();
        int n = TwoHalves.MIN_PARALLEL + 1_001; // indexed in two halves
        int[] expected = new int[n];
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(categories + 2);
            String category;
            if (k == categories) {
                category = null;
                expected[i] = -1;
            } else if (k == categories + 1) {
                category = "c" + (categories + r.nextInt(50)); // no such category
                expected[i] = -1;
            } else {
                String shared = list.get(k).id();
                category = r.nextBoolean() ? shared : new String(shared.toCharArray());
                expected[i] = k;
            }
            events.add(event("e" + i, "2022-01-" + (10 + r.nextInt(9)), null, category));
        }
        EventFile f = file(list, events);
        TimelineIndex index = TimelineIndex.of(f);
        int[] counts = new int[categories + 1];
        for (int i = 0; i < n; i++) {
            int at = index.fileIndexOf(index.event(i));
            assertThat(index.category(i)).as("event %d", at).isEqualTo(expected[at]);
            counts[expected[at] < 0 ? categories : expected[at]]++;
        }
        assertThat(index.categoryCounts()).containsExactly(counts);
    }

    @Test
    void everyEventIsFoundWhereItStandsAndAStrangerIsNot() {
        EventFile file = geneva;
        TimelineIndex index = TimelineIndex.of(file);
        for (int k = 0; k < file.events().size(); k++) {
            org.eventscope.model.Event e = file.events().get(k);
            int i = index.indexOf(e);
            assertThat(index.event(i)).isSameAs(e);
            assertThat(index.fileIndexOf(e)).isEqualTo(k);
        }
        org.eventscope.model.Event stranger = file.events().get(0).copy("synthetic-stranger", "Not in the file");
        assertThat(index.indexOf(stranger)).isEqualTo(-1);
        assertThat(index.fileIndexOf(stranger)).isEqualTo(-1);
    }

    @Test
    void anEmptyFileGivesAnEmptyIndex() {
        assertThat(TimelineIndex.of(null).isEmpty()).isTrue();
        assertThat(TimelineIndex.of(null).firstStartingAfter(0)).isZero();
    }

    @org.junit.jupiter.api.Test
    void anEditOfOneEventUpdatesTheIndexAsBuildingItAnewWould() {
        java.util.Random r = new java.util.Random(7);
        java.util.List<org.eventscope.model.Category> categories = java.util.List.of(
                new org.eventscope.model.Category("a", "A (synthetic)", null),
                new org.eventscope.model.Category("b", "B (synthetic)", null));
        String[] starts = {"2022-01", "2022-01-10", "2022-01-10T09:00", "2022-01-11", "2022-02-01T00:00", "2021-12-31"};
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + r.nextInt(40);
            java.util.List<org.eventscope.model.Event> events = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                events.add(event(
                        "e" + i,
                        starts[r.nextInt(starts.length)],
                        r.nextInt(3) == 0 ? "2022-03" : null,
                        r.nextInt(3) == 0 ? null : categories.get(r.nextInt(2)).id()));
            }
            org.eventscope.model.EventFile before = file(categories, events);
            TimelineIndex index = TimelineIndex.of(before);
            if (r.nextBoolean()) {
                index.binsBefore(); // bins made before the edit follow it too
            }
            int k = r.nextInt(n);
            events.set(
                    k,
                    event(
                            "e" + k,
                            starts[r.nextInt(starts.length)],
                            r.nextInt(3) == 0 ? "2022-04" : null,
                            r.nextInt(3) == 0
                                    ? null
                                    : categories.get(r.nextInt(2)).id()));
            org.eventscope.model.EventFile after = file(categories, events);
            TimelineIndex edited = r.nextBoolean() ? index.edited(after) : index.edited(after, k);
            java.util.List<org.eventscope.model.Event> longer = new java.util.ArrayList<>(before.events());
            longer.add(event(
                    "new",
                    starts[r.nextInt(starts.length)],
                    r.nextBoolean() ? "2022-05" : null,
                    r.nextBoolean() ? null : categories.get(r.nextInt(2)).id()));
            org.eventscope.model.EventFile added = file(categories, longer);
            TimelineIndex appended = index.added(added);
            TimelineIndex fresh = TimelineIndex.of(added);
            for (int i = 0; i <= n; i++) {
                org.assertj.core.api.Assertions.assertThat(appended.event(i)).isSameAs(fresh.event(i));
                org.assertj.core.api.Assertions.assertThat(appended.end(i)).isEqualTo(fresh.end(i));
                org.assertj.core.api.Assertions.assertThat(appended.category(i)).isEqualTo(fresh.category(i));
                org.assertj.core.api.Assertions.assertThat(appended.firstEndingAtOrAfter(fresh.start(i)))
                        .isEqualTo(fresh.firstEndingAtOrAfter(fresh.start(i)));
            }
            org.assertj.core.api.Assertions.assertThat(appended.categoryCounts())
                    .isEqualTo(fresh.categoryCounts());
            org.assertj.core.api.Assertions.assertThat(appended.binsBefore()).isDeepEqualTo(fresh.binsBefore());
            TimelineIndex rebuilt = TimelineIndex.of(after);
            org.assertj.core.api.Assertions.assertThat(edited.size()).isEqualTo(rebuilt.size());
            for (int i = 0; i < n; i++) {
                org.assertj.core.api.Assertions.assertThat(edited.event(i)).isSameAs(rebuilt.event(i));
                org.assertj.core.api.Assertions.assertThat(edited.start(i)).isEqualTo(rebuilt.start(i));
                org.assertj.core.api.Assertions.assertThat(edited.end(i)).isEqualTo(rebuilt.end(i));
                org.assertj.core.api.Assertions.assertThat(edited.category(i)).isEqualTo(rebuilt.category(i));
                org.assertj.core.api.Assertions.assertThat(edited.isUncertain(i))
                        .isEqualTo(rebuilt.isUncertain(i));
                long t = rebuilt.start(i);
                org.assertj.core.api.Assertions.assertThat(edited.firstEndingAtOrAfter(t))
                        .isEqualTo(rebuilt.firstEndingAtOrAfter(t));
            }
            org.assertj.core.api.Assertions.assertThat(edited.categoryCounts()).isEqualTo(rebuilt.categoryCounts());
            org.assertj.core.api.Assertions.assertThat(edited.maxMillis()).isEqualTo(rebuilt.maxMillis());
            org.assertj.core.api.Assertions.assertThat(edited.binsBefore()).isDeepEqualTo(rebuilt.binsBefore());
            org.assertj.core.api.Assertions.assertThat(edited.binOrigin()).isEqualTo(rebuilt.binOrigin());
        }
    }

    private static org.eventscope.model.Event event(String id, String start, String end, String category) {
        return new org.eventscope.model.Event(
                id,
                "Synthetic " + id,
                org.eventscope.model.TimePoint.parse(start),
                end == null ? null : org.eventscope.model.TimePoint.parse(end),
                false,
                category,
                java.util.List.of(),
                null,
                null,
                java.util.List.of());
    }

    private static org.eventscope.model.EventFile file(
            java.util.List<org.eventscope.model.Category> categories,
            java.util.List<org.eventscope.model.Event> events) {
        return new org.eventscope.model.EventFile(
                1,
                "Synthetic",
                java.time.ZoneId.of("Europe/Kyiv"),
                java.util.List.of(),
                categories,
                events,
                java.util.List.of());
    }
}
