package org.eventscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void oneLineJoinsLinesAndLeavesOutInvisibleAndDirectionControls() {
        assertThat(Text.oneLine("Whitney Houston\n1963-2012")).isEqualTo("Whitney Houston 1963-2012");
        assertThat(Text.oneLine("a\r\n\tb")).isEqualTo("a b");
        assertThat(Text.oneLine("\u202eevil override\u202c")).isEqualTo("evil override");
        assertThat(Text.oneLine("x\u0007\u001b[31my\u200b\ufeff")).isEqualTo("x[31my");
        assertThat(Text.oneLine("Київ")).isEqualTo("Київ");
    }

    @Test
    void paragraphsKeepTheLineBreaks() {
        assertThat(Text.paragraphs("L1\nL2\r\nL3")).containsExactly("L1", "L2", "L3");
    }
}
