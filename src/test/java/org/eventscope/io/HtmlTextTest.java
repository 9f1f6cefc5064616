package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eventscope.io.EventFileReader.LoadResult;
import org.junit.jupiter.api.Test;

/** Plain text from TimelineJS's HTML: entities, tags, line breaks, and no input that takes quadratic time. */
class HtmlTextTest {

    @Test
    void everyHtml5EntityIsDecoded() {
        assertThat(
                        HtmlText.plain(
                                "A&mdash;B &#8217; &#x2014; &hellip; &nbsp;x &amp;amp; &lt;b&gt; &eacute;&Zcaron;&NotNestedLessLess;"))
                .isEqualTo("A—B ’ — … x &amp; <b> éŽ⪡̸");
    }

    @Test
    void tagsGoAndLinesStay() {
        assertThat(HtmlText.plain("<p>First <b>bold</b></p><p>Second<br>third</p>  <div>fourth</div>"))
                .isEqualTo("First bold\nSecond\nthird\nfourth");
        assertThat(HtmlText.plain("  a \r\n\r\n  b\rc\u2028d  ")).isEqualTo("a\nb\nc\nd");
        assertThat(HtmlText.plain(" <br> ")).isNull();
    }

    @Test
    void hostileTextTakesLinearTime() {
        // Each of these took minutes with the regular expressions this replaces (a million \r: 100k took 6 s).
        String[] inputs = {
            "\r".repeat(1_000_000),
            "x" + "\r".repeat(1_000_000) + "y",
            "<".repeat(1_000_000),
            "<a ".repeat(300_000),
            "<b>".repeat(200_000),
            "&".repeat(1_000_000),
            " \n".repeat(500_000) + "x"
        };
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String input : inputs) {
                HtmlText.plain(input);
            }
        });
        assertThat(HtmlText.plain("x" + "\r".repeat(1_000_000) + "y")).isEqualTo("x\ny");
    }

    @Test
    void aTimelineJsFileWithAMillionCarriageReturnsOpens() {
        String json =
                "{\"events\": [{\"start_date\": {\"year\": 2016}, \"text\": {\"headline\": \"Synthetic\", \"text\": \""
                        + "\\r".repeat(1_000_000 / 2) + "end\"}}]}";
        LoadResult result = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> EventFileReader.read("tl.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertThat(result.file().events().get(0).description()).isEqualTo("end");
    }
}
