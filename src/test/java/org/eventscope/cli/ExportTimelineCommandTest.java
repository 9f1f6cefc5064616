package org.eventscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.eventscope.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ExportTimelineCommandTest {

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void pngOfTheWholeTimelineHasTheSizeAndIsNotBlank() throws Exception {
        Path png = dir.resolve("timeline.png");
        assertThat(cli.run(
                        "export-timeline",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        png.toString(),
                        "--size",
                        "1000x500",
                        "--scale",
                        "2"))
                .as(cli.err())
                .isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2000);
        assertThat(image.getHeight()).isEqualTo(1000);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 9) {
            for (int x = 0; x < image.getWidth(); x += 9) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(10);
    }

    @Test
    void aPageTooLowForItsTitleLegendAndSourcesIsRefusedNotDrawnOverItsEvents() throws Exception {
        java.nio.file.Path pdf = dir.resolve("column.pdf");
        assertThat(cli.run("export-timeline", TestFiles.GENEVA.toString(), "--out", pdf.toString(), "--size", "column"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("Too low for the timeline page: at 227 wide", "need", "high");
        assertThat(pdf).doesNotExist();
        CommandRun again = new CommandRun();
        assertThat(again.run("export-timeline", TestFiles.GENEVA.toString(), "--out", pdf.toString(), "--size", "page"))
                .as(again.err())
                .isZero();
    }

    @Test
    void aWidthAloneTooNarrowIsRefusedInTermsOfTheWidthGiven() {
        java.nio.file.Path png = dir.resolve("narrow.png");
        assertThat(cli.run("export-timeline", TestFiles.GENEVA.toString(), "--out", png.toString(), "--size", "96"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err())
                .contains("the page must be at least 100 wide, not 96")
                .doesNotContain("x 100");
    }

    @Test
    void svgOfAWindowHoldsOnlyTheEventsInItAsText() throws Exception {
        Path svg = dir.resolve("timeline.svg");
        assertThat(cli.run(
                        "export-timeline",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        svg.toString(),
                        "--from",
                        "2021-12",
                        "--to",
                        "2022-01"))
                .as(cli.err())
                .isZero();
        String text = Files.readString(svg);
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(svg.toFile());
        String all = doc.getDocumentElement().getTextContent();
        assertThat(all).contains("Danilov: 122,000 Russian troops", "December 2021", "January 2022");
        assertThat(all).doesNotContain("The Washington Post reports");
        assertThat(text).contains("<meta name=\"SHA-256\"");
    }

    @Test
    void aPageHasItsTitleSpanSourcesAndCreditAndIsAsHighAsItsContent() throws Exception {
        Path svg = dir.resolve("page.svg");
        assertThat(cli.run(
                        "export-timeline",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        svg.toString(),
                        "--title",
                        "Synthetic page title",
                        "--caption",
                        "Synthetic caption.",
                        "--credit",
                        "Chart: Synthetic Newsroom"))
                .as(cli.err())
                .isZero();
        String all = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(svg.toFile())
                .getDocumentElement()
                .getTextContent();
        assertThat(all)
                .contains("Synthetic page title", "8 events", "Synthetic caption.", "Chart: Synthetic Newsroom")
                .contains("Sources: News report on the US–Russia talks in Geneva")
                // Every title whole: none cut with an ellipsis.
                .contains("The Washington Post reports a Russian build-up near Ukraine", "OSCE Permanent Council meets")
                .doesNotContain("…", "▾");
        String text = Files.readString(svg);
        assertThat(text)
                .contains("<meta name=\"Title\" content=\"Synthetic page title\"")
                .contains("<meta name=\"Time span\" content=\"2021-10-")
                .contains("<meta name=\"Source\" content=\"News report on the US–Russia talks")
                .contains("<meta name=\"Credit\" content=\"Chart: Synthetic Newsroom\"");
        assertThat(cli.out()).doesNotContain("1200x675");

        Path png = dir.resolve("page.png");
        assertThat(cli.run("export-timeline", TestFiles.GENEVA.toString(), "--out", png.toString(), "--scale", "1"))
                .as(cli.err())
                .isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).as("as high as the content").isBetween(400, 650);
        // The bottom margin is blank.
        assertThat(image.getRGB(600, image.getHeight() - 5)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aPageOfManyEventsHasABoundedHeightAndAWidthAloneIsChecked() throws Exception {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            events.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"e")
                    .append(i)
                    .append("\",\"title\":\"Synthetic event with a long title number ")
                    .append(i)
                    .append("\",\"start\":\"2021-")
                    .append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28))
                    .append("\",\"sources\":[\"s\"]}");
        }
        Path many = Files.writeString(
                dir.resolve("many.json"),
                "{\"formatVersion\":1,\"title\":\"Synthetic 2,000 events\",\"displayZone\":\"UTC\","
                        + "\"sources\":[{\"id\":\"s\",\"name\":\"Synthetic\"}],\"events\":[" + events + "]}");
        Path png = dir.resolve("many.png");
        assertThat(cli.run("export-timeline", many.toString(), "--out", png.toString()))
                .as(cli.err())
                .isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2400);
        assertThat(image.getHeight()).isLessThanOrEqualTo(3 * 2400);

        Path narrow = dir.resolve("narrow.png");
        assertThat(cli.run("export-timeline", TestFiles.GENEVA.toString(), "--out", narrow.toString(), "--size", "100"))
                .as("a page 100 wide is as high as its content: %s", cli.err())
                .isZero();
    }

    @Test
    void badDatesAndOrderAreBadInput() {
        Path svg = dir.resolve("t.svg");
        assertThat(cli.run(
                        "export-timeline", TestFiles.GENEVA.toString(), "--out", svg.toString(), "--from", "yesterday"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("not an ISO 8601 time");
        assertThat(cli.run(
                        "export-timeline",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        svg.toString(),
                        "--from",
                        "2022",
                        "--to",
                        "2021"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(svg).doesNotExist();
    }

    /** The checksum names the bytes the picture was drawn from, read once: a pipe, standard input, a file. */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    @org.junit.jupiter.api.Timeout(60)
    void theChecksumIsOfTheBytesReadOnceFromAPipeOrStandardInput() throws Exception {
        String expected = org.eventscope.export.ExportInfo.sha256(TestFiles.GENEVA);
        Path fifo = dir.resolve("in.fifo");
        Process writer = TestFiles.fedPipe(fifo, TestFiles.GENEVA);
        Path fromPipe = dir.resolve("pipe.svg");
        assertThat(cli.run("export-timeline", fifo.toString(), "--out", fromPipe.toString()))
                .as(cli.err())
                .isZero();
        assertThat(writer.waitFor()).isZero();
        assertThat(Files.readString(fromPipe)).contains("<meta name=\"SHA-256\" content=\"" + expected + "\"");

        Path fromStdin = dir.resolve("stdin.svg");
        assertThat(cli.runWithInput(
                        Files.readAllBytes(TestFiles.GENEVA), "export-timeline", "-", "--out", fromStdin.toString()))
                .as(cli.err())
                .isZero();
        assertThat(Files.readString(fromStdin)).contains("content=\"" + expected + "\"");
    }

    @Test
    void anUnreadableInputExitsTwoAsCheckDoes() {
        assertThat(cli.run(
                        "export-timeline",
                        dir.resolve("absent.json").toString(),
                        "--out",
                        dir.resolve("t.svg").toString()))
                .isEqualTo(EventscopeCommand.CANNOT_READ);
        assertThat(cli.err()).contains("absent.json: error: no such file");
    }

    @Test
    void controlCharactersFromArgumentsAreEscapedInMessages() {
        assertThat(cli.run(
                        "export-timeline",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        dir.resolve("x\u001b[2J.gif").toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.run(
                        "export-timeline",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        dir.resolve("t.svg").toString(),
                        "--from",
                        "20\u001b[2J\n"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err())
                .contains("x\\u001b[2J.gif")
                .contains("20\\u001b[2J\\n")
                .doesNotContain("\u001b");
        assertThat(cli.err().lines()).hasSize(2);
    }
}
