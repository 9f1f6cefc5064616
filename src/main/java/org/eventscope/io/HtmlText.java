package org.eventscope.io;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Plain text from the HTML that TimelineJS texts hold: tags removed, line breaks and paragraphs
 * kept as lines, every HTML5 character reference decoded (such as mdash, the decimal 8217 and
 * the hexadecimal x2014), runs of spaces folded. jsoup parses the HTML as a browser would; the rest is
 * one pass over the characters, so the time grows with the length of the text and no more.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "ul", "ol", "tr", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table");

    private HtmlText() {}

    /** The text of {@code html}, or {@code null} when it has none. */
    static @Nullable String plain(@Nullable String html) {
        if (html == null) {
            return null;
        }
        String text = html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html : render(html);
        String folded = fold(text);
        return folded.isEmpty() ? null : folded;
    }

    private static String render(String html) {
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            out.append(t.getWholeText());
                        } else if (node instanceof Element e && e.nameIs("br")) {
                            out.append('\n');
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                            out.append('\n');
                        }
                    }
                },
                Jsoup.parseBodyFragment(html).body());
        return out.toString();
    }

    /**
     * Folds each run of white space into one space, or into one line break when the run holds a
     * line break (LF, CR, NEL, or a Unicode line or paragraph separator); trims both ends; leaves
     * other control characters out.
     */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        boolean newline = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                newline = true;
            } else if (c == '\u00a0' || Character.isWhitespace(c)) {
                space = true;
            } else if (!Character.isISOControl(c)) {
                // (A control character written as an entity, &#x1b;, is no text: it is left out.)
                if (b.length() > 0 && (newline || space)) {
                    b.append(newline ? '\n' : ' ');
                }
                newline = false;
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
