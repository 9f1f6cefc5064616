package org.eventscope.view;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.TextAlignment;
import org.eventscope.model.Text;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Surface} that writes SVG: rectangles as {@code rect}, lines as {@code line}, text as
 * {@code text} (selectable, searchable, any script), transforms as groups. Pure Java; no
 * JavaFX rendering is involved.
 */
public final class SvgSurface implements Surface {

    @SuppressWarnings("ArrayRecordComponent") // dashes are copied in and never changed or compared
    private record State(
            Color fill,
            Color stroke,
            double lineWidth,
            double @Nullable [] dashes,
            Font font,
            TextAlignment align,
            VPos baseline,
            int groups) {}

    private final StringBuilder body = new StringBuilder(1 << 14);
    private final Deque<State> saved = new ArrayDeque<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double lineWidth = 1;
    private double @Nullable [] dashes;
    private int gradients;
    private Font font = Font.getDefault();
    private TextAlignment align = TextAlignment.LEFT;
    private VPos baseline = VPos.BASELINE;
    /** Groups opened by transforms since the last save, closed again on restore. */
    private int groups;

    @Override
    public void setFill(Color color) {
        fill = color;
    }

    @Override
    public void setStroke(Color color) {
        stroke = color;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setFont(Font font) {
        this.font = font;
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        this.align = align;
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        this.baseline = baseline;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        body.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append('"')
                .append(paint("fill", fill))
                .append(" stroke=\"none\"/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        body.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append("\" fill=\"none\"")
                .append(paint("stroke", stroke))
                .append(" stroke-width=\"")
                .append(n(lineWidth))
                .append("\"/>\n");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append('"')
                .append(strokeAttributes())
                .append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        roundRect(x, y, w, h, arcWidth, arcHeight).append(paint("fill", fill)).append(" stroke=\"none\"/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        roundRect(x, y, w, h, arcWidth, arcHeight)
                .append(" fill=\"none\"")
                .append(strokeAttributes())
                .append("/>\n");
    }

    /** Opens a rounded {@code rect} element with its geometry; the caller adds paint and closes it. */
    private StringBuilder roundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        return body.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append("\" rx=\"")
                .append(n(arcWidth / 2))
                .append("\" ry=\"")
                .append(n(arcHeight / 2))
                .append('"');
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        body.append("<polygon points=\"")
                .append(points(xs, ys, points))
                .append('"')
                .append(paint("fill", fill))
                .append(" stroke=\"none\"/>\n");
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        body.append("<polygon points=\"")
                .append(points(xs, ys, points))
                .append("\" fill=\"none\"")
                .append(strokeAttributes())
                .append("/>\n");
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        body.append("<polyline points=\"")
                .append(points(xs, ys, points))
                .append("\" fill=\"none\"")
                .append(strokeAttributes())
                .append("/>\n");
    }

    @Override
    public void setLineDashes(double @Nullable ... dashes) {
        this.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
    }

    @Override
    public void fillFadingRoundRect(double x, double y, double w, double h, double arc, Color color, double fade) {
        gradients++;
        String id = "fade" + gradients;
        double stop = Math.max(0, (w - fade) / w);
        body.append("<linearGradient id=\"")
                .append(id)
                .append("\" gradientUnits=\"userSpaceOnUse\" x1=\"")
                .append(n(x))
                .append("\" y1=\"0\" x2=\"")
                .append(n(x + w))
                .append("\" y2=\"0\">")
                .append("<stop offset=\"0\"")
                .append(stopColor(color, 1))
                .append("/>")
                .append("<stop offset=\"")
                .append(n(stop))
                .append('"')
                .append(stopColor(color, 1))
                .append("/>")
                .append("<stop offset=\"1\"")
                .append(stopColor(color, 0.08))
                .append("/></linearGradient>\n");
        roundRect(x, y, w, h, arc, arc).append(" fill=\"url(#").append(id).append(")\" stroke=\"none\"/>\n");
    }

    private static String stopColor(Color c, double alpha) {
        return " stop-color=\"" + hex(c) + "\" stop-opacity=\"" + n(c.getOpacity() * alpha) + "\"";
    }

    private String strokeAttributes() {
        StringBuilder b = new StringBuilder(paint("stroke", stroke))
                .append(" stroke-width=\"")
                .append(n(lineWidth))
                .append('"');
        if (dashes != null) {
            b.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                b.append(i == 0 ? "" : " ").append(n(dashes[i]));
            }
            b.append('"');
        }
        return b.toString();
    }

    private static String points(double[] xs, double[] ys, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        return b.toString();
    }

    @Override
    public void fillText(String text, double x, double y) {
        openText(x, y);
        body.append(escape(Text.oneLine(text))).append("</text>\n");
    }

    /**
     * One {@code <text>} whose lines are {@code <tspan>}s, each {@code lineHeight} below the one
     * before: Illustrator and Inkscape edit it as one paragraph.
     */
    @Override
    public void fillTextLines(java.util.List<String> lines, double x, double y, double lineHeight) {
        if (lines.isEmpty()) {
            return;
        }
        openText(x, y);
        for (int i = 0; i < lines.size(); i++) {
            body.append("<tspan x=\"")
                    .append(n(x))
                    .append("\" dy=\"")
                    .append(n(i == 0 ? 0 : lineHeight))
                    .append("\">")
                    .append(escape(Text.oneLine(lines.get(i))))
                    .append("</tspan>");
        }
        body.append("</text>\n");
    }

    /** Starts a {@code <text>} element at (x, y) in the current font, fill and alignment. */
    private void openText(double x, double y) {
        String anchor = switch (align) {
            case CENTER -> "middle";
            case RIGHT -> "end";
            default -> "start";
        };
        String dominant = switch (baseline) {
            case CENTER -> "central";
            case TOP -> "hanging";
            case BOTTOM -> "text-after-edge";
            default -> "alphabetic";
        };
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        boolean bold = style.contains("bold");
        boolean italic = style.contains("italic") || font.getStyle().contains(FontPosture.ITALIC.name());
        body.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" font-family=\"")
                .append(family(font))
                .append("\" font-size=\"")
                .append(n(font.getSize()))
                .append('"')
                .append(bold ? " font-weight=\"bold\"" : "")
                .append(italic ? " font-style=\"italic\"" : "")
                .append(" text-anchor=\"")
                .append(anchor)
                .append("\" dominant-baseline=\"")
                .append(dominant)
                .append('"')
                .append(paint("fill", fill))
                .append('>');
    }

    @Override
    public void save() {
        saved.push(new State(fill, stroke, lineWidth, dashes, font, align, baseline, groups));
        groups = 0;
    }

    @Override
    public void restore() {
        for (; groups > 0; groups--) {
            body.append("</g>\n");
        }
        State s = saved.pop();
        fill = s.fill();
        stroke = s.stroke();
        lineWidth = s.lineWidth();
        dashes = s.dashes();
        font = s.font();
        align = s.align();
        baseline = s.baseline();
        groups = s.groups();
    }

    @Override
    public void translate(double x, double y) {
        body.append("<g transform=\"translate(")
                .append(n(x))
                .append(' ')
                .append(n(y))
                .append(")\">\n");
        groups++;
    }

    @Override
    public void rotate(double degrees) {
        body.append("<g transform=\"rotate(").append(n(degrees)).append(")\">\n");
        groups++;
    }

    /**
     * The whole document.
     *
     * @param width    in pixels
     * @param height   in pixels
     * @param title    the document's title
     * @param metadata lines of description (source, generator, checksum), or none
     */
    public String document(double width, double height, String title, String... metadata) {
        StringBuilder out = new StringBuilder(body.length() + 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(n(width))
                .append("\" height=\"")
                .append(n(height))
                .append("\" viewBox=\"0 0 ")
                .append(n(width))
                .append(' ')
                .append(n(height))
                .append("\">\n")
                .append(header(title, metadata));
        out.append(body);
        for (int g = groups; g > 0; g--) {
            out.append("</g>\n");
        }
        return out.append("</svg>\n").toString();
    }

    /** The font's family for SVG; JavaFX's "System" is the platform's sans-serif. */
    private static String family(Font font) {
        String family = font.getFamily();
        if (family.equals(Typeface.FAMILY)) {
            return Typeface.SVG_STACK;
        }
        return family.equals("System")
                ? "Segoe UI, DejaVu Sans, Helvetica, Arial, sans-serif"
                : escape(family) + ", sans-serif";
    }

    /** The title, description and metadata elements of a document. */
    public static String header(String title, String... metadata) {
        StringBuilder out = new StringBuilder("<title>").append(escape(title)).append("</title>\n");
        out.append("<desc>").append(escape(String.join("\n", metadata))).append("</desc>\n");
        out.append("<metadata>\n");
        for (String line : metadata) {
            int colon = line.indexOf(": ");
            String key = colon > 0 ? line.substring(0, colon) : "note";
            String value = colon > 0 ? line.substring(colon + 2) : line;
            out.append("  <meta name=\"")
                    .append(escape(key))
                    .append("\" content=\"")
                    .append(escape(value))
                    .append("\"/>\n");
        }
        return out.append("</metadata>\n").toString();
    }

    private static String hex(Color c) {
        return String.format(
                Locale.ROOT,
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String paint(String attribute, Color c) {
        String out = " " + attribute + "=\"" + hex(c) + "\"";
        if (c.getOpacity() < 1) {
            out += " " + attribute + "-opacity=\"" + n(c.getOpacity()) + "\"";
        }
        return out;
    }

    private static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }

    /**
     * {@code s} as XML 1.0 character data or attribute value: markup characters escaped,
     * characters XML 1.0 does not allow dropped (control characters other than tab and line
     * feed; carriage returns too) or replaced by U+FFFD (U+FFFE, U+FFFF, and halves of a
     * surrogate pair without the other half), so that every document is well-formed whatever
     * the event file holds.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\n', '\t' -> b.append(c);
                case '\uFFFE', '\uFFFF' -> b.append('\uFFFD');
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        b.append('\uFFFD');
                    } else if (c >= 0x20) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
