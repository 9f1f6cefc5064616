package org.eventscope.export;

import java.util.Objects;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.eventscope.chart.ChartContent;
import org.eventscope.chart.ChartPainter;
import org.eventscope.i18n.Messages;
import org.eventscope.timeline.TimelineExport;
import org.eventscope.view.FxSurface;
import org.eventscope.view.Recording;
import org.eventscope.view.Surface;
import org.eventscope.view.SvgSurface;
import org.jspecify.annotations.Nullable;

/**
 * One exported picture: the chart, the timeline's window, or both side by side, drawn by the
 * same painters as the window, as a bitmap or as SVG. Must be drawn on the JavaFX thread.
 *
 * @param kind     what it shows
 * @param chart    the chart's content (title, caption and credit as edited), or {@code null} for a timeline alone
 * @param timeline the timeline's window, or {@code null} for a chart alone
 * @param width    logical pixels
 * @param height   logical pixels
 */
public record Picture(
        Kind kind, @Nullable ChartContent chart, @Nullable TimelineExport timeline, double width, double height) {

    /** What a picture shows. */
    public enum Kind {
        CHART,
        TIMELINE,
        BOTH;

        @Override
        public String toString() {
            return Messages.get(
                    switch (this) {
                        case CHART -> "picture.chart";
                        case TIMELINE -> "picture.timeline";
                        case BOTH -> "picture.both";
                    });
        }
    }

    /**
     * The timeline as a page {@code width} wide, as high as its content (at least 200 logical
     * pixels). FX thread only: its text is measured.
     */
    public static Picture timelinePage(TimelineExport timeline, double width, double scale) {
        double[] heights = timeline.pageHeights(width);
        double height = autoHeight(heights[0], width, scale);
        // Never lower than its title, legend and notes need with a few lanes (a narrow page of many sources).
        double least = Math.min(heights[1], Math.floor(ChartExport.MAX_SIDE / scale));
        return new Picture(Kind.TIMELINE, null, timeline, width, Math.max(height, least));
    }

    /**
     * A page's height when it follows its content: at least 200, and at most three times its
     * width or what an image may be at {@code scale} (then clusters stand for what does not fit).
     */
    static double autoHeight(double content, double width, double scale) {
        double most = Math.min(3 * width, ChartExport.MAX_SIDE / scale);
        most = Math.min(most, ChartExport.MAX_PIXELS / (width * scale * scale));
        return Math.max(200, Math.min(Math.ceil(content), Math.floor(most)));
    }

    /** The share of the width the timeline takes when both are shown. */
    static final double TIMELINE_SHARE = 0.58;

    /** True when the picture shows the chart (alone or beside the timeline). */
    public boolean hasChart() {
        return chart != null;
    }

    /** The chart's content; a picture of a chart has one. */
    @Override
    public ChartContent chart() {
        return Objects.requireNonNull(chart, "a picture of the chart has its content");
    }

    /** The timeline's window; a picture of the timeline has one. */
    @Override
    public TimelineExport timeline() {
        return Objects.requireNonNull(timeline, "a picture of the timeline has its window");
    }

    /**
     * Why the picture cannot be drawn as asked, in the interface's language, or {@code null}: a
     * timeline page of a given height too low for its title, legend and notes. FX thread only.
     */
    public @Nullable String problem() {
        if (kind != Kind.TIMELINE) {
            return null;
        }
        double least = timeline().pageHeights(width)[1];
        return height + 0.5 < least
                ? Messages.get("export.pageTooLow", String.valueOf(Math.round(width)), String.valueOf((long) least))
                : null;
    }

    public void paint(Surface s) {
        switch (kind) {
            case CHART -> new ChartPainter().paint(s, width, height, chart(), null);
            case TIMELINE -> timeline().paintPage(s, width, height);
            case BOTH -> {
                double split = Math.round(width * TIMELINE_SHARE);
                timeline().paint(s, split, height);
                s.save();
                s.translate(split, 0);
                new ChartPainter().paint(s, width - split, height, chart(), null);
                s.setStroke(Color.web("#d0d7de"));
                s.setLineWidth(1);
                s.strokeLine(0.5, 0, 0.5, height);
                s.restore();
            }
        }
    }

    /**
     * A bitmap at {@code scale} pixels per logical pixel, for export: within
     * {@link ChartExport#checkSize}'s limits, and only if the heap can hold it.
     *
     * @throws ExportMemory.NotEnoughMemoryException when the heap cannot
     */
    public WritableImage png(double scale) {
        ChartExport.checkSize(width, height, scale);
        ExportMemory.require(pixelWidth(scale), pixelHeight(scale));
        return draw(scale);
    }

    /** The width of the bitmap at {@code scale}, in pixels. */
    public long pixelWidth(double scale) {
        return Math.round(width * scale);
    }

    /** The height of the bitmap at {@code scale}, in pixels. */
    public long pixelHeight(double scale) {
        return Math.round(height * scale);
    }

    /**
     * A small copy for a preview, at most {@code maxWidth} x {@code maxHeight} pixels and never
     * larger than the picture; it may be smaller than an export may be.
     */
    public WritableImage preview(double maxWidth, double maxHeight) {
        ChartExport.checkSize(width, height, 1);
        return draw(Math.min(1, Math.min(maxWidth / width, maxHeight / height)));
    }

    private WritableImage draw(double scale) {
        Canvas canvas = new Canvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
        canvas.getGraphicsContext2D().scale(scale, scale);
        paint(new FxSurface(canvas.getGraphicsContext2D()));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        return canvas.snapshot(params, null);
    }

    /** What the picture draws, kept to be drawn again on any thread (a PDF page). FX thread only. */
    public Recording record() {
        ChartExport.checkSize(width, height, 1);
        Recording drawing = new Recording();
        paint(drawing);
        return drawing;
    }

    /** An SVG document carrying {@code info}. */
    public String svg(ExportInfo info) {
        ChartExport.checkSize(width, height, 1);
        SvgSurface svg = new SvgSurface();
        paint(svg);
        return svg.document(width, height, info.title(), info.lines());
    }
}
