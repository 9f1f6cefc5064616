package org.eventscope.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
    }

    private SheetImport() {}

    /** Whether a file of this name is read as a sheet. */
    static boolean isSheet(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv");
    }

    static @Nullable EventFile read(String name, BufferedInputStream in, ProblemList problems) throws IOException {
        char separator = separator(in);
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(separator)
                .ignoreDifferentFieldCount(true)
                .acceptCharsAfterQuotes(false)
                .skipEmptyLines(true)
                .ofCsvRecord(text);
        Cells cells = new Cells(name, problems);
        int row = 0;
        Layout layout = null;
        try {
            for (CsvRecord r : csv) {
                row++;
                List<String> values = r.getFields();
                if (layout == null) {
                    layout = AcledLayout.of(values, cells);
                    if (layout == null) {
                        layout = TimelineJsSheetLayout.of(values, cells);
                    }
                    if (layout == null) {
                        problems.add(new Problem(
                                Problem.Severity.ERROR,
                                name,
                                1,
                                1,
                                "",
                                Messages.get(
                                        "sheet.unknownLayout",
                                        String.join(", ", values.subList(0, Math.min(8, values.size()))))));
                        return null;
                    }
                } else {
                    layout.row(row, values);
                }
            }
        } catch (CsvParseException e) {
            problems.add(new Problem(
                    Problem.Severity.ERROR, name, row + 1, 1, "", Messages.get("sheet.malformed", e.getMessage())));
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (layout == null) {
            problems.add(new Problem(Problem.Severity.ERROR, name, 0, 0, "", Messages.get("sheet.empty")));
            return null;
        }
        EventFile file = layout.finish();
        return problems.hasErrors() ? null : file;
    }

    /** The separator the first line uses most: comma, semicolon (European Excel) or tab. */
    private static char separator(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        byte[] head = in.readNBytes(1 << 16);
        in.reset();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (byte b : head) {
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

    /** Problems at the cells of one sheet. */
    static final class Cells {
        private final String file;
        private final ProblemList problems;
        private List<String> header = List.of();

        Cells(String file, ProblemList problems) {
            this.file = file;
            this.problems = problems;
        }

        /** The file's name without its folder, for titles and sources. */
        String fileName() {
            int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
            return file.substring(slash + 1);
        }

        void header(List<String> names) {
            header = List.copyOf(names);
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
