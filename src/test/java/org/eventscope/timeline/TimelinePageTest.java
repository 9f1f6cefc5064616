package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventscope.timeline.TimelineLayoutTest.SEVEN;
import static org.eventscope.timeline.TimelineLayoutTest.file;

import java.util.List;
import java.util.Locale;
import org.eventscope.model.EventFile;
import org.eventscope.timeline.Placed.EventMark;
import org.junit.jupiter.api.Test;

/** The exported timeline page, laid out without a toolkit (text 7 px a character). */
class TimelinePageTest {

    private static final String CATEGORIES =
            "{\"id\":\"a\",\"name\":\"Alpha\"},{\"id\":\"b\",\"name\":\"Beta\"},{\"id\":\"c\",\"name\":\"Unused\"}";

    private static TimelinePage.Layout page(EventFile file, double height, String caption, String credit) {
        TimelineExport export =
                TimelineExport.whole(file).saying(new TimelineExport.Texts("Synthetic page title", caption, credit));
        return TimelinePage.layout(export, 1200, height, SEVEN, Locale.ENGLISH);
    }

    private static List<String> texts(TimelinePage.Layout page) {
        return page.blocks().stream().flatMap(b -> b.lines().stream()).toList();
    }

    /** Where each line of {@link #texts} stands. */
    private static List<Double> ys(TimelinePage.Layout page) {
        List<Double> out = new java.util.ArrayList<>();
        for (TimelinePage.Block b : page.blocks()) {
            for (int i = 0; i < b.lines().size(); i++) {
                out.add(b.y() + i * b.lineHeight());
            }
        }
        return out;
    }

    @Test
    void thePageSaysWhatItShowsAndWhereItComesFromWithoutTheWindowsChrome() {
        EventFile file =
                file(CATEGORIES, new Object[] {2, 0, "a"}, new Object[] {9, 3, "b"}, new Object[] {12, 0, null});
        TimelinePage.Layout page = page(file, 0, "Synthetic caption.", "Chart: Synthetic Newsroom");
        List<String> texts = texts(page);
        assertThat(texts.get(0)).isEqualTo("Synthetic page title");
        assertThat(texts.get(1)).contains("2022").endsWith("· 3 events");
        assertThat(texts).contains("Synthetic caption.", "Sources: Synthetic.", "Chart: Synthetic Newsroom");
        assertThat(page.legend())
                .extracting(TimelinePage.LegendItem::name)
                .as("the categories with events, not the unused one")
                .containsExactly("Alpha", "Beta", "Other events");
        assertThat(page.body().headers())
                .extracting(Placed.BandHeader::text)
                .as("no counts on a page")
                .containsExactly("Alpha", "Beta", "Other events");
        assertThat(page.body().overview()).isNull();
        assertThat(page.body().now()).isNull();
        assertThat(page.body().events()).hasSize(3);
        assertThat(page.body().events().map(EventMark::label)).noneMatch(l -> l.endsWith("…"));
        // The notes stand below the timeline.
        double bodyBottom = page.bodyTop() + page.body().frame().height();
        assertThat(ys(page).get(texts.indexOf("Sources: Synthetic."))).isGreaterThan(bodyBottom);
    }

    @Test
    void theHeightFollowsTheContentUnlessOneIsGiven() {
        EventFile few = file("", new Object[] {2, 0}, new Object[] {20, 0});
        Object[][] crowd = new Object[12][];
        for (int i = 0; i < crowd.length; i++) {
            crowd[i] = new Object[] {10, 0};
        }
        EventFile many = file("", crowd);
        double short_ = page(few, 0, "", "").height();
        double tall = page(many, 0, "", "").height();
        assertThat(tall).isGreaterThan(short_ + 10 * Metrics.LANE_HEIGHT);
        assertThat(page(many, 0, "", "").body().clusters())
                .as("room for every event")
                .isEmpty();
        TimelinePage.Layout fixed = page(many, 400, "", "");
        assertThat(fixed.height()).isEqualTo(400);
        assertThat(fixed.body().clusters())
                .as("a given height that is too small clusters")
                .isNotEmpty();
    }

    @Test
    void aTitleThatFitsOnNeitherSideOfItsEventWrapsInsteadOfBeingCut() {
        String title = "Synthetic " + "very long title words ".repeat(8).strip();
        // In the middle of the window: about 560 px on either side, the title 7 x 185 px wide.
        EventFile file = file("", new Object[] {1, 0}, new Object[] {15, 0, null, title}, new Object[] {29, 0});
        TimelinePage.Layout page = page(file, 0, "", "");
        EventMark mark = page.body().markOf(file.event("e1").orElseThrow()).orElseThrow();
        assertThat(mark.more()).isNotEmpty();
        String whole = mark.label() + " " + String.join(" ", mark.more());
        assertThat(whole).isEqualTo(title);
        assertThat(mark.bounds().getHeight()).isGreaterThan(Metrics.LANE_HEIGHT);
    }

    @Test
    void aWindowShowsAndCountsOnlyTheEventsInsideItAndItsDatesEndWhereItEnds() {
        // Days 2 and 9 (and a three-day range from day 9); the window is days 3 to 8.
        EventFile file = file(CATEGORIES, new Object[] {2, 1, "a"}, new Object[] {9, 3, "b"});
        long day = 86_400_000L;
        long jan1 = java.time.LocalDate.of(2022, 1, 1)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant()
                .toEpochMilli();
        TimelineExport empty = TimelineExport.whole(file).between(jan1 + 3 * day, jan1 + 9 * day);
        TimelinePage.Layout page = TimelinePage.layout(empty, 1200, 0, SEVEN, Locale.ENGLISH);
        assertThat(texts(page).get(1)).isEqualTo("January 4, 2022 – January 9, 2022 · no events");
        assertThat(page.body().events())
                .as("not even the label of an event just outside")
                .isEmpty();
        assertThat(texts(page)).noneMatch(t -> t.startsWith("Sources"));
        TimelineExport one = TimelineExport.whole(file).between(jan1 + 3 * day, jan1 + 10 * day);
        TimelinePage.Layout page2 = TimelinePage.layout(one, 1200, 0, SEVEN, Locale.ENGLISH);
        assertThat(texts(page2).get(1)).isEqualTo("January 10, 2022 · 1 event");
    }

    @Test
    void lineBreaksInTheTextsAreLinesOfTheirOwnAndALongWordIsBrokenNotCut() {
        EventFile file = file("", new Object[] {2, 0});
        String word = "X".repeat(400);
        TimelineExport export = TimelineExport.whole(file)
                .saying(new TimelineExport.Texts("A title\nwith a second line", "L1\nL2 " + word, "C1\nC2"));
        TimelinePage.Layout page = TimelinePage.layout(export, 1200, 0, SEVEN, Locale.ENGLISH);
        List<String> texts = texts(page);
        assertThat(texts.subList(0, 2)).containsExactly("A title", "with a second line");
        assertThat(texts).contains("L1", "C1", "C2");
        assertThat(String.join("", texts)).contains(word).doesNotContain("…");
        // Every line stands below the one before.
        List<Double> ys = ys(page);
        for (int i = 1; i < ys.size(); i++) {
            assertThat(ys.get(i)).isGreaterThan(ys.get(i - 1));
        }
        assertThat(page.blocks())
                .as("a paragraph is one block (one text element in an SVG)")
                .anySatisfy(b -> assertThat(b.lines()).startsWith("L1", "L2").hasSizeGreaterThan(3));
    }

    @Test
    void aRunawayTitleOrCaptionIsCutWithAnEllipsisAndThePageKeepsItsShape() {
        EventFile file = file("", new Object[] {2, 0});
        TimelinePage.Layout plain = TimelinePage.layout(TimelineExport.whole(file), 1200, 0, SEVEN, Locale.ENGLISH);
        TimelineExport export = TimelineExport.whole(file)
                .saying(new TimelineExport.Texts("T".repeat(2_000), "word ".repeat(3_000), "C".repeat(1_000)));
        TimelinePage.Layout page = TimelinePage.layout(export, 1200, 0, SEVEN, Locale.ENGLISH);
        TimelinePage.Block title = page.blocks().get(0);
        assertThat(title.lines()).hasSize(3);
        assertThat(title.lines().get(2)).endsWith("…");
        TimelinePage.Block caption = page.blocks().stream()
                .filter(b -> b.lines().get(0).startsWith("word"))
                .findFirst()
                .orElseThrow();
        assertThat(caption.lines()).hasSize(6);
        assertThat(caption.lines().get(5)).endsWith("…");
        assertThat(texts(page)).last().asString().startsWith("CCC").endsWith("…");
        assertThat(page.height())
                .as("three title lines, six caption lines and two of credit more than a plain page")
                .isLessThan(plain.height() + 2 * 30 + 8 * 17 + 1);
        for (String line : texts(page)) {
            assertThat(SEVEN.width(line, TextStyle.NOTE)).isLessThanOrEqualTo(1200);
        }
    }

    @Test
    void aFileWithoutEventsShowsTheTimeItsTroopReportsSpeakOf() {
        var result =
                org.eventscope.io.EventFileReader.read("synthetic.json", new java.io.ByteArrayInputStream("""
                        {"formatVersion":1,"title":"Synthetic, no events","displayZone":"UTC",
                         "sources":[{"id":"s","name":"Synthetic"}],"events":[],
                         "troopReports":[{"id":"r","date":"2021-12-22","reportedBy":"Synthetic","sources":["s"],
                           "bands":[{"withinKm":200,"troops":1000}]}]}
                        """.getBytes(
                                java.nio.charset.StandardCharsets.UTF_8)));
        EventFile file = java.util.Objects.requireNonNull(
                result.file(), () -> result.errors().toString());
        TimelinePage.Layout page = TimelinePage.layout(TimelineExport.whole(file), 1200, 0, SEVEN, Locale.ENGLISH);
        assertThat(texts(page).get(1)).isEqualTo("December 22, 2021 · no events");
        assertThat(page.body().reports()).hasSize(1);
    }
}
