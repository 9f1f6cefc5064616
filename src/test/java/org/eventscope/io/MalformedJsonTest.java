package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.eventscope.io.EventFileReader.LoadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed JSON of the kinds the JSONTestSuite collects (arrays, objects, strings, numbers,
 * structure; written here, synthetic): each is refused with a line and a column, and never as
 * anything but an error, whether it would be read as an event file or as TimelineJS.
 */
class MalformedJsonTest {

    private static LoadResult read(byte[] bytes) {
        return EventFileReader.read("n.json", new ByteArrayInputStream(bytes));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[1 true]",
                "[\"a\",,]",
                "[1,]",
                "[,1]",
                "[1,,2]",
                "[\"x\"",
                "[-]",
                "[x]",
                "[\"\": 1]",
                "[1:2]",
                "[\"a\"]]",
                "[\"a\" \"b\"]",
                "[]]",
                "[",
                "[[[[",
                "[1}",
                "{\"a\":1,}",
                "{\"a\" 1}",
                "{\"a\":}",
                "{:1}",
                "{1:1}",
                "{'a':1}",
                "{\"a\":1 \"b\":2}",
                "{\"a\"::1}",
                "{\"a\":1}}",
                "{\"a\":1]",
                "{",
                "{\"a\"",
                "{\"a\":\"b\"",
                "{\"a\":/*c*/1}",
                "{\"a\":1}//c",
                "{\"a\":1}#",
                "{\"a\":tru}",
                "{\"a\":nul}",
                "{\"a\":True}",
                "{\"a\":NaN}",
                "{\"a\":Infinity}",
                "{\"a\":-Infinity}",
                "{\"a\":01}",
                "{\"a\":-01}",
                "{\"a\":1.}",
                "{\"a\":.1}",
                "{\"a\":1e}",
                "{\"a\":1e+}",
                "{\"a\":+1}",
                "{\"a\":0x1}",
                "{\"a\":1.2.3}",
                "{\"a\":- 1}",
                "{\"a\":\"\\x00\"}",
                "{\"a\":\"\\u12\"}",
                "{\"a\":\"\\uZZZZ\"}",
                "{\"a\":\"\\'\"}",
                "{\"a\":'b'}",
                "{\"a\":\"b\\\"}",
                "{\"a\":[1,2}",
                "{\"a\":{}",
                "{} {}",
                "[] x",
                "1 2",
                "\"a\" \"b\"",
                "{\"a\":1}garbage",
                "  ,",
                "]",
                "}",
                ":",
                "{\"a\":\u00a01}",
                "{\"a\":\u20281}",
                "{\"\\uD800\":\"x\"}a",
                "{\"events\":[{\"start_date\":{\"year\":2016},}]}",
                "{\"events\":[{\"start_date\":{\"year\":2016}}]",
            })
    void isRefusedWithAPosition(String json) {
        assertRefused(json.getBytes(StandardCharsets.UTF_8), json);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "7b2261223a2209227d", // a raw tab in a string
                "7b2261223a220a227d", // a raw line feed in a string
                "7b2261223a221f227d", // a raw control character in a string
                "7b2261223a22c3227d", // a lone lead byte
                "7b2261223a22edb080227d", // a surrogate in UTF-8
                "7b2261223a22f8888080227d", // a five-byte form
                "7b2261223a22ff227d", // 0xFF
                "7b22612200", // a NUL
                "5b00", // a NUL after [
                "efbbbfefbbbf7b7d", // two byte-order marks
            })
    void badBytesAreRefusedWithAPosition(String hex) {
        assertRefused(HexFormat.of().parseHex(hex), hex);
    }

    private static void assertRefused(byte[] bytes, String what) {
        LoadResult result = read(bytes);
        assertThat(result.ok()).as(what).isFalse();
        assertThat(result.errors()).as(what).isNotEmpty();
        for (Problem p : result.errors()) {
            assertThat(p.line()).as("line of %s in %s", p, what).isPositive();
            assertThat(p.column()).as("column of %s in %s", p, what).isPositive();
        }
    }
}
