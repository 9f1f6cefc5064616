package org.eventscope.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.eventscope.io.EventFileReader;
import org.xml.sax.InputSource;

/**
 * Which XLSX library the spreadsheet import reads with, by measurement: fastexcel's reader and
 * Apache POI's streaming (SAX) reader each read every cell of a synthetic ACLED-shaped workbook
 * (100,000 rows of 16 columns by default, shared strings and date-formatted cells as Excel writes
 * them); then the whole import (Eventscope's reader, a mapping-free ACLED layout) of the same
 * workbook. Three rounds, alternating, after a warm-up. See docs/benchmarks.md.
 */
public final class XlsxLibraryBenchmark {

    private XlsxLibraryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path file = dir.resolve("synthetic-acled-" + rows + ".xlsx");
        if (!Files.exists(file)) {
            write(file, rows);
        }
        System.out.printf(Locale.ROOT, "%s: %,d rows, %.1f MB%n", file, rows, Files.size(file) / 1e6);
        String[] names = {"fastexcel-reader 0.19.0", "POI 5.5.1 XSSF streaming", "Eventscope import (fastexcel)"};
        double[][] ms = new double[names.length][3];
        for (int round = -1; round < 3; round++) {
            for (int lib = 0; lib < names.length; lib++) {
                long t = System.nanoTime();
                long cells = switch (lib) {
                    case 0 -> fastexcel(file);
                    case 1 -> poi(file);
                    default -> EventFileReader.read(file).file().events().size();
                };
                double took = (System.nanoTime() - t) / 1e6;
                if (round >= 0) {
                    ms[lib][round] = took;
                }
                if (round == 0) {
                    System.out.printf(Locale.ROOT, "  %s: %,d%n", names[lib], cells);
                }
            }
        }
        for (int lib = 0; lib < names.length; lib++) {
            double[] m = ms[lib].clone();
            java.util.Arrays.sort(m);
            System.out.printf(
                    Locale.ROOT, "%-32s median %,8.0f ms  (%,.0f rows/s)%n", names[lib], m[1], rows / (m[1] / 1e3));
        }
    }

    /** An ACLED-shaped workbook: the CSV generator's columns, the date a date-formatted number. */
    private static void write(Path file, int rows) throws Exception {
        Path csv = file.resolveSibling("synthetic-acled-for-xlsx-" + rows + ".csv");
        SyntheticAcled.write(csv, rows, 7);
        try (OutputStream out = Files.newOutputStream(file);
                var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(csv)) {
            Workbook wb = new Workbook(out, "Eventscope benchmark", "1.0");
            Worksheet ws = wb.newWorksheet("Synthetic ACLED");
            int r = 0;
            int dateColumn = -1;
            for (var record : reader) {
                for (int c = 0; c < record.getFieldCount(); c++) {
                    String v = r == 0 && c == 0 ? record.getField(c).replace("\uFEFF", "") : record.getField(c);
                    if (r == 0 && v.equals("event_date")) {
                        dateColumn = c;
                    }
                    if (r > 0 && c == dateColumn) {
                        ws.value(r, c, java.time.LocalDate.parse(v));
                        ws.style(r, c).format("yyyy-mm-dd").set();
                    } else if (r > 0 && v.matches("[0-9]{1,9}")) {
                        ws.value(r, c, Long.parseLong(v));
                    } else {
                        ws.value(r, c, v);
                    }
                }
                r++;
            }
            wb.finish();
        }
        Files.delete(csv);
    }

    private static long fastexcel(Path file) throws Exception {
        long n = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
                var rows = wb.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                for (int c = 0; c < row.getCellCount(); c++) {
                    var cell = row.getCell(c);
                    if (cell != null && cell.getRawValue() != null) {
                        n += cell.getRawValue().length() > 0 ? 1 : 0;
                    }
                }
            }
        }
        return n;
    }

    private static long poi(Path file) throws Exception {
        long[] n = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            var handler = new XSSFSheetXMLHandler(
                    reader.getStylesTable(),
                    strings,
                    new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {}

                        @Override
                        public void endRow(int rowNum) {}

                        @Override
                        public void cell(String ref, String value, XSSFComment comment) {
                            n[0] += value != null && !value.isEmpty() ? 1 : 0;
                        }
                    },
                    false);
            var sheets = reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                var parser = javax.xml.parsers.SAXParserFactory.newInstance();
                parser.setNamespaceAware(true);
                var xml = parser.newSAXParser().getXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            }
        }
        return n[0];
    }
}
