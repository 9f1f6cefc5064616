package org.eventscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.eventscope.ChildJvm;
import org.eventscope.TestFiles;
import org.eventscope.TinyDisk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ExportChartCommandTest {

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void exportsAValidPngAtTheRequestedSizeAndScale() throws Exception {
        Path png = dir.resolve("chart.png");
        int status = cli.run(
                "export-chart",
                TestFiles.GENEVA.toString(),
                "--out",
                png.toString(),
                "--size",
                "800x450",
                "--scale",
                "1.5");
        assertThat(status).as(cli.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(675);
        assertThat(cli.out()).contains("Wrote").contains("1200x675");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void anSvgOutputIsVectorWithTheFilesChecksum() throws Exception {
        Path svg = dir.resolve("chart.svg");
        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--out", svg.toString(), "--size", "1000x600"))
                .as(cli.err())
                .isZero();
        String text = Files.readString(svg);
        assertThat(text)
                .startsWith("<?xml")
                .contains("width=\"1000\"")
                .contains(">122,000</text>")
                .contains("content=\"" + org.eventscope.export.ExportInfo.sha256(TestFiles.GENEVA) + "\"");
    }

    @Test
    void aPdfThatShowsCharactersItsTypefaceLacksAsQuestionMarksSaysWhichOnStderr() throws Exception {
        Path pdf = dir.resolve("lacking.pdf");
        assertThat(cli.run(
                        "export-chart",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        pdf.toString(),
                        "--credit",
                        "Chart: 中文 😀"))
                .as(cli.err())
                .isZero();
        assertThat(cli.err()).contains("warning: the PDF shows 3 characters (中 文 😀) as \"?\"", "Noto Sans");
        Path plain = dir.resolve("plain.pdf");
        CommandRun again = new CommandRun();
        assertThat(again.run("export-chart", TestFiles.GENEVA.toString(), "--out", plain.toString()))
                .isZero();
        assertThat(again.err()).doesNotContain("warning");
    }

    @Test
    void aNamedSizeIsTheDialogsPresetAndAPrintSizeIsAt300Dpi() throws Exception {
        Path square = dir.resolve("square.png");
        assertThat(cli.run(
                        "export-chart",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        square.toString(),
                        "--size",
                        "square",
                        "--scale",
                        "1"))
                .as(cli.err())
                .isZero();
        javafx.scene.image.Image sq =
                new javafx.scene.image.Image(square.toUri().toString());
        assertThat(sq.getWidth()).isEqualTo(1080);
        assertThat(sq.getHeight()).isEqualTo(1080);
        assertThat(org.eventscope.PngChunks.dpi(square)).as("96 dpi at 1x").isCloseTo(96, within(0.05));

        Path print = dir.resolve("two.png");
        assertThat(cli.run(
                        "export-chart",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        print.toString(),
                        "--size",
                        "two-columns"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("1476x1004 px");
        assertThat(org.eventscope.PngChunks.dpi(print)).isCloseTo(300, within(0.05));

        Path pdf = dir.resolve("two.pdf");
        assertThat(cli.run(
                        "export-chart", TestFiles.GENEVA.toString(), "--out", pdf.toString(), "--size", "TWO-COLUMNS"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("PDF, 125x85 mm");

        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--out", pdf.toString(), "--size", "tabloid"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("name a size (wide, wide-large", "square", "two-columns", "not \"tabloid\"");
    }

    @Test
    void theNameOfWhatWasWrittenIsPrintedWithItsControlCharactersEscaped() throws Exception {
        Path svg = dir.resolve("chart\u001b[2J.svg");
        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--out", svg.toString()))
                .as(cli.err())
                .isZero();
        assertThat(svg).exists();
        assertThat(cli.out()).contains("chart\\u001b[2J.svg").doesNotContain("\u001b");
    }

    @Test
    void aPdfOutputIsOnePageOfTheChartInMillimetresWithTheFilesChecksum() throws Exception {
        Path pdf = dir.resolve("chart.pdf");
        assertThat(cli.run(
                        "export-chart",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        pdf.toString(),
                        "--size",
                        "1000x600",
                        "--credit",
                        "Графіка: Наша редакція"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("Wrote").contains("(PDF, 265x159 mm)");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(750f);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("122,000", "143,500", "Графіка: Наша редакція")
                    .doesNotContain("Eventscope");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Графіка: Наша редакція");
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("Eventscope 0.1");
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("SHA-256"))
                    .isEqualTo(org.eventscope.export.ExportInfo.sha256(TestFiles.GENEVA));
        }
    }

    @Test
    void anOutputOfAnotherKindIsRefusedNamingTheKindsThatAreWritten() {
        Path gif = dir.resolve("chart.gif");
        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--out", gif.toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("the output must be a .png, .svg or .pdf file");
        assertThat(gif).doesNotExist();
    }

    @Test
    void aMalformedFileExitsOneWithAOneLinePositionedMessage() {
        Path bad = TestFiles.write(dir, "bad.json", "{\n  \"formatVersion\": 1,\n  \"title\": \"Synthetic\",,\n}");
        Path png = dir.resolve("chart.png");
        int status = cli.run("export-chart", bad.toString(), "--out", png.toString());
        assertThat(status).isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.err()).startsWith("eventscope: " + bad + ":3:");
        assertThat(png).doesNotExist();
    }

    @Test
    void anExistingFileIsKeptWithoutForce() throws Exception {
        Path png = Files.writeString(dir.resolve("chart.png"), "keep me");
        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--out", png.toString()))
                .isEqualTo(EventscopeCommand.CANNOT_WRITE);
        assertThat(cli.err()).contains("--force");
        assertThat(Files.readString(png)).isEqualTo("keep me");

        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--out", png.toString(), "--force"))
                .isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(2400);
    }

    @Test
    void aMissingFolderExitsTwo() {
        Path missing = dir.resolve("missing/chart.png");
        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--out", missing.toString()))
                .isEqualTo(EventscopeCommand.CANNOT_WRITE);
        assertThat(cli.err()).contains("does not exist");
    }

    @Test
    void aFolderThatRefusesFilesExitsTwoAndLeavesNothing() {
        // /proc accepts no new files, not even from root, so this holds for every user.
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc), "needs Linux /proc");
        int status = cli.run(
                "export-chart",
                TestFiles.GENEVA.toString(),
                "--out",
                proc.resolve("chart.png").toString());
        assertThat(status).isEqualTo(EventscopeCommand.CANNOT_WRITE);
        assertThat(cli.err()).startsWith("eventscope: ").contains("/proc/chart.png");
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(proc.resolve("chart.png")).doesNotExist();
    }

    @Test
    void badOptionsExitOne() {
        Path png = dir.resolve("chart.png");
        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--out", png.toString(), "--size", "big"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.run(
                        "export-chart", TestFiles.GENEVA.toString(), "--out", png.toString(), "--size", "90000x90000"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString())).isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--out", png.toString(), "--report", "nope"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("no troop report with id \"nope\"");
        assertThat(png).doesNotExist();
    }

    @Test
    void theFinalImageMustBeAtLeastAsLargeAsTheSmallestSizeAndTheScaleANumber() {
        Path png = dir.resolve("chart.png");
        for (String scale : new String[] {"1e-9", "0.05", "NaN", "Infinity", "-2", "0"}) {
            CommandRun run = new CommandRun();
            assertThat(run.run("export-chart", TestFiles.GENEVA.toString(), "--out", png.toString(), "--scale", scale))
                    .as(scale)
                    .isEqualTo(EventscopeCommand.BAD_INPUT);
            assertThat(run.err().lines()).as(scale).hasSize(1);
            assertThat(run.err())
                    .as(scale)
                    .startsWith("eventscope: ")
                    .containsAnyOf("at least 100 x 100", "the scale must");
        }
        CommandRun tiny = new CommandRun();
        assertThat(tiny.run("export-chart", TestFiles.GENEVA.toString(), "--out", png.toString(), "--scale", "1e-9"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(tiny.err()).contains("the image would be 0 x 0 pixels");
        // Not even for an SVG, which has no pixels of its own, is NaN a scale.
        assertThat(cli.run(
                        "export-chart",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        dir.resolve("c.svg").toString(),
                        "--scale",
                        "NaN"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(png).doesNotExist();
        assertThat(dir.resolve("c.svg")).doesNotExist();

        // The smallest image there may be, exactly.
        assertThat(cli.run(
                        "export-chart",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        png.toString(),
                        "--size",
                        "200x100",
                        "--scale",
                        "0.5"))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.run(
                        "export-chart",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        png.toString(),
                        "--size",
                        "200x200",
                        "--scale",
                        "0.5"))
                .as(cli.err())
                .isZero();
    }

    @Test
    void ofTwoExportsToTheSameNewFileExactlyOneWinsAndTheOtherSaysTheFileExists() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 12; round++) {
                Path svg = dir.resolve("race-" + round + ".svg");
                CommandRun a = new CommandRun();
                CommandRun b = new CommandRun();
                var first =
                        pool.submit(() -> a.run("export-chart", TestFiles.GENEVA.toString(), "--out", svg.toString()));
                var second = pool.submit(
                        () -> b.run("export-timeline", TestFiles.GENEVA.toString(), "--out", svg.toString()));
                List<Integer> status = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
                assertThat(status)
                        .as("round " + round + ": " + a.err() + b.err())
                        .containsExactlyInAnyOrder(EventscopeCommand.OK, EventscopeCommand.CANNOT_WRITE);
                CommandRun loser = status.get(0) == EventscopeCommand.OK ? b : a;
                CommandRun winner = loser == a ? b : a;
                assertThat(loser.err())
                        .isEqualTo(
                                "eventscope: " + svg + " exists; use --force to replace it" + System.lineSeparator());
                assertThat(loser.out()).isEmpty();
                assertThat(winner.out()).startsWith("Wrote " + svg);
                // The file is the winner's picture, whole.
                String text = Files.readString(svg);
                assertThat(text).endsWith("</svg>\n").contains(winner == a ? ">122,000</text>" : "NATO–Russia Council");
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(dir)) {
            assertThat(files)
                    .hasSize(12)
                    .allMatch(p -> p.getFileName().toString().startsWith("race-"));
        }
    }

    @Test
    void forceKeepsTheModeOfTheFileItReplaces() throws Exception {
        Path svg = Files.writeString(dir.resolve("chart.svg"), "old");
        Files.setPosixFilePermissions(svg, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--out", svg.toString(), "--force"))
                .as(cli.err())
                .isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(svg)))
                .isEqualTo("rw-r--r--");
        assertThat(Files.readString(svg)).startsWith("<?xml");
    }

    /** New files get the mode of the user's umask: 0664 under umask 002, 0644 under 022. */
    @Test
    void aNewExportGetsTheModeTheUmaskGivesNewFiles() throws Exception {
        for (String[] umaskAndMode : new String[][] {{"002", "rw-rw-r--"}, {"022", "rw-r--r--"}}) {
            Path svg = dir.resolve("umask-" + umaskAndMode[0] + ".svg");
            List<String> command = new ChildJvm()
                    .command(
                            "org.eventscope.Main",
                            "export-chart",
                            TestFiles.GENEVA.toAbsolutePath().toString(),
                            "--out",
                            svg.toString());
            StringBuilder line = new StringBuilder("umask " + umaskAndMode[0] + " && exec");
            for (String word : command) {
                line.append(" '").append(word.replace("'", "'\\''")).append('\'');
            }
            ChildJvm.Result r = ChildJvm.finish(new ChildJvm().start(List.of("sh", "-c", line.toString())));
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(svg)))
                    .as("umask " + umaskAndMode[0])
                    .isEqualTo(umaskAndMode[1]);
        }
    }

    @Test
    void theEventFileItselfIsNeverTheOutputNotEvenWithForceOrThroughALink() throws Exception {
        // An event file may have any name, .svg too.
        Path input = Files.writeString(dir.resolve("in.svg"), Files.readString(TestFiles.GENEVA));
        byte[] before = Files.readAllBytes(input);
        Path symlink = Files.createSymbolicLink(dir.resolve("link.svg"), input);
        Path hardLink = Files.createLink(dir.resolve("hard.png"), input);
        Files.createDirectory(dir.resolve("sub"));
        for (String[] inAndOut : new String[][] {
            {input.toString(), input.toString()},
            {input.toString(), dir.resolve("sub/../in.svg").toString()},
            {dir.resolve("./in.svg").toString(), input.toString()},
            {input.toString(), symlink.toString()},
            {symlink.toString(), input.toString()},
            {input.toString(), hardLink.toString()}
        }) {
            for (String command : new String[] {"export-chart", "export-timeline"}) {
                CommandRun run = new CommandRun();
                assertThat(run.run(command, inAndOut[0], "--out", inAndOut[1], "--force"))
                        .as(String.join(" -> ", inAndOut))
                        .isEqualTo(EventscopeCommand.BAD_INPUT);
                assertThat(run.err())
                        .isEqualTo("eventscope: --out " + inAndOut[1] + " is the event file " + inAndOut[0]
                                + "; write the image to another file" + System.lineSeparator());
            }
        }
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(symlink)).isTrue();
        assertThat(Files.readAllBytes(hardLink)).isEqualTo(before);
        Files.delete(symlink);
    }

    @Test
    void aFullDiskIsSaidInPlainWordsAndLeavesNothing() throws Exception {
        try (TinyDisk disk = TinyDisk.mount(dir, 64)) {
            Path png = disk.path().resolve("chart.png");
            assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--out", png.toString()))
                    .isEqualTo(EventscopeCommand.CANNOT_WRITE);
            assertThat(cli.err())
                    .isEqualTo("eventscope: cannot write " + png + ": no space left on the device"
                            + System.lineSeparator());
            try (var files = Files.list(disk.path())) {
                assertThat(files).isEmpty();
            }
        }
    }

    /**
     * In a 512 MB heap a 16384 x 4096 PNG (inside the size limits) does not fit: one line and
     * exit 1 before drawing, instead of a NullPointerException from the renderer. A smaller
     * one still fits.
     */
    @Test
    void aPngTooLargeForTheHeapIsRefusedInOneLine() {
        Path png = dir.resolve("big.png");
        ChildJvm.Result big = new ChildJvm()
                .option("-Xmx512m")
                .run(
                        "org.eventscope.Main",
                        "export-chart",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        png.toString(),
                        "--size",
                        "2048x512",
                        "--scale",
                        "8");
        assertThat(big.status()).as(big.err()).isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(big.err().lines()).as(big.err()).hasSize(1);
        assertThat(big.err())
                .matches(
                        "eventscope: not enough memory for a 16384x4096 PNG: needs about 1040 MB, the JVM"
                                + " has \\d+ MB free; use a smaller --size or --scale, or a larger heap: java -Xmx\\dg -jar eventscope.jar\\R");
        assertThat(png).doesNotExist();

        ChildJvm.Result small = new ChildJvm()
                .option("-Xmx512m")
                .run(
                        "org.eventscope.Main",
                        "export-chart",
                        TestFiles.GENEVA.toString(),
                        "--out",
                        png.toString(),
                        "--size",
                        "2048x512",
                        "--scale",
                        "2");
        assertThat(small.status()).as(small.err()).isZero();
        assertThat(small.out()).contains("4096x1024 px");
    }

    /** The real entry point in a fresh JVM: JavaFX starts headless by itself, no display needed. */
    @Test
    void launcherExportsHeadlessInAFreshProcess() throws Exception {
        Path png = dir.resolve("fresh.png");
        ChildJvm.Result ok = new ChildJvm()
                .run("org.eventscope.Main", "export-chart", TestFiles.GENEVA.toString(), "--out", png.toString());
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(2400);

        Path bad = TestFiles.write(dir, "bad.json", "{ \"formatVersion\": 1, ");
        ChildJvm.Result failed = new ChildJvm()
                .run(
                        "org.eventscope.Main",
                        "export-chart",
                        bad.toString(),
                        "--out",
                        dir.resolve("x.png").toString());
        assertThat(failed.status()).isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(failed.err().lines()).hasSize(1);
        assertThat(failed.err()).startsWith("eventscope: " + bad + ":1:");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    private static final Path OVER_TIME = Path.of("data", "troop-reports-example.json");

    /** The chart over time of the example file as the command draws it, laid out on the FX thread. */
    private static org.eventscope.chart.TrendLayout overTimeLayout(double width, double height) throws Exception {
        var doc = org.eventscope.io.EventFileReader.read(OVER_TIME).file();
        var content = org.eventscope.chart.ChartContent.overTime(
                doc, doc.troopReports(), doc.displayZone(), java.util.Locale.getDefault());
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> new org.eventscope.chart.ChartPainter()
                        .paintOverTime(new org.eventscope.view.SvgSurface(), width, height, content, null))
                .get(30, TimeUnit.SECONDS);
    }

    private static boolean near(int rgb, javafx.scene.paint.Color c) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return Math.abs(r - c.getRed() * 255) < 40
                && Math.abs(g - c.getGreen() * 255) < 40
                && Math.abs(b - c.getBlue() * 255) < 40;
    }

    @Test
    void overTimeDrawsEachReportAtItsDateASpanForAMonthAndDashedLinksBetween() throws Exception {
        Path png = dir.resolve("over-time.png");
        assertThat(cli.run(
                        "export-chart",
                        OVER_TIME.toString(),
                        "--over-time",
                        "--out",
                        png.toString(),
                        "--size",
                        "1200x675",
                        "--scale",
                        "1"))
                .as(cli.err())
                .isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        var layout = overTimeLayout(1200, 675);
        var near200 = org.eventscope.chart.ChartPainter.seriesColor(0);
        var near400 = org.eventscope.chart.ChartPainter.seriesColor(1);
        // Every marker in view is drawn in its band's colour (or, for a report that contradicts itself, with its
        // warning outline).
        int markers = 0;
        for (var m : layout.marks()) {
            int rgb = image.getRGB((int) Math.floor(m.x()), (int) Math.floor(m.y()));
            assertThat(near(rgb, m.band() == 0 ? near200 : near400))
                    .as(
                            "the marker of report %d in band %d at %.1f, %.1f: %06x",
                            m.series(), m.band(), m.x(), m.y(), rgb & 0xffffff)
                    .isTrue();
            markers++;
        }
        assertThat(markers).isEqualTo(17); // nine reports, one of them without a 200 km figure
        // October 2021 is known only to the month: a solid bar across it, a third of the way along.
        var october = layout.marks().get(0);
        assertThat(october.isSpan()).isTrue();
        for (double share : new double[] {0.1, 0.3, 0.7, 0.9}) {
            int x = (int) (october.spanFrom() + share * (october.spanTo() - october.spanFrom()));
            assertThat(near(image.getRGB(x, (int) Math.floor(october.y())), near200))
                    .as("the span at %d", x)
                    .isTrue();
        }
        // A link is dashed: along it some pixels are in the band's colour and some are not.
        var link = layout.links().stream()
                .filter(l -> l.x2() - l.x1() > 80)
                .findFirst()
                .orElseThrow();
        int on = 0;
        int off = 0;
        for (int i = 5; i < 95; i++) {
            double t = i / 100.0;
            int x = (int) Math.floor(link.x1() + t * (link.x2() - link.x1()));
            int y = (int) Math.floor(link.y1() + t * (link.y2() - link.y1()));
            if (near(image.getRGB(x, y), link.band() == 0 ? near200 : near400)) {
                on++;
            } else {
                off++;
            }
        }
        assertThat(on).as("dashes").isGreaterThan(15);
        assertThat(off).as("gaps").isGreaterThan(15);
    }

    @Test
    void overTimeAsSvgNamesTheBandsTheFiguresTheWarningAndEverySource() throws Exception {
        Path svg = dir.resolve("over-time.svg");
        assertThat(cli.run("export-chart", OVER_TIME.toString(), "--over-time", "--out", svg.toString()))
                .as(cli.err())
                .isZero();
        String text = Files.readString(svg);
        assertThat(text)
                .contains(">within 200 km</text>", ">within 400 km</text>")
                .contains(">60,000</text>", ">150,000</text>")
                .contains(">⚠ 125,000</text>")
                .contains(">Date of report</text>")
                .contains(">Source: Synthetic example data.</tspan>")
                .contains("<polyline")
                .contains("stroke-dasharray")
                .contains("9 reports, by Example ministry (synthetic)");
        // Only the window asked for: its subtitle and notes speak of the reports in it.
        assertThat(cli.run(
                        "export-chart",
                        OVER_TIME.toString(),
                        "--over-time",
                        "--from",
                        "2021-12",
                        "--to",
                        "2021-12",
                        "--out",
                        svg.toString(),
                        "--force"))
                .as(cli.err())
                .isZero();
        assertThat(Files.readString(svg))
                .contains("3 reports, by Example ministry (synthetic); Example agency (synthetic); Example institute")
                .doesNotContain(">60,000</text>");
    }

    @Test
    void overTimeIsRefusedWithRingsOrReportsOfOneDateAndWritesNothing() throws Exception {
        Path png = dir.resolve("x.png");
        assertThat(cli.run("export-chart", OVER_TIME.toString(), "--over-time", "--rings", "--out", png.toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("--over-time and --rings cannot be used together");
        assertThat(cli.run("export-chart", TestFiles.GENEVA.toString(), "--over-time", "--out", png.toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("--over-time needs troop reports on two dates or more; there is one");
        assertThat(cli.run(
                        "export-chart",
                        OVER_TIME.toString(),
                        "--over-time",
                        "--from",
                        "2022-13",
                        "--out",
                        png.toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("--from/--to:");
        assertThat(cli.run(
                        "export-chart",
                        OVER_TIME.toString(),
                        "--over-time",
                        "--from",
                        "2022",
                        "--to",
                        "2021",
                        "--out",
                        png.toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("--to must be after --from");
        assertThat(cli.run(
                        "export-chart", OVER_TIME.toString(), "--over-time", "--from", "2030", "--out", png.toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("--from 2030 begins after what is shown ends");
        assertThat(cli.run("export-chart", OVER_TIME.toString(), "--from", "2021", "--out", png.toString()))
                .isEqualTo(EventscopeCommand.BAD_INPUT);
        assertThat(cli.err()).contains("--from and --to choose the stretch of time of --over-time");
        assertThat(png).doesNotExist();
    }

    @Test
    void overTimeNamesEveryBandInItsLegendHoweverMany() throws Exception {
        StringBuilder bands = new StringBuilder();
        int[] km = {10, 25, 50, 75, 100, 150, 200, 250, 300, 400, 500, 1000};
        for (int i = 0; i < km.length; i++) {
            bands.append(i == 0 ? "" : ",")
                    .append("{\"withinKm\": ")
                    .append(km[i])
                    .append(", \"troops\": ")
                    .append(1000 * (i + 1))
                    .append("}");
        }
        Path file = TestFiles.write(dir, "bands.json", """
                {"formatVersion": 1, "title": "Synthetic: twelve bands (not real figures)", "displayZone": "UTC",
                 "sources": [{"id": "s", "name": "Synthetic source"}], "events": [],
                 "troopReports": [
                   {"id": "a", "date": "2021-12-01", "reportedBy": "Synthetic A", "sources": ["s"], "bands": [%s]},
                   {"id": "b", "date": "2021-12-20", "reportedBy": "Synthetic B", "sources": ["s"], "bands": [%s]}]}
                """.formatted(bands, bands));
        Path svg = dir.resolve("bands.svg");
        assertThat(cli.run(
                        "export-chart", file.toString(), "--over-time", "--size", "800x600", "--out", svg.toString()))
                .as(cli.err())
                .isZero();
        String text = Files.readString(svg);
        for (int k : km) {
            assertThat(text).contains(">within " + k + " km</text>");
        }
    }
}
