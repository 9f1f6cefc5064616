package org.eventscope.export;

import javafx.scene.image.WritableImage;
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

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartExportTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static int rgb(javafx.scene.paint.Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void pngHasTheScaledSizeIsNotBlankAndHoldsTheBarColourInTheBars() throws Exception {
        EventFile file = EventFileReader.read(TestFiles.GENEVA).file();
        ChartContent content = ChartContent.of(file, file.troopReports().get(0), Locale.US);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> ChartExport.render(content, 640, 400, 2)).get();
        Path png = dir.resolve("chart.png");

        ChartExport.writePng(image, png);

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
        ChartLayout layout = WaitForAsyncUtils.asyncFx(() -> new ChartPainter().paint(
                new javafx.scene.canvas.Canvas(640, 400).getGraphicsContext2D(), 640, 400, content, false)).get();
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
    void hugeSizesAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ChartExport.checkSize(20_000, 20_000, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> ChartExport.checkSize(1200, 675, 40))
                .hasMessageContaining("scale");
        assertThatThrownBy(() -> ChartExport.checkSize(10, 10, 1)).hasMessageContaining("at least");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("chart.png"), "old content");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full (simulated)");
        })).hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("old content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("no/such/folder/chart.png"), out -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
    }
}
