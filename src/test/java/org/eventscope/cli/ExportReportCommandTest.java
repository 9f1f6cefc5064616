package org.eventscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ExportReportCommandTest {

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theReportIsTheChartTheTimelineThenEveryEventWithItsTimeAndSources() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        assertThat(cli.run(
                        "export-report",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        pdf.toString(),
                        "--credit",
                        "Chart: Desk"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("Wrote").contains("2 pictures and 8 events");
        EventFile file = EventFileReader.read(TestFiles.GENEVA).file();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .as("A4 across")
                    .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(doc.getPage(2).getMediaBox().getHeight())
                    .as("A4 down")
                    .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.1f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            String list = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(list).contains("Events shown: 8", "https://www.washingtonpost.com/", "December 17, 2021");
            for (Event e : file.events()) {
                assertThat(list).contains(e.title());
            }
            assertThat(list.indexOf("The Washington Post reports"))
                    .as("in order of time")
                    .isLessThan(list.indexOf("OSCE Permanent Council meets"));
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).contains("143,500", "Chart: Desk");
            for (int page = 1; page <= 3; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc))
                        .as("every page, across and down, numbered in the document's order")
                        .contains(page + " of 3");
            }
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("SHA-256"))
                    .isEqualTo(org.eventscope.export.ExportInfo.sha256(TestFiles.GENEVA));
        }
    }

    @Test
    void aLongListTurnsItsPagesAndKeepsEveryEventAndEveryLongWord() throws Exception {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            events.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"e")
                    .append(i)
                    .append("\", \"title\": \"Синтетична подія ")
                    .append(i)
                    .append("\", \"start\": \"2022-01-")
                    .append(String.format("%02d", 1 + i % 28))
                    .append("\", \"description\": \"")
                    .append(i == 7 ? "x".repeat(400) : "Synthetic description, made up for a test. ".repeat(6))
                    .append("\"}");
        }
        String json = "{\"formatVersion\": 1, \"title\": \"Synthetic test file (not real events)\","
                + " \"displayZone\": \"UTC\", \"sources\": [], \"events\": [" + events + "]}";
        Path in = Files.writeString(dir.resolve("many.json"), json);
        Path pdf = dir.resolve("many.pdf");
        assertThat(cli.run("export-report", in.toString(), "--out", pdf.toString()))
                .as(cli.err())
                .isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages())
                    .as("a timeline page, then the list over several")
                    .isGreaterThan(4);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (int i = 0; i < 120; i++) {
                assertThat(text).contains("Синтетичнаподія" + i + "January");
            }
            assertThat(text).as("a word wider than the page is cut, not lost").contains("x".repeat(400));
        }
    }

    @Test
    void aReportIsAPdfAndBadDatesAreOneLine() {
        Path png = dir.resolve("report.png");
        assertThat(cli.run("export-report", TestFiles.GENEVA.toString(), "--out", png.toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("a report is a PDF document: --out must name a .pdf file");
        assertThat(png).doesNotExist();
        Path pdf = dir.resolve("report.pdf");
        assertThat(cli.run(
                        "export-report",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        pdf.toString(),
                        "--from",
                        "2022-01",
                        "--to",
                        "2021-12"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("--to must be after --from");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void sizeAndScaleOptionsAReportCannotHonourAreRefusedNotIgnored() {
        Path pdf = dir.resolve("report.pdf");
        assertThat(cli.run("export-report", TestFiles.GENEVA.toString(), "--out", pdf.toString(), "--size", "1200x800"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("--size takes the width", "not 1200x800");
        assertThat(cli.run("export-report", TestFiles.GENEVA.toString(), "--out", pdf.toString(), "--scale", "3"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("--scale applies to PNG pictures only");
        assertThat(pdf).doesNotExist();
        assertThat(cli.run(
                        "export-report", TestFiles.GENEVA.toString(), "--out", TestFiles.GENEVA.toString(), "--force"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("report").doesNotContain("image");
    }

    @Test
    void aWindowLeavesOutTheChartOfAReportOutsideIt() throws Exception {
        Path pdf = dir.resolve("january.pdf");
        assertThat(cli.run(
                        "export-report",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        pdf.toString(),
                        "--from",
                        "2022-01",
                        "--to",
                        "2022-01"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).as("the only troop report is of 22 December 2021").contains("1 picture and ");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("143,500");
        }
        CommandRun empty = new CommandRun();
        Path none = dir.resolve("none.pdf");
        assertThat(empty.run(
                        "export-report",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        none.toString(),
                        "--from",
                        "2023-01",
                        "--to",
                        "2023-02"))
                .isZero();
        assertThat(empty.err()).contains("warning: no events in the time asked for");
    }
}
