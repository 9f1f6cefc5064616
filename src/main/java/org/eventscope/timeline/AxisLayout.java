package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.snap;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Era;
import org.eventscope.model.EventFile;
import org.eventscope.model.TroopReport;
import org.eventscope.timeline.Placed.AxisTick;
import org.eventscope.timeline.Placed.EraSpan;
import org.eventscope.timeline.Placed.NowMark;
import org.eventscope.timeline.Placed.ReportMark;
import org.jspecify.annotations.Nullable;

/** Lays out what frames the events: the time axis and its labels, troop report marks, eras and "now". */
final class AxisLayout {

    private AxisLayout() {}

    /**
     * The ticks in view with their labels. A label is left out rather than drawn over another
     * label or across a major tick's line, and never runs out of the view.
     */
    static List<AxisTick> ticks(Frame f, TextWidths text) {
        TickGenerator.Axis axis = new TickGenerator(f.zone(), f.locale(), 50).ticks(f.scale(), f.width());
        List<AxisTick> out = new ArrayList<>(axis.minor().size() + axis.major().size());
        List<Tick> major = axis.major();
        double[] majorX = new double[major.size()];
        for (int i = 0; i < major.size(); i++) {
            majorX[i] = snap(f.scale().toX(major.get(i).millis()));
        }
        List<Tick> minor = axis.minor();
        int nextMajor = 0;
        for (int i = 0; i < minor.size(); i++) {
            double x = snap(f.scale().toX(minor.get(i).millis()));
            while (nextMajor < majorX.length && majorX[nextMajor] <= x + 0.5) {
                nextMajor++;
            }
            double limit = Math.min(
                    f.width(),
                    i + 1 < minor.size() ? snap(f.scale().toX(minor.get(i + 1).millis())) : f.width());
            if (nextMajor < majorX.length) {
                limit = Math.min(limit, majorX[nextMajor]);
            }
            String label = minor.get(i).label();
            // A tick left of the view would show only the end of its label.
            boolean fits = x >= 0 && x + 4 + text.width(label, TextStyle.AXIS) <= limit - 2;
            out.add(new AxisTick(x, false, fits ? label : null, x + 4));
        }
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < major.size(); i++) {
            AxisTick t = majorTick(f, text, major, i, majorX[i]);
            String label = t.label();
            if (label != null && t.labelX() < previousEnd + 8) {
                t = new AxisTick(t.x(), true, null, t.labelX()); // it would cover the label before it
            } else if (label != null) {
                previousEnd = t.labelX() + text.width(label, TextStyle.AXIS_BOLD);
            }
            out.add(t);
        }
        return out;
    }

    private static AxisTick majorTick(Frame f, TextWidths text, List<Tick> major, int i, double x) {
        // The label sticks to the left edge while its period is in view, so the context is never lost.
        String label = major.get(i).label();
        double labelX = Math.max(x, 0) + 6;
        double w = text.width(label, TextStyle.AXIS_BOLD);
        if (i + 1 < major.size()) {
            double nextX = f.scale().toX(major.get(i + 1).millis());
            labelX = Math.min(labelX, nextX - w - 8);
        }
        if (labelX < 0) {
            return new AxisTick(x, true, null, labelX); // the next period's label gives the context
        }
        // At the right edge a label that does not fit whole is left out, never cut: the period
        // it names has only begun there, and the previous label gives the context.
        if (w > f.width() - 4 - labelX) {
            return new AxisTick(x, true, null, labelX);
        }
        return new AxisTick(x, true, label, labelX);
    }

    /** A mark at each troop report's date (the middle of its whole day, month or year) in view. */
    static List<ReportMark> reports(Frame f) {
        EventFile file = f.file();
        if (file == null) {
            return List.of();
        }
        ZoneId fallback = file.displayZone();
        List<ReportMark> out = new ArrayList<>();
        for (TroopReport report : file.troopReports()) {
            long from = report.date().startMillis(fallback);
            long to = report.date().periodEnd(fallback).toEpochMilli();
            double x = f.scale().toX(from + (to - from) / 2.0);
            if (x >= -6 && x <= f.width() + 6) {
                out.add(new ReportMark(x));
            }
        }
        return out;
    }

    /** The eras in view; without a colour of their own, every other one is tinted. */
    static List<EraSpan> eras(Frame f, TextWidths text) {
        EventFile file = f.file();
        if (file == null || file.eras().isEmpty()) {
            return List.of();
        }
        ZoneId fallback = file.displayZone();
        List<EraSpan> out = new ArrayList<>();
        int n = 0;
        for (Era era : file.eras()) {
            double x0 = f.scale().toX(era.start().startMillis(fallback));
            double x1 = f.scale().toX(era.end().periodEnd(fallback).toEpochMilli());
            n++;
            if (x1 < 0 || x0 > f.width()) {
                continue;
            }
            String own = era.color();
            Color color = own != null
                    ? Color.web(own)
                    : (n % 2 == 1 ? f.style().event() : f.style().axisStrong());
            double left = Math.max(x0, 0) + 6;
            String label = text.fit(era.title(), TextStyle.AXIS_BOLD, Math.max(0, Math.min(x1, f.width()) - left - 4));
            out.add(new EraSpan(x0, x1, color.deriveColor(0, 1, 1, own != null ? 0.35 : 0.07), label, left));
        }
        return out;
    }

    /** The ticks, less the labels of minor ticks that the "now" label would stand on. */
    static List<AxisTick> besideNow(List<AxisTick> ticks, @Nullable NowMark now, TextWidths text) {
        if (now == null) {
            return ticks;
        }
        double from = now.x() + 2;
        double to = now.x() + 6 + now.labelWidth();
        List<AxisTick> out = new ArrayList<>(ticks.size());
        for (AxisTick t : ticks) {
            String label = t.label();
            boolean covered = !t.major()
                    && label != null
                    && t.labelX() < to
                    && t.labelX() + text.width(label, TextStyle.AXIS) > from;
            out.add(covered ? new AxisTick(t.x(), false, null, t.labelX()) : t);
        }
        return out;
    }

    static @Nullable NowMark now(Frame f, TextWidths text) {
        double x = f.scale().toX(f.nowMillis());
        if (x < 0 || x > f.width()) {
            return null;
        }
        String label = Messages.get("timeline.now");
        return new NowMark(x, label, text.width(label, TextStyle.AXIS_BOLD));
    }
}
