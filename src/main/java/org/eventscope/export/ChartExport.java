package org.eventscope.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.eventscope.chart.ChartContent;
import org.eventscope.chart.ChartPainter;
import org.eventscope.view.FxSurface;
import org.eventscope.view.SvgSurface;

/** Renders the troop chart to an image and writes it as PNG. */
public final class ChartExport {

    /** Longest side of an exported image, in pixels. */
    public static final int MAX_SIDE = 16_384;
    /** Most pixels in one exported image; the software renderer fails on larger snapshots. */
    public static final long MAX_PIXELS = 64L * 1024 * 1024;

    private ChartExport() {}

    /** Shortest side of an exported image, in logical pixels and in the image's own pixels. */
    public static final int MIN_SIDE = 100;
    /** Most pixels per logical pixel. */
    public static final double MAX_SCALE = 8;

    /**
     * Checks that a {@code width} x {@code height} picture at {@code scale} can be rendered: the
     * size in logical pixels, the scale, and the image that results, in its own pixels, are all
     * within the limits. The one rule for the command line and the window.
     *
     * @throws IllegalArgumentException with a message fit for a user when it cannot
     */
    public static void checkSize(double width, double height, double scale) {
        if (!(width >= MIN_SIDE && height >= MIN_SIDE)) {
            throw new IllegalArgumentException("the picture must be at least " + MIN_SIDE + " x " + MIN_SIDE
                    + " pixels, not " + Math.round(width) + " x " + Math.round(height));
        }
        checkScale(scale);
        long pw = Math.round(width * scale);
        long ph = Math.round(height * scale);
        if (pw < MIN_SIDE || ph < MIN_SIDE) {
            throw new IllegalArgumentException("at scale " + scale + " the image would be " + pw + " x " + ph
                    + " pixels; it must be at least " + MIN_SIDE + " x " + MIN_SIDE);
        }
        if (pw > MAX_SIDE || ph > MAX_SIDE || pw * ph > MAX_PIXELS) {
            throw new IllegalArgumentException("an image of " + pw + " x " + ph + " pixels is too large; at most "
                    + MAX_SIDE + " pixels a side and " + MAX_PIXELS / (1024 * 1024) + " million pixels in all");
        }
    }

    /**
     * Checks that {@code scale} is a number above 0 and at most {@link #MAX_SCALE} (not NaN, not
     * infinite).
     *
     * @throws IllegalArgumentException with a message fit for a user when it is not
     */
    public static void checkScale(double scale) {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException(
                    "the scale must be above 0 and at most " + (int) MAX_SCALE + ", not " + scale);
        }
    }

    /**
     * Renders the chart at {@code width} x {@code height} logical pixels, multiplied by {@code scale}.
     * Must run on the JavaFX application thread.
     *
     * @throws ExportMemory.NotEnoughMemoryException when the heap cannot hold the image
     */
    public static WritableImage render(ChartContent content, double width, double height, double scale) {
        checkSize(width, height, scale);
        ExportMemory.require(Math.round(width * scale), Math.round(height * scale));
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

    /**
     * Writes an SVG document, atomically (see {@link AtomicFile}). May run on any thread.
     *
     * @param replace whether an existing file may be replaced
     */
    public static void writeSvg(String svg, Path target, boolean replace) throws IOException {
        AtomicFile.write(target, replace, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes the image as a PNG file, atomically (see {@link AtomicFile}), with {@code info}
     * (may be {@code null}) as text chunks: Title, Source, Software, SHA-256. May run on any thread.
     *
     * @param scale   the pixels to a logical pixel it was drawn at, for its resolution (96 dpi × scale)
     * @param replace whether an existing file may be replaced
     */
    public static void writePng(WritableImage image, Path target, ExportInfo info, double scale, boolean replace)
            throws IOException {
        BufferedImage buffered = toBuffered(image);
        AtomicFile.write(target, replace, out -> PngWriter.write(buffered, info, scale, out));
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
