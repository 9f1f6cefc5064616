package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.SheetMapping.Field;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XLSX workbooks, made here with Apache POI as Excel writes them (numbers as numbers, dates as
 * formatted serial numbers), read as their CSV would be (synthetic rows only).
 */
class XlsxImportTest {

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        org.eventscope.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
    }

    /** Writes rows to a workbook: numbers as numeric cells, the rest as text. */
    private Path workbook(String name, List<List<String>> rows, boolean date1904, String... extraSheets)
            throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            if (date1904) {
                wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            }
            XSSFSheet sheet = wb.createSheet("Timeline");
            CreationHelper help = wb.getCreationHelper();
            CellStyle day = wb.createCellStyle();
            day.setDataFormat(help.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle time = wb.createCellStyle();
            time.setDataFormat(help.createDataFormat().getFormat("hh:mm"));
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(c);
                    if (v.startsWith("date:")) {
                        // The serial number Excel stores, counted in the workbook's date system.
                        java.time.LocalDate d = java.time.LocalDate.parse(v.substring(5));
                        java.time.LocalDate base =
                                date1904 ? java.time.LocalDate.of(1904, 1, 1) : java.time.LocalDate.of(1899, 12, 30);
                        cell.setCellValue((double) java.time.temporal.ChronoUnit.DAYS.between(base, d));
                        cell.setCellStyle(day);
                    } else if (v.startsWith("time:")) {
                        java.time.LocalTime t = java.time.LocalTime.parse(v.substring(5));
                        cell.setCellValue(t.toSecondOfDay() / 86_400.0);
                        cell.setCellStyle(time);
                    } else if (v.matches("-?[0-9]+")) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            for (String extra : extraSheets) {
                wb.createSheet(extra).createRow(0).createCell(0).setCellValue("ignored (synthetic)");
            }
            Path out = dir.resolve(name);
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
            return out;
        }
    }

    @Test
    void aTimelineJsTemplateSavedAsXlsxReadsAsItsCsvDoes() throws Exception {
        Path csv = Path.of("src/test/resources/sheets/timelinejs-template-synthetic.csv");
        List<List<String>> rows = new java.util.ArrayList<>();
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(csv)) {
            for (var r : reader) {
                rows.add(r.getFields().stream()
                        .map(v -> v.matches("[0-9]{2}:[0-9]{2}") ? "time:" + v : v)
                        .toList());
            }
        }
        Path xlsx = workbook("timelinejs-template-synthetic.xlsx", rows, false);
        LoadResult fromCsv = EventFileReader.read(csv);
        LoadResult fromXlsx = EventFileReader.read(xlsx);
        assertThat(fromXlsx.errors()).isEmpty();
        assertThat(fromXlsx.imported()).isTrue();
        EventFile a = fromCsv.file();
        EventFile b = fromXlsx.file();
        assertThat(b.title()).isEqualTo(a.title());
        assertThat(b.events()).isEqualTo(a.events());
        assertThat(b.eras()).isEqualTo(a.eras());
        assertThat(b.categories()).isEqualTo(a.categories());
        // The same warnings, at the same cells.
        assertThat(fromXlsx.problems())
                .extracting(Problem::line, Problem::path)
                .containsExactlyElementsOf(fromCsv.problems().stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.line(), p.path()))
                        .toList());
    }

    @Test
    void datesFormattedAsDatesReadInTheWorkbooksOwnDateSystem() throws Exception {
        List<List<String>> rows = List.of(
                List.of("When", "What", "Count"),
                List.of("date:2022-01-10", "Talks (synthetic)", "3"),
                List.of("date:1904-01-01", "First day of 1904 (synthetic)", ""));
        SheetMapping mapping = new SheetMapping(Map.of(Field.START, "When", Field.TITLE, "What"), null);
        for (boolean date1904 : new boolean[] {false, true}) {
            Path xlsx = workbook("dates-" + date1904 + ".xlsx", rows, date1904);
            LoadResult result =
                    EventFileReader.read(xlsx, xlsx.toString(), ReadMonitor.NONE, new SheetOptions(null, mapping));
            assertThat(result.problems()).as("1904: " + date1904).isEmpty();
            assertThat(result.file().events())
                    .extracting(e -> e.start().text())
                    .containsExactly("2022-01-10", "1904-01-01");
        }
        SheetPreview preview = SheetPreview.read(workbook("p.xlsx", rows, true, "Notes"), null, 10);
        assertThat(preview.header()).containsExactly("When", "What", "Count");
        assertThat(preview.rows())
                .containsExactly(
                        List.of("2022-01-10", "Talks (synthetic)", "3"),
                        List.of("1904-01-01", "First day of 1904 (synthetic)"));
        assertThat(preview.problem()).isNull();
    }

    @Test
    void aWorkbookOfSeveralSheetsReadsTheFirstAndSaysSoAndWhatIsNoWorkbookIsNamed() throws Exception {
        Path xlsx = workbook(
                "several.xlsx",
                List.of(List.of("When", "What"), List.of("2022-01-10", "Talks (synthetic)")),
                false,
                "Notes",
                "Sources");
        SheetMapping mapping = new SheetMapping(Map.of(Field.START, "When", Field.TITLE, "What"), null);
        LoadResult result =
                EventFileReader.read(xlsx, "several.xlsx", ReadMonitor.NONE, new SheetOptions(null, mapping));
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "several.xlsx: warning: only the first worksheet, \"Timeline\", is read; the other 2 are left out");
        assertThat(result.file().events()).extracting(Event::title).containsExactly("Talks (synthetic)");

        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "When,What\n2022-01-10,Talks\n");
        LoadResult notOne = EventFileReader.read(fake);
        assertThat(notOne.file()).isNull();
        assertThat(notOne.errors().get(0).message()).startsWith("not an XLSX workbook Eventscope can read");

        Path xls = Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertThat(EventFileReader.read(xls).errors().get(0).message())
                .isEqualTo("not an XLSX workbook Eventscope can read: an Excel 97-2003 workbook (.xls) is not read;"
                        + " save it from Excel as .xlsx or as CSV");
    }

    /** {@code xlsx} with its first sheet's and its shared strings' XML changed by {@code change}. */
    private Path tampered(Path xlsx, String name, java.util.function.UnaryOperator<String> change) throws Exception {
        Path out = dir.resolve(name);
        try (var in = new java.util.zip.ZipFile(xlsx.toFile());
                var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            for (var e = in.entries(); e.hasMoreElements(); ) {
                var entry = e.nextElement();
                byte[] data = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")
                        || entry.getName().equals("xl/sharedStrings.xml")) {
                    data = change.apply(new String(data, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out;
    }

    @Test
    void aSmallWorkbookThatWouldUnpackToGigabytesIsRefusedBeforeItIsRead() throws Exception {
        Path plain = workbook(
                "plain.xlsx", List.of(List.of("When", "What"), List.of("2022-01-10", "Talks (synthetic)")), false);
        SheetMapping mapping = new SheetMapping(Map.of(Field.START, "When", Field.TITLE, "What"), null);
        Path far = tampered(plain, "far.xlsx", xml -> xml.replace("r=\"B2\"", "r=\"ZZZZZZ2\""));
        LoadResult farResult = EventFileReader.read(far, "far.xlsx", ReadMonitor.NONE, new SheetOptions(null, mapping));
        assertThat(farResult.errors())
                .extracting(Problem::message)
                .containsExactly("not an XLSX workbook Eventscope can read: a cell lies past Excel's last column, XFD");
        Path longText = tampered(plain, "long.xlsx", xml -> xml.replace("Talks (synthetic)", "x".repeat(5_000_000)));
        assertThat(EventFileReader.read(longText).errors())
                .extracting(Problem::message)
                .containsExactly("not an XLSX workbook Eventscope can read: a text in the workbook is longer than the"
                        + " 1,048,576 characters a cell may hold");
        // The workbook's temporary copy is gone either way.
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith("eventscope-") && n.endsWith(".xlsx")))
                    .isEmpty();
        }
    }
}
