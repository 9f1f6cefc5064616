package org.eventscope.chart;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Band;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.TimeFormat;
import org.eventscope.model.TroopReport;
import org.jspecify.annotations.Nullable;

/**
 * What a troop chart says, independent of how it is drawn: title, subtitle, the distance bands,
 * one series of values per report, axis titles, the notes at its foot and credit. Built per
 * document, choice of reports, mode and locale.
 *
 * @param title      the chart's title
 * @param subtitle   what is counted and by whom, when ("Reported by …, 22 December 2021.")
 * @param groups     one label per distance band, nearest first ("within 200 km", or "0–200 km" by ring)
 * @param series     one per report, in file order
 * @param rings      true when values are per ring (derived), false when as reported (cumulative)
 * @param valueAxis  the title of the value axis
 * @param bandAxis   the title of the band axis
 * @param caption    the notes at the foot, a line each: how to read the bands ("Note: …"), then the sources ("Source: …")
 * @param credit     the credit line
 * @param format     how values are written, in the reader's locale
 * @param trend      for the chart over time: the window shown and each report's period; {@code null} for bars
 */
public record ChartContent(
        String title,
        String subtitle,
        List<String> groups,
        List<Series> series,
        boolean rings,
        String valueAxis,
        String bandAxis,
        String caption,
        String credit,
        NumberFormat format,
        @Nullable Trend trend) {

    /**
     * The figures of one report.
     *
     * @param name    for the legend: who reported and when
     * @param report  the report
     * @param values  one per group; {@code null} where the report gives no figure
     * @param warning why the report contradicts itself, or {@code null}
     * @param sources the names of the sources that carry it, in the report's order
     */
    public record Series(
            String name,
            TroopReport report,
            List<@Nullable Long> values,
            @Nullable String warning,
            List<String> sources) {

        public Series {
            sources = List.copyOf(sources);
        }
    }

    public ChartContent {
        groups = List.copyOf(groups);
        series = List.copyOf(series);
    }

    /** One report, as reported. */
    public static ChartContent of(EventFile file, TroopReport report, Locale locale) {
        return of(file, List.of(report), false, locale);
    }

    /**
     * The given reports, as reported (cumulative: within 200 km, within 400 km) or by ring
     * (0–200 km, 200–400 km: differences of the cumulative figures, labelled as derived).
     */
    public static ChartContent of(EventFile file, List<TroopReport> reports, boolean rings, Locale locale) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one troop report");
        }
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        TreeSet<Integer> distances = new TreeSet<>();
        reports.forEach(r -> r.bands().forEach(b -> distances.add(b.withinKm())));
        List<Integer> km = new ArrayList<>(distances);
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < km.size(); i++) {
            groups.add(
                    rings
                            ? Messages.get(
                                    "chart.ring", String.valueOf(i == 0 ? 0 : km.get(i - 1)), String.valueOf(km.get(i)))
                            : Messages.get("chart.within", String.valueOf(km.get(i))));
        }
        List<Series> series = new ArrayList<>();
        for (TroopReport r : reports) {
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < km.size(); i++) {
                Long here = troops(r, km.get(i));
                if (!rings) {
                    values.add(here);
                } else {
                    Long before = i == 0 ? Long.valueOf(0) : troops(r, km.get(i - 1));
                    values.add(here == null || before == null ? null : here - before);
                }
            }
            String name =
                    r.reportedBy() + ", " + TimeFormat.format(r.date(), file.displayZone(), file.displayZone(), locale);
            series.add(new Series(name, r, values, contradiction(r, format), sourceNames(file, r)));
        }
        String title = reports.stream()
                .map(TroopReport::subject)
                .filter(s -> s != null && !s.isBlank())
                .findFirst()
                .orElse(Messages.get("chart.defaultTitle"));
        Set<String> sources = new LinkedHashSet<>();
        series.forEach(s -> sources.addAll(s.sources()));
        String who = reports.size() == 1
                ? Messages.get("chart.reportedBy", series.get(0).name())
                : Messages.get("chart.reports", String.valueOf(reports.size()));
        who = oneFullStop(who);
        String caption = Messages.get("chart.note", Messages.get(rings ? "chart.derived" : "chart.cumulative"))
                + (sources.isEmpty() ? "" : "\n" + Messages.get("chart.source", String.join("; ", sources)));
        return new ChartContent(
                title,
                who,
                groups,
                series,
                rings,
                Messages.get("chart.troops"),
                Messages.get(rings ? "chart.distanceRings" : "chart.distance"),
                caption,
                "",
                format,
                null);
    }

    /**
     * The given reports over time, as reported (cumulative), each at its date in {@code zone}: one
     * line per distance band, shown over all the reports (see {@link #inWindow} for another window).
     */
    public static ChartContent overTime(EventFile file, List<TroopReport> reports, ZoneId zone, Locale locale) {
        ChartContent bars = of(file, reports, false, locale);
        // A date without a zone is read in the file's, as the timeline reads it; the chosen zone
        // only labels the axis.
        Trend trend = Trend.of(
                reports,
                file.displayZone(),
                zone,
                locale,
                Messages.get("chart.note", Messages.get("chart.overTime.note")));
        ChartContent all = new ChartContent(
                bars.title(),
                "",
                bars.groups(),
                bars.series(),
                false,
                bars.valueAxis(),
                Messages.get("chart.overTime.axis"),
                "",
                "",
                bars.format(),
                trend);
        return all.inWindow(trend.fromMillis(), trend.toMillis());
    }

    /**
     * The same reports over the window {@code [from, to)}: the subtitle counts the reports in it
     * and the notes name their sources, so that a chart of a few weeks cites what it shows.
     *
     * @throws IllegalStateException when this is not a chart over time
     */
    public ChartContent inWindow(long from, long to) {
        Trend t = trend;
        if (t == null) {
            throw new IllegalStateException("only a chart over time has a window");
        }
        Trend shown = t.window(from, to);
        Set<String> who = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        int count = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < shown.size(); i++) {
            int s = shown.inOrder(i);
            if (shown.shows(s)) {
                count++;
                first = first < 0 ? s : first;
                last = s;
                who.add(series.get(s).report().reportedBy());
                sources.addAll(series.get(s).sources());
            }
        }
        String subtitle;
        if (count == 0) {
            subtitle = Messages.get("chart.overTime.noneShown", format.format(series.size()));
        } else {
            List<String> names = new ArrayList<>(who);
            String by = names.size() <= 3
                    ? String.join("; ", names)
                    : Messages.get(
                            "chart.overTime.andOthers",
                            String.join("; ", names.subList(0, 2)),
                            format.format(names.size() - 2));
            subtitle = Messages.get(
                    count == 1 ? "chart.overTime.single" : "chart.overTime.several",
                    format.format(count),
                    by,
                    TimeFormat.format(series.get(first).report().date(), t.readZone(), t.readZone(), t.locale()),
                    TimeFormat.format(series.get(last).report().date(), t.readZone(), t.readZone(), t.locale()));
            subtitle = oneFullStop(subtitle);
        }
        String notes = shown.note()
                + (sources.isEmpty() ? "" : "\n" + Messages.get("chart.source", String.join("; ", sources)));
        return new ChartContent(
                title, subtitle, groups, series, false, valueAxis, bandAxis, notes, credit, format, shown);
    }

    /**
     * Whether {@code reports} were given on two dates or more (a date without a zone read in
     * {@code readZone}, the file's): only then is there something to draw over time.
     */
    public static boolean spansSeveralDates(List<TroopReport> reports, ZoneId readZone) {
        // The same instant written two ways (another offset, "2021-12-01" and "2021-12-01T00:00") is one date.
        for (TroopReport r : reports) {
            if (r.date().startMillis(readZone) != reports.get(0).date().startMillis(readZone)) {
                return true;
            }
        }
        return false;
    }

    /** {@code sentence} with one full stop at its end where a date written with its own ("22 грудня 2021 р.") made two. */
    private static String oneFullStop(String sentence) {
        return sentence.endsWith("..") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static List<String> sourceNames(EventFile file, TroopReport r) {
        List<String> names = new ArrayList<>(r.sourceIds().size());
        r.sourceIds().forEach(id -> names.add(file.source(id).map(Source::name).orElse(id)));
        return names;
    }

    /** The same figures with another credit line ("Chart: Our Newsroom"; none when blank). */
    public ChartContent withCredit(String newCredit) {
        return withText(title, subtitle, caption, newCredit);
    }

    /** The same figures under another title, subtitle, notes and credit line, as edited before an export. */
    public ChartContent withText(String newTitle, String newSubtitle, String newCaption, String newCredit) {
        return new ChartContent(
                newTitle,
                newSubtitle,
                groups,
                series,
                rings,
                valueAxis,
                bandAxis,
                newCaption,
                newCredit,
                format,
                trend);
    }

    /**
     * What the chart says of its figures' origin, on one line, for a file's metadata: the
     * subtitle, who reported each series when there are several (the legend's names), then the notes.
     */
    public String origin() {
        // Over time, only the reports in the window shown.
        List<Series> named = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            if (trend == null || trend.shows(s)) {
                named.add(series.get(s));
            }
        }
        // At most twenty names: a file's metadata is not the place for a thousand reports.
        String names = named.size() > 1
                ? named.stream().limit(MAX_NAMED).map(Series::name).collect(Collectors.joining("; ", " ", ""))
                        + (named.size() > MAX_NAMED
                                ? "; " + Messages.get("chart.andMore", format.format(named.size() - MAX_NAMED))
                                : "")
                        + "."
                : "";
        return (subtitle + names + " " + caption.replace('\n', ' ')).strip();
    }

    /** The most reports {@link #origin} names one by one. */
    static final int MAX_NAMED = 20;

    private static @Nullable Long troops(TroopReport r, int withinKm) {
        for (Band b : r.bands()) {
            if (b.withinKm() == withinKm) {
                return b.troops();
            }
        }
        return null;
    }

    /** Why a report contradicts itself (fewer troops within a larger distance), or {@code null}. */
    static @Nullable String contradiction(TroopReport r, NumberFormat format) {
        List<Band> bands = r.bands();
        for (int i = 1; i < bands.size(); i++) {
            Band a = bands.get(i - 1);
            Band b = bands.get(i);
            if (b.troops() < a.troops()) {
                return Messages.get(
                        "chart.contradiction",
                        format.format(b.troops()),
                        String.valueOf(b.withinKm()),
                        format.format(a.troops()),
                        String.valueOf(a.withinKm()));
            }
        }
        return null;
    }

    /** The largest value drawn (negative ring values, from contradictory reports, are drawn as zero). */
    public long maxValue() {
        return series.stream()
                .flatMap(s -> s.values().stream())
                .filter(v -> v != null)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
    }

    public String formatValue(long value) {
        return format.format(value);
    }
}
