package org.eventscope.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eventscope.i18n.Messages;
import org.eventscope.model.EventFile;
import org.jspecify.annotations.Nullable;

/**
 * Reads a spreadsheet saved as CSV (comma, semicolon or tab between cells, as the first line
 * shows; quoted cells with line breaks) and makes an event file of it by the layout its header
 * names: an ACLED export ({@link AcledLayout}) or TimelineJS's sheet template
 * ({@link TimelineJsSheetLayout}). The bytes are checked as UTF-8 as an event file's
 * are (with or without a byte-order mark). Problems name the cell: {@code FILE:ROW:C (column)},
 * the row as a spreadsheet numbers it (the header is row 1).
 */
final class SheetImport {

    /** What a layout does with the rows of a sheet. */
    interface Layout {
        /** Takes one row (its cells, {@code row} as a spreadsheet numbers it). */
        void row(int row, List<String> cells);

        /** The event file the rows make, or {@code null} when there were errors. */
        @Nullable
        EventFile finish();

        /**
         * The names of the only columns {@link #row} reads (as {@link Cells#value} takes them), or
         * {@code null} when it may read any: the cells of the others are not kept.
         */
        default java.util.@Nullable Set<String> reads() {
            return null;
        }
    }

    private SheetImport() {}

    /** Whether a file of this name is read as a sheet. */
    static boolean isSheet(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".xls") || XlsxRows.isWorkbook(name);
    }

    /**
     * What the first bytes of {@code in} say it is, as a name whose ending tells it: {@code name}
     * itself for JSON (or nothing), {@code name.xlsx} for a workbook (a zip), {@code name.csv} for
     * other text. Looks at most 4 KB ahead and puts them back.
     */
    static String kindOf(java.io.BufferedInputStream in, String name) throws IOException {
        in.mark(4096);
        byte[] head = in.readNBytes(4096);
        in.reset();
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return name + ".xlsx";
        }
        int i = InputBytes.hasUtf8Bom(head) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (InputBytes.utf16Bom(head) != null || (i < head.length && head[i] != '{' && head[i] != '[')) {
            return name + ".csv"; // Excel's UTF-16 "Unicode text" is a sheet too
        }
        return name;
    }

    /**
     * Reads the sheet in {@code raw}: in {@code encoding} when it is given (a byte-order mark of
     * UTF-8 skipped); else in UTF-16 when a byte-order mark says so (Excel's "Unicode text"), else
     * as checked UTF-8, as an event file is read. A single-byte encoding is never guessed. Its
     * problems name it {@code name}; {@code kind} is the name whose ending tells CSV, TSV or a
     * workbook ({@code name} itself, or as {@link #kindOf} says).
     */
    static @Nullable EventFile read(
            String name,
            String kind,
            InputStream raw,
            long size,
            long maxBytes,
            SheetOptions options,
            ReadMonitor monitor,
            ProblemList problems)
            throws IOException {
        Charset encoding = options.encoding();
        Counted counted = new Counted(raw);
        Cells cells = new Cells(name, problems);
        Rows rows = null;
        Layout layout = null;
        try {
            // The sheet is parsed on a second thread while this one makes events of the rows before.
            rows = new ReadAhead(rows(name, kind, counted, maxBytes, encoding, problems));
            int read = 0;
            for (List<String> values = rows.next(); values != null; values = rows.next()) {
                if (++read % MONITOR_EVERY == 0) {
                    if (monitor.isCancelled()) {
                        throw new java.util.concurrent.CancellationException("reading " + name + " was cancelled");
                    }
                    monitor.progress(counted.count, size);
                }
                if (layout != null) {
                    layout.row(rows.row(), values);
                    continue;
                }
                cells.header(rows.row(), values);
                SheetMapping mapping = options.mapping();
                layout = mapping != null ? MappedLayout.of(cells, mapping) : known(cells);
                java.util.Set<String> reads = layout == null ? null : layout.reads();
                if (reads != null) {
                    cells.cleaned(rows.keep(cells.reading(reads)));
                }
                if (layout == null) {
                    if (mapping == null) {
                        problems.add(new Problem(
                                Problem.Severity.ERROR,
                                name,
                                1,
                                1,
                                "",
                                Messages.get(
                                        "sheet.unknownLayout",
                                        String.join(", ", values.subList(0, Math.min(8, values.size()))))));
                    }
                    return null;
                }
            }
        } catch (IOException e) {
            problems.add(
                    problem(name, rows == null ? 0 : rows.row(), e, rows == null ? null : rows.charset(), encoding));
            return null;
        } finally {
            close(rows);
        }
        if (layout == null) {
            problems.add(new Problem(Problem.Severity.ERROR, name, 0, 0, "", Messages.get("sheet.empty")));
            return null;
        }
        if (rows.row() == cells.headerRow()) {
            // A header and nothing under it: no timeline to make, rather than an empty one.
            problems.add(
                    new Problem(Problem.Severity.ERROR, name, rows.row() + 1, 1, "", Messages.get("sheet.noRows")));
            return null;
        }
        EventFile file = layout.finish();
        return problems.hasErrors() ? null : file;
    }

    /** The layout Eventscope knows by this header (an ACLED export, TimelineJS's template), or {@code null}. */
    private static @Nullable Layout known(Cells cells) {
        Layout layout = AcledLayout.of(cells);
        return layout != null ? layout : TimelineJsSheetLayout.of(cells);
    }

    /**
     * The first rows of a sheet, for a preview: its header, up to {@code max} rows after it, the
     * layout its header names, and what kept it from being read, if anything did.
     */
    static SheetPreview preview(String name, InputStream raw, @Nullable Charset encoding, int max) {
        List<String> header = List.of();
        List<List<String>> rows = new java.util.ArrayList<>();
        Rows reading = null;
        SheetPreview.Layout layout = SheetPreview.Layout.OTHER;
        try {
            reading = rows(name, name, raw, EventFileReader.MAX_FILE_BYTES, encoding, new ProblemList());
            for (List<String> values = reading.next(); values != null; values = reading.next()) {
                if (header.isEmpty()) {
                    header = List.copyOf(values);
                    Cells cells = new Cells(name, new ProblemList());
                    cells.header(values);
                    Layout known = known(cells);
                    layout = known instanceof AcledLayout
                            ? SheetPreview.Layout.ACLED
                            : known != null ? SheetPreview.Layout.TIMELINEJS : SheetPreview.Layout.OTHER;
                } else if (rows.size() == max) {
                    return new SheetPreview(header, rows, layout, null, false, true);
                } else {
                    rows.add(List.copyOf(values));
                }
            }
        } catch (IOException e) {
            // The window offers the encodings itself: the command line's option is not named.
            Problem p = e instanceof InputException bad
                    ? bad.problem(name)
                    : problem(
                            name,
                            reading == null ? 0 : reading.row(),
                            e,
                            reading == null ? null : reading.charset(),
                            encoding);
            boolean encodingWrong = e instanceof InputException bad
                    ? bad.aboutEncoding()
                    : e instanceof java.nio.charset.CharacterCodingException;
            return new SheetPreview(header, rows, layout, p, encodingWrong, false);
        } finally {
            close(reading);
        }
        return new SheetPreview(header, rows, layout, null, false, false);
    }

    /** Lets go of what reading held; a failure to is no reason to lose what was read. */
    private static void close(@Nullable Rows rows) {
        if (rows != null) {
            try {
                rows.close();
            } catch (IOException e) {
                // a temporary file left behind is removed by the system's own cleaning
            }
        }
    }

    /**
     * What went wrong reading a sheet, at the row after {@code row}: malformed CSV, text not in
     * {@code charset}, bytes that are not UTF-8 (naming the encodings a sheet may be given in,
     * when none was), or a file that could not be read.
     */
    private static Problem problem(
            String name, int row, IOException e, @Nullable Charset charset, @Nullable Charset given) {
        if (e instanceof XlsxRows.NotAWorkbook) {
            return new Problem(
                    Problem.Severity.ERROR, name, 0, 0, "", Messages.get("sheet.xlsx.notWorkbook", e.getMessage()));
        }
        if (e instanceof Refused) {
            return new Problem(Problem.Severity.ERROR, name, 1, 1, "", String.valueOf(e.getMessage()));
        }
        if (e instanceof Malformed m) {
            return new Problem(
                    Problem.Severity.ERROR,
                    name,
                    m.line > 0 ? m.line : row + 1,
                    1,
                    "",
                    Messages.get("sheet.malformed", e.getMessage()));
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return new Problem(
                    Problem.Severity.ERROR,
                    name,
                    e instanceof NotInEncoding at ? at.line : row + 1,
                    1,
                    "",
                    Messages.get("sheet.notInEncoding", String.valueOf(charset)));
        }
        if (e instanceof InputException bad) {
            Problem p = bad.problem(name);
            if (given != null || !bad.aboutEncoding()) {
                return p; // too large, or a binary file: no encoding mends that
            }
            // Not UTF-8: say which encodings a sheet may be given in, never guess one.
            return new Problem(
                    p.severity(),
                    p.file(),
                    p.line(),
                    p.column(),
                    p.path(),
                    p.message() + "; " + Messages.get("sheet.giveEncoding"));
        }
        return new Problem(Problem.Severity.ERROR, name, 0, 0, "", EventFileReader.reason(e));
    }

    /**
     * The rows of a sheet, one at a time. Rows add problems only while they are made, never from
     * {@link #next}, which may run on a thread of its own ({@link ReadAhead}).
     */
    interface Rows {
        /** The next row's cells, or {@code null} after the last. */
        @Nullable
        List<String> next() throws IOException;

        /** The row last given, as a spreadsheet numbers it (the header is 1). */
        int row();

        /** The encoding the text is read in ({@code null} for a workbook). */
        @Nullable
        Charset charset();

        /** Lets go of what reading held (a workbook's temporary copy). */
        default void close() throws IOException {}

        /**
         * From the next row on, makes texts only of the cells in the columns {@code columns} marks
         * (by their index), each as {@link Cells#clean} makes it; the others come as empty cells.
         * Rows may keep every cell as it is regardless, and say so.
         *
         * @return whether they do as asked
         */
        default boolean keep(boolean[] columns) {
            return false;
        }
    }

    /**
     * The rows of the sheet in {@code raw}: of the first worksheet of an XLSX workbook, else of
     * CSV text decoded as {@link #decode} says.
     */
    private static Rows rows(
            String name, String kind, InputStream raw, long maxBytes, @Nullable Charset encoding, ProblemList problems)
            throws IOException {
        if (kind.toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw new XlsxRows.NotAWorkbook(Messages.get("sheet.xls"));
        }
        if (XlsxRows.isWorkbook(kind)) {
            return new XlsxRows(name, new Limited(raw, maxBytes), problems);
        }
        Decoded decoded = decode(raw, maxBytes, encoding);
        Charset utf16 = decoded.utf16();
        return csvRows(
                decoded.text(),
                encoding != null ? encoding : utf16 != null ? utf16 : StandardCharsets.UTF_8,
                kind.toLowerCase(Locale.ROOT).endsWith(".tsv"));
    }

    /** CSV that FastCSV could not read: a quote left open, text after a closing quote. */
    private static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        /** The line it is at, or 0 for the row after the last read. */
        private final int line;

        Malformed(String message) {
            this(message, 0);
        }

        Malformed(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    /**
     * The rows of another reader, parsed ahead on a thread of their own while the caller works on
     * the rows before, a few batches at most. The header is read on the caller's thread, so that
     * {@link #keep} can say which cells to keep before any row under it is parsed. What reading
     * throws comes out of {@link #next} at the row it was met, as if it had been read here.
     */
    static final class ReadAhead implements Rows {
        private static final int BATCH = 512;
        /** A batch ends sooner when its rows hold this many cells, so wide rows take no more memory. */
        private static final int BATCH_CELLS = 1 << 16;

        /** Rows parsed ahead: their cells, their numbers, and what reading threw after them. */
        private static final class Batch {
            final List<List<String>> cells = new java.util.ArrayList<>(BATCH);
            final int[] numbers = new int[BATCH];

            @Nullable
            Exception failure;
        }

        private final Rows rows;
        /** On the parsing thread: whether the rows came to their end, or to what reading threw. */
        private boolean ended;

        private @Nullable Ahead<Batch> ahead;
        private @Nullable Batch batch;
        private int at;
        private int row;
        private boolean done;

        ReadAhead(Rows rows) {
            this.rows = rows;
        }

        @Override
        public @Nullable List<String> next() throws IOException {
            if (done) {
                return null;
            }
            if (row == 0) {
                // The header, here: the rows under it are parsed once the caller has seen it.
                List<String> header = rows.next();
                row = rows.row();
                done = header == null;
                return header;
            }
            Ahead<Batch> parsing = ahead;
            if (parsing == null) {
                parsing = new Ahead<>("eventscope-sheet-rows", 4, this::batch);
                ahead = parsing;
            }
            Batch b = batch;
            while (b == null || at == b.cells.size()) {
                Exception failure = b == null ? null : b.failure;
                if (b != null && failure != null) {
                    done = true;
                    row = b.numbers[b.cells.size()];
                    if (failure instanceof IOException e) {
                        throw e;
                    }
                    throw (RuntimeException) failure;
                }
                b = parsing.take();
                if (b == null) {
                    done = true;
                    return null;
                }
                batch = b;
                at = 0;
            }
            row = b.numbers[at];
            return b.cells.get(at++);
        }

        /** On the parsing thread: the next rows, and what reading threw after them; {@code null} at the end. */
        private @Nullable Batch batch() {
            if (ended) {
                return null; // the rows are not asked again after their last (a workbook's stream is closed)
            }
            Batch b = new Batch();
            ended = true;
            int held = 0;
            try {
                for (List<String> cells = rows.next(); cells != null; cells = rows.next()) {
                    b.numbers[b.cells.size()] = rows.row();
                    b.cells.add(cells);
                    held += cells.size();
                    if (b.cells.size() == BATCH - 1 || held >= BATCH_CELLS) {
                        ended = false;
                        return b;
                    }
                }
            } catch (IOException | RuntimeException e) {
                b.numbers[b.cells.size()] = rows.row();
                b.failure = e;
            }
            return b.cells.isEmpty() && b.failure == null ? null : b;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public @Nullable Charset charset() {
            return rows.charset();
        }

        @Override
        public boolean keep(boolean[] columns) {
            if (ahead != null) {
                throw new IllegalStateException("the rows are already being read");
            }
            return rows.keep(columns);
        }

        @Override
        public void close() throws IOException {
            Ahead<Batch> parsing = ahead;
            if (parsing != null) {
                parsing.stop();
            }
            rows.close();
        }
    }

    /** How many rows are read between two reports of progress (and looks for a cancel). */
    private static final int MONITOR_EVERY = 4096;

    /** The bytes read so far of a sheet, for its progress. */
    private static final class Counted extends java.io.FilterInputStream {
        private long total;
        /** The total, counted on the thread that parses and read on the one that reports. */
        private volatile long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            total += b < 0 ? 0 : 1;
            count = total;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            total += Math.max(0, n);
            count = total;
            return n;
        }
    }

    /** Bytes that are not text in the sheet's encoding, on a line of the text. */
    private static final class NotInEncoding extends java.nio.charset.CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final int line;

        NotInEncoding(int line) {
            this.line = line;
        }
    }

    /**
     * Text decoded from bytes in an encoding given, its lines counted as they pass, so that bytes
     * that are no text in it are told at their line ({@link NotInEncoding}): the text before them
     * is given first, then the error.
     */
    static final class Decoding extends Reader {
        private final InputStream in;
        private final java.nio.charset.CharsetDecoder decoder;
        private final java.nio.ByteBuffer bytes =
                java.nio.ByteBuffer.allocate(1 << 13).flip();
        private boolean eof;
        private boolean flushed;
        private int line = 1;

        Decoding(InputStream in, java.nio.charset.CharsetDecoder decoder) {
            this.in = in;
            this.decoder = decoder;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (flushed) {
                return -1; // the decoder takes no more once flushed
            }
            java.nio.CharBuffer chars = java.nio.CharBuffer.wrap(buffer, off, len);
            while (true) {
                java.nio.charset.CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    if (chars.position() > off) {
                        return counted(buffer, off, chars.position() - off); // the error comes next
                    }
                    throw new NotInEncoding(line);
                }
                if (result.isOverflow() || (chars.position() > off && in.available() == 0)) {
                    return counted(buffer, off, chars.position() - off);
                }
                if (eof) {
                    // Single-byte encodings and UTF-16 keep nothing back to flush, so it never overflows.
                    decoder.flush(chars);
                    flushed = true;
                    int n = chars.position() - off;
                    return n == 0 ? -1 : counted(buffer, off, n);
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        }

        private int counted(char[] buffer, int off, int n) {
            for (int i = off; i < off + n; i++) {
                if (buffer[i] == '\n') {
                    line++;
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A sheet refused before its rows are read (UTF-32, a byte-order mark against the encoding given). */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The most cells a row may hold (as many as Excel's columns, XFD, and as FastCSV's records). */
    static final int MAX_CELLS = 16_384;

    /** The most characters a cell may hold: more is no event's text but a broken or hostile sheet. */
    static final int MAX_CELL = 1 << 20;

    /**
     * CSV text as it passes to the parser, watched for a quoted cell that is never closed: the
     * parser takes one to run to the end of the file, which would swallow every row after it.
     */
    private static final class QuoteCheck extends java.io.FilterReader {
        private final char separator;
        private boolean quoted;
        /** A quote was just seen inside a quoted cell: the next character says whether it closed it. */
        private boolean quoteInQuoted;

        private boolean fieldStart = true;
        private int line = 1;
        private int openedAt;

        QuoteCheck(Reader in, char separator) {
            super(in);
            this.separator = separator;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n < 0) {
                if (quoted && !quoteInQuoted) {
                    throw new Malformed(Messages.get("sheet.unclosedQuote", String.valueOf(openedAt)), openedAt);
                }
                return n;
            }
            for (int i = off; i < off + n; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    line++;
                }
                if (quoted) {
                    if (quoteInQuoted) {
                        quoteInQuoted = false;
                        if (c != '"') {
                            quoted = false; // closed; what follows is the separator or the line's end
                            fieldStart = c == separator || c == '\n' || c == '\r';
                        }
                    } else if (c == '"') {
                        quoteInQuoted = true;
                    }
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                    openedAt = line;
                    fieldStart = false;
                } else {
                    fieldStart = c == separator || c == '\n' || c == '\r';
                }
            }
            return n;
        }
    }

    /**
     * The cells of one column seen lately, each as {@link Cells#clean} makes it: a cell equal to
     * one of them is that same text, so no new one is made, and a map that takes it finds its
     * hash known. A column whose cells seldom repeat (ids, notes) is no longer looked at after a
     * few thousand rows.
     */
    private static final class Recent {
        private static final int SLOTS = 1024;
        /** Cells longer than this are taken as new: long texts seldom repeat. */
        private static final int LONGEST = 64;
        /** How many cells are looked up before deciding whether the column repeats. */
        private static final int TRIAL = 4096;

        private final String[] raw = new String[SLOTS];
        private final String[] clean = new String[SLOTS];
        private int tried;
        private int found;
        private boolean off;

        String cell(char[] buffer, int from, int n) {
            if (off || n > LONGEST) {
                return Cells.clean(buffer, from, n);
            }
            int h = 0;
            for (int i = from; i < from + n; i++) {
                h = 31 * h + buffer[i];
            }
            int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
            String known = raw[slot];
            if (++tried == TRIAL) {
                off = found < TRIAL / 4;
            }
            if (known != null && known.length() == n && same(known, buffer, from)) {
                found++;
                return clean[slot];
            }
            String text = new String(buffer, from, n);
            raw[slot] = text;
            clean[slot] = Cells.clean(text);
            return clean[slot];
        }

        private static boolean same(String text, char[] buffer, int from) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != buffer[from + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * One line of CSV as {@link CsvLine} reads it: its cells, whether it is blank, and the first
     * cell over {@link #MAX_CELL} characters and its length ({@code
     * tooLong} is -1 when there is none, {@link #MAX_CELLS} when the row has too many cells).
     */
    private record Line(List<String> cells, boolean blank, int tooLong, int tooLongLength) {}

    /**
     * Makes each CSV record a {@link Line}, a text only of the cells in the columns kept (cleaned,
     * once some are: {@link Rows#keep}), noting the first cell over {@link #MAX_CELL}. A cell loses
     * the apostrophe a CSV export puts before one a spreadsheet would run as a formula
     * ({@link DataExport#neutral}): {@code '=SUM(A1)} reads as {@code =SUM(A1)}.
     */
    private static final class CsvLine extends de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler<Line> {
        private boolean @Nullable [] keep;
        private String[] cells = new String[16];
        private int firstLength;
        private int tooLong;
        private int tooLongLength;

        /** How many cells the record before had: the size of the next one's array. */
        private int last = 16;

        @Override
        protected void handleBegin(long startingLineNumber) {
            cells = new String[last];
            tooLong = -1;
            tooMany = false;
        }

        /** Whether the record has more than {@link #MAX_CELLS} cells (those after are not kept). */
        private boolean tooMany;

        @Override
        protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
            int from = offset;
            int n = length;
            if (n > 1 && buffer[from] == '\'' && DataExport.startsFormula(buffer[from + 1])) {
                from++;
                n--;
            }
            if (index == 0) {
                firstLength = n;
            }
            if (n > MAX_CELL && tooLong < 0) {
                tooLong = index;
                tooLongLength = n;
            }
            if (index >= MAX_CELLS) {
                tooMany = true;
                return;
            }
            if (index >= cells.length) {
                cells = java.util.Arrays.copyOf(cells, Math.min(MAX_CELLS, cells.length * 2));
            }
            boolean[] kept = keep;
            if (kept == null) {
                cells[index] = n == 0 ? "" : new String(buffer, from, n);
            } else if (n == 0 || index >= kept.length || !kept[index]) {
                cells[index] = "";
            } else {
                if (index >= recent.length) {
                    recent = java.util.Arrays.copyOf(recent, Math.max(index + 1, recent.length * 2));
                }
                Recent column = recent[index];
                if (column == null) {
                    column = new Recent();
                    recent[index] = column;
                }
                cells[index] = column.cell(buffer, from, n);
            }
        }

        /** The texts each column repeats, by the column's index. */
        private Recent[] recent = new Recent[0];

        @Override
        protected de.siegmar.fastcsv.reader.RecordWrapper<Line> buildRecord() {
            int count = Math.min(MAX_CELLS, getFieldCount());
            last = Math.max(1, count);
            // Exactly as many as the record has: a wide row's array is not kept for a short one.
            return wrapRecord(new Line(
                    java.util.Arrays.asList(count == cells.length ? cells : java.util.Arrays.copyOf(cells, count)),
                    count == 1 && firstLength == 0,
                    tooMany ? MAX_CELLS : tooLong,
                    tooLongLength));
        }
    }

    /** The rows of CSV text, the separator that of the first line ({@link #separator}). */
    private static Rows csvRows(Reader text, Charset charset, boolean tabs) throws IOException {
        java.io.BufferedReader lines = new java.io.BufferedReader(text, 1 << 16);
        char separator = tabs ? '\t' : separator(lines);
        CsvLine handler = new CsvLine();
        QuoteCheck watched = new QuoteCheck(lines, separator);
        java.util.Iterator<Line> records = CsvReader.builder()
                .fieldSeparator(separator)
                .ignoreDifferentFieldCount(true)
                .acceptCharsAfterQuotes(false)
                .skipEmptyLines(false)
                .build(handler, watched)
                .iterator();
        return new Rows() {
            private int row;

            @Override
            public @Nullable List<String> next() throws IOException {
                try {
                    Line line;
                    do {
                        // A blank line is an empty row of the spreadsheet: counted, not read.
                        if (!records.hasNext()) {
                            return null;
                        }
                        line = records.next();
                        row++;
                    } while (line.blank());
                    if (line.tooLong() == MAX_CELLS) {
                        throw new Malformed(
                                Messages.get("sheet.tooManyCells", String.format(Locale.ROOT, "%,d", MAX_CELLS)),
                                row); // the row, as the other problems of a sheet give it, not its first line
                    }
                    if (line.tooLong() >= 0) {
                        throw new Malformed(
                                Messages.get(
                                        "sheet.cellTooLong",
                                        Cells.letters(line.tooLong()),
                                        String.format(Locale.ROOT, "%,d", line.tooLongLength()),
                                        String.format(Locale.ROOT, "%,d", MAX_CELL)),
                                row);
                    }
                    return line.cells();
                } catch (UncheckedIOException e) {
                    throw e.getCause(); // FastCSV wraps what the reader throws
                } catch (CsvParseException e) {
                    throw new Malformed(
                            e.getCause() != null
                                    ? e.getMessage() + ": " + e.getCause().getMessage()
                                    : String.valueOf(e.getMessage()));
                }
            }

            @Override
            public int row() {
                return row;
            }

            @Override
            public Charset charset() {
                return charset;
            }

            @Override
            public boolean keep(boolean[] columns) {
                handler.keep = columns.clone();
                return true;
            }
        };
    }

    /**
     * A stream that does not know how much can be read without waiting when its source cannot
     * say: a named pipe's channel answers {@code available} with "Illegal seek", which the
     * decoders would take for a failure to read.
     */
    private static final class Unsized extends java.io.FilterInputStream {
        Unsized(InputStream in) {
            super(in);
        }

        @Override
        public int available() {
            try {
                return super.available();
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /** The text of a sheet and the UTF-16 its byte-order mark named, if it named one. */
    private record Decoded(Reader text, @Nullable Charset utf16) {}

    /**
     * The text of the sheet in {@code raw}: in {@code encoding} when it is given (a byte-order mark of
     * UTF-8 skipped); else in UTF-16 when a byte-order mark says so, else as checked UTF-8.
     */
    private static Decoded decode(InputStream raw, long maxBytes, @Nullable Charset encoding) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(new Unsized(raw), 1 << 16);
        bytes.mark(4);
        byte[] bom = bytes.readNBytes(4);
        bytes.reset();
        if (bom.length == 4
                && ((bom[0] == 0 && bom[1] == 0 && (bom[2] & 0xff) == 0xFE && (bom[3] & 0xff) == 0xFF)
                        || ((bom[0] & 0xff) == 0xFF && (bom[1] & 0xff) == 0xFE && bom[2] == 0 && bom[3] == 0))) {
            throw new Refused(Messages.get("sheet.utf32"));
        }
        Charset utf16 = InputBytes.utf16Bom(bom);
        Reader text;
        if (encoding == null && utf16 == null) {
            text = new InputStreamReader(InputBytes.openSheet(bytes, maxBytes), StandardCharsets.UTF_8);
        } else {
            Charset charset = encoding != null ? encoding : java.util.Objects.requireNonNull(utf16);
            boolean utf8Bom = InputBytes.hasUtf8Bom(bom);
            boolean unicode = charset.name().startsWith("UTF-");
            if (encoding != null && (utf8Bom || utf16 != null) && !unicode) {
                // The bytes say which Unicode encoding they are in: another one given is a mistake.
                throw new Refused(
                        Messages.get("sheet.bomConflict", utf8Bom ? "UTF-8" : String.valueOf(utf16), encoding.name()));
            }
            if ((utf16 != null && (encoding == null || encoding.name().startsWith("UTF-16")))
                    || (utf8Bom && StandardCharsets.UTF_8.equals(charset))) {
                bytes.skipNBytes(utf16 != null ? 2 : 3);
            }
            text = new Decoding(
                    new Limited(bytes, maxBytes),
                    charset.newDecoder()
                            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
        }
        return new Decoded(text, utf16);
    }

    /** The separator the first line uses most: comma, semicolon (European Excel) or tab. */
    private static char separator(java.io.BufferedReader in) throws IOException {
        in.mark(1 << 16);
        char[] head = new char[1 << 16];
        int n = in.read(head, 0, head.length);
        in.reset();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < Math.max(0, n); i++) {
            char b = head[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == ';') {
                semicolons++;
            } else if (!quoted && b == '\t') {
                tabs++;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** At most {@code max} bytes of {@code in}; more is an error, as for an event file. */
    static final class Limited extends java.io.FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new InputException(0, 0, InputBytes.tooLarge(max));
            }
        }
    }

    /** Problems at the cells of one sheet. */
    static final class Cells {
        private final String file;
        private final ProblemList problems;
        private List<String> header = List.of();
        /** Each column by its name, without case or surrounding spaces (the first of a name given twice). */
        private final java.util.Map<String, Integer> at = new java.util.HashMap<>();
        /**
         * The only columns whose cells are kept ({@link #reading}), by name, each with its index
         * (-1 when the header has no such column); {@code null} when all are.
         */
        private java.util.@Nullable Map<String, Integer> reads;
        /** Whether the rows' cells come as {@link #clean} makes them. */
        private boolean cleaned;

        Cells(String file, ProblemList problems) {
            this.file = file;
            this.problems = problems;
        }

        /** The file's name without its folder, for titles and sources. */
        String fileName() {
            int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
            return file.substring(slash + 1);
        }

        /** The row the header is on, as the spreadsheet numbers it. */
        private int headerRow;

        int headerRow() {
            return headerRow;
        }

        /** The header, on {@code row}; a name given to two columns is read from the first, and the second is named. */
        void header(int row, List<String> names) {
            headerRow = row;
            header(names);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !seen.add(name)) {
                    warning(
                            row,
                            i,
                            Messages.get(
                                    "sheet.duplicateColumn",
                                    Printable.escape(names.get(i).strip())));
                }
            }
        }

        void header(List<String> names) {
            header = List.copyOf(names);
            at.clear();
            for (int i = 0; i < names.size(); i++) {
                // A byte-order mark carried into the first cell (a CSV pasted into a workbook) is not part of its name.
                String name = i == 0 && names.get(0).startsWith("\uFEFF")
                        ? names.get(0).substring(1)
                        : names.get(i);
                at.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), i);
            }
        }

        /** Whether the header has all these columns. */
        boolean has(String... columns) {
            for (String c : columns) {
                if (!at.containsKey(c)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Which columns hold the cells of these names, by index: from now on only they are read,
         * and asking for the cell of another column is a mistake of the layout.
         */
        boolean[] reading(java.util.Set<String> names) {
            java.util.Map<String, Integer> only = new java.util.HashMap<>();
            boolean[] kept = new boolean[header.size()];
            for (String name : names) {
                int i = at.getOrDefault(name, -1);
                only.put(name, i);
                if (i >= 0) {
                    kept[i] = true;
                }
            }
            reads = only;
            return kept;
        }

        /** Whether the rows' cells come already {@link #clean}: then they are taken as they are. */
        void cleaned(boolean clean) {
            cleaned = clean;
        }

        /** The cell of {@code row} in the column named {@code column}, stripped; "" when there is none. */
        String value(List<String> row, String column) {
            java.util.Map<String, Integer> only = reads;
            Integer i = only != null ? only.get(column) : at.get(column);
            if (i == null && only != null) {
                throw new IllegalStateException("the column " + column + " is not among those read: " + only.keySet());
            }
            if (i == null || i < 0 || i >= row.size()) {
                return "";
            }
            return cleaned ? row.get(i) : clean(row.get(i));
        }

        /** {@link #clean(String)} of the characters {@code buffer[from, from + length)}, made a text once. */
        static String clean(char[] buffer, int from, int length) {
            int a = from;
            int b = from + length;
            while (a < b && Character.isWhitespace(buffer[a])) {
                a++;
            }
            while (b > a && Character.isWhitespace(buffer[b - 1])) {
                b--;
            }
            for (int i = a; i < b; i++) {
                char c = buffer[i];
                if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                    return clean(new String(buffer, a, b - a));
                }
            }
            return new String(buffer, a, b - a);
        }

        /**
         * A cell as the event takes it: stripped, and without control characters other than line
         * breaks and tabs (an escape sequence in a cell is no text, and would act on a terminal).
         */
        static String clean(String cell) {
            String s = cell.strip();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                    StringBuilder b = new StringBuilder(s.length());
                    for (int j = 0; j < s.length(); j++) {
                        char d = s.charAt(j);
                        if (!Character.isISOControl(d) || d == '\n' || d == '\t' || d == '\r') {
                            b.append(d);
                        }
                    }
                    return b.toString().strip();
                }
            }
            return s;
        }

        /** The column named {@code name} (0 when there is none). */
        int column(String name) {
            return at.getOrDefault(name, 0);
        }

        void error(int row, int column, String message) {
            problems.add(new Problem(Problem.Severity.ERROR, file, row, column + 1, cell(column), message));
        }

        void warning(int row, int column, String message) {
            problems.add(new Problem(Problem.Severity.WARNING, file, row, column + 1, cell(column), message));
        }

        /** "C (event_date)": the column's letters as a spreadsheet shows them, and its name. */
        private String cell(int column) {
            String name = column < header.size() ? header.get(column) : "";
            return letters(column) + (name.isEmpty() ? "" : " (" + name + ")");
        }

        /** A, B, … Z, AA, AB, … for columns 0, 1, … */
        static String letters(int column) {
            StringBuilder b = new StringBuilder();
            for (int c = column + 1; c > 0; c = (c - 1) / 26) {
                b.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return b.toString();
        }
    }
}
