package org.eventscope.export;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.eventscope.chart.ChartContent;
import org.eventscope.chart.ChartPainter;
import org.eventscope.view.FxSurface;
import org.eventscope.view.SvgSurface;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Renders the troop chart to an image and writes it as PNG. */
public final class ChartExport {

    /** Longest side of an exported image, in pixels. */
    public static final int MAX_SIDE = 16_384;
    /** Most pixels in one exported image; the software renderer fails on larger snapshots. */
    public static final long MAX_PIXELS = 64L * 1024 * 1024;

    private ChartExport() {
    }

    /**
     * Checks that a {@code width} x {@code height} chart at {@code scale} can be rendered.
     *
     * @throws IllegalArgumentException with a message fit for a user when it cannot
     */
    public static void checkSize(double width, double height, double scale) {
        if (!(width >= 100 && height >= 100)) {
            throw new IllegalArgumentException("the chart must be at least 100 x 100 pixels, not "
                    + Math.round(width) + " x " + Math.round(height));
        }
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("the scale must be above 0 and at most 8, not " + scale);
        }
        long pw = Math.round(width * scale);
        long ph = Math.round(height * scale);
        if (pw > MAX_SIDE || ph > MAX_SIDE || pw * ph > MAX_PIXELS) {
            throw new IllegalArgumentException("an image of " + pw + " x " + ph + " pixels is too large; at most "
                    + MAX_SIDE + " pixels a side and " + MAX_PIXELS / (1024 * 1024) + " million pixels in all");
        }
    }

    /**
     * Renders the chart at {@code width} x {@code height} logical pixels, multiplied by {@code scale}.
     * Must run on the JavaFX application thread.
     */
    public static WritableImage render(ChartContent content, double width, double height, double scale) {
        checkSize(width, height, scale);
        Canvas canvas = new Canvas(Math.round(width * scale), Math.round(height * scale));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(scale, scale);
        new ChartPainter().paint(new FxSurface(gc), width, height, content, null);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        return canvas.snapshot(params, null);
    }

    /**
     * Draws the chart as SVG, {@code width} x {@code height} pixels: the same painter as on
     * screen, so PNG and SVG show the same picture. Must run on the JavaFX application thread
     * (text is measured there).
     */
    public static String svg(ChartContent content, double width, double height, ExportInfo info) {
        checkSize(width, height, 1);
        SvgSurface svg = new SvgSurface();
        new ChartPainter().paint(svg, width, height, content, null);
        return svg.document(width, height, info.title(), info.lines());
    }

    /** The SVG document with its metadata replaced by {@code info}'s. */
    public static String withInfo(String svg, ExportInfo info) {
        int start = svg.indexOf("<title>");
        int end = svg.indexOf("</metadata>\n");
        if (start < 0 || end < 0) {
            return svg;
        }
        String head = SvgSurface.header(info.title(), info.lines());
        return svg.substring(0, start) + head + svg.substring(end + "</metadata>\n".length());
    }

    /** Writes an SVG document, atomically. May run on any thread. */
    public static void writeSvg(String svg, Path target) throws IOException {
        AtomicFile.write(target, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the image as a PNG file without metadata, atomically. May run on any thread. */
    public static void writePng(WritableImage image, Path target) throws IOException {
        writePng(image, target, null);
    }

    /**
     * Writes the image as a PNG file, atomically, with {@code info} (may be {@code null}) as
     * text chunks: Title, Source, Software, SHA-256. May run on any thread.
     */
    public static void writePng(WritableImage image, Path target, ExportInfo info) throws IOException {
        BufferedImage buffered = toBuffered(image);
        AtomicFile.write(target, out -> PngWriter.write(buffered, info, out));
    }

    static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        // Read the pixels straight into the image's own buffer: no copy per row.
        int[] pixels = ((java.awt.image.DataBufferInt) out.getRaster().getDataBuffer()).getData();
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return out;
    }

}
