package org.eventscope.chart;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.TextAlignment;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Precision;
import org.eventscope.model.TroopReport;
import org.eventscope.view.CanvasSkin;
import org.eventscope.view.FxSurface;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link TroopChart} on a canvas, once per pulse when something changed. Over time, the
 * wheel zooms and a drag pans the chart's window (and so the timeline's, when they are linked).
 */
public class TroopChartSkin extends CanvasSkin<TroopChart> {

    private @Nullable ChartPainter painter;
    private @Nullable ChartStyle painterStyle;
    private final InvalidationListener redraw = o -> markDirty();
    private @Nullable ChartLayout layout;
    private @Nullable TrendLayout trend;
    private @Nullable ChartContent content;
    private final Tooltip tooltip = new Tooltip();

    /** Where a drag began, and the window then; {@code null} when no drag is under way. */
    private @Nullable TimeWindow dragWindow;

    private double dragX;

    public TroopChartSkin(TroopChart control) {
        super(control, 480, 400, 200, 200);
        listen(control.eventFileProperty(), redraw);
        listen(control.highlightedReportProperty(), redraw);
        listen(control.modeProperty(), redraw);
        listen(control.timeWindowProperty(), redraw);
        listen(control.displayZoneProperty(), redraw);
        listen(control.chartStyleProperty(), redraw);
        listen(control.creditProperty(), redraw);
        handle(MouseEvent.MOUSE_CLICKED, this::clicked);
        handle(MouseEvent.MOUSE_MOVED, this::moved);
        handle(MouseEvent.MOUSE_PRESSED, this::pressed);
        handle(MouseEvent.MOUSE_DRAGGED, this::dragged);
        handle(MouseEvent.MOUSE_RELEASED, e -> dragWindow = null);
        handle(ScrollEvent.SCROLL, this::scrolled);
    }

    @Override
    protected void draw() {
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        TroopChart c = getSkinnable();
        GraphicsContext gc = canvas().getGraphicsContext2D();
        ChartStyle style = c.getChartStyle();
        if (painter == null || !style.equals(painterStyle)) {
            painter = new ChartPainter(style);
            painterStyle = style;
        }
        layout = null;
        trend = null;
        if (c.getReports().isEmpty()) {
            content = null;
            gc.setFill(style.background());
            gc.fillRect(0, 0, w, h);
            gc.setFill(style.muted());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(Messages.get("chart.none"), w / 2, h / 2);
            return;
        }
        ChartContent shown = java.util.Objects.requireNonNull(c.shownContent());
        content = shown;
        if (shown.trend() != null) {
            trend = painter.paintOverTime(new FxSurface(gc), w, h, shown, c.getHighlightedReport());
        } else {
            layout = painter.paint(new FxSurface(gc), w, h, shown, c.getHighlightedReport());
        }
    }

    Optional<Bounds> barBounds(int index) {
        ChartLayout at = layout;
        if (at == null || index < 0 || index >= at.bars().size()) {
            return Optional.empty();
        }
        ChartLayout.Rect r = at.bars().get(index);
        return Optional.of(new BoundingBox(r.x(), r.y(), r.w(), r.h()));
    }

    @Nullable
    TrendLayout trendLayout() {
        return trend;
    }

    /** The report under the point, over time or in the bars, or {@code null}. */
    private @Nullable TroopReport reportAt(double x, double y) {
        ChartContent shown = content;
        if (shown == null) {
            return null;
        }
        TrendLayout over = trend;
        if (over != null) {
            int i = over.markAt(x, y);
            return i < 0
                    ? null
                    : shown.series().get(over.marks().get(i).series()).report();
        }
        ChartLayout at = layout;
        int bar = at == null ? -1 : at.barAt(x, y);
        return at == null || bar < 0
                ? null
                : shown.series().get(bar % at.series()).report();
    }

    private void clicked(MouseEvent e) {
        if (!e.isStillSincePress()) {
            return; // the end of a drag
        }
        Consumer<TroopReport> handler = getSkinnable().onReportClickedProperty().get();
        TroopReport report = reportAt(e.getX(), e.getY());
        if (handler != null && report != null) {
            handler.accept(report);
        }
    }

    private void moved(MouseEvent e) {
        ChartContent shown = this.content;
        TroopChart c = getSkinnable();
        String tip = shown == null ? null : trend != null ? pointTip(shown, trend, e) : barTip(shown, e);
        c.setCursor(tip != null ? Cursor.HAND : Cursor.DEFAULT);
        if (tip == null) {
            Tooltip.uninstall(c, tooltip);
            return;
        }
        tooltip.setText(tip);
        Tooltip.install(c, tooltip);
    }

    private @Nullable String barTip(ChartContent shown, MouseEvent e) {
        ChartLayout at = layout;
        int bar = at == null ? -1 : at.barAt(e.getX(), e.getY());
        if (at == null || bar < 0) {
            return null;
        }
        ChartContent.Series series = shown.series().get(bar % at.series());
        Long v = series.values().get(bar / at.series());
        String group = shown.groups().get(bar / at.series());
        return series.name() + "\n"
                + (v == null
                        ? Messages.get("chart.tip.noFigure", group)
                        : Messages.get(
                                shown.rings() ? "chart.tip.derived" : "chart.tip.figure", shown.formatValue(v), group))
                + (series.warning() != null ? "\n\n⚠ " + series.warning() : "")
                + (series.report().eventId() != null ? "\n\n" + Messages.get("chart.tip.click") : "");
    }

    /** The hover card of a point over time: who reported, when, the figure, its sources, its warning. */
    private @Nullable String pointTip(ChartContent shown, TrendLayout over, MouseEvent e) {
        int i = over.markAt(e.getX(), e.getY());
        if (i < 0) {
            return null;
        }
        TrendLayout.Mark m = over.marks().get(i);
        return pointCard(shown, m);
    }

    /** The text of a point's hover card. */
    static String pointCard(ChartContent shown, TrendLayout.Mark m) {
        ChartContent.Series series = shown.series().get(m.series());
        Long v = series.values().get(m.band());
        StringBuilder card = new StringBuilder(series.name())
                .append('\n')
                .append(Messages.get(
                        "chart.tip.figure",
                        shown.formatValue(v == null ? 0 : v),
                        shown.groups().get(m.band())));
        Precision p = series.report().date().precision();
        if (p == Precision.MONTH || p == Precision.YEAR) {
            card.append('\n').append(Messages.get("chart.tip.period", Messages.get("chart.period." + p.name())));
        }
        if (m.sameDate() > 1) {
            card.append('\n').append(Messages.get("chart.tip.sameDate", String.valueOf(m.sameDate() - 1)));
        }
        if (!series.sources().isEmpty()) {
            card.append("\n\n").append(Messages.get("chart.tip.sources", String.join("; ", series.sources())));
        }
        if (series.warning() != null) {
            card.append("\n\n⚠ ").append(series.warning());
        }
        if (series.report().eventId() != null) {
            card.append("\n\n").append(Messages.get("chart.tip.click"));
        }
        return card.toString();
    }

    private void pressed(MouseEvent e) {
        TrendLayout over = trend;
        dragWindow = null;
        if (over != null && over.plot().contains(e.getX(), e.getY())) {
            dragWindow = window();
            dragX = e.getX();
        }
    }

    private void dragged(MouseEvent e) {
        TrendLayout over = trend;
        TimeWindow from = dragWindow;
        if (over == null || from == null) {
            return;
        }
        double w = over.plot().w();
        getSkinnable().setTimeWindow(TimeWindow.across(from.scale(w).pan(e.getX() - dragX), w));
    }

    private void scrolled(ScrollEvent e) {
        TrendLayout over = trend;
        if (over == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(1.15, e.getDeltaY() / 40);
        getSkinnable().setTimeWindow(zoom(window(), over.plot(), factor, e.getX()));
        e.consume();
    }

    /**
     * {@code window} zoomed by {@code factor} (above 1 zooms in) keeping the time under {@code x}
     * where it is: the timeline's own zoom, with its limits, on a scale whose x = 0 is the plot's left edge.
     */
    static TimeWindow zoom(TimeWindow window, ChartLayout.Rect plot, double factor, double x) {
        double w = plot.w();
        return TimeWindow.across(window.scale(w).zoom(factor, Math.max(0, Math.min(w, x - plot.x()))), w);
    }

    private TimeWindow window() {
        ChartContent shown = java.util.Objects.requireNonNull(content);
        Trend t = java.util.Objects.requireNonNull(shown.trend());
        return new TimeWindow(t.fromMillis(), t.toMillis());
    }
}
