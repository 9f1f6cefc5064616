package org.eventscope.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.eventscope.i18n.Messages;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.view.Surface;
import org.eventscope.view.TextWrap;

/**
 * A timeline laid out as a page to publish: the title, the time span shown, a legend of the
 * categories, the timeline with every title whole (wrapped where it fits on neither side of its
 * event), then the caption, the sources of the events shown and the credit. Nothing interactive
 * (no folding signs, counts, overview or "now"). Its height follows the content unless one is
 * given. The layout is pure (text widths are given); {@link #draw} draws it.
 */
final class TimelinePage {

    static final double MARGIN = 24;
    private static final double TITLE_LINE = 30;
    private static final double SUBTITLE_LINE = 22;
    private static final double LEGEND_LINE = 22;
    private static final double NOTE_LINE = 17;
    /** A title runs to three lines at most, a caption to six: the rest is cut with "…". */
    private static final int MAX_TITLE_LINES = 3;

    private static final int MAX_NOTE_LINES = 6;

    /** The least room a page's timeline has: its axis and three lanes. */
    static final double MIN_BODY = Metrics.LANE_TOP + 3 * Metrics.LANE_HEIGHT;
    /** The height of a category's density on a page with too many events to label. */
    private static final double DENSITY_BAND = 90;
    /** Laid out with this much height first, to see how much the events need. */
    private static final double UNBOUNDED = 1_000_000;

    /** A line of text and where its baseline-centre stands. */
    /**
     * A paragraph of text: its lines in {@code style}, the first centred on {@code y}, each
     * {@code lineHeight} below the one before (one text element in an SVG, which an editor re-flows).
     */
    record Block(List<String> lines, TextStyle style, double x, double y, double lineHeight) {
        Block {
            lines = List.copyOf(lines);
        }

        double height() {
            return lines.size() * lineHeight;
        }
    }

    /** A category (or the troop report mark) in the legend. */
    record LegendItem(String name, Color color, boolean reportMark, double x, double y) {}

    record Layout(
            double width,
            double height,
            List<Block> blocks,
            List<LegendItem> legend,
            FrameLayout body,
            double bodyTop) {}

    private TimelinePage() {}

    /**
     * Lays out {@code e} as a page {@code width} wide and, when {@code height} is positive, that
     * high (clusters then stand for what does not fit); else as high as its content.
     */
    static Layout layout(TimelineExport e, double width, double height, TextWidths text, Locale locale) {
        TimelineLayout engine = new TimelineLayout(text);
        List<Block> blocks = new ArrayList<>();
        double inner = width - 2 * MARGIN;
        double y = MARGIN;
        String title =
                e.texts().title().isBlank() ? e.file().title() : e.texts().title();
        Block heading = new Block(
                TextWrap.lines(title, inner, s -> text.width(s, TextStyle.TITLE), MAX_TITLE_LINES),
                TextStyle.TITLE,
                MARGIN,
                y + TITLE_LINE / 2,
                TITLE_LINE);
        blocks.add(heading);
        y += heading.height();
        int[] range = eventsIn(e);
        // A table's events are counted by its source, as the page counts a file's: those reaching into the window.
        EventSource source = e.source();
        long shown = source != null ? source.count(e.fromMillis(), e.toMillis(), null) : count(e, range);
        String span = span(e, range, locale) + " · "
                + (shown == 0 ? Messages.get("page.noEvents") : Messages.count(shown, "count.event"));
        blocks.add(new Block(
                TextWrap.lines(span, inner, s -> text.width(s, TextStyle.SUBTITLE), 1),
                TextStyle.SUBTITLE,
                MARGIN,
                y + SUBTITLE_LINE / 2,
                SUBTITLE_LINE));
        y += SUBTITLE_LINE + 6;
        Frame probe = frame(e, width, UNBOUNDED, locale);
        FrameLayout unbounded = engine.of(probe);
        List<LegendItem> legend = new ArrayList<>();
        y = legend(unbounded, text, inner, y, legend);
        double bodyTop = y + 8;
        List<Block> foot = foot(e, range, text, inner);
        double footLines = foot.stream().mapToDouble(Block::height).sum();
        double footHeight = footLines + (foot.isEmpty() ? 0 : 12);
        double bodyHeight = height > 0
                ? Math.max(Metrics.LANE_TOP + Metrics.LANE_HEIGHT, height - bodyTop - footHeight - MARGIN)
                : used(unbounded);
        FrameLayout body = engine.of(frame(e, width, bodyHeight, locale));
        double footTop = bodyTop + bodyHeight + 12;
        for (Block b : foot) {
            blocks.add(new Block(b.lines(), b.style(), b.x(), footTop + b.y(), b.lineHeight()));
        }
        double total = height > 0 ? height : footTop + footLines + MARGIN;
        return new Layout(width, total, blocks, legend, body, bodyTop);
    }

    /** The frame of {@code e}'s window at that size, for a page: no overview, no "now", nothing selected. */
    static Frame frame(TimelineExport e, double width, double height, Locale locale) {
        TimeScale scale = TimeScale.fit(e.fromMillis(), e.toMillis(), width, 0);
        EventSource source = e.source();
        // A table's page holds what its source gives for this window: its events, or its counts.
        SourceView view = source == null ? null : SourceView.fetch(source, scale, width, true, null, null);
        return new Frame(
                width,
                height,
                view == null ? e.file() : view.slice().file(),
                view == null ? e.index() : view.slice(),
                scale,
                e.zone(),
                locale,
                null,
                null,
                false,
                Long.MIN_VALUE,
                e.style(),
                e.collapsed(),
                false,
                true,
                view);
    }

    /** How high the events of an unbounded layout reach, with a margin under the last lane. */
    private static double used(FrameLayout l) {
        if (!l.density().isEmpty()) {
            // Too many events to label: a density band of 90 px per category is enough to read.
            int bands = Math.max(l.density().size(), l.headers().size());
            return Metrics.LANE_TOP + Metrics.LANE_HEIGHT + bands * (Metrics.HEADER + DENSITY_BAND) + 30;
        }
        double bottom = Metrics.LANE_TOP + Metrics.LANE_HEIGHT;
        for (Placed.Hittable m : l.marks()) {
            bottom = Math.max(bottom, m.bounds().getMaxY());
        }
        for (Placed.BandHeader h : l.headers()) {
            bottom = Math.max(bottom, h.y() + Metrics.HEADER);
        }
        for (Placed.DensityColumns d : l.density()) {
            bottom = Math.max(bottom, d.bottom());
        }
        // Eras are named at the foot of the lanes: leave them a line of their own.
        return bottom + (l.eras().isEmpty() ? 10 : 30) + 1;
    }

    /** The categories that have events on the page, then the report mark when there is one; rows as wide as the page. */
    private static double legend(FrameLayout l, TextWidths text, double inner, double y, List<LegendItem> out) {
        List<LegendItem> items = new ArrayList<>();
        for (Placed.BandHeader h : l.headers()) {
            items.add(new LegendItem(h.text(), h.color(), false, 0, 0));
        }
        if (l.headers().isEmpty() && l.marks().isEmpty() && l.density().isEmpty()) {
            return y;
        }
        if (!l.reports().isEmpty()) {
            items.add(new LegendItem(
                    Messages.get("page.reportMark"), l.frame().style().now().deriveColor(30, 1, 1, 1), true, 0, 0));
        }
        if (items.isEmpty()) {
            return y;
        }
        double x = 0;
        double row = y;
        for (LegendItem item : items) {
            double w = 16 + text.width(item.name(), TextStyle.AXIS) + 18;
            if (x > 0 && x + w > inner) {
                x = 0;
                row += LEGEND_LINE;
            }
            out.add(new LegendItem(item.name(), item.color(), item.reportMark(), MARGIN + x, row + LEGEND_LINE / 2));
            x += w;
        }
        return row + LEGEND_LINE;
    }

    /** The items of the index that the page's window shows: [first, last). */
    private static int[] eventsIn(TimelineExport e) {
        TimelineIndex index = e.index();
        int first = index.firstEndingAtOrAfter(e.fromMillis() + 1);
        // Items are in order of start: the last one starting before the window's end.
        int last = index.firstStartingAfter(e.toMillis() - 1);
        return new int[] {first, Math.max(first, last)};
    }

    /** Whether item {@code i} lies in the window: it ends after the window starts and starts before it ends. */
    private static boolean inWindow(TimelineExport e, int i) {
        return e.index().end(i) > e.fromMillis() && e.index().start(i) < e.toMillis();
    }

    /** The events the page shows, in order of start. */
    static List<org.eventscope.model.Event> eventsShown(TimelineExport e) {
        int[] range = eventsIn(e);
        List<org.eventscope.model.Event> out = new java.util.ArrayList<>();
        for (int i = range[0]; i < range[1]; i++) {
            if (inWindow(e, i)) {
                out.add(e.index().event(i));
            }
        }
        return out;
    }

    /** How many events the page shows. */
    private static int count(TimelineExport e, int[] range) {
        int n = 0;
        for (int i = range[0]; i < range[1]; i++) {
            n += inWindow(e, i) ? 1 : 0;
        }
        return n;
    }

    /**
     * The dates the page's events cover, within its window (the window itself when it has none):
     * the first day and the last, its end exclusive.
     */
    private static String span(TimelineExport e, int[] range, Locale locale) {
        long[] covered = covered(e, range);
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        ZoneId zone = e.zone();
        String from = date.format(Instant.ofEpochMilli(covered[0]).atZone(zone));
        String to = date.format(Instant.ofEpochMilli(covered[1] - 1).atZone(zone));
        return from.equals(to) ? from : from + " – " + to;
    }

    /** The first instant and the end (exclusive) of what the page's events cover, within its window. */
    static long[] covered(TimelineExport e) {
        return covered(e, eventsIn(e));
    }

    private static long[] covered(TimelineExport e, int[] range) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (int i = range[0]; i < range[1]; i++) {
            if (inWindow(e, i)) {
                from = Math.min(from, Math.max(e.index().start(i), e.fromMillis()));
                to = Math.max(to, Math.min(Math.max(e.index().end(i), e.index().start(i) + 1), e.toMillis()));
            }
        }
        return from == Long.MAX_VALUE ? new long[] {e.fromMillis(), e.toMillis()} : new long[] {from, to};
    }

    /**
     * The paragraphs under the timeline, at y offsets from their top: the caption, the sources of
     * the events shown (all of them: a page credits every source it draws from), the credit.
     */
    private static List<Block> foot(TimelineExport e, int[] range, TextWidths text, double inner) {
        List<List<String>> paragraphs = new ArrayList<>();
        ToDoubleFunction<String> note = s -> text.width(s, TextStyle.NOTE);
        if (!e.texts().caption().isBlank()) {
            paragraphs.add(TextWrap.lines(e.texts().caption().strip(), inner, note, MAX_NOTE_LINES));
        }
        String sources = String.join("; ", sourcesShown(e, range));
        if (!sources.isEmpty()) {
            paragraphs.add(TextWrap.lines(Messages.get("page.sources", sources), inner, note));
        }
        if (!e.texts().credit().isBlank()) {
            paragraphs.add(TextWrap.lines(e.texts().credit().strip(), inner, note, 2));
        }
        List<Block> out = new ArrayList<>();
        double y = NOTE_LINE / 2;
        for (List<String> p : paragraphs) {
            Block b = new Block(p, TextStyle.NOTE, MARGIN, y, NOTE_LINE);
            out.add(b);
            y += b.height();
        }
        return out;
    }

    /** The names of the sources of the events on the page, in the file's order of sources, each once. */
    static List<String> sourcesShown(TimelineExport e, int[] range) {
        if (e.source() != null) {
            // A table's page credits the table its counts and events come from.
            return List.of(e.source().title());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = range[0]; i < range[1]; i++) {
            if (inWindow(e, i)) {
                ids.addAll(e.index().event(i).sourceIds());
            }
        }
        Set<String> names = new LinkedHashSet<>();
        EventFile file = e.file();
        for (Source s : file.sources()) {
            if (ids.contains(s.id())) {
                names.add(s.name());
            }
        }
        return List.copyOf(names);
    }

    /** The names of the sources of the events the page shows. */
    static List<String> sourcesShown(TimelineExport e) {
        return sourcesShown(e, eventsIn(e));
    }

    static void draw(Surface gc, Layout page, FontSet fonts, TimelineRenderer renderer) {
        TimelineStyle style = page.body().frame().style();
        gc.save();
        gc.setFill(style.background());
        gc.fillRect(0, 0, page.width(), page.height());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (Block b : page.blocks()) {
            gc.setFont(fonts.font(b.style()));
            gc.setFill(b.style() == TextStyle.TITLE ? style.axisStrong() : style.axisText());
            gc.fillTextLines(b.lines(), b.x(), b.y(), b.lineHeight());
        }
        gc.setFont(fonts.font(TextStyle.AXIS));
        for (LegendItem item : page.legend()) {
            gc.setFill(item.color());
            if (item.reportMark()) {
                gc.fillPolygon(
                        new double[] {item.x(), item.x() + 10, item.x() + 5},
                        new double[] {item.y() + 4, item.y() + 4, item.y() - 4},
                        3);
            } else {
                gc.fillRoundRect(item.x(), item.y() - 5, 10, 10, 3, 3);
            }
            gc.setFill(style.label());
            gc.fillText(item.name(), item.x() + 16, item.y());
        }
        gc.translate(0, page.bodyTop());
        renderer.draw(gc, page.body());
        gc.restore();
    }
}
