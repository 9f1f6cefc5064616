package org.eventscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedTextsTest {

    @Test
    void everyKindOfTextComesBackAsItWasGiven() {
        String half = "a\uD800b"; // half of a surrogate pair: UTF-8 could not keep it
        String reversed = "\uDE00\uD83D";
        String emoji = "flag \uD83C\uDDFA\uD83C\uDDE6";
        String latin = "café ÿ";
        String cyrillic = "Генеральний штаб";
        String longText = "x".repeat(70_000) + "я";
        for (List<String> texts : List.of(
                List.of("", ""),
                List.of(half, emoji),
                List.of(reversed, emoji + half),
                List.of(latin, cyrillic),
                List.of("id-1", longText))) {
            byte[] packed = PackedTexts.pack(texts.get(0), texts.get(1));
            assertThat(PackedTexts.get(packed, 0)).isEqualTo(texts.get(0));
            assertThat(PackedTexts.get(packed, 1)).isEqualTo(texts.get(1));
        }
    }

    @Test
    void eachTextIsItsHeaderThenItsUtf8OrWithHalfAPairItsUtf16() {
        Random random = new Random(3);
        char[] alphabet = {'a', '?', 'é', 'я', '€', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\u0000', '\uFFFF', '\u07FF'
        };
        PackedTexts.Buffer buffer = new PackedTexts.Buffer(0);
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[random.nextInt(i % 100 == 0 ? 200 : 12)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = alphabet[random.nextInt(alphabet.length)];
            }
            String t = random.nextInt(10) == 0 ? null : new String(chars);
            texts.add(t);
            buffer.append(t);
            if (t == null) {
                expected.write(0);
                continue;
            }
            // UTF-8 encodes a lone surrogate as "?": then the text is kept in UTF-16.
            boolean wide = !new String(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(t);
            byte[] bytes = wide ? codeUnits(t) : t.getBytes(StandardCharsets.UTF_8);
            for (int value = 1 + ((bytes.length << 1) | (wide ? 1 : 0)); ; value >>>= 7) {
                expected.write(value >= 0x80 ? (value & 0x7f) | 0x80 : value);
                if (value < 0x80) {
                    break;
                }
            }
            expected.writeBytes(bytes);
        }
        assertThat(buffer.toArray()).isEqualTo(expected.toByteArray());
        byte[] packed = buffer.toArray();
        int at = 0;
        for (String t : texts) {
            assertThat(PackedTexts.get(packed, at, 0)).isEqualTo(t);
            at = PackedTexts.end(packed, at, 1);
        }
        assertThat(at).isEqualTo(packed.length);
    }

    /** A text's UTF-16 code units as they are, high byte first (the JDK's encoder would replace a lone surrogate). */
    private static byte[] codeUnits(String t) {
        byte[] out = new byte[2 * t.length()];
        for (int i = 0; i < t.length(); i++) {
            out[2 * i] = (byte) (t.charAt(i) >>> 8);
            out[2 * i + 1] = (byte) t.charAt(i);
        }
        return out;
    }

    @Test
    void anAbsentTextIsNullAndTakesOneByte() {
        byte[] packed = PackedTexts.pack("SYN1", null);
        assertThat(packed).hasSize(1 + 4 + 1);
        assertThat(PackedTexts.get(packed, 0)).isEqualTo("SYN1");
        assertThat(PackedTexts.get(packed, 1)).isNull();
    }

    @Test
    void aTextTakesItsUtf8BytesAndOneWithHalfAPairTwoBytesACharacter() {
        assertThat(PackedTexts.pack("ab", "é")).hasSize(1 + 2 + 1 + 2);
        assertThat(PackedTexts.pack("ab", "я€")).hasSize(1 + 2 + 1 + 2 + 3);
        assertThat(PackedTexts.pack("ab", "\uDE00я")).hasSize(1 + 2 + 1 + 4);
        assertThat(PackedTexts.pack("ab", "x".repeat(200))).hasSize(1 + 2 + 2 + 200);
    }

    @Test
    void textsAreComparedByTheirPlace() {
        byte[] a = PackedTexts.pack("e1", "one description");
        byte[] b = PackedTexts.pack("e1", "another");
        byte[] c = PackedTexts.pack("e10", "one description");
        assertThat(PackedTexts.sameAt(a, b, 0)).isTrue();
        assertThat(PackedTexts.sameAt(a, b, 1)).isFalse();
        assertThat(PackedTexts.sameAt(a, c, 0)).isFalse();
        assertThat(PackedTexts.sameAt(a, c, 1)).isTrue();
    }

    @Test
    void anEventKeepsItsIdAndDescriptionAndIsEqualByValue() {
        TimePoint day = TimePoint.parse("2021-11-20");
        Event a = new Event("e1", "Title", day, null, false, null, List.of(), null, "Notes ß я", List.of());
        Event b = new Event("e1", "Title", day, null, false, null, List.of(), null, "Notes ß я", List.of());
        Event c = new Event("e1", "Title", day, null, false, null, List.of(), null, null, List.of());
        assertThat(a.id()).isEqualTo("e1");
        assertThat(a.description()).isEqualTo("Notes ß я");
        assertThat(c.description()).isNull();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.hasIdOf(c)).isTrue();
        assertThat(a.copy("e2", "Title").hasIdOf(a)).isFalse();
        assertThat(a.withTimes(TimePoint.parse("2021-11-21"), null).description())
                .isEqualTo("Notes ß я");
    }
}
