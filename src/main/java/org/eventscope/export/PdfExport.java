package org.eventscope.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.eventscope.view.Recording;

/**
 * Pictures as PDF documents: vector drawing through {@link PdfSurface}, the bundled typeface
 * embedded as a subset, and what the picture says about itself ({@link ExportInfo}) in the
 * document's information: title, subject (the source), author (the credit), keywords, and each
 * field under its own name, the event file's SHA-256 among them.
 */
public final class PdfExport {

    private PdfExport() {}

    /**
     * {@code picture} as a one-page PDF document. Must run on the JavaFX thread: the painters
     * measure text there. In the window, {@link Picture#record} it there and make the document of
     * the recording in the background instead.
     */
    public static Pdf of(Picture picture, ExportInfo info) {
        return of(picture.record(), picture.width(), picture.height(), info);
    }

    /**
     * What was drawn on {@code drawing}, {@code width} x {@code height} logical pixels, as a
     * one-page PDF document. Runs on any thread: reading the typeface and embedding it take the
     * time (half a second the first time), and the window's thread is kept free of them.
     */
    public static Pdf of(Recording drawing, double width, double height, ExportInfo info) {
        return document(info, (document, faces) -> {
            try (PdfSurface page = new PdfSurface(document, faces, width, height)) {
                drawing.replay(page);
            }
        });
    }

    /** Draws the pages of a document, with the faces loaded into it. */
    interface Pages {
        void draw(PDDocument document, PdfSurface.Faces faces) throws IOException;
    }

    /** A PDF document made, and each character it shows as "?" because the typeface lacks it. */
    public static final class Pdf {
        private final byte[] bytes;
        private final String lacking;

        Pdf(byte[] bytes, String lacking) {
            this.bytes = bytes;
            this.lacking = lacking;
        }

        /** The document (not a copy). */
        public byte[] bytes() {
            return bytes;
        }

        /** Each character the typeface has no glyph for, once, in order of code point; empty when none. */
        public String lacking() {
            return lacking;
        }

        /** How many different characters the document shows as "?". */
        public int lackingCount() {
            return lacking.codePointCount(0, lacking.length());
        }

        /** The first dozen of them, spaced, for a message ("中 😀"). */
        public String lackingShown() {
            return lacking.codePoints()
                            .limit(12)
                            .mapToObj(Character::toString)
                            .collect(java.util.stream.Collectors.joining(" "))
                    + (lackingCount() > 12 ? " …" : "");
        }
    }

    /** A PDF document of the pages {@code pages} draws, saying {@code info}. */
    static Pdf document(ExportInfo info, Pages pages) {
        try (PDDocument document = new PDDocument()) {
            PdfSurface.Faces faces = new PdfSurface.Faces(document);
            pages.draw(document, faces);
            describe(document, info);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            document.save(bytes);
            return new Pdf(bytes.toByteArray(), faces.lacking());
        } catch (IOException e) {
            // Everything is in memory: a failure here is no disk's.
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes a PDF document, atomically (see {@link AtomicFile}). May run on any thread. */
    public static void write(Pdf pdf, Path target, boolean replace) throws IOException {
        AtomicFile.write(target, replace, out -> out.write(pdf.bytes()));
    }

    /** Puts what {@code info} says into the document's information. */
    private static void describe(PDDocument document, ExportInfo info) {
        PDDocumentInformation about = document.getDocumentInformation();
        about.setTitle(info.title());
        about.setSubject(info.source());
        if (info.credit() != null) {
            about.setAuthor(info.credit());
        }
        about.setCreator(ExportInfo.GENERATOR);
        about.setProducer(ExportInfo.GENERATOR);
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        about.setCreationDate(now);
        about.setModificationDate(now);
        for (Map.Entry<String, String> field : info.fields().entrySet()) {
            about.setCustomMetadataValue(field.getKey(), field.getValue());
        }
    }
}
