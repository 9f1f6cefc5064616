package org.eventscope.timeline;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eventscope.model.Event;
import org.eventscope.timeline.Placed.AxisTick;
import org.eventscope.timeline.Placed.BandHeader;
import org.eventscope.timeline.Placed.ClusterMark;
import org.eventscope.timeline.Placed.DensityColumns;
import org.eventscope.timeline.Placed.DensityTotal;
import org.eventscope.timeline.Placed.EraSpan;
import org.eventscope.timeline.Placed.EventMark;
import org.eventscope.timeline.Placed.Hittable;
import org.eventscope.timeline.Placed.NowMark;
import org.eventscope.timeline.Placed.OverviewStrip;
import org.eventscope.timeline.Placed.ReportMark;
import org.jspecify.annotations.Nullable;

/**
 * Where everything of one timeline frame goes, computed by {@link TimelineLayout} before anything
 * is drawn. Immutable: the layers draw it, and clicks, hovering and tests ask it what is where.
 *
 * @param marks   events, clusters and category headers in drawing order (later ones on top)
 * @param density per expanded category, its density, when too many events are in view to label
 * @param total   the count under the density view, or {@code null} when events are labelled
 * @param now     the "now" marker, or {@code null} when the present is not in view
 * @param overview the overview strip, or {@code null} when the frame has none
 */
record FrameLayout(
        Frame frame,
        List<AxisTick> ticks,
        List<ReportMark> reports,
        List<EraSpan> eras,
        List<Hittable> marks,
        List<DensityColumns> density,
        @Nullable DensityTotal total,
        @Nullable NowMark now,
        @Nullable OverviewStrip overview) {

    /** What is under ({@code x}, {@code y}): the topmost mark whose bounds hold the point. */
    Optional<Hittable> hitAt(double x, double y) {
        for (int i = marks.size() - 1; i >= 0; i--) {
            if (marks.get(i).bounds().contains(x, y)) {
                return Optional.of(marks.get(i));
            }
        }
        return Optional.empty();
    }

    /** Where {@code event} is drawn, if it is drawn on its own (not in a cluster or as density). */
    Optional<EventMark> markOf(Event event) {
        return events().filter(m -> m.event().equals(event)).findFirst();
    }

    Stream<EventMark> events() {
        return marks.stream().filter(EventMark.class::isInstance).map(EventMark.class::cast);
    }

    List<ClusterMark> clusters() {
        return marks.stream()
                .filter(ClusterMark.class::isInstance)
                .map(ClusterMark.class::cast)
                .toList();
    }

    List<BandHeader> headers() {
        return marks.stream()
                .filter(BandHeader.class::isInstance)
                .map(BandHeader.class::cast)
                .toList();
    }
}
