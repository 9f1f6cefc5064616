package org.eventscope.chart;

import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.TimeFormat;
import org.eventscope.model.TroopReport;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a troop chart says, independent of how it is drawn: title, bars with their labels and
 * values, axis titles, caption and credit. Built once per document and locale.
 *
 * @param title      the chart's title
 * @param bars       one bar per distance band, nearest first
 * @param valueAxis  the title of the value axis
 * @param bandAxis   the title of the band axis
 * @param caption    who reported the figures, when, and the sources
 * @param credit     the credit line
 * @param format     how values are written, in the reader's locale
 */
public record ChartContent(String title, List<Bar> bars, String valueAxis, String bandAxis, String caption,
                           String credit, NumberFormat format) {

    /** One bar: "within 200 km", 122,000. */
    public record Bar(String label, long value) {
    }

    public ChartContent {
        bars = List.copyOf(bars);
    }

    public static ChartContent of(EventFile file, TroopReport report, Locale locale) {
        Objects.requireNonNull(report, "report");
        List<Bar> bars = report.bands().stream()
                .map(b -> new Bar("within " + b.withinKm() + " km", b.troops()))
                .toList();
        String title = report.subject() != null ? report.subject() : "Reported troop numbers";
        String sources = report.sourceIds().stream()
                .map(id -> file.source(id).map(Source::name).orElse(id))
                .collect(Collectors.joining("; "));
        String caption = "Reported by " + report.reportedBy() + ", " + TimeFormat.format(report.date(), file.displayZone(), locale)
                + ". Bands are cumulative: each includes the nearer ones."
                + (sources.isEmpty() ? "" : " Source: " + sources + ".");
        return new ChartContent(title, bars, "Troops", "Distance from the border", caption,
                "Chart: Eventscope · " + file.title(), NumberFormat.getIntegerInstance(locale));
    }

    public long maxValue() {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
    }

    public String formatValue(long value) {
        return format.format(value);
    }
}
