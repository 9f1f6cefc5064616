package org.eventscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eventscope.PngChunks;
import org.eventscope.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Text from the event file that XML or PNG cannot hold (control characters, U+FFFF, lone
 * surrogate halves, NUL) does not break the exported files.
 */
class ControlCharactersTest {

    /** JSON escapes for what the synthetic file's texts hold besides their words. */
    private static final String NASTY = "\\u0001\\u001b[31m\\uffff\\u0000\\ud800\\t\\r";

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private Path nastyFile() {
        return TestFiles.write(
                dir,
                "nasty.json",
                TestFiles.SYNTHETIC
                        .replace("Synthetic test file (not real events)", "Synthetic " + NASTY + " file")
                        .replace("\"title\": \"Synthetic point\"", "\"title\": \"Point " + NASTY + " event\"")
                        .replace(
                                "\"reportedBy\": \"Synthetic reporter\"",
                                "\"reportedBy\": \"Reporter " + NASTY + " X\", \"subject\": \"Subject " + NASTY
                                        + " Y\""));
    }

    @Test
    void svgExportsAreWellFormedXml() throws Exception {
        Path file = nastyFile();
        for (String command : new String[] {"export-chart", "export-timeline"}) {
            Path svg = dir.resolve(command + ".svg");
            CommandRun cli = new CommandRun();
            assertThat(cli.run(command, file.toString(), "--out", svg.toString()))
                    .as(cli.err())
                    .isZero();
            // The JDK's parser is strict XML 1.0: it rejects any character XML does not allow.
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
            String text = doc.getDocumentElement().getTextContent();
            assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                    .startsWith(command.equals("export-chart") ? "Subject " : "Synthetic ");
            assertThat(text).doesNotContain("\u0000", "\u0001", "\u001b", "\uffff");
            if (command.equals("export-timeline")) {
                assertThat(text).contains("Point");
            } else {
                assertThat(text).contains("Reporter");
            }
        }
    }

    @Test
    void pngTextChunksHoldNoNulAndTextChunksOnlyPrintableAscii() throws Exception {
        Path file = nastyFile();
        for (String command : new String[] {"export-chart", "export-timeline"}) {
            Path png = dir.resolve(command + ".png");
            CommandRun cli = new CommandRun();
            assertThat(cli.run(command, file.toString(), "--out", png.toString(), "--size", "400x400", "--scale", "1"))
                    .as(cli.err())
                    .isZero();
            var texts = PngChunks.texts(png);
            assertThat(texts).extracting(PngChunks.Text::keyword).contains("Title", "Source", "Software");
            for (PngChunks.Text t : texts) {
                assertThat(t.text()).as(t.keyword()).doesNotContain((byte) 0);
                if (t.type().equals("tEXt")) {
                    for (byte b : t.text()) {
                        assertThat(b == '\n' || (b >= 0x20 && b < 0x7f))
                                .as(t.keyword() + " byte " + b)
                                .isTrue();
                    }
                }
                assertThat(t.string()).doesNotContain("\u001b", "\u0001", "\uffff");
            }
            String title = texts.stream()
                    .filter(t -> t.keyword().equals("Title"))
                    .findFirst()
                    .orElseThrow()
                    .string();
            assertThat(title).startsWith(command.equals("export-chart") ? "Subject " : "Synthetic ");
        }
    }
}
