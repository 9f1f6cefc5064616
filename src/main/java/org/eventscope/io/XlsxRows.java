package org.eventscope.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the first worksheet of an XLSX workbook (fastexcel's streaming reader), each cell as
 * the text a CSV export of it would hold: a number as Excel keeps it ({@code 2022},
 * {@code 44571.5}), except that a number formatted as a date or time is that date in ISO 8601
 * ({@code 2022-01-10}, {@code 2022-01-10T12:00}) in the workbook's own date system (1900 or
 * 1904); booleans as TRUE or FALSE, a formula by its value last computed. Rows are numbered as
 * the workbook numbers them; empty rows are left out. The text a workbook unpacks to is bounded
 * as the bytes of a CSV are ({@link EventFileReader#MAX_FILE_BYTES}), so a small archive that
 * unpacks to gigabytes is refused, not read.
 */
final class XlsxRows implements SheetImport.Rows {

    /** Characters of cell text a workbook may hold: as many as the bytes of the largest file read. */
    private static final long MAX_CHARS = EventFileReader.MAX_FILE_BYTES;

    /** Quoted text and bracketed colours or locales in a number format: not parts of a date. */
    private static final java.util.regex.Pattern QUOTED_OR_BRACKETED =
            java.util.regex.Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]");

    /** The workbook's bytes, copied to a temporary file the reader opens as a zip (removed at {@link #close}). */
    private final java.nio.file.Path copy;

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final boolean date1904;
    private int row;
    private long chars;

    XlsxRows(String name, InputStream in, ProblemList problems) throws IOException {
        copy = Files.createTempFile("eventscope-", ".xlsx");
        try {
            try (java.io.OutputStream out = Files.newOutputStream(copy)) {
                in.transferTo(out);
            }
            guard(copy);
            workbook = new ReadableWorkbook(copy.toFile(), new ReadingOptions(true, false));
            List<Sheet> sheets = workbook.getSheets().toList();
            if (sheets.isEmpty()) {
                throw new NotAWorkbook(Messages.get("sheet.xlsx.noSheet"));
            }
            if (sheets.size() > 1) {
                problems.add(new Problem(
                        Problem.Severity.WARNING,
                        name,
                        0,
                        0,
                        "",
                        Messages.get(
                                "sheet.xlsx.firstSheet",
                                Printable.escape(sheets.get(0).getName()),
                                String.valueOf(sheets.size() - 1))));
            }
            date1904 = workbook.isDate1904();
            stream = sheets.get(0).openStream();
            rows = stream.iterator();
        } catch (RuntimeException e) {
            Files.deleteIfExists(copy);
            throw new NotAWorkbook(String.valueOf(e.getMessage()));
        } catch (IOException e) {
            Files.deleteIfExists(copy);
            if (e instanceof InputException || e instanceof NotAWorkbook) {
                throw e;
            }
            throw new NotAWorkbook(String.valueOf(e.getMessage()));
        }
    }

    /** The most a workbook's sheets and shared strings may unpack to. */
    private static final long MAX_UNPACKED = 2L << 30;

    /** The most bytes of text between two tags: a cell's worth ({@link SheetImport#MAX_CELL} characters of UTF-8). */
    private static final int MAX_RUN = 4 * SheetImport.MAX_CELL;

    /**
     * Looks through the workbook's sheets and shared strings, a byte at a time, before the reader
     * builds anything of them: a cell reference past Excel's last column (XFD), a text longer than
     * a cell may hold, or more than {@link #MAX_UNPACKED} bytes unpacked, would make the reader
     * hold gigabytes for a file of a few kilobytes. Refused with what was found.
     */
    private static void guard(java.nio.file.Path file) throws IOException {
        long unpacked = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.Enumeration<? extends java.util.zip.ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                java.util.zip.ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (!(name.startsWith("xl/worksheets/") || name.equals("xl/sharedStrings.xml"))
                        || entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] buffer = new byte[1 << 16];
                    int run = 0;
                    int quote = -1; // bytes into the value of an r="…" attribute, or -1
                    int letters = 0;
                    int column = 0;
                    byte b1 = 0;
                    byte b2 = 0;
                    byte b3 = 0;
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED) {
                            throw new NotAWorkbook(Messages.get("sheet.xlsx.tooBig", InputBytes.bytes(MAX_UNPACKED)));
                        }
                        for (int i = 0; i < n; i++) {
                            byte b = buffer[i];
                            run = b == '<' || b == '>' ? 0 : run + 1;
                            if (run > MAX_RUN) {
                                throw new NotAWorkbook(Messages.get(
                                        "sheet.xlsx.longText",
                                        String.format(Locale.ROOT, "%,d", SheetImport.MAX_CELL)));
                            }
                            if (quote >= 0) {
                                if (b >= 'A' && b <= 'Z' && quote == letters) {
                                    letters++;
                                    column = Math.min(column * 26 + (b - 'A' + 1), 1 << 20);
                                    if (letters > 3 || column > 16_384) {
                                        throw new NotAWorkbook(Messages.get("sheet.xlsx.farColumn"));
                                    }
                                } else if (b == '"') {
                                    quote = -1;
                                    continue;
                                }
                                quote++;
                            } else if (b == '"' && b1 == '=' && b2 == 'r' && b3 == ' ') {
                                quote = 0;
                                letters = 0;
                                column = 0;
                            }
                            b3 = b2;
                            b2 = b1;
                            b1 = b;
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new NotAWorkbook(String.valueOf(e.getMessage()));
        }
    }

    /** Whether a file of this name is read as a workbook. */
    static boolean isWorkbook(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    @Override
    public @Nullable List<String> next() throws IOException {
        try {
            while (rows.hasNext()) {
                Row r = rows.next();
                List<String> cells = cells(r);
                if (cells.isEmpty()) {
                    continue;
                }
                row = r.getRowNum();
                return cells;
            }
            close();
            return null;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause() instanceof InputException bad ? bad : new NotAWorkbook(String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            throw new NotAWorkbook(String.valueOf(e.getMessage()));
        }
    }

    private List<String> cells(Row r) throws IOException {
        int count = r.getCellCount();
        List<String> out = new ArrayList<>(count);
        int last = -1;
        for (int i = 0; i < count; i++) {
            Cell c = r.getCell(i);
            String text = c == null ? "" : text(c);
            chars += text.length();
            if (chars > MAX_CHARS) {
                throw new InputException(0, 0, Messages.get("sheet.xlsx.tooMuchText", InputBytes.bytes(MAX_CHARS)));
            }
            out.add(text);
            if (!text.isEmpty()) {
                last = i;
            }
        }
        return last < 0 ? List.of() : out.subList(0, last + 1);
    }

    private String text(Cell c) {
        String raw = c.getRawValue();
        return switch (c.getType()) {
            case EMPTY -> "";
            case NUMBER -> isDate(c) ? date(number(raw), isTimeOnly(c)) : number(raw);
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
            case STRING, FORMULA, ERROR -> {
                String t = c.getText();
                yield t == null ? "" : t;
            }
        };
    }

    /** A number as a person writes it: {@code 2022} for the {@code 2022.0} some writers store. */
    private static String number(@Nullable String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 40) {
            return raw == null ? "" : raw;
        }
        try {
            return new java.math.BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** A serial number as the ISO date (and time) it is in the workbook's date system, or itself. */
    private String date(@Nullable String raw, boolean timeOnly) {
        if (raw == null) {
            return "";
        }
        try {
            double serial = Double.parseDouble(raw);
            if (timeOnly && serial >= 0 && serial < 1) {
                // A time of day alone (TimelineJS's Time column): 09:00, or 09:00:30.
                long seconds = Math.min(86_399, Math.round(serial * 86_400));
                java.time.LocalTime t = java.time.LocalTime.ofSecondOfDay(seconds);
                return seconds % 60 == 0
                        ? String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())
                        : t.toString();
            }
            return (date1904 ? SheetDateFormat.EXCEL_1904 : SheetDateFormat.EXCEL_1900)
                    .read(raw)
                    .text();
        } catch (NumberFormatException e) {
            return raw;
        } catch (java.time.DateTimeException e) {
            return raw; // not a day Eventscope writes: the mapping's date check reports the cell
        }
    }

    /** Whether the cell's number format shows a date or time (Excel's built-in ones, or a pattern of d, m, y, h, s). */
    private static boolean isDate(Cell c) {
        Integer id = c.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        String format = c.getDataFormatString();
        if (format == null || format.isEmpty() || format.equalsIgnoreCase("general")) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '[') {
                // [Red], [$-409]: colours and locales, not parts of a date (but [h] is elapsed hours).
                int end = format.indexOf(']', i);
                String inside = end < 0 ? "" : format.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (inside.matches("h+|m+|s+")) {
                    return true;
                }
                i = end < 0 ? format.length() : end;
            } else if (ch == '\\') {
                i++;
            } else if (!quoted && "dmyhsDMYHS".indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cell's format shows a time of day and no day (hh:mm, [h]:mm:ss, Excel's 18 to 21 and 45 to 47). */
    private static boolean isTimeOnly(Cell c) {
        Integer id = c.getDataFormatId();
        if (id != null && ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))) {
            return true;
        }
        String format = c.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = QUOTED_OR_BRACKETED.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
        return bare.indexOf('h') >= 0 && bare.indexOf('d') < 0 && bare.indexOf('y') < 0;
    }

    @Override
    public int row() {
        return row;
    }

    @Override
    public @Nullable Charset charset() {
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
            workbook.close();
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** A file that is not an XLSX workbook, or one too broken to read. */
    static final class NotAWorkbook extends IOException {
        private static final long serialVersionUID = 1L;

        NotAWorkbook(String message) {
            super(message);
        }
    }
}
