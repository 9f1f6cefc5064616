package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.eventscope.timeline.Placed.BandHeader;
import org.eventscope.timeline.Placed.ClusterMark;
import org.eventscope.timeline.Placed.EventMark;
import org.junit.jupiter.api.Test;

/** The frame layout on its own: no toolkit, no canvas, text measured as 7 pixels a character. */
class TimelineLayoutTest {

    private static final long DAY = 86_400_000L;
    private static final long JAN_1 =
            LocalDate.of(2022, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

    /** Every character 7 pixels wide, bold ones 8: enough to tell where text goes. */
    static final TextWidths SEVEN = new TextWidths() {
        @Override
        public double width(String text, TextStyle style) {
            return text.length() * perChar(style);
        }

        @Override
        public String fit(String text, TextStyle style, double max) {
            if (width(text, style) <= max) {
                return text;
            }
            int keep = Math.max(0, (int) (max / perChar(style)) - 1);
            return text.substring(0, keep).stripTrailing() + "…";
        }

        private double perChar(TextStyle style) {
            return switch (style) {
                case LABEL_BOLD, AXIS_BOLD, SUBTITLE -> 8;
                case TITLE -> 13;
                case NOTE -> 6;
                default -> 7;
            };
        }
    };

    /**
     * A synthetic file: events given as {@code day offset from 2022-01-01, length in days (0 for a
     * point at noon), category or null, title (optional)}.
     */
    static EventFile file(String categories, Object[]... events) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < events.length; i++) {
            int day = (Integer) events[i][0];
            int length = (Integer) events[i][1];
            String start = LocalDate.of(2022, 1, 1).plusDays(day).toString();
            list.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"e")
                    .append(i)
                    .append("\",\"title\":\"")
                    .append(events[i].length > 3 ? events[i][3] : "Synthetic event " + i)
                    .append("\",\"sources\":[\"s\"],\"start\":\"")
                    .append(length == 0 ? start + "T12:00Z" : start)
                    .append('"');
            if (length > 0) {
                list.append(",\"end\":\"")
                        .append(LocalDate.of(2022, 1, 1).plusDays(day + length - 1))
                        .append('"');
            }
            if (events[i].length > 2 && events[i][2] != null) {
                list.append(",\"category\":\"").append(events[i][2]).append('"');
            }
            list.append('}');
        }
        String json = """
                {"formatVersion":1,"title":"Synthetic layout test","displayZone":"UTC",
                 "sources":[{"id":"s","name":"Synthetic"}],"categories":[%s],"events":[%s]}
                """.formatted(categories, list);
        var result =
                EventFileReader.read("synthetic.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.errors()).as("the synthetic file is valid").isEmpty();
        return java.util.Objects.requireNonNull(result.file());
    }

    static Frame frame(EventFile file, long from, long to, double width, double height, BitSet matches, boolean hide) {
        return new Frame(
                width,
                height,
                file,
                TimelineIndex.of(file),
                TimeScale.fit(from, to, width, 0),
                ZoneOffset.UTC,
                Locale.ENGLISH,
                null,
                matches,
                hide,
                Long.MIN_VALUE,
                TimelineStyle.LIGHT,
                Set.of(),
                true,
                false,
                null);
    }

    static FrameLayout layout(EventFile file, long from, long to, double width, double height) {
        return new TimelineLayout(SEVEN).of(frame(file, from, to, width, height, null, false));
    }

    @Test
    void twoEventsFarApartEachGetAMarkAndALabelOnTheFirstLane() {
        EventFile file = file("", new Object[] {2, 0}, new Object[] {20, 3});
        FrameLayout l = layout(file, JAN_1, JAN_1 + 30 * DAY, 1200, 500);
        List<EventMark> marks = l.events().toList();
        assertThat(marks).hasSize(2);
        assertThat(l.headers())
                .as("one lane of events without a category has no header")
                .isEmpty();
        EventMark point = marks.get(0);
        EventMark range = marks.get(1);
        assertThat(point.bar()).isFalse();
        assertThat(point.y()).isEqualTo(Metrics.LANE_TOP + 4);
        assertThat(point.anchorX())
                .isCloseTo((2.5 * DAY) / (30.0 * DAY) * 1200, org.assertj.core.data.Offset.offset(0.01));
        assertThat(point.labelX()).isEqualTo(point.anchorX() + Metrics.MARKER + 5);
        assertThat(point.label()).isEqualTo("Synthetic event 0");
        assertThat(range.bar()).isTrue();
        assertThat(range.marker().getWidth()).isCloseTo(3 * 1200 / 30.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(range.marker().getMinX()).isCloseTo(20 * 40.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theMouseFindsWhatIsUnderIt() {
        EventFile file = file("", new Object[] {2, 0}, new Object[] {20, 3});
        FrameLayout l = layout(file, JAN_1, JAN_1 + 30 * DAY, 1200, 500);
        EventMark range = l.events().toList().get(1);
        var hit = l.hitAt(range.marker().getCenterX(), range.marker().getCenterY());
        assertThat(hit).containsInstanceOf(EventMark.class);
        assertThat(((EventMark) hit.orElseThrow()).event().id()).isEqualTo("e1");
        assertThat(l.hitAt(600, 400)).as("an empty place").isEmpty();
        assertThat(l.markOf(file.event("e0").orElseThrow())).isPresent();
    }

    @Test
    void eachCategoryWithEventsGetsAHeaderThatTheMouseFinds() {
        EventFile file = file(
                "{\"id\":\"a\",\"name\":\"Alpha\"},{\"id\":\"b\",\"name\":\"Beta\"},{\"id\":\"c\",\"name\":\"Unused\"}",
                new Object[] {2, 0, "a"},
                new Object[] {5, 0, "b"},
                new Object[] {9, 0, null});
        FrameLayout l = layout(file, JAN_1, JAN_1 + 30 * DAY, 1200, 500);
        assertThat(l.headers()).extracting(BandHeader::key).containsExactly("a", "b", TimelineLayout.NO_CATEGORY);
        assertThat(l.headers().get(0).text()).isEqualTo("Alpha  1");
        BandHeader beta = l.headers().get(1);
        assertThat(l.hitAt(beta.bounds().getMinX() + 5, beta.bounds().getCenterY()))
                .contains(beta);
        // Each event lies below its own header and above the next.
        EventMark alpha = l.markOf(file.event("e0").orElseThrow()).orElseThrow();
        assertThat(alpha.y()).isBetween(l.headers().get(0).y(), beta.y());
    }

    @Test
    void whatDoesNotFitBecomesClustersThatCountEveryHiddenEvent() {
        Object[][] crowd = new Object[40][];
        for (int i = 0; i < crowd.length; i++) {
            crowd[i] = new Object[] {10, 0};
        }
        EventFile file = file("", crowd);
        // Room for about three lanes.
        FrameLayout l = layout(file, JAN_1, JAN_1 + 30 * DAY, 1200, Metrics.LANE_TOP + 3.5 * Metrics.LANE_HEIGHT + 36);
        List<ClusterMark> clusters = l.clusters();
        assertThat(clusters).isNotEmpty();
        int shown = (int) l.events().count();
        int hidden = clusters.stream().mapToInt(ClusterMark::count).sum();
        assertThat(shown + hidden).isEqualTo(40);
        assertThat(clusters.get(0).text()).isEqualTo("+" + hidden);
        assertThat(l.hitAt(
                        clusters.get(0).bounds().getCenterX(),
                        clusters.get(0).bounds().getCenterY()))
                .contains(clusters.get(0));
    }

    @Test
    void moreEventsThanCanBeLabelledAreShownAsDensityThatCountsThemAll() {
        Object[][] many = new Object[Metrics.MAX_LABELLED + 500][];
        for (int i = 0; i < many.length; i++) {
            many[i] = new Object[] {i % 300, 0, i % 2 == 0 ? "a" : "b"};
        }
        EventFile file = file("{\"id\":\"a\",\"name\":\"Alpha\"},{\"id\":\"b\",\"name\":\"Beta\"}", many);
        FrameLayout l = layout(file, JAN_1 - DAY, JAN_1 + 301 * DAY, 1200, 600);
        assertThat(l.events()).isEmpty();
        assertThat(l.density()).hasSize(2);
        int counted = l.density().stream()
                .mapToInt(d -> java.util.Arrays.stream(d.counts()).sum())
                .sum();
        assertThat(counted).isEqualTo(many.length);
        assertThat(l.total()).isNotNull();
        assertThat(l.total().text()).contains("2,000");
        assertThat(l.clusters().stream().mapToInt(ClusterMark::count).sum())
                .as("the counts along the axis add up too")
                .isEqualTo(many.length);
        assertThat(l.clusters())
                .as("every count inside the view")
                .allMatch(c -> c.bounds().getMinX() >= 0 && c.bounds().getMaxX() <= 1200);
    }

    @Test
    void eventsOutsideTheFilterAreDimmedOrLeftOut() {
        EventFile file = file("", new Object[] {2, 0}, new Object[] {20, 3});
        BitSet onlyFirst = new BitSet();
        onlyFirst.set(0);
        long to = JAN_1 + 30 * DAY;
        FrameLayout dimmed = new TimelineLayout(SEVEN).of(frame(file, JAN_1, to, 1200, 500, onlyFirst, false));
        assertThat(dimmed.events().map(EventMark::dimmed)).containsExactly(false, true);
        FrameLayout hidden = new TimelineLayout(SEVEN).of(frame(file, JAN_1, to, 1200, 500, onlyFirst, true));
        assertThat(hidden.events().map(m -> m.event().id())).containsExactly("e0");
    }

    @Test
    void aCategorysHeaderCountsWhatMatchesTheFilter() {
        EventFile file = file(
                "{\"id\":\"a\",\"name\":\"Alpha\"},{\"id\":\"b\",\"name\":\"Beta\"}",
                new Object[] {2, 0, "a"},
                new Object[] {5, 0, "a"},
                new Object[] {9, 0, "b"});
        BitSet firstOnly = new BitSet();
        firstOnly.set(0);
        FrameLayout l = new TimelineLayout(SEVEN).of(frame(file, JAN_1, JAN_1 + 30 * DAY, 1200, 500, firstOnly, false));
        assertThat(l.headers()).extracting(BandHeader::text).containsExactly("Alpha  1 of 2", "Beta  0 of 1");
    }

    @Test
    void majorAxisLabelsStayInsideTheViewAndDoNotOverlap() {
        EventFile file = file("", new Object[] {2, 0});
        java.util.Random random = new java.util.Random(11);
        for (int run = 0; run < 500; run++) {
            double width = 200 + random.nextInt(1800);
            long from = JAN_1 + (long) (random.nextDouble() * 400 * DAY);
            // From about half a minute to about three centuries.
            long span = (long) Math.pow(10, 4.5 + random.nextDouble() * 8.5);
            FrameLayout l = layout(file, from, from + span, width, 400);
            List<double[]> boxes = new ArrayList<>();
            for (Placed.AxisTick t : l.ticks()) {
                if (t.major() && t.label() != null) {
                    double w = SEVEN.width(t.label(), TextStyle.AXIS_BOLD);
                    assertThat(t.labelX()).as("run %d", run).isGreaterThanOrEqualTo(0);
                    assertThat(t.labelX() + w).as("run %d: %s", run, t.label()).isLessThanOrEqualTo(width);
                    assertThat(t.label()).as("never cut").doesNotContain("…");
                    boxes.add(new double[] {t.labelX(), t.labelX() + w});
                }
            }
            for (int i = 1; i < boxes.size(); i++) {
                assertThat(boxes.get(i)[0]).as("run %d", run).isGreaterThanOrEqualTo(boxes.get(i - 1)[1]);
            }
            List<Placed.AxisTick> minor =
                    l.ticks().stream().filter(t -> !t.major()).toList();
            for (int i = 0; i < minor.size(); i++) {
                Placed.AxisTick t = minor.get(i);
                if (t.label() == null) {
                    continue;
                }
                double end = t.labelX() + SEVEN.width(t.label(), TextStyle.AXIS);
                assertThat(t.labelX()).isGreaterThanOrEqualTo(0);
                assertThat(end).as("run %d: %s ends in view", run, t.label()).isLessThanOrEqualTo(width);
                if (i + 1 < minor.size()) {
                    assertThat(end)
                            .as("run %d: %s before the next tick", run, t.label())
                            .isLessThan(minor.get(i + 1).x());
                }
                for (Placed.AxisTick m : l.ticks()) {
                    if (m.major()) {
                        assertThat(m.x() > t.x() + 0.5 && m.x() < end)
                                .as("run %d: %s crosses a major line", run, t.label())
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void atFitAllMostTitlesOfACrowdedTimelineJsFileRead() throws Exception {
        // The dates, groups and headline lengths of TimelineJS's 38-slide media example, with
        // synthetic texts, in the timeline's share of a 1280x800 window when the chart pane is
        // folded (920x603, as MainWindowTest measures it).
        EventFile file;
        try (var in = getClass().getResourceAsStream("/timelinejs/synthetic-38-slides.json")) {
            file = java.util.Objects.requireNonNull(
                    EventFileReader.read("synthetic-38-slides.json", in).file());
        }
        FrameLayout l = TitleReadability.fitted(file, SEVEN, 920, 603);
        assertThat(TitleReadability.share(l, file.events().size())).isGreaterThanOrEqualTo(0.8);
        assertThat(l.events().count()
                        + l.clusters().stream().mapToInt(ClusterMark::count).sum())
                .as("every event is shown, on its own or counted in a cluster")
                .isEqualTo(38);
    }

    @Test
    void aLabelIsShortenedOnlyWhereTheNextItemInItsLaneNeedsTheRoom() {
        // Points four days apart in a 30-day view 1,200 px wide (40 px a day): the long title
        // needs 455 px, the next point stands 160 px on.
        String longTitle = "Synthetic event with a title far longer than forty pixels of room";
        EventFile file = file("", new Object[] {2, 0, null, longTitle}, new Object[] {6, 0}, new Object[] {20, 0});
        FrameLayout roomy = layout(file, JAN_1, JAN_1 + 30 * DAY, 1200, 500);
        assertThat(roomy.events().map(EventMark::label)).contains(longTitle);
        double oneLane = Metrics.LANE_TOP + Metrics.LANE_HEIGHT + 36 + 1;
        FrameLayout tight = layout(file, JAN_1, JAN_1 + 30 * DAY, 1200, oneLane);
        EventMark first = tight.markOf(file.event("e0").orElseThrow()).orElseThrow();
        EventMark next = tight.markOf(file.event("e1").orElseThrow()).orElseThrow();
        assertThat(first.label()).endsWith("…").startsWith("Synthetic event").hasSizeGreaterThan(17);
        assertThat(first.labelX() + SEVEN.width(first.label(), TextStyle.LABEL))
                .as("the label ends before the next item in its lane")
                .isLessThanOrEqualTo(next.bounds().getMinX());
        EventMark lone = tight.markOf(file.event("e2").orElseThrow()).orElseThrow();
        assertThat(lone.label()).as("an item with room keeps its whole title").isEqualTo("Synthetic event 2");
    }

    @Test
    void lanesGoToTheCategoryThatNeedsThemAndClustersOnlyWhenNoneIsLeft() {
        Object[][] events = new Object[9][];
        for (int i = 0; i < 8; i++) {
            events[i] = new Object[] {10, 0, "busy"};
        }
        events[8] = new Object[] {10, 0, "quiet"};
        EventFile file = file("{\"id\":\"busy\",\"name\":\"Busy\"},{\"id\":\"quiet\",\"name\":\"Quiet\"}", events);
        // Room for exactly nine lanes and two headers.
        double height = Metrics.LANE_TOP + 2 * Metrics.HEADER + 9 * Metrics.LANE_HEIGHT + 36 + 1;
        FrameLayout l = layout(file, JAN_1, JAN_1 + 30 * DAY, 1200, height);
        assertThat(l.clusters()).as("eight and one lanes fit in nine").isEmpty();
        assertThat(l.events()).hasSize(9);
        FrameLayout shorter = layout(file, JAN_1, JAN_1 + 30 * DAY, 1200, height - Metrics.LANE_HEIGHT);
        assertThat(shorter.clusters()).hasSize(1);
        assertThat(shorter.clusters().get(0).count())
                .as("only what found no lane")
                .isEqualTo(2);
        assertThat(shorter.events().filter(m -> "quiet".equals(m.event().category())))
                .as("the quiet category keeps its lane")
                .hasSize(1);
    }

    @Test
    void categoriesWithoutAColourGetDistinctOnesAndTheOverviewShowsThem() {
        EventFile file = file(
                "{\"id\":\"a\",\"name\":\"Alpha\"},{\"id\":\"b\",\"name\":\"Beta\"},"
                        + "{\"id\":\"c\",\"name\":\"Gamma\",\"color\":\"#123456\"}",
                new Object[] {2, 0, "a"},
                new Object[] {5, 0, "b"},
                new Object[] {6, 0, "b"},
                new Object[] {9, 0, "c"});
        FrameLayout l = layout(file, JAN_1, JAN_1 + 30 * DAY, 1200, 500);
        var colors = l.headers().stream().map(BandHeader::color).toList();
        assertThat(colors).doesNotHaveDuplicates();
        assertThat(colors.get(2)).isEqualTo(javafx.scene.paint.Color.web("#123456"));
        Placed.OverviewStrip strip = java.util.Objects.requireNonNull(l.overview());
        assertThat(strip.colors()).isEqualTo(colors);
        assertThat(java.util.Arrays.stream(strip.columns()[1]).sum())
                .as("Beta's events")
                .isEqualTo(2);
    }

    @Test
    void theOverviewOfABigFileCountsTheIndexsBinsAsAPassOverEveryEventWould() {
        // 150,000 synthetic events in two categories, spread over thirty years.
        java.util.Random r = new java.util.Random(7);
        List<org.eventscope.model.Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < 150_000; i++) {
            LocalDate day = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(365 * 30));
            events.add(new org.eventscope.model.Event(
                    "e" + i,
                    "Synthetic " + i,
                    org.eventscope.model.TimePoint.parse(day.toString()),
                    null,
                    false,
                    i % 3 == 0 ? "a" : "b",
                    List.of(),
                    null,
                    null,
                    List.of()));
        }
        EventFile file = new EventFile(
                1,
                "Synthetic overview test",
                ZoneOffset.UTC,
                List.of(),
                List.of(
                        new org.eventscope.model.Category("a", "Alpha", null),
                        new org.eventscope.model.Category("b", "Beta", null)),
                events,
                List.of());
        Frame f = frame(file, JAN_1, JAN_1 + 30 * DAY, 1200, 500, null, false);
        Placed.OverviewStrip strip =
                java.util.Objects.requireNonNull(new TimelineLayout(SEVEN).of(f).overview());
        TimelineIndex index = f.index();
        TimeScale scale = Overview.scaleOf(index, 1200);
        int[] exact = new int[1200];
        for (int i = 0; i < index.size(); i++) {
            exact[(int) scale.toX(index.anchor(i))]++;
        }
        int[][] columns = strip.columns();
        assertThat(java.util.Arrays.stream(columns[0]).sum())
                .as("Alpha's events")
                .isEqualTo(50_000);
        assertThat(java.util.Arrays.stream(columns[1]).sum())
                .as("Beta's events")
                .isEqualTo(100_000);
        for (int x = 0; x < 1200; x++) {
            // A column's count may differ by the events of the bins at its edges (a day's worth here).
            assertThat(columns[0][x] + columns[1][x]).as("column " + x).isCloseTo(exact[x], within(30));
        }
    }

    @Test
    void noLabelIsDrawnOverItsOwnOrAnotherMarkerAtAnyWidth() throws Exception {
        EventFile geneva = java.util.Objects.requireNonNull(
                EventFileReader.read(org.eventscope.TestFiles.GENEVA).file());
        for (double width = 300; width <= 1900; width += 40) {
            FrameLayout l = TitleReadability.fitted(geneva, SEVEN, width, 560);
            List<EventMark> marks = l.events().toList();
            for (EventMark m : marks) {
                double from = m.labelX();
                double to = from + SEVEN.width(m.label(), m.selected() ? TextStyle.LABEL_BOLD : TextStyle.LABEL);
                for (EventMark other : marks) {
                    boolean sameRow = Math.abs(other.y() - m.y()) < 1;
                    boolean overlaps =
                            other.marker().getMinX() < to && other.marker().getMaxX() > from;
                    boolean ownBar = other == m && m.labelInside();
                    assertThat(sameRow && overlaps && !ownBar)
                            .as(
                                    "at %.0f px: \"%s\" over the marker of %s",
                                    width, m.label(), other.event().id())
                            .isFalse();
                }
            }
        }
    }

    @Test
    void aBandThatCannotShowAllItsEventsGetsALaneForThemAndOneForItsClusters() {
        // Five bands wanting 4, 4, 2, 6, 8 lanes in 17: none is left with a single lane for events and clusters both.
        int[] want = {4, 4, 2, 6, 8};
        int[] lanes = LaneShare.allot(want, want, 17);
        assertThat(java.util.Arrays.stream(lanes).sum()).isEqualTo(17);
        for (int b = 0; b < want.length; b++) {
            assertThat(lanes[b]).as("band %d", b).isBetween(Math.min(want[b], 2), want[b]);
        }
        assertThat(LaneShare.allot(new int[] {1, 3}, new int[] {1, 3}, 10)).containsExactly(1, 3);
    }

    @Test
    void theNowLabelStandsOnNoTickLabel() {
        EventFile file = file("", new Object[] {2, 0});
        for (int hour = 0; hour < 48; hour += 5) {
            Frame frame = new Frame(
                    1200,
                    400,
                    file,
                    TimelineIndex.of(file),
                    TimeScale.fit(JAN_1, JAN_1 + 30 * DAY, 1200, 0),
                    ZoneOffset.UTC,
                    Locale.ENGLISH,
                    null,
                    null,
                    false,
                    JAN_1 + 10 * DAY + hour * 3_600_000L,
                    TimelineStyle.LIGHT,
                    Set.of(),
                    true,
                    false,
                    null);
            FrameLayout l = new TimelineLayout(SEVEN).of(frame);
            Placed.NowMark now = java.util.Objects.requireNonNull(l.now());
            for (Placed.AxisTick t : l.ticks()) {
                if (!t.major() && t.label() != null) {
                    double end = t.labelX() + SEVEN.width(t.label(), TextStyle.AXIS);
                    assertThat(end <= now.x() + 2 || t.labelX() >= now.x() + 6 + now.labelWidth())
                            .as("%s beside now at hour %d", t.label(), hour)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aLongBarAtTheRightEdgeHoldsItsLabelWhenThereIsMoreRoomInItThanAfterIt() {
        String title = "Synthetic range with a title much longer than the room after its bar, "
                + "and longer than the bar itself and the room before it";
        // A 14-day range from x = 600 to 40 px before the right edge of a 30-day view 1,200 px
        // wide: its 850 px label fits neither before nor after it, nor whole inside.
        EventFile file = file("", new Object[] {15, 14, null, title});
        FrameLayout l = layout(file, JAN_1, JAN_1 + 30 * DAY, 1200, 400);
        EventMark bar = l.events().findFirst().orElseThrow();
        assertThat(bar.labelInside()).isTrue();
        assertThat(bar.label())
                .startsWith("Synthetic range with a title much longer")
                .endsWith("…");
        assertThat(bar.labelX() + SEVEN.width(bar.label(), TextStyle.LABEL)).isLessThanOrEqualTo(bar.x1());
    }
}
