package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An event file's data out as TimelineJS JSON and as TimelineJS's sheet, and back in. */
class DataExportTest {

    @BeforeEach
    void english() {
        org.eventscope.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
    }

    private static byte[] write(EventFile file, DataExport.Form form) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataExport.write(file, form, out);
        return out.toByteArray();
    }

    private static LoadResult read(String name, byte[] bytes) {
        return EventFileReader.read(name, new ByteArrayInputStream(bytes), bytes.length, ReadMonitor.NONE);
    }

    @Test
    void timelineJsToEventscopeToTimelineJsKeepsEveryFieldEventscopeReads() throws Exception {
        for (String fixture : List.of("synthetic.json", "synthetic-38-slides.json")) {
            LoadResult first = EventFileReader.read(Path.of("src/test/resources/timelinejs", fixture));
            assertThat(first.file()).as(fixture).isNotNull();
            EventFile a = first.file();
            byte[] json = write(a, DataExport.Form.TIMELINEJS_JSON);
            LoadResult again = read(fixture, json);
            assertThat(again.errors()).as(fixture).isEmpty();
            assertThat(again.imported()).isTrue();
            EventFile b = again.file();
            assertThat(b.title()).isEqualTo(a.title());
            assertThat(b.events()).as(fixture).isEqualTo(a.events());
            assertThat(b.eras()).isEqualTo(a.eras());
            assertThat(b.categories()).isEqualTo(a.categories());
            assertThat(b.sources()).isEqualTo(a.sources());
            // And once more: the export of the re-import is the same bytes.
            assertThat(new String(write(b, DataExport.Form.TIMELINEJS_JSON), StandardCharsets.UTF_8))
                    .isEqualTo(new String(json, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSheetInTheTemplatesColumnsReadsBackAsCsvAndAsXlsx() throws Exception {
        EventFile a = EventFileReader.read(Path.of("src/test/resources/sheets/timelinejs-template-synthetic.csv"))
                .file();
        for (DataExport.Form form : List.of(DataExport.Form.CSV, DataExport.Form.XLSX)) {
            String name = "back." + (form == DataExport.Form.CSV ? "csv" : "xlsx");
            LoadResult back = read(name, write(a, form));
            assertThat(back.errors()).as(name).isEmpty();
            EventFile b = back.file();
            assertThat(b.title()).isEqualTo(a.title());
            assertThat(b.events())
                    .extracting(
                            Event::title,
                            e -> e.start().text(),
                            e -> String.valueOf(e.end()),
                            Event::description,
                            Event::category)
                    .as(name)
                    .containsExactlyElementsOf(a.events().stream()
                            .map(e -> org.assertj.core.groups.Tuple.tuple(
                                    e.title(),
                                    e.start().text(),
                                    String.valueOf(e.end()),
                                    e.description(),
                                    e.category()))
                            .toList());
            assertThat(b.eras()).isEqualTo(a.eras());
            assertThat(b.source("media-1").orElseThrow().url()).isEqualTo("https://example.org/photo.jpg");
        }
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
        String hostile =
                "{\"format\": \"eventscope\", \"formatVersion\": 1, \"title\": \"=HYPERLINK(\\\"http://x\\\")\","
                        + " \"displayZone\": \"UTC\", \"sources\": [], \"categories\": [{\"id\": \"c\", \"name\": \"@SUM(A1)\"}],"
                        + " \"events\": [{\"id\": \"e1\", \"title\": \"+1-1 (synthetic)\", \"start\": \"2022-01-10\","
                        + " \"category\": \"c\", \"description\": \"-2+3\"}]}";
        EventFile file = EventFileReader.read(
                        "hostile.json", new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)))
                .file();
        assertThat(file).isNotNull();
        String csv = new String(write(file, DataExport.Form.CSV), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFYear,Month,Day,Time,End Year");
        assertThat(csv)
                .contains(",\"'=HYPERLINK(\"\"http://x\"\")\",")
                .contains(",'+1-1 (synthetic),")
                .contains(",'@SUM(A1),");
        assertThat(csv).doesNotContain(",=").doesNotContain(",+").doesNotContain(",@");
        // Read back, a cell is as it was: the apostrophe the export put there is taken off again.
        EventFile back =
                read("hostile.csv", csv.getBytes(StandardCharsets.UTF_8)).file();
        assertThat(back.title()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(back.events().get(0).title()).isEqualTo("+1-1 (synthetic)");
        assertThat(back.categories().get(0).name()).isEqualTo("@SUM(A1)");
        // A workbook's text cell is never a formula: written as it is.
        LoadResult fromXlsx = read("hostile.xlsx", write(file, DataExport.Form.XLSX));
        assertThat(fromXlsx.file().events().get(0).title()).isEqualTo("+1-1 (synthetic)");
        assertThat(DataExport.neutral("\tx")).isEqualTo("'\tx");
        assertThat(DataExport.neutral("\rx")).isEqualTo("'\rx");
        assertThat(DataExport.neutral("-5")).isEqualTo("'-5");
        assertThat(DataExport.neutral("Talks")).isEqualTo("Talks");
    }

    @Test
    void creditsAndCaptionsAreEscapedAsHtmlAndComeBackAsTheyWere() throws Exception {
        String json = "{\"format\": \"eventscope\", \"formatVersion\": 1, \"title\": \"T (synthetic)\","
                + " \"displayZone\": \"UTC\", \"sources\": [{\"id\": \"s\", \"name\": \"N & M <img src=x onerror=alert(1)>\","
                + " \"url\": \"https://example.org/a\", \"note\": \"note <x> & y\"}],"
                + " \"events\": [{\"id\": \"e1\", \"title\": \"A (synthetic)\", \"start\": \"2022-01-10\", \"sources\": [\"s\"]}]}";
        EventFile file = EventFileReader.read("x.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .file();
        String tl = new String(write(file, DataExport.Form.TIMELINEJS_JSON), StandardCharsets.UTF_8);
        assertThat(tl)
                .contains("\"credit\" : \"N &amp; M &lt;img src=x onerror=alert(1)&gt;\"")
                .contains("\"caption\" : \"note &lt;x&gt; &amp; y\"")
                .doesNotContain("<img");
        for (DataExport.Form form : DataExport.Form.values()) {
            String name = "back."
                    + (form == DataExport.Form.TIMELINEJS_JSON
                            ? "json"
                            : form.name().toLowerCase(java.util.Locale.ROOT));
            EventFile back = read(name, write(file, form)).file();
            org.eventscope.model.Source media =
                    back.source(back.events().get(0).sourceIds().get(1)).orElseThrow();
            assertThat(media.name()).as(name).isEqualTo("N & M <img src=x onerror=alert(1)>");
            assertThat(media.note()).as(name).isEqualTo("note <x> & y");
        }
    }

    @Test
    void timesWithAZoneAreCountedForTheWarningTheExportGives() throws Exception {
        EventFile geneva =
                EventFileReader.read(Path.of("data/geneva-2022.json")).file();
        assertThat(DataExport.zonedTimes(geneva)).isEqualTo(2);
    }
}
