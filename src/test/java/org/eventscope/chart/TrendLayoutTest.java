package org.eventscope.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eventscope.chart.ChartLayout.Rect;
import org.eventscope.chart.TrendLayout.Link;
import org.eventscope.chart.TrendLayout.Mark;
import org.eventscope.i18n.Messages;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chart over time laid out without the toolkit: marks, spans, dashed links, reports of one date side by side. */
class TrendLayoutTest {

    /** Synthetic reports (not real figures): a month, days, two reporters on one date, a gap in one band. */
    static final String REPORTS = """
            {
              "formatVersion": 1,
              "title": "Synthetic reports over time (not real figures)",
              "displayZone": "UTC",
              "sources": [ { "id": "s1", "name": "Synthetic source one" }, { "id": "s2", "name": "Synthetic source two" } ],
              "events": [ { "id": "e1", "title": "Synthetic event", "start": "2021-11-10", "sources": ["s1"] } ],
              "troopReports": [
                { "id": "m", "date": "2021-10", "reportedBy": "Synthetic A", "sources": ["s1"],
                  "bands": [ { "withinKm": 200, "troops": 60000 }, { "withinKm": 400, "troops": 80000 } ] },
                { "id": "d1", "date": "2021-11-10", "reportedBy": "Synthetic B", "sources": ["s2"], "event": "e1",
                  "bands": [ { "withinKm": 200, "troops": 75000 }, { "withinKm": 400, "troops": 94000 } ] },
                { "id": "same1", "date": "2021-12-01", "reportedBy": "Synthetic A", "sources": ["s1"],
                  "bands": [ { "withinKm": 200, "troops": 90000 }, { "withinKm": 400, "troops": 110000 } ] },
                { "id": "same2", "date": "2021-12-01", "reportedBy": "Synthetic B", "sources": ["s2"],
                  "bands": [ { "withinKm": 200, "troops": 98000 }, { "withinKm": 400, "troops": 121000 } ] },
                { "id": "only400", "date": "2021-12-20", "reportedBy": "Synthetic C", "sources": ["s2"],
                  "bands": [ { "withinKm": 400, "troops": 127000 } ] },
                { "id": "last", "date": "2022-01-15", "reportedBy": "Synthetic A", "sources": ["s1"],
                  "bands": [ { "withinKm": 200, "troops": 112000 }, { "withinKm": 400, "troops": 133000 } ] }
              ]
            }
            """;

    private static final Rect PLOT = new Rect(80, 100, 920, 400);

    private EventFile file;

    @BeforeEach
    void read() {
        Messages.setLocale(Locale.ENGLISH);
        file = EventFileReader.read(
                        "synthetic.json", new java.io.ByteArrayInputStream(REPORTS.getBytes(StandardCharsets.UTF_8)))
                .file();
    }

    private ChartContent content() {
        return ChartContent.overTime(file, file.troopReports(), ZoneOffset.UTC, Locale.UK);
    }

    private static TrendLayout layout(ChartContent c) {
        return TrendLayout.compute(c, PLOT, s -> 7.0 * s.length());
    }

    private static long millis(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Where an instant lies in the plot, for the content's window. */
    private static double x(ChartContent c, long millis) {
        Trend t = c.trend();
        return PLOT.x() + PLOT.w() * (millis - t.fromMillis()) / (double) (t.toMillis() - t.fromMillis());
    }

    private static List<Mark> band(TrendLayout l, int band) {
        return l.marks().stream().filter(m -> m.band() == band).toList();
    }

    private static String id(ChartContent c, Mark m) {
        return c.series().get(m.series()).report().id();
    }

    @Test
    void onePointPerReportAndBandInOrderOfTimeAtItsFigure() {
        ChartContent c = content();
        TrendLayout l = layout(c);
        assertThat(band(l, 0)).extracting(m -> id(c, m)).containsExactly("m", "d1", "same1", "same2", "last");
        assertThat(band(l, 1))
                .extracting(m -> id(c, m))
                .containsExactly("m", "d1", "same1", "same2", "only400", "last");
        Mark d1 = band(l, 0).get(1);
        assertThat(d1.y()).isCloseTo(l.yOf(75_000), within(1e-9));
        // A day is narrower than a span here: a point at its middle.
        assertThat(d1.isSpan()).isFalse();
        assertThat(d1.x()).isCloseTo(x(c, millis("2021-11-10") + 43_200_000L), within(1e-6));
        assertThat(l.scale().max()).isGreaterThanOrEqualTo(133_000);
    }

    @Test
    void aReportKnownOnlyToTheMonthIsASpanAcrossTheMonth() {
        ChartContent c = content();
        Mark october = band(layout(c), 0).get(0);
        assertThat(october.isSpan()).isTrue();
        assertThat(october.spanFrom()).isCloseTo(x(c, millis("2021-10-01")), within(1e-6));
        assertThat(october.spanTo()).isCloseTo(x(c, millis("2021-11-01")), within(1e-6));
        assertThat(october.x()).isCloseTo((october.spanFrom() + october.spanTo()) / 2, within(1e-6));
        // Zoomed to a few days, a day-precision report becomes a span too: its whole day.
        ChartContent close = c.inWindow(millis("2021-11-08"), millis("2021-11-13"));
        Mark day = band(layout(close), 0).get(0);
        assertThat(id(close, day)).isEqualTo("d1");
        assertThat(day.isSpan()).isTrue();
        assertThat(day.spanTo() - day.spanFrom()).isCloseTo(PLOT.w() / 5, within(1e-6));
    }

    @Test
    void reportsOfOneDateStandSideBySideWithTheirOwnFiguresUnjoined() {
        ChartContent c = content();
        TrendLayout l = layout(c);
        List<Mark> december =
                band(l, 0).stream().filter(m -> id(c, m).startsWith("same")).toList();
        assertThat(december).hasSize(2).allSatisfy(m -> assertThat(m.sameDate()).isEqualTo(2));
        // A day is narrower than two markers here: they overlap, but neither is more than half a
        // marker off its date.
        double day = x(c, millis("2021-12-01") + 43_200_000L);
        double dayWidth = x(c, millis("2021-12-02")) - x(c, millis("2021-12-01"));
        assertThat(dayWidth).isLessThan(TrendLayout.BESIDE);
        assertThat(december.get(1).x() - december.get(0).x()).isCloseTo(TrendLayout.BESIDE / 2, within(1e-9));
        assertThat((december.get(0).x() + december.get(1).x()) / 2).isCloseTo(day, within(1e-6));
        assertThat(december)
                .allSatisfy(m -> assertThat(Math.abs(m.x() - day)).isLessThanOrEqualTo(TrendLayout.BESIDE / 2));
        // Each keeps its figure: 90,000 and 98,000, never 94,000.
        assertThat(december.get(0).y()).isCloseTo(l.yOf(90_000), within(1e-9));
        assertThat(december.get(1).y()).isCloseTo(l.yOf(98_000), within(1e-9));
        // Zoomed to a few days, the day has room: a full marker apart, both within the day.
        ChartContent close = c.inWindow(millis("2021-11-29"), millis("2021-12-04"));
        List<Mark> wide = band(layout(close), 0).stream()
                .filter(m -> id(close, m).startsWith("same"))
                .toList();
        assertThat(wide.get(1).x() - wide.get(0).x()).isCloseTo(TrendLayout.BESIDE, within(1e-9));
        assertThat(wide).allSatisfy(m -> assertThat(m.x()).isBetween(m.spanFrom(), m.spanTo()));
        // No link joins them: one arrives at the first, one leaves from the second.
        List<Link> links = l.links().stream().filter(k -> k.band() == 0).toList();
        assertThat(links)
                .noneMatch(k -> k.x1() == december.get(0).x()
                        && k.x2() == december.get(1).x());
        assertThat(links).anyMatch(k -> k.x2() == december.get(0).x());
        assertThat(links).anyMatch(k -> k.x1() == december.get(1).x());
    }

    @Test
    void linksRunFromOneDateToTheNextSkippingAReportWithoutTheBandsFigure() {
        ChartContent c = content();
        TrendLayout l = layout(c);
        List<Mark> near = band(l, 0);
        List<Link> links0 = l.links().stream().filter(k -> k.band() == 0).toList();
        // Four dates with a 200 km figure: three links, the first from the end of October's span.
        assertThat(links0).hasSize(3);
        assertThat(links0.get(0).x1()).isCloseTo(near.get(0).spanTo(), within(1e-9));
        assertThat(links0.get(0).x2()).isCloseTo(near.get(1).x(), within(1e-9));
        // The last runs past "only400" (no 200 km figure), from December's second report to January's.
        Link last = links0.get(2);
        assertThat(last.x1()).isEqualTo(near.get(3).x());
        assertThat(last.x2()).isEqualTo(near.get(4).x());
        assertThat(last.y2()).isCloseTo(l.yOf(112_000), within(1e-9));
        // Five dates with a 400 km figure: four links.
        assertThat(l.links().stream().filter(k -> k.band() == 1)).hasSize(4);
    }

    @Test
    void aNarrowWindowKeepsWhatIsInViewAndCutsTheLinksAtTheEdges() {
        ChartContent c = content().inWindow(millis("2021-11-20"), millis("2021-12-10"));
        TrendLayout l = layout(c);
        assertThat(band(l, 0)).extracting(m -> id(c, m)).containsExactly("same1", "same2");
        for (Link k : l.links()) {
            assertThat(k.x1()).isBetween(PLOT.x(), PLOT.x() + PLOT.w());
            assertThat(k.x2()).isBetween(PLOT.x(), PLOT.x() + PLOT.w());
        }
        // Band 0: a link arrives from November (cut at the left edge) and one leaves for January (cut at the right).
        List<Link> links0 = l.links().stream().filter(k -> k.band() == 0).toList();
        assertThat(links0).hasSize(2);
        assertThat(links0.get(0).x1()).isEqualTo(PLOT.x());
        assertThat(links0.get(1).x2()).isEqualTo(PLOT.x() + PLOT.w());
        // The cut link keeps its slope: at the edge it is between the two figures it joins.
        assertThat(links0.get(0).y1()).isBetween(l.yOf(90_000), l.yOf(75_000));
        // The window's notes name only the sources of the reports in view.
        assertThat(c.subtitle())
                .startsWith("2 reports, by Synthetic A; Synthetic B, 1 December 2021 to 1 December 2021");
        assertThat(c.caption()).endsWith("Source: Synthetic source one; Synthetic source two.");
        ChartContent october = content().inWindow(millis("2021-09-20"), millis("2021-10-20"));
        assertThat(october.caption()).endsWith("Source: Synthetic source one.");
    }

    @Test
    void theTimeAxisIsTheTimelinesTicksWithinThePlot() {
        ChartContent c = content();
        TrendLayout l = layout(c);
        List<TrendLayout.TimeTick> months =
                l.ticks().stream().filter(t -> !t.major() && t.label() != null).toList();
        assertThat(months).extracting(TrendLayout.TimeTick::label).contains("Nov", "Dec", "Jan");
        assertThat(months).allSatisfy(t -> assertThat(t.x()).isBetween(PLOT.x(), PLOT.x() + PLOT.w()));
        TrendLayout.TimeTick november =
                months.stream().filter(t -> t.label().equals("Nov")).findFirst().orElseThrow();
        assertThat(november.x()).isCloseTo(x(c, millis("2021-11-01")), within(1e-6));
        assertThat(l.ticks().stream().filter(TrendLayout.TimeTick::major).map(TrendLayout.TimeTick::label))
                .contains("2021", "2022");
    }

    @Test
    void aPointIsFoundUnderThePointerAndASpanAlongItsLength() {
        ChartContent c = content();
        TrendLayout l = layout(c);
        Mark d1 = band(l, 0).get(1);
        assertThat(l.markAt(d1.x() + 2, d1.y() - 2)).isEqualTo(l.marks().indexOf(d1));
        assertThat(l.markAt(d1.x() + 40, d1.y())).isEqualTo(-1);
        Mark october = band(l, 0).get(0);
        assertThat(l.markAt(october.spanFrom() + 3, october.y() + 1))
                .isEqualTo(l.marks().indexOf(october));
    }

    @Test
    void aDayWithinAMonthIsLinkedInTheOrderTheyAreDrawnAndADateWithoutZoneIsReadInTheFilesZone() {
        String json = REPORTS.replace("\"displayZone\": \"UTC\"", "\"displayZone\": \"Pacific/Kiritimati\"")
                .replace("\"date\": \"2022-01-15\"", "\"date\": \"2021-10-05\"");
        EventFile kiritimati = EventFileReader.read(
                        "synthetic.json", new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .file();
        // The axis in UTC; the dates read in the file's zone (UTC+14), as the timeline reads them.
        ChartContent c = ChartContent.overTime(kiritimati, kiritimati.troopReports(), ZoneOffset.UTC, Locale.UK);
        assertThat(c.trend().start(0))
                .isEqualTo(java.time.LocalDate.of(2021, 10, 1)
                        .atStartOfDay(java.time.ZoneId.of("Pacific/Kiritimati"))
                        .toInstant()
                        .toEpochMilli());
        TrendLayout l = layout(c);
        // 5 October (a day) lies within October (a month): drawn before the month's middle, and linked so.
        List<Mark> near = band(l, 0);
        assertThat(near).extracting(m -> id(c, m)).startsWith("last", "m", "d1");
        List<Link> links0 = l.links().stream().filter(k -> k.band() == 0).toList();
        assertThat(links0).hasSize(3);
        assertThat(links0.get(0).x1()).isEqualTo(near.get(0).x());
        assertThat(links0.get(0).x2()).isEqualTo(near.get(1).x());
        assertThat(links0.get(1).x1()).isEqualTo(near.get(1).spanTo());
    }

    @Test
    void reportsOnOneDateOnlyOfferNothingOverTime() {
        assertThat(ChartContent.spansSeveralDates(file.troopReports(), ZoneOffset.UTC))
                .isTrue();
        assertThat(ChartContent.spansSeveralDates(file.troopReports().subList(2, 4), ZoneOffset.UTC))
                .isFalse();
        // One instant written two ways is one date.
        String json = REPORTS.replace("\"date\": \"2021-11-10\"", "\"date\": \"2021-12-01T02:00+02:00\"")
                .replace(
                        "\"date\": \"2021-12-01\", \"reportedBy\": \"Synthetic A\"",
                        "\"date\": \"2021-12-01T00:00\", \"reportedBy\": \"Synthetic A\"");
        EventFile twoWays = EventFileReader.read(
                        "synthetic.json", new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .file();
        assertThat(twoWays.troopReports().subList(1, 4))
                .extracting(r -> r.date().text())
                .containsExactly("2021-12-01T02:00+02:00", "2021-12-01T00:00", "2021-12-01");
        assertThat(ChartContent.spansSeveralDates(twoWays.troopReports().subList(1, 4), ZoneOffset.UTC))
                .isFalse();
    }
}
