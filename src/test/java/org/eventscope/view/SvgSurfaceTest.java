package org.eventscope.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgSurfaceTest {

    @Test
    void escapeKeepsWhatXmlAllowsAndNothingElse() {
        assertThat(SvgSurface.escape("a<b>&\"c\"")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;");
        assertThat(SvgSurface.escape("tab\there\nline")).isEqualTo("tab\there\nline");
        assertThat(SvgSurface.escape("x\u0000\u0001\u001b\ry")).isEqualTo("xy");
        assertThat(SvgSurface.escape("x\uffff\ufffey")).isEqualTo("x\ufffd\ufffdy");
        assertThat(SvgSurface.escape("lone \ud800 and \udc00 halves")).isEqualTo("lone \ufffd and \ufffd halves");
        // A whole pair stays: U+1F600.
        assertThat(SvgSurface.escape("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
        assertThat(SvgSurface.escape("Україна")).isEqualTo("Україна");
    }

    @Test
    void theHeaderIsWellFormedWhateverItsText() throws Exception {
        String doc = "<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + SvgSurface.header("T\u0001\uffff\u0000", "Source: S\u001b\ud800", "\u0002note") + "</svg>";
        var parsed = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(parsed.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("T\ufffd");
    }
}
