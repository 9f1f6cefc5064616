package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.model.Event;
import org.eventscope.model.Media;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MediaFormatTest {

    @BeforeEach
    void english() {
        org.eventscope.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
    }

    private static LoadResult read(String media) {
        String json =
                "{\"formatVersion\": 1, \"title\": \"Synthetic media test (not real)\", \"displayZone\": \"UTC\",\n"
                        + "\"sources\": [], \"events\": [\n"
                        + "{\"id\": \"e\", \"title\": \"Synthetic\", \"start\": \"2022-01-10\",\n"
                        + "\"media\": " + media + "}]}";
        return EventFileReader.read("media.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anEventsMediaIsReadWithItsCaptionCreditAndAlternativeText() {
        LoadResult result = read("{\"url\": \"https://example.org/talks.jpg\", \"caption\": \"The table\","
                + " \"credit\": \"Photo: synthetic\", \"alt\": \"Two delegations\"}");
        assertThat(result.problems()).isEmpty();
        assertThat(result.file().events().get(0).media())
                .isEqualTo(
                        new Media("https://example.org/talks.jpg", "The table", "Photo: synthetic", "Two delegations"));
        assertThat(read("{\"url\": \"pictures/talks.jpg\"}")
                        .file()
                        .events()
                        .get(0)
                        .media())
                .isEqualTo(new Media("pictures/talks.jpg", null, null, null));
    }

    @Test
    void anAddressThatIsNoWebAddressNorAPathBesideTheFileIsAPositionedError() {
        for (String url : new String[] {
            "javascript:alert(1)",
            "file:///etc/passwd",
            "/etc/passwd",
            "C:\\\\pictures\\\\a.jpg",
            "data:image/png;base64,AA",
            "https://",
            "pictures/a\\tb.jpg",
            "",
            "../outside.png",
            "pictures/../../x.png",
            "a\\\\..\\\\x.png"
        }) {
            LoadResult result = read("{\"url\": \"" + url + "\"}");
            assertThat(result.errors()).as(url).hasSize(1);
            Problem p = result.errors().get(0);
            assertThat(p.path()).as(url).isEqualTo("/events/0/media/url");
            assertThat(p.line()).as(url).isEqualTo(4);
            assertThat(p.column()).as(url).isGreaterThan(10);
            assertThat(p.message()).as(url).isNotBlank();
        }
        assertThat(read("{\"url\": \"javascript:alert(1)\"}").errors().get(0).message())
                .contains("javascript:alert(1)", "neither http:// nor https:// nor a path beside the file");
        assertThat(read("{\"url\": \"/etc/passwd\"}").errors().get(0).message()).contains("absolute path");
    }

    @Test
    void mediaThatIsNoObjectOrHasNoAddressIsAnErrorAndAnUnknownMemberAWarning() {
        LoadResult text = read("\"https://example.org/a.jpg\"");
        assertThat(text.errors())
                .extracting(Problem::message)
                .containsExactly("\"media\" is a string; expected an object");
        LoadResult none = read("{\"caption\": \"no address\"}");
        assertThat(none.errors()).extracting(Problem::path).containsExactly("/events/0/media");
        LoadResult extra = read("{\"url\": \"a.jpg\", \"thumbnail\": \"t.jpg\"}");
        assertThat(extra.errors()).isEmpty();
        assertThat(extra.problems())
                .filteredOn(p -> !p.isError())
                .extracting(Problem::path)
                .containsExactly("/events/0/media/thumbnail");
    }

    @Test
    void mediaIsWrittenAndReadBackAndAnEditOfTheEventKeepsIt() throws Exception {
        LoadResult result = read("{\"url\": \"https://example.org/a.jpg\", \"credit\": \"Photo: synthetic\"}");
        var file = result.file();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventFileWriter.write(file, out);
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written)
                .contains("\"media\": { \"url\": \"https://example.org/a.jpg\", \"credit\": \"Photo: synthetic\" }");
        var again = EventFileReader.read("again.json", new ByteArrayInputStream(out.toByteArray()));
        assertThat(again.file().events()).isEqualTo(file.events());

        Event retitled = file.events()
                .get(0)
                .withTitle("Synthetic, retitled")
                .withTimes(org.eventscope.model.TimePoint.parse("2022-01-11"), null);
        assertThat(retitled.media()).isEqualTo(file.events().get(0).media());
        assertThat(retitled.withMedia(null).media()).isNull();
    }

    @Test
    void anEventFileWhoseFirstDecidingMemberIsMediaIsStillAnEventscopeFile() {
        String json = "{\"events\": [{\"media\": {\"url\": \"a.jpg\"}, \"id\": \"e\", \"title\": \"Synthetic\","
                + " \"start\": \"2022-01-10\"}], \"formatVersion\": 1, \"title\": \"Synthetic (not real)\","
                + " \"displayZone\": \"UTC\", \"sources\": []}";
        LoadResult result =
                EventFileReader.read("order.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.imported()).isFalse();
        assertThat(result.errors()).isEmpty();
        assertThat(result.file().events().get(0).media()).isEqualTo(new Media("a.jpg", null, null, null));
    }
}
