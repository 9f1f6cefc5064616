package org.eventscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;

class CitationTest {

    private static EventFile read(String json) throws Exception {
        var result =
                EventFileReader.read("synthetic.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.errors()).isEmpty();
        return result.file();
    }

    private static final String FILE = """
            {
              "formatVersion": 1,
              "title": "Synthetic test file (not real events)",
              "displayZone": "Europe/Kyiv",
              "sources": [
                { "id": "s1", "name": "Synthetic <Daily> & Co", "url": "https://example.org/a?b=1&c=\\"2\\"" },
                { "id": "s2", "name": "Synthetic script" },
                { "id": "s3", "name": "Synthetic archive" }
              ],
              "events": [
                { "id": "a", "title": "Synthetic talks <b>begin</b>", "start": "2022-01-10T09:00Z",
                  "sources": ["s1", "s2", "s3"] },
                { "id": "b", "title": "Synthetic event without sources", "start": "2022-01-11" }
              ]
            }
            """;

    @Test
    void anEventIsCitedWithItsTimeAndSourcesAsTextAndAsHtmlWithLinks() throws Exception {
        EventFile file = read(FILE);
        Event e = file.events().get(0);
        Citation c = Citation.of(file, e, ZoneId.of("Europe/Kyiv"), Locale.UK);
        assertThat(c.text())
                .startsWith("Synthetic talks <b>begin</b> — 10 January 2022")
                .contains("11:00")
                .endsWith("\nSources: Synthetic <Daily> & Co (https://example.org/a?b=1&c=\"2\"); Synthetic script;"
                        + " Synthetic archive.");
        assertThat(c.html())
                .startsWith("<p><strong>Synthetic talks &lt;b&gt;begin&lt;/b&gt;</strong> — 10 January 2022")
                .contains(
                        "<a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">Synthetic &lt;Daily&gt; &amp; Co</a>")
                .endsWith("; Synthetic script; Synthetic archive.</p>");
    }

    @Test
    void anEventWithoutSourcesIsItsTitleAndTime() throws Exception {
        EventFile file = read(FILE);
        Citation c = Citation.of(file, file.events().get(1), ZoneId.of("Europe/Kyiv"), Locale.UK);
        assertThat(c.text()).isEqualTo("Synthetic event without sources — 11 January 2022");
        assertThat(c.html()).isEqualTo("<p><strong>Synthetic event without sources</strong> — 11 January 2022</p>");
    }
}
