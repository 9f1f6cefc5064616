package org.eventscope.timeline;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.paint.Color;
import org.eventscope.model.Event;
import org.jspecify.annotations.Nullable;

/**
 * Something laid out in a timeline frame, in the frame's pixels. A {@link FrameLayout} holds them;
 * the layers draw them and input handling asks the {@link Hittable} ones what is under the mouse.
 */
sealed interface Placed {

    /** What a click or the mouse can land on: an event, a cluster, a category's header. */
    sealed interface Hittable extends Placed {
        /** Where it reacts to the mouse. */
        Bounds bounds();
    }

    /**
     * An event drawn as a bar (a range wide enough to see) or a diamond marker, with its label.
     *
     * @param item      its position in the index
     * @param marker    the bar or the diamond
     * @param bounds    the marker and the label together
     * @param bar       drawn as a bar from {@code x0} to {@code x1}, else as a diamond at {@code anchorX}
     * @param y         the top of its row
     * @param label     its label's (first) line
     * @param more      on a page, the further lines of a label wrapped because it fits on neither side
     * @param labelX    where its label starts
     * @param color     its category's colour, dimmed when it does not match the filter
     * @param dimmed    drawn faint because it does not match the filter
     * @param uncertain only the month or year is known: drawn soft
     */
    record EventMark(
            Event event,
            int item,
            Bounds marker,
            Bounds bounds,
            boolean bar,
            double x0,
            double x1,
            double anchorX,
            double y,
            String label,
            List<String> more,
            double labelX,
            boolean selected,
            boolean dimmed,
            boolean uncertain,
            Color color)
            implements Hittable {

        /** The label stands inside the bar. */
        boolean labelInside() {
            return bar && labelX >= x0 && labelX < x1;
        }
    }

    /**
     * Events that do not fit, as one rounded count that zooms in when clicked.
     *
     * @param fromMillis the earliest start among them
     * @param toMillis   the latest end among them
     * @param text       what it shows: "+12", or in the density view the plain count
     */
    record ClusterMark(Bounds bounds, long fromMillis, long toMillis, int count, String text) implements Hittable {}

    /**
     * The header of a category's lanes, which folds them.
     *
     * @param key   the category id, or {@link TimelineLayout#NO_CATEGORY}
     * @param count how many events of the whole file the category holds
     * @param text  the name and the count
     */
    record BandHeader(String key, Color color, boolean collapsed, int count, double y, String text, Bounds bounds)
            implements Hittable {}

    /**
     * A tick of the time axis. Minor ticks carry a label at their right when {@code label} is not
     * null; a major tick's label may stand right of the tick, held at the left edge while its period
     * is in view.
     */
    record AxisTick(double x, boolean major, @Nullable String label, double labelX) implements Placed {}

    /** An era: a tinted band behind the events, named at the foot of the lanes. */
    record EraSpan(double x0, double x1, Color fill, String label, double labelX) implements Placed {}

    /** A troop report's date on the axis. */
    record ReportMark(double x) implements Placed {}

    /** The present, when it is in view. */
    record NowMark(double x, String label, double labelWidth) implements Placed {}

    /**
     * One band's density: per pixel column how many events fall there, drawn as bars on
     * {@code bottom}, √count/max of {@code usable} high.
     *
     * @param matching per column the events that match the filter, or {@code null} without a filter
     */
    @SuppressWarnings("ArrayRecordComponent") // counts made for one layout and never changed
    record DensityColumns(double bottom, double usable, Color color, int[] counts, int @Nullable [] matching, int max)
            implements Placed {}

    /** The total under the density view: "12,345 in view". */
    record DensityTotal(String text) implements Placed {}

    /**
     * The overview strip: the whole file's events per pixel column, by category, and the visible window.
     *
     * @param top     its top edge
     * @param columns per band (as the frame's categories), how many of its events (shown by the
     *     filter) fall in each column; none for a file without events
     * @param colors  each band's colour
     * @param max     the most events in one column, all bands together
     * @param x0      the visible window's left edge in the strip
     * @param x1      its right edge
     */
    @SuppressWarnings("ArrayRecordComponent") // a histogram made once per file, width and filter, never changed
    record OverviewStrip(double top, int[][] columns, List<Color> colors, int max, double x0, double x1)
            implements Placed {}
}
