package org.eventscope.chart;

import javafx.geometry.VPos;
import org.eventscope.view.Surface;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.eventscope.view.TextMeasure;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a troop chart: title, value grid, one bar per band with its number, band labels, axis
 * titles, a wrapped caption and a credit line. The same painter draws the chart on screen and
 * in exported images, so both show the same picture.
 */
public final class ChartPainter {

    /** The colour of the bars. */
    public static final Color BAR = Color.web("#2f6fb5");
    /** The colour of bars whose report is selected. */
    public static final Color BAR_HIGHLIGHT = Color.web("#e8590c");

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color TEXT = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#57606a");
    private static final Color GRID = Color.web("#e6e9ed");
    private static final Color AXIS = Color.web("#8c959f");

    private static final double PAD = 20;

    private final TextMeasure measure = new TextMeasure();
    private final String family = Font.getDefault().getFamily();
    private final Font title = Font.font(family, FontWeight.BOLD, 18);
    private final Font value = Font.font(family, FontWeight.BOLD, 14);
    private final Font label = Font.font(family, 13);
    private final Font small = Font.font(family, 12);
    private final Font caption = Font.font(family, 12);

    /**
     * Paints the chart into the {@code width} x {@code height} area at the origin of {@code gc}
     * and returns the layout it used.
     */
    public ChartLayout paint(Surface gc, double width, double height, ChartContent content,
                             boolean highlighted) {
        gc.save();
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, width, height);

        List<String> captionLines = wrap(content.caption(), caption, width - 2 * PAD);
        double captionHeight = captionLines.size() * 16 + 22;
        double left = PAD + 18 + tickLabelWidth(content) + 8;
        double top = 60;
        double bottom = 26 + 24 + captionHeight + 10;
        long[] values = content.bars().stream().mapToLong(ChartContent.Bar::value).toArray();
        ChartLayout layout = ChartLayout.compute(width, height, top, PAD, bottom, left, values);
        ChartLayout.Rect plot = layout.plot();

        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(TEXT);
        gc.setFont(title);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(measure.fit(content.title(), title, width - 2 * PAD), PAD, 26);

        paintGrid(gc, layout, content);
        paintBars(gc, layout, content, highlighted);

        // Axis titles.
        gc.setFill(MUTED);
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(content.bandAxis(), plot.centerX(), plot.y() + plot.h() + 40);
        gc.save();
        gc.translate(PAD + 6, plot.centerY());
        gc.rotate(-90);
        gc.fillText(content.valueAxis(), 0, 0);
        gc.restore();

        // Caption and credit.
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(caption);
        double y = height - captionHeight - 4;
        gc.setFill(TEXT);
        for (String line : captionLines) {
            gc.fillText(line, PAD, y + 8);
            y += 16;
        }
        gc.setFill(MUTED);
        gc.setFont(small);
        gc.fillText(measure.fit(content.credit(), small, width - 2 * PAD), PAD, y + 12);
        gc.restore();
        return layout;
    }

    private void paintGrid(Surface gc, ChartLayout layout, ChartContent content) {
        ChartLayout.Rect plot = layout.plot();
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setLineWidth(1);
        for (int i = 0; i < layout.scale().tickCount(); i++) {
            double v = layout.scale().tick(i);
            double y = Math.round(layout.yOf(v)) + 0.5;
            gc.setStroke(i == 0 ? AXIS : GRID);
            gc.strokeLine(plot.x(), y, plot.x() + plot.w(), y);
            gc.setFill(MUTED);
            gc.fillText(content.formatValue(Math.round(v)), plot.x() - 8, y);
        }
    }

    private void paintBars(Surface gc, ChartLayout layout, ChartContent content, boolean highlighted) {
        ChartLayout.Rect plot = layout.plot();
        for (int i = 0; i < layout.bars().size(); i++) {
            ChartLayout.Rect b = layout.bars().get(i);
            ChartContent.Bar bar = content.bars().get(i);
            gc.setFill(highlighted ? BAR_HIGHLIGHT : BAR);
            gc.fillRect(b.x(), b.y(), b.w(), b.h());
            if (highlighted) {
                gc.setStroke(TEXT);
                gc.setLineWidth(2);
                gc.strokeRect(b.x() + 1, b.y() + 1, b.w() - 2, b.h() - 2);
            }
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setFill(TEXT);
            gc.setFont(value);
            gc.fillText(content.formatValue(bar.value()), b.centerX(), b.y() - 12);
            gc.setFont(label);
            double slot = plot.w() / layout.bars().size();
            gc.fillText(measure.fit(bar.label(), label, slot - 8), b.centerX(), plot.y() + plot.h() + 16);
        }
    }

    private double tickLabelWidth(ChartContent content) {
        NiceScale s = NiceScale.of(content.maxValue(), 5);
        return measure.width(content.formatValue(Math.round(s.max())), small);
    }

    private List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measure.width(candidate, font) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
