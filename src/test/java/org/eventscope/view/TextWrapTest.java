package org.eventscope.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    /** Ten pixels a character (code point), for a measure that needs no toolkit. */
    private static final ToDoubleFunction<String> TEN = s -> 10.0 * s.codePointCount(0, s.length());

    @Test
    void wrapsAtSpacesAndLineBreaksAndBreaksAWordLongerThanALine() {
        assertThat(TextWrap.lines("one two three\nfour", 90, TEN)).containsExactly("one two", "three", "four");
        assertThat(TextWrap.lines("abcdefghijklmnopqrstuvwxy", 100, TEN))
                .containsExactly("abcdefghij", "klmnopqrst", "uvwxy");
    }

    @Test
    void aWordIsNeverBrokenInsideACharacterOfTwoChars() {
        String faces = "😀".repeat(15);
        List<String> lines = TextWrap.lines(faces, 100, TEN);
        assertThat(lines).containsExactly("😀".repeat(10), "😀".repeat(5));
    }

    @Test
    void atMostTheLinesAskedForTheLastCutWithAnEllipsisThatFits() {
        String text = "word ".repeat(100);
        List<String> lines = TextWrap.lines(text, 100, TEN, 3);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("word word");
        assertThat(lines.get(2)).endsWith("…");
        assertThat(TEN.applyAsDouble(lines.get(2))).isLessThanOrEqualTo(100);
        assertThat(TextWrap.lines("X".repeat(5_000), 100, TEN, 2)).containsExactly("X".repeat(10), "X".repeat(9) + "…");
        assertThat(TextWrap.lines("short", 100, TEN, 1)).containsExactly("short");
        assertThat(TextWrap.lines("one two", 40, TEN, 1))
                .as("a last line that fits still says that text follows")
                .containsExactly("one…");
    }
}
