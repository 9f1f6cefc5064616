package org.eventscope.io;

import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eventscope.model.Era;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Media;
import org.eventscope.model.Precision;
import org.eventscope.model.Source;
import org.eventscope.model.TimePoint;
import org.jspecify.annotations.Nullable;

/**
 * An event file's data in the forms others read: a sheet in TimelineJS's template columns (CSV
 * or XLSX), so a timeline can go back into a spreadsheet, and TimelineJS 3 JSON, so it can be
 * published with TimelineJS. Each reads back in Eventscope with the same events (the importers'
 * mapping run backwards: the title row, eras, the category as Group, the first source with a web address as
 * Media). Headlines, texts, credits and captions are HTML, as TimelineJS reads them, their
 * text escaped. A CSV cell that a spreadsheet would take for a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return first) is written with a leading apostrophe,
 * so opening the export never runs one (CSV injection); the import takes it off again. TimelineJS
 * has no time zones: a time is written as the clock showed it where it was given
 * ({@link #zonedTimes} counts those whose zone is left behind).
 */
public final class DataExport {

    /** TimelineJS's Google Sheet template, in its order. */
    public static final List<String> TEMPLATE = List.of(
            "Year",
            "Month",
            "Day",
            "Time",
            "End Year",
            "End Month",
            "End Day",
            "End Time",
            "Display Date",
            "Headline",
            "Text",
            "Media",
            "Media Credit",
            "Media Caption",
            "Media Thumbnail",
            "Type",
            "Group",
            "Background");

    /** The forms data is exported in, told by the file name's ending. */
    public enum Form {
        CSV,
        XLSX,
        TIMELINEJS_JSON;

        /** The form a file of this name is written in, or {@code null} for none of them. */
        public static @Nullable Form of(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".csv")
                    ? CSV
                    : lower.endsWith(".xlsx") ? XLSX : lower.endsWith(".json") ? TIMELINEJS_JSON : null;
        }
    }

    private DataExport() {}

    /** How many of the file's event and era times carry a zone or offset, which the export leaves behind. */
    public static int zonedTimes(EventFile file) {
        int n = 0;
        for (Event e : file.events()) {
            n += (e.start().ownZone() != null ? 1 : 0)
                    + (e.end() != null && e.end().ownZone() != null ? 1 : 0);
        }
        for (Era e : file.eras()) {
            n += (e.start().ownZone() != null ? 1 : 0) + (e.end().ownZone() != null ? 1 : 0);
        }
        return n;
    }

    /** Writes {@code file} in {@code form} to {@code out} (which is left open). */
    public static void write(EventFile file, Form form, OutputStream out) throws IOException {
        switch (form) {
            case CSV -> csv(file, out);
            case XLSX -> xlsx(file, out);
            case TIMELINEJS_JSON -> timelineJs(file, out);
        }
    }

    /** The template's rows for {@code file}: its title, its eras, then its events. */
    static List<List<String>> rows(EventFile file) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(TEMPLATE);
        rows.add(row(null, null, html(file.title()), "", null, "title", ""));
        for (Era era : file.eras()) {
            rows.add(row(era.start(), era.end(), html(era.title()), "", null, "era", ""));
        }
        for (Event e : file.events()) {
            String group = e.category() == null
                    ? ""
                    : file.category(e.category()).map(c -> c.name()).orElse("");
            rows.add(row(e.start(), e.end(), html(e.title()), paragraphs(e.description()), media(file, e), "", group));
        }
        return rows;
    }

    private static List<String> row(
            @Nullable TimePoint start,
            @Nullable TimePoint end,
            String headline,
            String text,
            @Nullable Media media,
            String type,
            String group) {
        List<String> r = new ArrayList<>(TEMPLATE.size());
        date(r, start);
        date(r, end);
        r.add("");
        r.add(headline);
        r.add(text);
        r.add(media == null ? "" : media.url());
        r.add(media == null || media.credit() == null ? "" : html(media.credit()));
        r.add(media == null || media.caption() == null ? "" : html(media.caption()));
        r.add("");
        r.add(type);
        r.add(group);
        r.add("");
        return r;
    }

    /** Year, Month, Day and Time of a time, as deep as its precision; four empty cells for none. */
    private static void date(List<String> r, @Nullable TimePoint t) {
        if (t == null) {
            r.addAll(List.of("", "", "", ""));
            return;
        }
        LocalDateTime at = t.local();
        Precision p = t.precision();
        r.add(String.valueOf(at.getYear()));
        r.add(p == Precision.YEAR ? "" : String.valueOf(at.getMonthValue()));
        r.add(p == Precision.YEAR || p == Precision.MONTH ? "" : String.valueOf(at.getDayOfMonth()));
        r.add(
                p == Precision.MINUTE
                        ? String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute())
                        : p == Precision.SECOND
                                ? String.format(
                                        Locale.ROOT, "%02d:%02d:%02d", at.getHour(), at.getMinute(), at.getSecond())
                                : "");
    }

    /**
     * TimelineJS's one media of the event: its own when that is a web address (a path beside the
     * event file means nothing beside a sheet), else its first source with a web address, credited
     * with the source's name and captioned with its note.
     */
    private static @Nullable Media media(EventFile file, Event e) {
        Media own = e.media();
        if (own != null && own.isWeb()) {
            return own;
        }
        for (String id : e.sourceIds()) {
            Source s = file.source(id).orElse(null);
            if (s != null && s.url() != null) {
                return new Media(s.url(), s.note(), s.name(), null);
            }
        }
        return null;
    }

    /** Text as HTML: {@code &}, {@code <} and {@code >} escaped. */
    public static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A description as HTML paragraphs, one per line. */
    private static String paragraphs(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            b.append("<p>").append(html(line)).append("</p>");
        }
        return b.toString();
    }

    /**
     * A cell as a spreadsheet may show it safely: one that it would take for a formula gets a
     * leading apostrophe (OWASP's advice for CSV injection).
     */
    static String neutral(String cell) {
        return !cell.isEmpty() && startsFormula(cell.charAt(0)) ? "'" + cell : cell;
    }

    /** Whether a cell beginning with {@code c} is one a spreadsheet would take for a formula. */
    static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static void csv(EventFile file, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write('\uFEFF'); // Excel reads UTF-8 by its byte-order mark
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text);
        for (List<String> r : rows(file)) {
            csv.writeRecord(r.stream().map(DataExport::neutral).toList());
        }
        csv.flush();
        text.flush();
    }

    private static void xlsx(EventFile file, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Eventscope", "1.0");
        Worksheet ws = wb.newWorksheet("Timeline");
        List<List<String>> rows = rows(file);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String v = cells.get(c);
                if (v.isEmpty()) {
                    continue;
                }
                boolean number = r > 0 && (c < 3 || (c >= 4 && c < 7));
                if (number) {
                    ws.value(r, c, Long.parseLong(v));
                } else {
                    ws.value(r, c, v); // a workbook's text cell is never a formula: nothing to neutralise
                }
            }
        }
        wb.finish();
    }

    private static void timelineJs(EventFile file, OutputStream out) throws IOException {
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("title");
            g.writeObjectFieldStart("text");
            g.writeStringField("headline", html(file.title()));
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("events");
            for (Event e : file.events()) {
                g.writeStartObject();
                g.writeStringField("unique_id", e.id());
                jsonDate(g, "start_date", e.start());
                if (e.end() != null) {
                    jsonDate(g, "end_date", e.end());
                }
                g.writeObjectFieldStart("text");
                g.writeStringField("headline", html(e.title()));
                if (e.description() != null && !e.description().isEmpty()) {
                    g.writeStringField("text", paragraphs(e.description()));
                }
                g.writeEndObject();
                if (e.category() != null) {
                    String name = file.category(e.category()).map(c -> c.name()).orElse(null);
                    if (name != null) {
                        g.writeStringField("group", name);
                    }
                }
                Media media = media(file, e);
                if (media != null) {
                    g.writeObjectFieldStart("media");
                    g.writeStringField("url", media.url());
                    if (media.credit() != null) {
                        g.writeStringField("credit", html(media.credit()));
                    }
                    if (media.caption() != null) {
                        g.writeStringField("caption", html(media.caption()));
                    }
                    if (media.alt() != null) {
                        g.writeStringField("alt", media.alt());
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!file.eras().isEmpty()) {
                g.writeArrayFieldStart("eras");
                for (Era era : file.eras()) {
                    g.writeStartObject();
                    jsonDate(g, "start_date", era.start());
                    jsonDate(g, "end_date", era.end());
                    g.writeObjectFieldStart("text");
                    g.writeStringField("headline", html(era.title()));
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void jsonDate(JsonGenerator g, String field, TimePoint t) throws IOException {
        LocalDateTime at = t.local();
        Precision p = t.precision();
        g.writeObjectFieldStart(field);
        g.writeNumberField("year", at.getYear());
        if (p != Precision.YEAR) {
            g.writeNumberField("month", at.getMonthValue());
        }
        if (p != Precision.YEAR && p != Precision.MONTH) {
            g.writeNumberField("day", at.getDayOfMonth());
        }
        if (p == Precision.MINUTE || p == Precision.SECOND) {
            g.writeNumberField("hour", at.getHour());
            g.writeNumberField("minute", at.getMinute());
        }
        if (p == Precision.SECOND) {
            g.writeNumberField("second", at.getSecond());
        }
        g.writeEndObject();
    }
}
