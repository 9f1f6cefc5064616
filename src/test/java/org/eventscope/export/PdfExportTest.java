package org.eventscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eventscope.TestFiles;
import org.eventscope.chart.ChartContent;
import org.eventscope.chart.ChartLayout;
import org.eventscope.chart.ChartPainter;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.eventscope.timeline.TimelineExport;
import org.eventscope.view.FxSurface;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class PdfExportTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static ChartContent geneva() throws Exception {
        EventFile file = EventFileReader.read(TestFiles.GENEVA).file();
        return ChartContent.of(file, file.troopReports().get(0), Locale.US);
    }

    private static byte[] pdf(Picture picture, ExportInfo info) throws Exception {
        return made(picture, info).bytes();
    }

    private static PdfExport.Pdf made(Picture picture, ExportInfo info) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> PdfExport.of(picture, info)).get();
    }

    @Test
    void aChartPdfHoldsItsTextsSelectableItsFontEmbeddedAndItsInformation() throws Exception {
        ChartContent content = geneva().withText(
                        "Війська біля кордонів України",
                        "Синтетичний підзаголовок",
                        "Підпис: 122 000 у межах 200 км",
                        "");
        Picture picture = new Picture(Picture.Kind.CHART, content, null, 800, 450);
        ExportInfo info = new ExportInfo(content.title(), content.caption(), "ab".repeat(32), null, "Chart: Newsroom");
        Path target = dir.resolve("chart.pdf");
        PdfExport.write(made(picture, info), target, false);

        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(600f);
            assertThat(page.getMediaBox().getHeight()).isEqualTo(337.5f);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Війська біля кордонів України", "122,000", "143,500", "within 200 km")
                    .contains("Підпис: 122 000 у межах 200 км", "Синтетичний підзаголовок");
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts)
                    .as("both faces, each a subset (a six-letter tag before its name)")
                    .anyMatch(f -> f.matches("[A-Z]{6}\\+NotoSans-Regular"))
                    .anyMatch(f -> f.matches("[A-Z]{6}\\+NotoSans-Bold"));
            var about = doc.getDocumentInformation();
            assertThat(about.getTitle()).isEqualTo("Війська біля кордонів України");
            assertThat(about.getSubject()).isEqualTo("Підпис: 122 000 у межах 200 км");
            assertThat(about.getAuthor()).isEqualTo("Chart: Newsroom");
            assertThat(about.getCustomMetadataValue("SHA-256")).isEqualTo("ab".repeat(32));
            assertThat(about.getCreator()).isEqualTo(ExportInfo.GENERATOR);
        }
    }

    @Test
    void controlsAndBidiOverridesFromAFileAreLeftOutOfEveryPictureAndItsInformationAlike() throws Exception {
        String hostile = "Troops\u001b[31m near\u0000 the\u0007 border\u202E";
        ChartContent content = geneva().withText(hostile, "Sub\u0001title", "Caption\u001b line", "Chart:\u0008 Desk");
        Picture picture = new Picture(Picture.Kind.CHART, content, null, 800, 450);
        ExportInfo info = ExportInfo.of(picture, null);
        assertThat(info.title()).isEqualTo("Troops[31m near the border");
        assertThat(info.credit()).isEqualTo("Chart: Desk");
        assertThat(String.join("\n", info.lines())).doesNotContainPattern("[\\x00-\\x09\\x0b-\\x1f\\u202e]");

        String svg = WaitForAsyncUtils.asyncFx(() -> picture.svg(info)).get();
        assertThat(svg)
                .contains("<title>Troops[31m near the border</title>", ">Subtitle<", ">Chart: Desk<")
                .doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\u202e]");
        try (PDDocument doc = Loader.loadPDF(pdf(picture, info))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .as("the PDF draws what the SVG writes: no '?' for a control")
                    .contains("Troops[31m near the border", "Subtitle", "Caption line", "Chart: Desk")
                    .doesNotContain("?");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Troops[31m near the border");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Chart: Desk");
        }
    }

    @Test
    void aRunawaySourceNameIsCutWithAnEllipsisAndTheBarsKeepTheirRoom() throws Exception {
        ChartContent content = geneva().withText("Synthetic title", "", "Source: " + "S".repeat(3_000), "");
        Picture picture = new Picture(Picture.Kind.CHART, content, null, 800, 450);
        String svg = WaitForAsyncUtils.asyncFx(() -> picture.svg(ExportInfo.of(picture, null)))
                .get();
        java.util.regex.Matcher lines =
                java.util.regex.Pattern.compile(">(S{20,}…?)</tspan>").matcher(svg);
        List<String> found = new ArrayList<>();
        while (lines.find()) {
            found.add(lines.group(1));
        }
        assertThat(found)
                .as("six lines at most, the sources keeping more room than other notes")
                .hasSizeBetween(2, 6);
        assertThat(found.get(found.size() - 1)).endsWith("…");
        assertThat(svg).contains(">122,000</text>", ">143,500</text>");
    }

    @Test
    void theBarsOfThePdfAreWhereTheScreenDrawsThem() throws Exception {
        ChartContent content = geneva();
        Picture picture = new Picture(Picture.Kind.CHART, content, null, 800, 450);
        byte[] bytes = pdf(picture, ExportInfo.of(picture, null));
        ChartLayout layout = WaitForAsyncUtils.asyncFx(() -> new ChartPainter()
                        .paint(
                                new FxSurface(new javafx.scene.canvas.Canvas(800, 450).getGraphicsContext2D()),
                                800,
                                450,
                                content,
                                null))
                .get();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            // 96 dots to the inch: one pixel of the image a logical pixel of the picture.
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 96);
            assertThat(image.getWidth()).isEqualTo(800);
            assertThat(layout.bars()).hasSize(2);
            for (ChartLayout.Rect bar : layout.bars()) {
                int inside = image.getRGB((int) bar.centerX(), (int) (bar.y() + bar.h() * 0.75)) & 0xffffff;
                assertThat(inside).as("inside the bar").isEqualTo(ChartExportTest.rgb(ChartPainter.BAR));
                int above = image.getRGB((int) bar.centerX(), (int) bar.y() - 25) & 0xffffff;
                assertThat(above).as("above the bar and its value").isEqualTo(0xffffff);
                int left = image.getRGB((int) (bar.x() - 3), (int) (bar.y() + bar.h() * 0.75)) & 0xffffff;
                assertThat(left).as("just left of the bar").isNotEqualTo(ChartExportTest.rgb(ChartPainter.BAR));
            }
        }
    }

    @Test
    void thePdfSaysWhatTheSvgSays() throws Exception {
        ChartContent content = geneva();
        Picture picture = new Picture(Picture.Kind.CHART, content, null, 800, 450);
        ExportInfo info = ExportInfo.of(picture, null);
        String svg = WaitForAsyncUtils.asyncFx(() -> picture.svg(info)).get();
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(pdf(picture, info))) {
            // Without spaces: a text extractor splits the axis's upright title ("Tr oo ps").
            pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        var matcher =
                java.util.regex.Pattern.compile(">([^<>]+)</(?:text|tspan)>").matcher(svg);
        int texts = 0;
        while (matcher.find()) {
            String shown = matcher.group(1)
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&#39;", "'");
            assertThat(pdfText).as("the SVG's text %s", shown).contains(shown.replaceAll("\\s+", ""));
            texts++;
        }
        assertThat(texts).isGreaterThan(8);
    }

    @Test
    void aTimelinePageAsPdfKeepsEveryTitleSearchableAndACharacterTheFontLacksBecomesAQuestionMark() throws Exception {
        EventFile file = EventFileReader.read(TestFiles.GENEVA).file();
        TimelineExport page = TimelineExport.whole(file)
                .saying(new TimelineExport.Texts(
                        "Переговори 😀", "Officials find an effective fix", "Графіка: редакція"));
        Picture picture = WaitForAsyncUtils.asyncFx(() -> Picture.timelinePage(page, 1200, 1))
                .get();
        String text;
        PdfExport.Pdf made = made(picture, ExportInfo.of(picture, null));
        assertThat(made.lacking())
                .as("what the document shows as ?, for a warning")
                .isEqualTo("😀");
        assertThat(made.lackingCount()).isEqualTo(1);
        try (PDDocument doc = Loader.loadPDF(made.bytes())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Переговори ?", "Графіка: редакція");
        assertThat(text)
                .as("no ligature glyphs: a search for the words finds them")
                .contains("Officials find an effective fix")
                .doesNotContain("ﬁ", "ﬃ", "ﬀ");
        for (var event : file.events()) {
            assertThat(text.replaceAll("\\s+", " ")).contains(event.title());
        }
    }

    @Test
    void aRecordingDrawsThePictureAgainOnAnySurfaceAndThePdfIsMadeOffTheFxThread() throws Exception {
        ChartContent content = geneva();
        Picture picture = new Picture(Picture.Kind.BOTH, content, timeline(), 1200, 500);
        ExportInfo info = ExportInfo.of(picture, null);
        String direct = WaitForAsyncUtils.asyncFx(() -> picture.svg(info)).get();
        org.eventscope.view.Recording drawing =
                WaitForAsyncUtils.asyncFx(picture::record).get();
        org.eventscope.view.SvgSurface again = new org.eventscope.view.SvgSurface();
        drawing.replay(again);
        assertThat(again.document(1200, 500, info.title(), info.lines()))
                .as("replayed, the same SVG document to the byte")
                .isEqualTo(direct);

        assertThat(javafx.application.Platform.isFxApplicationThread()).isFalse();
        byte[] bytes = PdfExport.of(drawing, 1200, 500, info).bytes();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("143,500", "NATO–Russia Council meets in Brussels");
        }
    }

    private static TimelineExport timeline() throws Exception {
        return TimelineExport.whole(EventFileReader.read(TestFiles.GENEVA).file());
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws Exception {
        ChartContent content = geneva();
        Picture picture = new Picture(Picture.Kind.CHART, content, null, 400, 300);
        PdfExport.Pdf bytes = made(picture, ExportInfo.of(picture, null));
        Path missing = dir.resolve("no-such-folder").resolve("chart.pdf");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PdfExport.write(bytes, missing, false))
                .isInstanceOf(java.io.IOException.class);
        Path existing = Files.writeString(dir.resolve("kept.pdf"), "old");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PdfExport.write(bytes, existing, false))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(Files.readString(existing)).isEqualTo("old");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(existing);
        }
    }
}
