package org.eventscope.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eventscope.i18n.Messages;

/**
 * The sizes a picture is offered in: the one list the export dialog and the command line's
 * {@code --size} choose from. Screen sizes are in logical pixels, at a PNG scale the user picks;
 * print sizes are in millimetres, laid out at 96 logical pixels to the inch (so a 13 px label
 * prints at 9.75 pt) and written as PNG at 300 dots per inch, or as a PDF page of that size.
 *
 * @param name      the name {@code --size} knows it by
 * @param width     logical pixels
 * @param height    logical pixels
 * @param millimetres whether it is a print size: its PNG is at 300 dpi and it is named in mm
 */
public record PictureSize(String name, double width, double height, boolean millimetres) {

    /** Logical pixels to the inch: a PDF page's 0.75 pt to the pixel. */
    public static final double PIXELS_PER_INCH = 96;

    /** The dots to the inch of a print size's PNG. */
    public static final double PRINT_DPI = 300;

    /** The PNG scale of a print size: 300 dots for each 96 logical pixels. */
    public static final double PRINT_SCALE = PRINT_DPI / PIXELS_PER_INCH;

    /** Every size offered, screen sizes first. */
    public static final List<PictureSize> ALL = List.of(
            pixels("wide", 1200, 675),
            pixels("wide-large", 1600, 900),
            pixels("wide-huge", 2400, 1350),
            pixels("square", 1080, 1080),
            pixels("portrait", 1080, 1350),
            pixels("landscape", 1200, 800),
            print("column", 60, 110),
            print("two-columns", 125, 85),
            print("page", 260, 170),
            print("a4-across", 297, 210));

    private static PictureSize pixels(String name, double width, double height) {
        return new PictureSize(name, width, height, false);
    }

    private static PictureSize print(String name, double widthMm, double heightMm) {
        return new PictureSize(name, fromMillimetres(widthMm), fromMillimetres(heightMm), true);
    }

    /** {@code mm} millimetres in logical pixels. */
    public static double fromMillimetres(double mm) {
        return mm / 25.4 * PIXELS_PER_INCH;
    }

    /** {@code pixels} logical pixels in points (72 to the inch), as a PDF page or a printer measures. */
    public static double toPoints(double pixels) {
        return pixels * 72 / PIXELS_PER_INCH;
    }

    /** {@code points} points in logical pixels. */
    public static double fromPoints(double points) {
        return points * PIXELS_PER_INCH / 72;
    }

    /** {@code pixels} logical pixels in millimetres. */
    public static double toMillimetres(double pixels) {
        return pixels / PIXELS_PER_INCH * 25.4;
    }

    /** The size named {@code name} (as {@code --size} takes it, any case), if there is one. */
    public static Optional<PictureSize> named(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(s -> s.name.equals(lower)).findFirst();
    }

    /** "square, portrait, …": the names, for a message or a help text. */
    public static String names() {
        return String.join(", ", ALL.stream().map(PictureSize::name).toList());
    }

    /** The PNG scale this size asks for, or {@code chosen} (a screen size is at the scale the user picks). */
    public double pngScale(double chosen) {
        return millimetres ? PRINT_SCALE : chosen;
    }

    /** How the window names it: "Square (1:1), 1080 × 1080", "Two columns, 125 × 85 mm, 300 dpi". */
    @Override
    public String toString() {
        String what = Messages.get("size." + name);
        return millimetres
                ? Messages.get(
                        "size.print",
                        what,
                        String.valueOf(Math.round(toMillimetres(width))),
                        String.valueOf(Math.round(toMillimetres(height))))
                : Messages.get("size.pixels", what, String.valueOf((int) width), String.valueOf((int) height));
    }
}
