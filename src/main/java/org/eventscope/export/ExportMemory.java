package org.eventscope.export;

import java.util.function.LongSupplier;
import org.eventscope.io.JavaHeap;

/**
 * Whether the heap can hold a PNG export before it is drawn. Without this check, a snapshot
 * that runs out of memory fails deep in the renderer with a NullPointerException ("this.image
 * is null").
 *
 * <p>Measured with the software renderer (G1, JDK 17, the smallest {@code -Xmx} at which an
 * export of 16, 32 and 64 million pixels still succeeds, chart and timeline alike): about 16
 * bytes per pixel at the peak, while the snapshot is taken: the canvas's texture, the
 * snapshot's texture, the pixels read back and the image made of them, 4 bytes a pixel each.
 * Encoding afterwards holds two copies (the snapshot and the {@code BufferedImage} handed to
 * ImageIO, which streams the compressed bytes out chunk by chunk).
 */
public final class ExportMemory {

    /** Heap a PNG export needs per pixel of the image, at its peak. */
    public static final long BYTES_PER_PIXEL = 16;
    /** Heap beyond the pixels: encoder buffers, the painters' own objects. */
    public static final long OVERHEAD = 16L << 20;

    private ExportMemory() {}

    /**
     * What an export of {@code width} x {@code height} pixels needs and what there is.
     *
     * @param needed    bytes
     * @param available bytes
     */
    public record Estimate(long width, long height, long needed, long available) {

        public boolean fits() {
            return needed <= available;
        }

        public long neededMegabytes() {
            return (needed + (1 << 20) - 1) >> 20;
        }

        public long availableMegabytes() {
            return Math.max(0, available) >> 20;
        }

        /** One line for the command line. */
        public String english() {
            return "not enough memory for a " + width + "x" + height + " PNG: needs about " + neededMegabytes()
                    + " MB, the JVM has " + availableMegabytes()
                    + " MB free; use a smaller --size or --scale, or a larger heap: "
                    // The heap that would leave what the image needs free.
                    + JavaHeap.setting(JavaHeap.maxMegabytes() + neededMegabytes() - availableMegabytes());
        }
    }

    /** Heap the JVM can still give: its maximum less what is in use now. */
    public static long available() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /** Bytes a PNG export of {@code width} x {@code height} pixels needs. */
    public static long needed(long width, long height) {
        return width * height * BYTES_PER_PIXEL + OVERHEAD;
    }

    /**
     * The estimate for a PNG of {@code width} x {@code height} pixels, with {@code available}
     * telling the free heap. When it does not seem to fit, garbage is collected once and
     * {@code available} asked again: what is in use may be mostly garbage.
     */
    public static Estimate png(long width, long height, LongSupplier available) {
        long needed = needed(width, height);
        long free = available.getAsLong();
        if (needed > free) {
            System.gc();
            free = available.getAsLong();
        }
        return new Estimate(width, height, needed, free);
    }

    /** The estimate with this JVM's free heap. */
    public static Estimate png(long width, long height) {
        return png(width, height, ExportMemory::available);
    }

    /**
     * Checks that a PNG of {@code width} x {@code height} pixels fits in the heap.
     *
     * @throws NotEnoughMemoryException when it does not
     */
    public static void require(long width, long height) {
        Estimate e = png(width, height);
        if (!e.fits()) {
            throw new NotEnoughMemoryException(e);
        }
    }

    /** An export that does not fit in the heap; the message is {@link Estimate#english()}. */
    public static final class NotEnoughMemoryException extends IllegalArgumentException {

        private final transient Estimate estimate;

        public NotEnoughMemoryException(Estimate estimate) {
            super(estimate.english());
            this.estimate = estimate;
        }

        public Estimate estimate() {
            return estimate;
        }
    }
}
