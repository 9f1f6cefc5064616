package org.eventscope.chart;

import java.util.Locale;
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
import javafx.scene.text.TextAlignment;
import org.eventscope.i18n.Messages;
import org.eventscope.model.TroopReport;
import org.eventscope.view.CanvasSkin;
import org.eventscope.view.FxSurface;
import org.jspecify.annotations.Nullable;

/** Draws a {@link TroopChart} on a canvas, once per pulse when something changed. */
public class TroopChartSkin extends CanvasSkin<TroopChart> {

    private @Nullable ChartPainter painter;
    private @Nullable ChartStyle painterStyle;
    private final InvalidationListener redraw = o -> markDirty();
    private @Nullable ChartLayout layout;
    private @Nullable ChartContent content;
    private final Tooltip tooltip = new Tooltip();

    public TroopChartSkin(TroopChart control) {
        super(control, 480, 400, 200, 200);
        listen(control.eventFileProperty(), redraw);
        listen(control.highlightedReportProperty(), redraw);
        listen(control.ringsProperty(), redraw);
        listen(control.chartStyleProperty(), redraw);
        listen(control.creditProperty(), redraw);
        handle(MouseEvent.MOUSE_CLICKED, this::clicked);
        handle(MouseEvent.MOUSE_MOVED, this::moved);
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
        if (c.getReports().isEmpty()) {
            layout = null;
            gc.setFill(style.background());
            gc.fillRect(0, 0, w, h);
            gc.setFill(style.muted());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(Messages.get("chart.none"), w / 2, h / 2);
            return;
        }
        content = ChartContent.of(c.getEventFile(), c.getReports(), c.isRings(), Locale.getDefault())
                .withCredit(c.getCredit());
        layout = painter.paint(new FxSurface(gc), w, h, content, c.getHighlightedReport());
    }

    Optional<Bounds> barBounds(int index) {
        if (layout == null || index < 0 || index >= layout.bars().size()) {
            return Optional.empty();
        }
        ChartLayout.Rect r = layout.bars().get(index);
        return Optional.of(new BoundingBox(r.x(), r.y(), r.w(), r.h()));
    }

    private void clicked(MouseEvent e) {
        TroopChart c = getSkinnable();
        Consumer<TroopReport> handler = c.onReportClickedProperty().get();
        ChartLayout at = layout;
        ChartContent shown = content;
        int bar = at == null ? -1 : at.barAt(e.getX(), e.getY());
        if (handler != null && at != null && shown != null && bar >= 0) {
            handler.accept(shown.series().get(bar % at.series()).report());
        }
    }

    private void moved(MouseEvent e) {
        ChartLayout layout = this.layout;
        ChartContent content = this.content;
        int bar = layout == null ? -1 : layout.barAt(e.getX(), e.getY());
        TroopChart c = getSkinnable();
        c.setCursor(bar >= 0 ? Cursor.HAND : Cursor.DEFAULT);
        if (bar < 0 || layout == null || content == null) {
            Tooltip.uninstall(c, tooltip);
            return;
        }
        ChartContent.Series series = content.series().get(bar % layout.series());
        Long v = series.values().get(bar / layout.series());
        String group = content.groups().get(bar / layout.series());
        tooltip.setText(series.name() + "\n"
                + (v == null
                        ? Messages.get("chart.tip.noFigure", group)
                        : Messages.get(
                                content.rings() ? "chart.tip.derived" : "chart.tip.figure",
                                content.formatValue(v),
                                group))
                + (series.warning() != null ? "\n\n⚠ " + series.warning() : "") + "\n\n"
                + Messages.get("chart.tip.click"));
        Tooltip.install(c, tooltip);
    }
}
