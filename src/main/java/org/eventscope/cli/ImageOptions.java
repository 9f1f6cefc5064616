package org.eventscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.image.WritableImage;
import org.eventscope.export.ChartExport;
import org.eventscope.export.ExportInfo;
import org.eventscope.export.ExportMemory;
import org.eventscope.export.ImageFormat;
import org.eventscope.export.PdfExport;
import org.eventscope.export.Picture;
import org.eventscope.export.PictureSize;
import org.eventscope.export.WriteFailure;
import org.eventscope.io.EventFileReader;
import org.eventscope.io.Printable;
import org.eventscope.io.Problem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every image export shares: where to write, size, scale, credit, overwriting. */
final class ImageOptions {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,6})(?:x(\\d{1,6}))?");

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "OUT.png|OUT.svg|OUT.pdf",
            description = "The image to write; the extension chooses PNG, SVG (vector) or PDF (vector, for print).")
    Path out;

    @Option(
            names = "--size",
            paramLabel = "WxH|NAME",
            defaultValue = "1200",
            description = "The size in logical pixels (96 to the inch), or a named size: wide 1200x675, wide-large,"
                    + " wide-huge, square 1080x1080, portrait 1080x1350, landscape 1200x800; for print, at 300 dpi:"
                    + " column 60x110 mm, two-columns 125x85 mm, page 260x170 mm, a4-across. W alone: a timeline page"
                    + " is as high as its content, a chart 9/16 of W high (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(
            names = "--scale",
            paramLabel = "N",
            description = "PNG pixels per logical pixel; 2 gives 2400x1350 at the default size"
                    + " (default: 2, or 300 dpi for a print size).")
    @Nullable
    Double scale;

    @Option(
            names = "--credit",
            paramLabel = "TEXT",
            description = "The credit line at the foot of the picture, as \"Chart: Our Newsroom\" (default: none).")
    @Nullable
    String credit;

    @Option(
            names = {"-f", "--force"},
            description = "Replace the output file if it exists.")
    boolean force;

    /** What the output is called in messages: "image", or "report". */
    String kind = "image";

    double width;
    double height;
    /** The PNG's pixels per logical pixel: --scale, else 300 dpi for a print size, else 2. */
    double pngScale = 2;
    /** Whether --size gave a height; without one a timeline page's height follows its content. */
    boolean heightGiven;
    /** Set by the command whose picture's height follows its content when --size gives none. */
    boolean pageHeightFollowsContent;

    /** The format the output's extension names; PNG when it names none (refused by {@link #checkOptions}). */
    ImageFormat format() {
        ImageFormat f = ImageFormat.of(out);
        return f == null ? ImageFormat.PNG : f;
    }

    /** Whether the picture is drawn in vector: then it has no pixels, and the scale is 1. */
    boolean vector() {
        return format().vector();
    }

    /** Checks the size, scale and extension: a one-line message for stderr, or {@code null}. */
    @Nullable
    String checkOptions() {
        Matcher m = SIZE.matcher(size);
        PictureSize named = PictureSize.named(size).orElse(null);
        if (named != null) {
            width = named.width();
            height = named.height();
            heightGiven = true;
        } else if (m.matches()) {
            width = Integer.parseInt(m.group(1));
            heightGiven = m.group(2) != null;
            height = heightGiven ? Integer.parseInt(m.group(2)) : Math.round(width * 9 / 16.0);
        } else {
            return "--size must look like 1200x675 or 1200, or name a size (" + PictureSize.names() + "), not \"" + size
                    + "\"";
        }
        pngScale = scale != null ? scale : named != null ? named.pngScale(2) : 2;
        // Without a height a timeline page takes what its content needs (checked once known); a
        // chart's 9/16 of the width is checked here.
        double checkedHeight = heightGiven || !pageHeightFollowsContent ? height : 100;
        if (!heightGiven && pageHeightFollowsContent && width < ChartExport.MIN_SIDE) {
            // Only a width was given: the message speaks of it alone.
            return "the page must be at least " + ChartExport.MIN_SIDE + " wide, not " + (long) width;
        }
        try {
            // A vector picture has no pixels of its own, but a scale that is no number is wrong for it too.
            ChartExport.checkScale(pngScale);
            ChartExport.checkSize(width, checkedHeight, vector() ? 1 : pngScale);
        } catch (IllegalArgumentException e) {
            return String.valueOf(e.getMessage());
        }
        if (ImageFormat.of(out) == null) {
            return "the output must be a " + ImageFormat.extensions() + " file: " + out;
        }
        return null;
    }

    /**
     * Checks that the output is not the event file {@code input} itself (however spelt, or
     * through a link): a one-line message for stderr, or {@code null}. Applies with
     * {@code --force} too.
     */
    @Nullable
    String checkNotInput(Path input) {
        return OutputFile.notInput(out, input, "event file", kind);
    }

    /** Checks that the output can be written: a one-line message for stderr, or {@code null}. */
    @Nullable
    String checkTarget() {
        return OutputFile.writable(out, force);
    }

    /**
     * The one-line message for a file that did not open: its first error, and how many more
     * there are.
     */
    static String firstError(EventFileReader.LoadResult result) {
        Problem first = result.errors().get(0);
        long more = result.errorCount() - 1;
        return first + (more > 0 ? " (and " + more + (more == 1 ? " more error)" : " more errors)") : "");
    }

    /**
     * Draws {@code picture} (with the JavaFX toolkit started) and writes it to {@link #out} as
     * SVG, PDF or PNG with {@code info} inside; says what it wrote on {@code stdout}. Returns the exit status.
     */
    int write(Picture picture, ExportInfo info, PrintWriter stdout, PrintWriter err) throws Exception {
        String problem = FxRuntime.call(picture::problem);
        if (problem != null) {
            return fail(err, EventscopeCommand.BAD_INPUT, problem);
        }
        Path target = out.toAbsolutePath();
        try {
            if (format() == ImageFormat.SVG) {
                ChartExport.writeSvg(FxRuntime.call(() -> picture.svg(info)), target, force);
                wrote(stdout, "SVG, " + (int) picture.width() + "x" + (int) picture.height());
            } else if (format() == ImageFormat.PDF) {
                var page = FxRuntime.call(picture::record);
                PdfExport.Pdf pdf = PdfExport.of(page, picture.width(), picture.height(), info);
                PdfExport.write(pdf, target, force);
                warnLacking(pdf, err);
                wrote(
                        stdout,
                        "PDF, " + Math.round(PictureSize.toMillimetres(picture.width())) + "x"
                                + Math.round(PictureSize.toMillimetres(picture.height())) + " mm");
            } else {
                WritableImage png;
                try {
                    png = FxRuntime.call(() -> picture.png(pngScale));
                } catch (ExportMemory.NotEnoughMemoryException e) {
                    return fail(err, EventscopeCommand.BAD_INPUT, String.valueOf(e.getMessage()));
                }
                ChartExport.writePng(png, target, info, pngScale, force);
                wrote(stdout, (int) png.getWidth() + "x" + (int) png.getHeight() + " px");
            }
        } catch (FileAlreadyExistsException e) {
            // It appeared while the image was drawn or written: another export won the race.
            return fail(err, EventscopeCommand.CANNOT_WRITE, OutputFile.exists(out));
        } catch (IOException e) {
            return fail(
                    err, EventscopeCommand.CANNOT_WRITE, "cannot write " + out + ": " + WriteFailure.englishReason(e));
        }
        return EventscopeCommand.OK;
    }

    /**
     * Writes a document {@code make} makes (a report) to {@link #out}, atomically, and says so on
     * {@code stdout} with {@code what}. Returns the exit status.
     */
    int writeDocument(
            java.util.concurrent.Callable<PdfExport.Pdf> make, String what, PrintWriter stdout, PrintWriter err)
            throws Exception {
        try {
            PdfExport.Pdf pdf = make.call();
            PdfExport.write(pdf, out.toAbsolutePath(), force);
            warnLacking(pdf, err);
            wrote(stdout, what);
        } catch (FileAlreadyExistsException e) {
            return fail(err, EventscopeCommand.CANNOT_WRITE, OutputFile.exists(out));
        } catch (IOException e) {
            return fail(
                    err, EventscopeCommand.CANNOT_WRITE, "cannot write " + out + ": " + WriteFailure.englishReason(e));
        }
        return EventscopeCommand.OK;
    }

    /** Warns on {@code err} when the PDF shows characters its typeface lacks as "?". */
    private static void warnLacking(PdfExport.Pdf pdf, PrintWriter err) {
        int n = pdf.lackingCount();
        if (n > 0) {
            err.println("eventscope: warning: the PDF shows " + n + (n == 1 ? " character (" : " characters (")
                    + Printable.escape(pdf.lackingShown()) + ") as \"?\": the bundled typeface, "
                    + org.eventscope.view.Typeface.FAMILY + ", has no glyph for them");
        }
    }

    /** Says on {@code stdout} that {@link #out} was written, and what it holds, with any control characters escaped. */
    private void wrote(PrintWriter stdout, String what) {
        stdout.println("Wrote " + Printable.escape(String.valueOf(out)) + " (" + what + ")");
    }

    /** Prints {@code message} on one line, with any control characters from arguments or files escaped. */
    static int fail(PrintWriter err, int status, String message) {
        err.println("eventscope: " + Printable.escape(message));
        return status;
    }
}
