package org.eventscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.eventscope.TestFiles;
import org.eventscope.chart.ChartContent;
import org.eventscope.chart.ChartLayout;
import org.eventscope.chart.ChartPainter;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ChartExportTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static int rgb(javafx.scene.paint.Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void pngHasTheScaledSizeIsNotBlankAndHoldsTheBarColourInTheBars() throws Exception {
        EventFile file = EventFileReader.read(TestFiles.GENEVA).file();
        ChartContent content = ChartContent.of(file, file.troopReports().get(0), Locale.US);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> ChartExport.render(content, 640, 400, 2))
                .get();
        Path png = dir.resolve("chart.png");

        ChartExport.writePng(image, png, null, 1, false);

        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(1280);
        assertThat(read.getHeight()).isEqualTo(800);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < read.getHeight(); y += 7) {
            for (int x = 0; x < read.getWidth(); x += 7) {
                colours.add(read.getRGB(x, y) & 0xffffff);
            }
        }
        assertThat(colours).hasSizeGreaterThan(20);
        assertThat(read.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);

        // Lay the chart out the way the painter did and look inside both bars.
        ChartLayout layout = WaitForAsyncUtils.asyncFx(() -> new ChartPainter()
                        .paint(
                                new org.eventscope.view.FxSurface(
                                        new javafx.scene.canvas.Canvas(640, 400).getGraphicsContext2D()),
                                640,
                                400,
                                content,
                                null))
                .get();
        for (ChartLayout.Rect bar : layout.bars()) {
            int px = read.getRGB((int) (bar.centerX() * 2), (int) ((bar.y() + bar.h() * 0.75) * 2)) & 0xffffff;
            assertThat(px).as("bar pixel").isEqualTo(rgb(ChartPainter.BAR));
        }
        // The taller bar is the 143,500 one: its top is higher.
        assertThat(layout.bars().get(1).y()).isLessThan(layout.bars().get(0).y());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(png);
        }
    }

    @Test
    void svgIsVectorWithTheNumbersCaptionAndTheSameBarsAsTheScreen() throws Exception {
        EventFile file = EventFileReader.read(TestFiles.GENEVA).file();
        ChartContent content = ChartContent.of(file, file.troopReports().get(0), Locale.US);
        ExportInfo info = new ExportInfo(content.title(), content.caption(), "ab".repeat(32));
        String svg = WaitForAsyncUtils.asyncFx(() -> ChartExport.svg(content, 800, 450, info))
                .get();
        Path target = dir.resolve("chart.svg");
        ChartExport.writeSvg(svg, target, false);

        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(target.toFile());
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("800");
        assertThat(doc.getElementsByTagName("image").getLength()).isZero();
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("122,000", "143,500", "within 200 km", "Reported by Oleksiy Danilov");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Russian troops near Ukraine's borders");
        assertThat(svg).contains("<meta name=\"SHA-256\" content=\"" + "ab".repeat(32) + "\"/>");
        org.w3c.dom.NodeList spans = doc.getElementsByTagName("tspan");
        org.w3c.dom.Element source = null;
        for (int i = 0; i < doc.getElementsByTagName("text").getLength(); i++) {
            org.w3c.dom.Element t =
                    (org.w3c.dom.Element) doc.getElementsByTagName("text").item(i);
            if (t.getTextContent().startsWith("Source:")) {
                source = t;
            }
        }
        assertThat(source).as("the sources are one text, a line per tspan").isNotNull();
        assertThat(source.getElementsByTagName("tspan").getLength()).isEqualTo(2);
        assertThat(((org.w3c.dom.Element) source.getElementsByTagName("tspan").item(1)).getAttribute("dy"))
                .isEqualTo("16");
        assertThat(spans.getLength()).isGreaterThanOrEqualTo(3);
        assertThat(svg)
                .as("the bundled typeface named, then what a viewer without it draws instead")
                .contains("font-family=\"'Noto Sans', 'Helvetica Neue', Arial, sans-serif\"");

        ChartLayout layout = WaitForAsyncUtils.asyncFx(() -> new ChartPainter()
                        .paint(
                                new org.eventscope.view.FxSurface(
                                        new javafx.scene.canvas.Canvas(800, 450).getGraphicsContext2D()),
                                800,
                                450,
                                content,
                                null))
                .get();
        java.util.List<Double> heights = new java.util.ArrayList<>();
        org.w3c.dom.NodeList rects = doc.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            org.w3c.dom.Element r = (org.w3c.dom.Element) rects.item(i);
            if (r.getAttribute("fill").equals("#2f6fb5")) {
                heights.add(Double.parseDouble(r.getAttribute("height")));
            }
        }
        assertThat(heights).hasSize(2);
        assertThat(heights.get(0)).isCloseTo(layout.bars().get(0).h(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(heights.get(1)).isCloseTo(layout.bars().get(1).h(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void cyrillicTextStaysTextInSvgAndPngCarriesMetadata() throws Exception {
        String json = TestFiles.SYNTHETIC.replace(
                "\"reportedBy\": \"Synthetic reporter\"",
                "\"reportedBy\": \"Синтетичний доповідач\", \"subject\": \"Синтетичні війська\"");
        EventFile file = EventFileReader.read(
                        "synthetic.json",
                        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .file();
        ChartContent content = ChartContent.of(file, file.troopReports().get(0), Locale.US);
        ExportInfo info = new ExportInfo(content.title(), content.origin(), "cd".repeat(32));
        String svg = WaitForAsyncUtils.asyncFx(() -> ChartExport.svg(content, 640, 400, info))
                .get();
        assertThat(svg).contains(">Синтетичні війська</tspan></text>").contains("Синтетичний доповідач");

        WritableImage image = WaitForAsyncUtils.asyncFx(() -> ChartExport.render(content, 640, 400, 1))
                .get();
        Path png = dir.resolve("meta.png");
        ChartExport.writePng(image, png, info, 1, false);
        java.util.Map<String, String> text = new java.util.HashMap<>();
        try (var in = javax.imageio.ImageIO.createImageInputStream(png.toFile())) {
            var reader = javax.imageio.ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var tree = (javax.imageio.metadata.IIOMetadataNode)
                    reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            for (String tag : new String[] {"tEXtEntry", "iTXtEntry"}) {
                var entries = tree.getElementsByTagName(tag);
                for (int i = 0; i < entries.getLength(); i++) {
                    var e = (javax.imageio.metadata.IIOMetadataNode) entries.item(i);
                    text.put(
                            e.getAttribute("keyword"),
                            tag.startsWith("t") ? e.getAttribute("value") : e.getAttribute("text"));
                }
            }
        }
        assertThat(text)
                .containsEntry("Title", "Синтетичні війська")
                .containsEntry("SHA-256", "cd".repeat(32))
                .containsEntry("Software", ExportInfo.GENERATOR);
        assertThat(text.get("Source")).startsWith("Reported by Синтетичний доповідач");
    }

    @Test
    void pngTextLeavesOutWhatAPngChunkMayNotHold() {
        assertThat(PngWriter.chunkText("a\u0000b\u0001c\u001bd\u007f\u0085e")).isEqualTo("abcde");
        assertThat(PngWriter.chunkText("tab\tline\nend\r")).isEqualTo("tab line\nend");
        assertThat(PngWriter.chunkText("x\uffff\ud800y")).isEqualTo("x\ufffd\ufffdy");
        assertThat(PngWriter.chunkText("Синтетичні \ud83d\ude00 café")).isEqualTo("Синтетичні \ud83d\ude00 café");
    }

    @Test
    void hugeSizesAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ChartExport.checkSize(20_000, 20_000, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> ChartExport.checkSize(1200, 675, 40)).hasMessageContaining("scale");
        assertThatThrownBy(() -> ChartExport.checkSize(10, 10, 1)).hasMessageContaining("at least");
        // The image itself, not only the size asked for, has the same minimum.
        assertThatThrownBy(() -> ChartExport.checkSize(1200, 675, 1e-9))
                .hasMessageContaining("0 x 0 pixels")
                .hasMessageContaining("at least 100 x 100");
        assertThatThrownBy(() -> ChartExport.checkSize(1200, 675, 0.1)).hasMessageContaining("120 x 68 pixels");
        assertThatThrownBy(() -> ChartExport.checkSize(1200, 675, Double.NaN)).hasMessageContaining("scale");
        assertThatThrownBy(() -> ChartExport.checkSize(1200, 675, Double.POSITIVE_INFINITY))
                .hasMessageContaining("scale");
        assertThatThrownBy(() -> ChartExport.checkSize(Double.NaN, 675, 1)).hasMessageContaining("at least");
        ChartExport.checkSize(200, 100, 1);
        ChartExport.checkSize(400, 200, 0.5);
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("chart.png"), "old content");
        assertThatThrownBy(() -> AtomicFile.write(target, true, out -> {
                    out.write(new byte[1000]);
                    throw new IOException("disk full (simulated)");
                }))
                .hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("old content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("no/such/folder/chart.png"), false, out -> {}))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");
    }
}
