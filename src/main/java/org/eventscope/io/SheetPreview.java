package org.eventscope.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The first rows of a spreadsheet, read before it is imported: what the mapping dialog shows.
 *
 * @param header the first row's cells
 * @param rows up to the number asked for of the rows after it
 * @param layout the layout the header names, if Eventscope knows it
 * @param problem what kept the rows from being read (not UTF-8, malformed CSV …), or {@code null}
 * @param encodingWrong whether the problem is text that is not in the encoding it was read in
 * @param more whether the sheet has rows after those given
 */
public record SheetPreview(
        List<String> header,
        List<List<String>> rows,
        Layout layout,
        @Nullable Problem problem,
        boolean encodingWrong,
        boolean more) {

    /** The layouts a header can name. */
    public enum Layout {
        ACLED,
        TIMELINEJS,
        /** Any other: its columns are mapped ({@link SheetMapping}). */
        OTHER
    }

    public SheetPreview {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Reads the header and up to {@code max} rows of the sheet at {@code path}, in {@code encoding} when given. */
    public static SheetPreview read(Path path, @Nullable Charset encoding, int max) {
        String name = String.valueOf(path.getFileName());
        try (InputStream in = Files.newInputStream(path)) {
            return SheetImport.preview(name, in, encoding, max);
        } catch (IOException e) {
            return new SheetPreview(
                    List.of(),
                    List.of(),
                    Layout.OTHER,
                    new Problem(Problem.Severity.ERROR, name, 0, 0, "", EventFileReader.reason(e)),
                    false,
                    false);
        }
    }

    /** The cells of the column named {@code column} (without case or surrounding spaces) in the rows. */
    public List<String> column(String column) {
        int at = -1;
        for (int i = 0; i < header.size() && at < 0; i++) {
            if (header.get(i).strip().equalsIgnoreCase(column.strip())) {
                at = i;
            }
        }
        if (at < 0) {
            return List.of();
        }
        java.util.ArrayList<String> cells = new java.util.ArrayList<>(rows.size());
        for (List<String> row : rows) {
            cells.add(at < row.size() ? row.get(at).strip() : "");
        }
        return cells;
    }

    /** A, B, … Z, AA, … for columns 0, 1, …, as a spreadsheet names them. */
    public static String letters(int column) {
        return SheetImport.Cells.letters(column);
    }

    /**
     * What the import would say of the preview's rows read by {@code mapping}: each problem at its
     * cell, as the import reports it (rows numbered from the one after the header).
     */
    public List<Problem> check(String name, SheetMapping mapping) {
        ProblemList problems = new ProblemList();
        SheetImport.Cells cells = new SheetImport.Cells(name, problems);
        cells.header(1, header);
        MappedLayout layout = MappedLayout.of(cells, mapping);
        if (layout != null) {
            for (int r = 0; r < rows.size(); r++) {
                layout.row(r + 2, rows.get(r));
            }
            layout.finish();
        }
        return List.copyOf(problems);
    }

    /** Whether a file of this name is read as a spreadsheet. */
    public static boolean isSheet(String name) {
        return SheetImport.isSheet(name);
    }
}
