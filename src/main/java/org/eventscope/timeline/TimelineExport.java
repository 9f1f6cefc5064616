package org.eventscope.timeline;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventscope.model.EventFile;
import org.eventscope.view.Surface;
import org.jspecify.annotations.Nullable;

/**
 * A window of a timeline to export, as a page ({@link TimelinePage}: title, time span, legend,
 * the events with whole titles, caption, sources and credit) or, beside the chart, as the
 * timeline alone; both without the window's interactive parts. Drawing must run on the JavaFX
 * application thread (text is measured there).
 *
 * @param file       the document
 * @param index      its index ({@link TimelineIndex#of} when none was built)
 * @param fromMillis the first instant shown
 * @param toMillis   the last instant shown
 * @param zone       the zone of the axis
 * @param collapsed  the categories shown as a header only
 * @param style      colours and font size
 * @param texts      the page's title, caption and credit
 * @param source     where the events come from when they are a table's, not {@code file}'s, else
 *     {@code null}
 */
public record TimelineExport(
        EventFile file,
        TimelineIndex index,
        long fromMillis,
        long toMillis,
        ZoneId zone,
        Set<String> collapsed,
        TimelineStyle style,
        Texts texts,
        @Nullable EventSource source) {

    /** A window of a file's timeline. */
    public TimelineExport(
            EventFile file,
            TimelineIndex index,
            long fromMillis,
            long toMillis,
            ZoneId zone,
            Set<String> collapsed,
            TimelineStyle style,
            Texts texts) {
        this(file, index, fromMillis, toMillis, zone, collapsed, style, texts, null);
    }

    /**
     * A window of a source's timeline (the whole extent with a margin when {@code fromMillis}
     * or {@code toMillis} is {@code null}), in the source's zone, in the light style, titled as
     * the source.
     */
    public static TimelineExport of(EventSource source, @Nullable Long fromMillis, @Nullable Long toMillis) {
        long first = source.minMillis();
        long last = Math.max(source.maxMillis(), first + 60_000);
        long margin = source.size() == 0 ? 0 : (last - first) / 20;
        EventFile header = new EventFile(
                EventFile.FORMAT_VERSION,
                source.title(),
                source.zone(),
                List.of(),
                source.categories(),
                List.of(),
                List.of());
        return new TimelineExport(
                header,
                TimelineIndex.of(header),
                fromMillis != null ? fromMillis : first - margin,
                toMillis != null ? toMillis : last + margin,
                source.zone(),
                Set.of(),
                TimelineStyle.LIGHT,
                new Texts(source.title(), "", ""),
                source);
    }

    /**
     * What a page says besides its events.
     *
     * @param title   its title (the file's, unless another is typed)
     * @param caption a note under the timeline, or empty
     * @param credit  the credit line, or empty
     */
    public record Texts(String title, String caption, String credit) {}

    /** The whole file with a margin, in its display zone, in the light style, titled as the file. */
    public static TimelineExport whole(EventFile file) {
        TimelineIndex index = TimelineIndex.of(file);
        long[] span = index.isEmpty() ? withoutEvents(file) : new long[] {index.minMillis(), index.maxMillis()};
        long from = span[0];
        long to = Math.max(span[1], from + 60_000);
        long margin = index.isEmpty() ? 0 : (to - from) / 20;
        return new TimelineExport(
                file,
                index,
                from - margin,
                to + margin,
                file.displayZone(),
                Set.of(),
                TimelineStyle.LIGHT,
                new Texts(file.title(), "", ""));
    }

    /**
     * The time a file without events still speaks of: its eras and troop reports; without those,
     * the present day.
     */
    private static long[] withoutEvents(EventFile file) {
        ZoneId zone = file.displayZone();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (var era : file.eras()) {
            from = Math.min(from, era.start().startMillis(zone));
            to = Math.max(to, era.end().periodEnd(zone).toEpochMilli());
        }
        for (var report : file.troopReports()) {
            from = Math.min(from, report.date().startMillis(zone));
            to = Math.max(to, report.date().periodEnd(zone).toEpochMilli());
        }
        if (from == Long.MAX_VALUE) {
            long today =
                    java.time.LocalDate.now(zone).atStartOfDay(zone).toInstant().toEpochMilli();
            return new long[] {today, today + 86_400_000L};
        }
        return new long[] {from, to};
    }

    /** The same, over another stretch of time. */
    public TimelineExport between(long from, long to) {
        return new TimelineExport(file, index, from, to, zone, collapsed, style, texts, source);
    }

    /** The same, saying {@code texts}. */
    public TimelineExport saying(Texts texts) {
        return new TimelineExport(file, index, fromMillis, toMillis, zone, collapsed, style, texts, source);
    }

    /** The names of the sources of the events the window shows, in the file's order. */
    public List<String> sourcesShown() {
        return TimelinePage.sourcesShown(this);
    }

    /** The events the window shows, in order of start. */
    public List<org.eventscope.model.Event> eventsShown() {
        return TimelinePage.eventsShown(this);
    }

    /** The troop reports whose date (a day, a month…) falls at least partly in the window, in the file's order. */
    public List<org.eventscope.model.TroopReport> reportsShown() {
        java.time.ZoneId fallback = file.displayZone();
        return file.troopReports().stream()
                .filter(r -> r.date().startMillis(fallback) < toMillis
                        && r.date().periodEnd(fallback).toEpochMilli() > fromMillis)
                .toList();
    }

    /** The first instant and the end (exclusive) of what the window's events cover; the window when it has none. */
    public long[] covered() {
        return TimelinePage.covered(this);
    }

    /**
     * How high a page {@code width} wide is, from one layout: {as high as its content, the least
     * it may be}. The least is its title, legend and notes, and room for the axis and three lanes
     * (clusters stand for what does not fit); less, and the notes would be drawn over the events.
     */
    public double[] pageHeights(double width) {
        TimelinePage.Layout natural =
                TimelinePage.layout(this, width, 0, new FontSet(style.fontSize()), Locale.getDefault());
        return new double[] {
            natural.height(),
            Math.ceil(natural.height() - natural.body().frame().height() + TimelinePage.MIN_BODY)
        };
    }

    /** Draws the page on {@code surface} in a {@code width} x {@code height} area at its origin. */
    public void paintPage(Surface surface, double width, double height) {
        FontSet fonts = new FontSet(style.fontSize());
        TimelinePage.draw(
                surface,
                TimelinePage.layout(this, width, height, fonts, Locale.getDefault()),
                fonts,
                new TimelineRenderer(fonts));
    }

    /** Draws the timeline alone (no title or notes, as beside the chart) in a {@code width} x {@code height} area. */
    public void paint(Surface surface, double width, double height) {
        Frame frame = TimelinePage.frame(this, width, height, Locale.getDefault());
        new TimelinePainter().paint(surface, frame);
    }
}
