package org.eventscope.export;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.TimeFormat;
import org.eventscope.view.Recording;
import org.eventscope.view.TextWrap;
import org.eventscope.view.Typeface;

/**
 * A fact-check annex as one PDF document: the chart and the timeline page, each on an A4 page
 * across, then every event shown, in order, on A4 pages down, with its time, description and
 * sources (their web addresses written out), so an editor can check each line of a story.
 * Drawn through {@link PdfSurface}, text selectable; runs on any thread once the pictures are
 * recorded.
 */
public final class ReportExport {

    private ReportExport() {}

    /** A picture recorded on the FX thread, {@code width} x {@code height} logical pixels. */
    public record Page(Recording drawing, double width, double height) {

        /** {@code picture} recorded, to be drawn later on any thread. FX thread only. */
        public static Page of(Picture picture) {
            return new Page(picture.record(), picture.width(), picture.height());
        }
    }

    /** A4, in points. */
    private static final PDRectangle A4 = PDRectangle.A4;

    private static final PDRectangle A4_ACROSS = new PDRectangle(A4.getHeight(), A4.getWidth());
    /** The margin of every page, in points (15 mm). */
    private static final float MARGIN = 42.5f;

    private static final Color TEXT = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#57606a");

    /**
     * The report: {@code pictures} first, then {@code events} of {@code file}, their times in
     * {@code zone}, written for {@code locale}, with {@code info} in the document's information.
     */
    public static PdfExport.Pdf of(
            List<Page> pictures, EventFile file, List<Event> events, ZoneId zone, Locale locale, ExportInfo info) {
        return PdfExport.document(info, (document, faces) -> {
            for (Page p : pictures) {
                double room = A4_ACROSS.getWidth() - 2 * MARGIN;
                double high = A4_ACROSS.getHeight() - 2 * MARGIN;
                double scale =
                        Math.min(room / (p.width() * PdfSurface.POINTS), high / (p.height() * PdfSurface.POINTS));
                try (PdfSurface page = new PdfSurface(document, faces, A4_ACROSS, scale, MARGIN, MARGIN)) {
                    p.drawing().replay(page);
                }
            }
            new EventPages(document, faces, file, zone, locale).write(events);
            number(document, faces);
        });
    }

    /** Writes "N of M" at the foot of every page, across and down alike, once M is known. */
    private static void number(PDDocument document, PdfSurface.Faces faces) throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            double width = page.getMediaBox().getWidth() / PdfSurface.POINTS;
            double height = page.getMediaBox().getHeight() / PdfSurface.POINTS;
            double side = MARGIN / PdfSurface.POINTS;
            try (PdfSurface over = PdfSurface.over(document, faces, page)) {
                over.setTextBaseline(VPos.CENTER);
                over.setTextAlign(TextAlignment.RIGHT);
                over.setFont(Typeface.font(EventPages.SMALL - 1));
                over.setFill(MUTED);
                over.fillText(
                        Messages.get("report.pageOf", String.valueOf(i + 1), String.valueOf(total)),
                        width - side,
                        height - side / 2);
            }
        }
    }

    /** The list of events, on as many A4 pages as it takes, in logical pixels (0.75 pt). */
    private static final class EventPages {
        private static final double WIDTH = A4.getWidth() / PdfSurface.POINTS;
        private static final double HEIGHT = A4.getHeight() / PdfSurface.POINTS;
        private static final double SIDE = MARGIN / PdfSurface.POINTS;
        private static final double TITLE = 14;
        private static final double BODY = 12;
        private static final double SMALL = 11;

        private final PDDocument document;
        private final PdfSurface.Faces faces;
        private final EventFile file;
        private final ZoneId zone;
        private final Locale locale;
        private PdfSurface page;
        private double y;

        EventPages(PDDocument document, PdfSurface.Faces faces, EventFile file, ZoneId zone, Locale locale)
                throws IOException {
            this.document = document;
            this.faces = faces;
            this.file = file;
            this.zone = zone;
            this.locale = locale;
            this.page = open();
        }

        void write(List<Event> events) throws IOException {
            line(Messages.get("report.events", String.valueOf(events.size())), true, 18, TEXT);
            y += 8;
            for (Event e : events) {
                // An event's title and time stay together on a page.
                if (y + 3 * TITLE * 1.4 > HEIGHT - SIDE) {
                    newPage();
                }
                paragraph(e.title(), true, TITLE, TEXT);
                paragraph(TimeFormat.formatEvent(e, file.displayZone(), zone, locale), false, SMALL, MUTED);
                String description = e.description();
                if (description != null && !description.isBlank()) {
                    for (String p : description.split("\\R", -1)) {
                        paragraph(p, false, BODY, TEXT);
                    }
                }
                List<String> sources = new ArrayList<>();
                for (String id : e.sourceIds()) {
                    Source s = file.source(id).orElse(null);
                    sources.add(s == null ? id : s.url() == null ? s.name() : s.name() + " (" + s.url() + ")");
                }
                if (!sources.isEmpty()) {
                    paragraph(Messages.get("citation.sources", String.join("; ", sources)), false, SMALL, MUTED);
                }
                y += 10;
            }
            page.close();
        }

        private void newPage() throws IOException {
            page.close();
            page = open();
        }

        /** A new page, written from its top margin down. */
        private PdfSurface open() throws IOException {
            PdfSurface next = new PdfSurface(document, faces, WIDTH, HEIGHT);
            y = SIDE;
            next.setTextBaseline(VPos.TOP);
            next.setTextAlign(TextAlignment.LEFT);
            return next;
        }

        /**
         * {@code text} wrapped to the page's width ({@link TextWrap}, as the timeline page wraps),
         * a page turned where it runs out; an empty one is an empty line.
         */
        private void paragraph(String text, boolean bold, double size, Color colour) throws IOException {
            List<String> lines = TextWrap.lines(text, WIDTH - 2 * SIDE, s -> faces.width(bold, s, size));
            for (String l : lines.isEmpty() ? List.of("") : lines) {
                line(l, bold, size, colour);
            }
        }

        private void line(String text, boolean bold, double size, Color colour) throws IOException {
            double height = size * 1.4;
            if (y + height > HEIGHT - SIDE) {
                newPage();
            }
            page.setFont(bold ? Typeface.font(FontWeight.BOLD, size) : Typeface.font(size));
            page.setFill(colour);
            page.fillText(text, SIDE, y);
            y += height;
        }
    }
}
