package org.eventscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Events kept in columns against the same events made on their own (synthetic values). */
class EventColumnsTest {

    private static final String[] TEXTS = {
        "",
        "e1",
        "Synthetic event",
        "a\uD800b",
        "\uDE00",
        "flag \uD83C\uDDFA\uD83C\uDDE6",
        "Генеральний штаб",
        "café ÿ",
        "?",
        "x".repeat(300),
        "line\nbreak\u0000nul",
        "€".repeat(50)
    };

    private static final String[] TIMES = {
        "2021",
        "2021-12",
        "2022-01-10",
        "2022-01-10T09:00+01:00",
        "2022-01-10T09:00:30.125Z",
        "2022-01-10T09:00+01:00[Europe/Zurich]",
        "2022-01-10T09:00",
        "1000-03-15",
        "2022-01-10T23:59:59.999999999-05:30"
    };

    /** The values of one event, made both ways. */
    private record Values(
            String id,
            String title,
            TimePoint start,
            @Nullable TimePoint end,
            boolean endApproximate,
            @Nullable String category,
            List<String> actors,
            @Nullable String place,
            @Nullable String description,
            List<String> sources,
            Texts texts,
            @Nullable Integer fatalities,
            @Nullable Media media) {

        Event alone() {
            return new Event(
                    id,
                    title,
                    start,
                    end,
                    endApproximate,
                    category,
                    actors,
                    place,
                    description,
                    sources,
                    texts,
                    fatalities,
                    media);
        }

        Event in(EventColumns columns) {
            return columns.add(
                    id,
                    title,
                    start,
                    end,
                    endApproximate,
                    category,
                    actors,
                    place,
                    description,
                    sources,
                    texts,
                    fatalities,
                    media);
        }
    }

    /** Columns that pack titles and places, and columns that keep them as given. */
    private static List<EventColumns> bothKinds() {
        return List.of(new EventColumns(), EventColumns.sharingTitlesAndPlaces());
    }

    @Test
    void anEventInColumnsHasTheValuesOfOneMadeOnItsOwnAndEqualsIt() {
        for (EventColumns columns : bothKinds()) {
            sameValues(columns);
        }
    }

    private static void sameValues(EventColumns columns) {
        Random random = new Random(17);
        List<Values> values = new ArrayList<>();
        List<Event> kept = new ArrayList<>();
        // Enough for blocks of every size, the last one part filled.
        for (int i = 0; i < 3 * EventColumns.BLOCK + 77; i++) {
            Values v = values(random, i);
            values.add(v);
            kept.add(v.in(columns));
        }
        for (int i = 0; i < values.size(); i++) {
            Event alone = values.get(i).alone();
            Event column = kept.get(i);
            assertSame(column, alone);
            assertThat(column.hasIdOf(alone)).isTrue();
            assertThat(alone.hasIdOf(column)).isTrue();
            assertThat(column.hasIdOf(kept.get((i + 1) % kept.size()))).isFalse();
        }
    }

    @Test
    void eventsDifferingInOneValueAreNotEqual() {
        for (EventColumns columns : bothKinds()) {
            differ(columns);
        }
    }

    private static void differ(EventColumns columns) {
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            Values v = values(random, i);
            Event e = v.in(columns);
            List<Values> changed = List.of(
                    new Values(
                            v.id + "x",
                            v.title,
                            v.start,
                            v.end,
                            v.endApproximate,
                            v.category,
                            v.actors,
                            v.place,
                            v.description,
                            v.sources,
                            v.texts,
                            v.fatalities,
                            v.media),
                    new Values(
                            v.id,
                            v.title + "x",
                            v.start,
                            v.end,
                            v.endApproximate,
                            v.category,
                            v.actors,
                            v.place,
                            v.description,
                            v.sources,
                            Texts.NONE,
                            v.fatalities,
                            v.media),
                    new Values(
                            v.id,
                            v.title,
                            TimePoint.parse("1999-09-09"),
                            v.end,
                            v.endApproximate,
                            v.category,
                            v.actors,
                            v.place,
                            v.description,
                            v.sources,
                            v.texts,
                            v.fatalities,
                            v.media),
                    new Values(
                            v.id,
                            v.title,
                            v.start,
                            v.end,
                            !v.endApproximate,
                            v.category,
                            v.actors,
                            v.place,
                            v.description,
                            v.sources,
                            v.texts,
                            v.fatalities,
                            v.media),
                    new Values(
                            v.id,
                            v.title,
                            v.start,
                            v.end,
                            v.endApproximate,
                            v.category,
                            v.actors,
                            v.place == null ? "P" : null,
                            v.description,
                            v.sources,
                            Texts.NONE,
                            v.fatalities,
                            v.media),
                    new Values(
                            v.id,
                            v.title,
                            v.start,
                            v.end,
                            v.endApproximate,
                            v.category,
                            v.actors,
                            v.place,
                            v.description == null ? "" : null,
                            v.sources,
                            Texts.NONE,
                            v.fatalities,
                            v.media),
                    new Values(
                            v.id,
                            v.title,
                            v.start,
                            v.end,
                            v.endApproximate,
                            v.category,
                            v.actors,
                            v.place,
                            v.description,
                            v.sources,
                            v.texts,
                            v.fatalities == null ? 0 : null,
                            v.media));
            for (Values c : changed) {
                Event other = c.in(columns);
                assertThat(other).isNotEqualTo(e);
                assertThat(c.alone()).isNotEqualTo(e);
            }
        }
    }

    @Test
    void theShownLanguageIsTheTextKeptAsForAnEventOfItsOwn() {
        for (EventColumns columns : bothKinds()) {
            shownLanguage(columns);
        }
    }

    private static void shownLanguage(EventColumns columns) {
        Texts texts = Texts.NONE
                .with("title", new LinkedHashMap<>(Map.of("uk", "Заголовок", "en", "Title")))
                .with("place", Map.of("uk", "Женева"));
        Event e = columns.add(
                "e1",
                "given",
                TimePoint.parse("2022-01-10"),
                null,
                false,
                null,
                List.of(),
                "given place",
                null,
                List.of(),
                texts,
                null,
                null);
        Event alone = new Event(
                "e1",
                "given",
                TimePoint.parse("2022-01-10"),
                null,
                false,
                null,
                List.of(),
                "given place",
                null,
                List.of(),
                texts);
        assertThat(e.title()).isEqualTo(alone.title()).isNotEqualTo("given");
        assertThat(e.place()).isEqualTo(alone.place()).isEqualTo("Женева");
        assertThat(e).isEqualTo(alone);
        assertThat(e.withTitle("New").title()).isEqualTo(alone.withTitle("New").title());
        assertThat(e.withTimes(TimePoint.parse("2023"), null))
                .isEqualTo(alone.withTimes(TimePoint.parse("2023"), null));
    }

    @Test
    void aMissingIdTitleOrStartIsRefusedAsByTheConstructor() {
        for (EventColumns columns : bothKinds()) {
            refused(columns);
        }
    }

    private static void refused(EventColumns columns) {
        TimePoint day = TimePoint.parse("2022-01-10");
        assertThatThrownBy(() -> add(columns, null, "t", day)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> add(columns, "e1", null, day)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> add(columns, "e1", "t", null)).isInstanceOf(NullPointerException.class);
        // A refused event leaves nothing behind: the next one is kept whole.
        Event next = add(columns, "e2", "second", day);
        assertThat(next.id()).isEqualTo("e2");
        assertThat(next.title()).isEqualTo("second");
    }

    @Test
    void aBlockMakesRoomForTheNextBlocksTextsAsItsOwnTookSoThatTheyAreNotCopied() {
        EventColumns.Block first = new EventColumns.Block(64, 64 * 64, false);
        for (int i = 0; i < 64; i++) {
            addTo(first, i, "Synthetic event " + i);
        }
        int size = PackedTexts.end(first.packed(0), first.packedFrom(63), 4);
        long perEvent = (size + 63) / 64;
        int room = first.textsFor(128);
        assertThat(room).isEqualTo((int) (128 * perEvent + 128 * perEvent / 16));

        EventColumns.Block next = new EventColumns.Block(128, room, false);
        byte[] array = next.packed(0);
        for (int i = 64; i < 192; i++) {
            addTo(next, i, "Synthetic event " + i);
        }
        next.trim();
        // Neither grown as the texts came nor copied to give room back.
        assertThat(next.packed(0)).isSameAs(array);
        assertThat(next.title(127)).isEqualTo("Synthetic event 191");
    }

    @Test
    void theLastBlockGivesBackTheRoomItsTextsDidNotTakeOnceTheEventsAreAllAdded() {
        // Synthetic: 8,128 events with 4 KB descriptions fill blocks up to 4,096 events; the
        // block after them makes room for as many as it may at first and gets one tiny event.
        EventColumns columns = new EventColumns();
        TimePoint day = TimePoint.parse("2022-01-10");
        String description = "Synthetic " + "d".repeat(4000);
        for (int i = 0; i < 8128; i++) {
            columns.add(
                    "e" + i,
                    "Synthetic " + i,
                    day,
                    null,
                    false,
                    null,
                    List.of(),
                    null,
                    description,
                    List.of(),
                    Texts.NONE,
                    null,
                    null);
        }
        Event last = columns.add(
                "e8128", "t", day, null, false, null, List.of(), null, "t", List.of(), Texts.NONE, null, null);
        assertThat(columns.textRoom()).isEqualTo(1 << 20);
        columns.trim();
        assertThat(columns.textRoom()).isLessThan(64);
        assertThat(last.title()).isEqualTo("t");
        assertThat(last.description()).isEqualTo("t");
        assertThat(last.id()).isEqualTo("e8128");
    }

    @Test
    void aBlockMakesRoomForAtMostOneMegabyteOfTextsAtFirst() {
        EventColumns.Block empty = new EventColumns.Block(64, 64 * 64, false);
        assertThat(empty.textsFor(128)).isEqualTo(128 * 64 + 128 * 64 / 16);
        EventColumns.Block huge = new EventColumns.Block(64, 64 * 64, false);
        addTo(huge, 1, "x".repeat(1 << 20));
        assertThat(huge.textsFor(4096)).isEqualTo(1 << 20);
        assertThat(huge.title(0)).hasSize(1 << 20);
    }

    private static void addTo(EventColumns.Block block, int i, String title) {
        block.add(
                "e" + i,
                title,
                "A synthetic description",
                "Place " + i,
                TimePoint.parse("2022-01-10"),
                null,
                false,
                null,
                List.of(),
                List.of(),
                Texts.NONE,
                null,
                null);
    }

    @SuppressWarnings("NullAway") // the nulls are the point
    private static Event add(
            EventColumns columns, @Nullable String id, @Nullable String title, @Nullable TimePoint start) {
        return columns.add(
                id, title, start, null, false, null, List.of(), null, null, List.of(), Texts.NONE, null, null);
    }

    private static void assertSame(Event column, Event alone) {
        assertThat(column.id()).isEqualTo(alone.id());
        assertThat(column.title()).isEqualTo(alone.title());
        assertThat(column.start()).isEqualTo(alone.start());
        assertThat(column.start().toString()).isEqualTo(alone.start().toString());
        assertThat(column.end()).isEqualTo(alone.end());
        assertThat(column.isRange()).isEqualTo(alone.isRange()).isEqualTo(alone.end() != null);
        assertThat(column.startPrecision()).isEqualTo(alone.start().precision());
        for (ZoneId zone : ZONES) {
            assertThat(column.startMillis(zone)).isEqualTo(alone.startMillis(zone));
            assertThat(column.startMillis(zone))
                    .isEqualTo(alone.start().start(zone).toEpochMilli());
            assertThat(column.axisEndMillis(zone))
                    .isEqualTo(alone.axisEndMillis(zone))
                    .isEqualTo(axisEnd(alone.start(), alone.end(), zone));
        }
        assertThat(column.endApproximate()).isEqualTo(alone.endApproximate());
        assertThat(column.category()).isEqualTo(alone.category());
        assertThat(column.actors()).isEqualTo(alone.actors());
        assertThat(column.place()).isEqualTo(alone.place());
        assertThat(column.description()).isEqualTo(alone.description());
        assertThat(column.sourceIds()).isEqualTo(alone.sourceIds());
        assertThat(column.texts()).isEqualTo(alone.texts());
        assertThat(column.fatalities()).isEqualTo(alone.fatalities());
        assertThat(column.media()).isEqualTo(alone.media());
        assertThat(column).isEqualTo(alone);
        assertThat(alone).isEqualTo(column);
        assertThat(column.hashCode()).isEqualTo(alone.hashCode());
        assertThat(column.toString()).isEqualTo(alone.toString());
    }

    private static final ZoneId[] ZONES = {ZoneOffset.UTC, ZoneId.of("UTC"), ZoneId.of("Europe/Kyiv")};

    /** Where an event ends on a time axis, from its times as instants: the rule spelled out. */
    private static long axisEnd(TimePoint start, @Nullable TimePoint end, ZoneId zone) {
        long from = start.start(zone).toEpochMilli();
        long to;
        if (end != null) {
            to = end.precision().isCalendarPeriod()
                    ? end.periodEnd(zone).toEpochMilli()
                    : end.start(zone).toEpochMilli();
        } else {
            to = start.precision().isCalendarPeriod() ? start.periodEnd(zone).toEpochMilli() : from;
        }
        return Math.max(from, to);
    }

    private static Values values(Random r, int i) {
        String id = "e" + i + pick(r, TEXTS);
        TimePoint start = TimePoint.parse(pick(r, TIMES));
        TimePoint end = r.nextInt(3) == 0 ? TimePoint.parse(pick(r, TIMES)) : null;
        Texts texts = r.nextInt(5) == 0
                ? Texts.NONE.with(
                        "description", new LinkedHashMap<>(Map.of("uk", pick(r, TEXTS), "en", pick(r, TEXTS))))
                : Texts.NONE;
        return new Values(
                id,
                pick(r, TEXTS),
                start,
                end,
                r.nextInt(4) == 0,
                r.nextBoolean() ? null : "cat" + r.nextInt(3),
                r.nextBoolean() ? List.of() : List.of("Actor " + r.nextInt(9), pick(r, TEXTS)),
                r.nextBoolean() ? null : pick(r, TEXTS),
                r.nextBoolean() ? null : pick(r, TEXTS),
                r.nextBoolean() ? List.of() : List.of("src" + r.nextInt(4)),
                texts,
                r.nextInt(3) == 0 ? null : r.nextInt(3) == 0 ? 5000 + r.nextInt(1000) : r.nextInt(100),
                r.nextInt(6) == 0 ? new Media("pictures/" + i + ".png", pick(r, TEXTS), null, null) : null);
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
