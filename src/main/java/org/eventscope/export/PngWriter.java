package org.eventscope.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes PNG with text chunks: tEXt for printable ASCII, iTXt (UTF-8) for other text; text
 * a PNG chunk may not hold is left out first (see {@link #chunkText}).
 */
final class PngWriter {

    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngWriter() {}

    /**
     * Writes {@code image}, drawn at {@code scale} pixels to the logical pixel, with {@code info} in
     * text chunks and its resolution in a pHYs chunk: 96 dpi times the scale, so a page layout
     * places it at the size a PDF of the same picture has (a print size's PNG says 300 dpi).
     */
    static void write(BufferedImage image, ExportInfo info, double scale, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer is available");
        }
        ImageWriter writer = writers.next();
        // In memory, not ImageIO's default cache file in the temporary folder: the writer hands
        // each chunk on as it is done, so the cache holds little.
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            if (info != null) {
                addText(metadata, info.fields());
            }
            addResolution(metadata, scale * PictureSize.PIXELS_PER_INCH);
            writer.write(null, new IIOImage(image, null, metadata), null);
            stream.flush();
        } finally {
            writer.dispose();
        }
    }

    private static void addResolution(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = String.valueOf(Math.round(dpi / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        root.appendChild(phys);
        metadata.mergeTree(FORMAT, root);
    }

    private static void addText(IIOMetadata metadata, Map<String, String> fields) throws IIOInvalidTreeException {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        IIOMetadataNode itext = new IIOMetadataNode("iTXt");
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String value = chunkText(e.getValue());
            if (value.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f))) {
                IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                entry.setAttribute("keyword", e.getKey());
                entry.setAttribute("value", value);
                text.appendChild(entry);
            } else {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", e.getKey());
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", value);
                itext.appendChild(entry);
            }
        }
        if (text.getLength() > 0) {
            root.appendChild(text);
        }
        if (itext.getLength() > 0) {
            root.appendChild(itext);
        }
        metadata.mergeTree(FORMAT, root);
    }

    /**
     * {@code s} as PNG text: no NUL (which ends a keyword and may not appear in text) and no
     * other control character but line feed (tabs become spaces; the PNG specification allows
     * only line feeds, printable ASCII and Latin-1 letters in tEXt), and no character UTF-8
     * cannot encode (U+FFFE, U+FFFF and lone surrogate halves become U+FFFD).
     */
    static String chunkText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && !Character.isSurrogate(c) && c < 0xfffe)) {
                b.append(c);
            } else if (c == '\t') {
                b.append(' ');
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || c >= 0xfffe) {
                b.append('\uFFFD');
            }
        }
        return b.toString();
    }
}
