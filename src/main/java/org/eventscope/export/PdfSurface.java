package org.eventscope.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType2;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.eventscope.model.Text;
import org.eventscope.view.Surface;
import org.eventscope.view.Typeface;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Surface} that draws on a page of a PDF document, in vector: the painters of the screen
 * draw the same picture here as in PNG and SVG. A logical pixel is 0.75 point (96 to the inch, as
 * CSS has it). Text is set in the bundled {@link Typeface}, a subset of it embedded, so it stays
 * selectable and searchable (Cyrillic included); a character the typeface lacks becomes "?".
 * Close it before the document is saved.
 */
final class PdfSurface implements Surface, AutoCloseable {

    /** Points per logical pixel. */
    static final float POINTS = (float) PictureSize.toPoints(1);

    private final PDPageContentStream out;
    private final Faces faces;

    private static final class State {
        Color fill = Color.BLACK;
        Color stroke = Color.BLACK;
        double lineWidth = 1;

        @Nullable
        Font font;

        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        double @Nullable [] dashes;

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.font = font;
            s.align = align;
            s.baseline = baseline;
            s.dashes = dashes;
            return s;
        }
    }

    private State state = new State();
    private final Deque<State> saved = new ArrayDeque<>();
    private final Map<String, PDExtendedGraphicsState> alphas = new HashMap<>();

    /** The regular and bold faces, loaded into one document once. */
    static final class Faces {
        final PDType0Font regular;
        final PDType0Font bold;
        private final Advances regularAdvances;
        private final Advances boldAdvances;
        private final java.util.TreeSet<Integer> lacking = new java.util.TreeSet<>();

        Faces(PDDocument document) throws IOException {
            regular = load(document, false);
            bold = load(document, true);
            regularAdvances = new Advances(regular);
            boldAdvances = new Advances(bold);
        }

        /**
         * The face, with glyph substitution (GSUB) off: fontbox would otherwise draw "fi" and
         * "ffi" as ligature glyphs, whose text a reader extracts as "ﬁ" and "ﬃ", so a search for
         * "officials" would not find the word. The scripts the bundled face covers (Latin,
         * Cyrillic, Greek) need no substitution.
         */
        private static PDType0Font load(PDDocument document, boolean bold) throws IOException {
            TrueTypeFont font;
            try (InputStream in = Typeface.open(bold)) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
            document.registerTrueTypeFontForClosing(font);
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        }

        /**
         * How wide {@code text} is in the regular or {@code bold} face at {@code size}, as drawn
         * (a character the face lacks as "?"): the sum of each character's advance, measured once.
         * Wrapping a long report measures every line again with each word it adds.
         */
        double width(boolean isBold, String text, double size) {
            Advances a = isBold ? boldAdvances : regularAdvances;
            double total = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                float w = a.of(cp);
                total += w < 0 ? a.of('?') : w;
                i += Character.charCount(cp);
            }
            return total / 1000 * size;
        }

        /** Each character drawn as "?" so far, once, in order of code point. */
        String lacking() {
            StringBuilder b = new StringBuilder();
            lacking.forEach(b::appendCodePoint);
            return b.toString();
        }

        /** {@code text} with each character the regular or {@code bold} face has no glyph for made "?". */
        String drawable(boolean isBold, String text) {
            Advances a = isBold ? boldAdvances : regularAdvances;
            StringBuilder b = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int n = Character.charCount(cp);
                boolean ok = a.of(cp) >= 0;
                if (!ok && b == null) {
                    b = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (b != null) {
                    if (ok) {
                        b.appendCodePoint(cp);
                    } else {
                        b.append('?');
                        lacking.add(cp);
                    }
                }
                i += n;
            }
            return b == null ? text : b.toString();
        }
    }

    /** A face's advance per character in thousandths of an em, -1 for one it has no glyph for; each asked once. */
    private static final class Advances {
        private final PDType0Font face;
        private final float[] basic = new float[0x10000];
        private final Map<Integer, Float> others = new HashMap<>();

        Advances(PDType0Font face) {
            this.face = face;
            java.util.Arrays.fill(basic, Float.NaN);
        }

        float of(int cp) {
            if (cp < basic.length) {
                float w = basic[cp];
                if (Float.isNaN(w)) {
                    w = measure(cp);
                    basic[cp] = w;
                }
                return w;
            }
            return others.computeIfAbsent(cp, this::measure);
        }

        private float measure(int cp) {
            if (Character.isISOControl(cp)) {
                return -1;
            }
            try {
                String s = new String(Character.toChars(cp));
                face.encode(s);
                return face.getStringWidth(s);
            } catch (IOException | IllegalArgumentException e) {
                return -1;
            }
        }
    }

    /**
     * A new page of {@code width} x {@code height} logical pixels at the end of {@code document},
     * drawn on in the faces {@code faces} loaded into it.
     */
    PdfSurface(PDDocument document, Faces faces, double width, double height) throws IOException {
        this(document, faces, new PDRectangle((float) (width * POINTS), (float) (height * POINTS)), 1, 0, 0);
    }

    /**
     * A new page of size {@code size} (in points) at the end of {@code document}, drawn on in
     * logical pixels times {@code scale}, from {@code left} and {@code top} points in.
     */
    PdfSurface(PDDocument document, Faces faces, PDRectangle size, double scale, double left, double top)
            throws IOException {
        this(document, faces, added(document, size), false, scale, left, top);
    }

    private PdfSurface(
            PDDocument document, Faces faces, PDPage page, boolean over, double scale, double left, double top)
            throws IOException {
        this.faces = faces;
        out = over
                ? new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)
                : new PDPageContentStream(document, page);
        // From here on, logical pixels from the top left, y down, as on screen.
        float k = (float) (POINTS * scale);
        out.transform(new Matrix(
                k, 0, 0, -k, (float) left, (float) (page.getMediaBox().getHeight() - top)));
    }

    private static PDPage added(PDDocument document, PDRectangle size) {
        PDPage page = new PDPage(size);
        document.addPage(page);
        return page;
    }

    /**
     * Draws over what {@code page} of {@code document} already shows, in logical pixels from its
     * top left: for what is known only once every page is made, as "page 3 of 12".
     */
    static PdfSurface over(PDDocument document, Faces faces, PDPage page) throws IOException {
        return new PdfSurface(document, faces, page, true, 1, 0, 0);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    @Override
    public void setFill(Color color) {
        state.fill = color;
    }

    @Override
    public void setStroke(Color color) {
        state.stroke = color;
    }

    @Override
    public void setLineWidth(double width) {
        state.lineWidth = width;
    }

    @Override
    public void setFont(Font font) {
        state.font = font;
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        state.align = align;
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        state.baseline = baseline;
    }

    @Override
    public void setLineDashes(double @Nullable ... dashes) {
        state.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        run(() -> {
            fillColour(state.fill);
            out.addRect((float) x, (float) y, (float) w, (float) h);
            out.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        run(() -> {
            strokeColour();
            out.addRect((float) x, (float) y, (float) w, (float) h);
            out.stroke();
        });
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        run(() -> {
            strokeColour();
            out.moveTo((float) x1, (float) y1);
            out.lineTo((float) x2, (float) y2);
            out.stroke();
        });
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        run(() -> {
            fillColour(state.fill);
            roundRect(x, y, w, h, arcWidth, arcHeight);
            out.fill();
        });
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        run(() -> {
            strokeColour();
            roundRect(x, y, w, h, arcWidth, arcHeight);
            out.stroke();
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        run(() -> {
            fillColour(state.fill);
            polygon(xs, ys, points);
            out.fill();
        });
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        run(() -> {
            strokeColour();
            polygon(xs, ys, points);
            out.stroke();
        });
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        run(() -> {
            if (points < 2) {
                return;
            }
            strokeColour();
            out.moveTo((float) xs[0], (float) ys[0]);
            for (int i = 1; i < points; i++) {
                out.lineTo((float) xs[i], (float) ys[i]);
            }
            out.stroke();
        });
    }

    @Override
    public void fillFadingRoundRect(double x, double y, double w, double h, double arc, Color color, double fade) {
        // The colour, then over its last {@code fade} pixels towards the same colour at 8 %
        // over white (pictures are exported on white): an axial shading clipped to the shape.
        Color faded = Color.WHITE.interpolate(Color.color(color.getRed(), color.getGreen(), color.getBlue()), 0.08);
        run(() -> {
            out.saveGraphicsState();
            alpha("ca", color.getOpacity());
            roundRect(x, y, w, h, arc, arc);
            out.clip();
            PDShadingType2 shading = new PDShadingType2(new COSDictionary());
            shading.setShadingType(PDShadingType2.SHADING_TYPE2);
            shading.setColorSpace(PDDeviceRGB.INSTANCE);
            COSArray coords = new COSArray();
            for (double v : new double[] {Math.max(x, x + w - fade), y, x + w, y}) {
                coords.add(new COSFloat((float) v));
            }
            shading.setCoords(coords);
            COSArray extend = new COSArray();
            extend.add(COSBoolean.TRUE);
            extend.add(COSBoolean.TRUE);
            shading.setExtend(extend);
            COSDictionary function = new COSDictionary();
            function.setInt(COSName.FUNCTION_TYPE, 2);
            COSArray domain = new COSArray();
            domain.add(new COSFloat(0));
            domain.add(new COSFloat(1));
            function.setItem(COSName.DOMAIN, domain);
            function.setItem(COSName.C0, rgb(color));
            function.setItem(COSName.C1, rgb(faded));
            function.setFloat(COSName.N, 1);
            shading.setFunction(new PDFunctionType2(function));
            out.shadingFill(shading);
            out.restoreGraphicsState();
        });
    }

    private static COSArray rgb(Color c) {
        COSArray a = new COSArray();
        a.add(new COSFloat((float) c.getRed()));
        a.add(new COSFloat((float) c.getGreen()));
        a.add(new COSFloat((float) c.getBlue()));
        return a;
    }

    @Override
    public void fillText(String text, double x, double y) {
        String line = Text.oneLine(text);
        if (line.isEmpty()) {
            return;
        }
        run(() -> {
            Font font = state.font;
            boolean isBold = font != null && Typeface.isBold(font);
            PDType0Font face = isBold ? faces.bold : faces.regular;
            String drawable = faces.drawable(isBold, line);
            float size = font == null ? 12 : (float) font.getSize();
            double width = faces.width(isBold, drawable, size);
            double left = switch (state.align) {
                case CENTER -> x - width / 2;
                case RIGHT -> x - width;
                default -> x;
            };
            // JavaFX's font metrics: ascent above the baseline, descent below it.
            double ascent = face.getFontDescriptor().getAscent() / 1000 * size;
            double descent = -face.getFontDescriptor().getDescent() / 1000 * size;
            double base = switch (state.baseline) {
                case TOP -> y + ascent;
                case CENTER -> y + (ascent - descent) / 2;
                case BOTTOM -> y - descent;
                default -> y;
            };
            fillColour(state.fill);
            out.beginText();
            out.setFont(face, size);
            // Upright again in the page's y-down space.
            out.setTextMatrix(new Matrix(1, 0, 0, -1, (float) left, (float) base));
            out.showText(drawable);
            out.endText();
        });
    }

    @Override
    public void save() {
        saved.push(state);
        state = state.copy();
        run(out::saveGraphicsState);
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            state = saved.pop();
            run(out::restoreGraphicsState);
        }
    }

    @Override
    public void translate(double x, double y) {
        run(() -> out.transform(Matrix.getTranslateInstance((float) x, (float) y)));
    }

    @Override
    public void rotate(double degrees) {
        run(() -> out.transform(Matrix.getRotateInstance(Math.toRadians(degrees), 0, 0)));
    }

    private void fillColour(Color c) throws IOException {
        out.setNonStrokingColor((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
        alpha("ca", c.getOpacity());
    }

    private void strokeColour() throws IOException {
        Color c = state.stroke;
        out.setStrokingColor((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
        alpha("CA", c.getOpacity());
        out.setLineWidth((float) state.lineWidth);
        double[] d = state.dashes;
        if (d == null) {
            out.setLineDashPattern(new float[0], 0);
        } else {
            float[] f = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                f[i] = (float) d[i];
            }
            out.setLineDashPattern(f, 0);
        }
    }

    /** Sets the opacity of fills ({@code ca}) or strokes ({@code CA}). */
    private void alpha(String which, double opacity) throws IOException {
        float a = (float) (Math.round(opacity * 100) / 100.0);
        PDExtendedGraphicsState gs = alphas.computeIfAbsent(which + a, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            if (which.equals("ca")) {
                s.setNonStrokingAlphaConstant(a);
            } else {
                s.setStrokingAlphaConstant(a);
            }
            return s;
        });
        out.setGraphicsStateParameters(gs);
    }

    private void polygon(double[] xs, double[] ys, int points) throws IOException {
        if (points < 1) {
            return;
        }
        out.moveTo((float) xs[0], (float) ys[0]);
        for (int i = 1; i < points; i++) {
            out.lineTo((float) xs[i], (float) ys[i]);
        }
        out.closePath();
    }

    /** A rectangle with corners of radii half {@code arcWidth} and {@code arcHeight}, as JavaFX draws it. */
    private void roundRect(double x, double y, double w, double h, double arcWidth, double arcHeight)
            throws IOException {
        double rx = Math.min(Math.abs(arcWidth) / 2, Math.abs(w) / 2);
        double ry = Math.min(Math.abs(arcHeight) / 2, Math.abs(h) / 2);
        if (rx <= 0 || ry <= 0) {
            out.addRect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        double k = 0.5522847498; // a quarter circle's control points, as a share of its radius
        double r = x + w;
        double b = y + h;
        out.moveTo((float) (x + rx), (float) y);
        out.lineTo((float) (r - rx), (float) y);
        curve(r - rx + k * rx, y, r, y + ry - k * ry, r, y + ry);
        out.lineTo((float) r, (float) (b - ry));
        curve(r, b - ry + k * ry, r - rx + k * rx, b, r - rx, b);
        out.lineTo((float) (x + rx), (float) b);
        curve(x + rx - k * rx, b, x, b - ry + k * ry, x, b - ry);
        out.lineTo((float) x, (float) (y + ry));
        curve(x, y + ry - k * ry, x + rx - k * rx, y, x + rx, y);
        out.closePath();
    }

    private void curve(double x1, double y1, double x2, double y2, double x3, double y3) throws IOException {
        out.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x3, (float) y3);
    }

    /** A drawing step that writes to the page's content. */
    private interface Step {
        void run() throws IOException;
    }

    /** Runs {@code step}; the content is in memory, so a failure is a mistake, not the disk's. */
    private void run(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
