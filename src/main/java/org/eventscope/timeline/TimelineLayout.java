package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.MARKER;
import static org.eventscope.timeline.Metrics.MAX_LABEL;
import static org.eventscope.timeline.Metrics.MAX_LABELLED;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.paint.Color;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Category;
import org.eventscope.model.CategoryColors;
import org.eventscope.model.EventFile;
import org.eventscope.model.Text;
import org.eventscope.timeline.Placed.DensityColumns;
import org.eventscope.timeline.Placed.Hittable;
import org.jspecify.annotations.Nullable;

/**
 * Lays out one timeline frame: which events are in view, their lanes, labels and clusters, or
 * their density when too many are in view to label; the axis, eras and marks; the overview strip.
 * Pure apart from the text widths it is given: it draws nothing and needs no JavaFX toolkit.
 * Keeps caches (label widths, the overview's histogram) between frames; one per view.
 */
final class TimelineLayout {

    /** Fit all leaves a label at least this much room (about 24 characters), whole or not. */
    static final double READABLE_LABEL = 180;

    /** The key of the lane of events without a category. */
    static final String NO_CATEGORY = "";

    private final TextWidths text;
    private final Overview overview = new Overview();
    /** Labels' widths in the regular style, by title: measuring text dominates a frame. */
    private final Map<String, Double> labelCache = new HashMap<>();

    /**
     * The lanes of one category (or of events without one).
     *
     * @param key       the category id, or {@link #NO_CATEGORY}
     * @param name      shown in its header
     * @param collapsed shown as a header only
     * @param count     how many events of the whole file it holds
     * @param matching  how many of them match the filter, or -1 without a filter
     */
    record CategoryRow(String key, String name, Color color, boolean collapsed, int count, int matching) {

        /** Whether a filter is on: then {@code matching} of {@code count} match it. */
        boolean filtered() {
            return matching >= 0;
        }
    }

    TimelineLayout(TextWidths text) {
        this.text = text;
    }

    FrameLayout of(Frame f) {
        List<CategoryRow> bands = bands(f, matchingPerCategory(f));
        int[] bandOf = bandOf(f, bands);
        List<Hittable> marks = new ArrayList<>();
        List<DensityColumns> density = new ArrayList<>();
        Placed.DensityTotal total = placeEvents(f, bands, bandOf, marks, density);
        Placed.NowMark now = AxisLayout.now(f, text);
        return new FrameLayout(
                f,
                AxisLayout.besideNow(AxisLayout.ticks(f, text), now, text),
                AxisLayout.reports(f),
                AxisLayout.eras(f, text),
                List.copyOf(marks),
                List.copyOf(density),
                total,
                now,
                f.overview() ? overview.strip(f, bands, bandOf) : null);
    }

    /**
     * The scale that shows every event with its label at width {@code width}: the whole span
     * between {@code padding} pixels from each edge, zoomed out further only as far as an event
     * needs whose label fits neither right of it nor (as near the right edge) left of it, to
     * leave it its whole label or {@link #READABLE_LABEL} pixels of it.
     * With more events than can be labelled, simply the whole span; with none, the present.
     */
    TimeScale fitAll(TimelineIndex all, double width, double padding, long nowMillis) {
        if (all.isEmpty()) {
            return TimeScale.fit(nowMillis, nowMillis, width, padding);
        }
        long start = all.minMillis();
        TimeScale whole = TimeScale.fit(start, all.maxMillis(), width, padding);
        if (all.size() > MAX_LABELLED || all.maxMillis() == start) {
            return whole;
        }
        double cap = LabelledLayout.labelCap(width);
        double mpp = whole.millisPerPixel();
        double least = mpp;
        for (int i = 0; i < all.size(); i++) {
            // Measured in bold, as a selected event's label is drawn.
            double reach = MARKER
                    + 5
                    + Math.min(cap, labelWidth(Text.oneLine(all.event(i).title()), true))
                    + 4;
            boolean leftFits = padding + (all.start(i) - start) / least - reach >= 0;
            if (!leftFits) {
                // Room on the right for the label, or for a readable part of it; and at least a
                // third of the view for time, however long the label.
                double needed = Math.min(reach, MARKER + 5 + READABLE_LABEL + 4);
                double room = Math.max(width / 3, width - padding - needed);
                mpp = Math.max(mpp, (all.end(i) - start) / room);
            }
        }
        return TimeScale.anchored((double) start, padding, mpp);
    }

    private Placed.@Nullable DensityTotal placeEvents(
            Frame f, List<CategoryRow> bands, int[] bandOf, List<Hittable> marks, List<DensityColumns> density) {
        SourceView source = f.source();
        if (source != null && source.columns() != null) {
            return DensityLayout.place(f, source.columns(), bands, bandOf, text, marks, density);
        }
        TimelineIndex index = f.index();
        long[] window = window(f.scale(), f.width(), f.page());
        long viewStart = window[0];
        long viewEnd = window[1];
        int first = index.firstEndingAtOrAfter(viewStart);
        int last = index.firstStartingAfter(viewEnd);
        int[] visible = new int[Math.min(Math.max(0, last - first), MAX_LABELLED + 1)];
        int n = 0;
        for (int i = first; i < last; i++) {
            if ((f.page() ? index.end(i) > viewStart : index.end(i) >= viewStart)
                    && f.shown(i)
                    && !bands.get(bandIndex(bandOf, index.category(i))).collapsed()) {
                if (n == visible.length) {
                    return DensityLayout.place(f, first, last, bands, bandOf, text, marks, density);
                }
                visible[n++] = i;
            }
        }
        new LabelledLayout(f, bands, bandOf, text, this::labelWidth).place(visible, n, marks);
        return null;
    }

    /**
     * The stretch of time whose events a frame lays out: on screen, events just outside the view
     * still show the end of their labels; a page shows exactly the events of its window.
     */
    static long[] window(TimeScale scale, double width, boolean page) {
        long viewStart = (long) scale.toMillis(page ? 0 : -MAX_LABEL - 20);
        long viewEnd = page ? (long) scale.toMillis(width) - 1 : (long) Math.ceil(scale.toMillis(width + 20));
        return new long[] {viewStart, viewEnd};
    }

    /** The width of an event's whole title as a label, in bold for the selected event. */
    double labelWidth(String title, boolean selected) {
        if (selected) {
            return text.width(title, TextStyle.LABEL_BOLD);
        }
        Double cached = labelCache.get(title);
        if (cached == null) {
            if (labelCache.size() > 50_000) {
                labelCache.clear();
            }
            cached = text.width(title, TextStyle.LABEL);
            labelCache.put(title, cached);
        }
        return cached;
    }

    /** The bands of the file: one per category that has events, in file order, then those without. */
    static List<CategoryRow> bands(Frame f, int @Nullable [] matching) {
        List<CategoryRow> out = new ArrayList<>();
        SourceView source = f.source();
        int[] counts = source != null ? source.totals() : f.index().categoryCounts();
        EventFile file = f.file();
        if (file != null) {
            Map<String, String> colors = CategoryColors.of(file.categories());
            for (int c = 0; c < file.categories().size(); c++) {
                if (counts[c] > 0) {
                    Category cat = file.categories().get(c);
                    out.add(new CategoryRow(
                            cat.id(),
                            cat.name(),
                            Color.web(colors.getOrDefault(cat.id(), "#808080")),
                            f.collapsed().contains(cat.id()),
                            counts[c],
                            matching == null ? -1 : matching[c]));
                }
            }
        }
        int none = counts[counts.length - 1];
        if (none > 0) {
            out.add(new CategoryRow(
                    NO_CATEGORY,
                    Messages.get(out.isEmpty() ? "timeline.events" : "timeline.otherEvents"),
                    // Beside coloured categories, the events without one are grey.
                    out.isEmpty() ? f.style().event() : f.style().axisText(),
                    f.collapsed().contains(NO_CATEGORY),
                    none,
                    matching == null ? -1 : matching[counts.length - 1]));
        }
        return out;
    }

    private @Nullable TimelineIndex matchedIndex;
    private @Nullable BitSet matchedSet;
    private int[] matchedCounts = new int[0];

    /**
     * How many items of each category (by position, and last those without one) match the
     * filter, or {@code null} without a filter; counted once per index and filter.
     */
    @SuppressWarnings("ReferenceEquality") // a cache of the very filter result: a new set is a new filter
    private int @Nullable [] matchingPerCategory(Frame f) {
        BitSet matches = f.matches();
        if (matches == null) {
            return null;
        }
        if (matches != matchedSet || f.index() != matchedIndex) {
            int[] counts = new int[f.index().categoryCounts().length];
            for (int i = matches.nextSetBit(0); i >= 0 && i < f.index().size(); i = matches.nextSetBit(i + 1)) {
                int c = f.index().category(i);
                counts[c < 0 ? counts.length - 1 : c]++;
            }
            matchedCounts = counts;
            matchedSet = matches;
            matchedIndex = f.index();
        }
        return matchedCounts;
    }

    /** For each category position (and last, none), its band's position in {@code bands}, or -1. */
    static int[] bandOf(Frame f, List<CategoryRow> bands) {
        EventFile file = f.file();
        List<Category> categories = file == null ? List.of() : file.categories();
        int[] out = new int[categories.size() + 1];
        Arrays.fill(out, -1);
        for (int b = 0; b < bands.size(); b++) {
            String key = bands.get(b).key();
            if (key.equals(NO_CATEGORY)) {
                out[categories.size()] = b;
            } else {
                for (int c = 0; c < categories.size(); c++) {
                    if (categories.get(c).id().equals(key)) {
                        out[c] = b;
                    }
                }
            }
        }
        return out;
    }

    static int bandIndex(int[] bandOf, int category) {
        return bandOf[category < 0 ? bandOf.length - 1 : category];
    }

    /** Number formats by locale, one set per thread (a format is not thread-safe, and costly to make). */
    private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBER_FORMATS = ThreadLocal.withInitial(HashMap::new);

    static String format(long n, Locale locale) {
        return NUMBER_FORMATS
                .get()
                .computeIfAbsent(locale, NumberFormat::getIntegerInstance)
                .format(n);
    }
}
