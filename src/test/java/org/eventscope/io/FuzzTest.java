package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Random;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader.LoadResult;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid event files and a TimelineJS file at random (a fixed seed, so failures repeat), as
 * text and at the byte level, and checks that the reader never throws, never hangs, always gives
 * either a document or a positioned error, and never lets a raw control character into a message.
 */
class FuzzTest {

    private static final java.nio.file.Path TIMELINEJS =
            java.nio.file.Path.of("src", "test", "resources", "timelinejs", "synthetic.json");

    private static final String[] TOKENS = {
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\\",
        "null",
        "true",
        "-1",
        "1e99",
        "0.5",
        "\"2021-02-30\"",
        "\"\"",
        "\u0000",
        "\uD800",
        "é",
        "//",
        "/*",
        "\n",
        "99999999999999999999999"
    };

    @Test
    void mutatedFilesNeverCrashOrHang() throws IOException {
        byte[][] seeds = {
            Files.readAllBytes(TestFiles.GENEVA),
            TestFiles.SYNTHETIC.getBytes(),
            Files.readAllBytes(CorpusTest.CORPUS.resolve("valid.json")),
            Files.readAllBytes(TIMELINEJS)
        };
        Random random = new Random(20220110);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 4000; i++) {
                byte[] input = i % 2 == 0
                        ? mutate(seeds[i % seeds.length], random)
                        : mutateBytes(seeds[i % seeds.length], random);
                LoadResult result = EventFileReader.read("fuzz.json", new ByteArrayInputStream(input));
                if (result.ok()) {
                    outcomes[0]++;
                    assertThat(result.file()).isNotNull();
                    assertThat(result.errors()).isEmpty();
                } else {
                    outcomes[1]++;
                    assertThat(result.errors()).as("mutation %d", i).isNotEmpty();
                    for (Problem p : result.errors()) {
                        assertThat(p.line()).as("line of %s", p).isPositive();
                        assertThat(p.column()).as("column of %s", p).isPositive();
                        assertThat(p.file()).isEqualTo("fuzz.json");
                    }
                }
                for (Problem p : result.problems()) {
                    assertPrintable(p.toString());
                }
            }
        });
        // Both outcomes occur, so the mutations neither all break nor all miss the structure.
        assertThat(outcomes[0]).isPositive();
        assertThat(outcomes[1]).isGreaterThan(outcomes[0]);
    }

    /** Property: whatever the input, no problem carries a raw control, separator or bidi character. */
    @Test
    void noProblemEverHoldsARawControlCharacter() {
        Random random = new Random(7);
        char[] nasty = {
            '\n', '\r', '\u001b', '\u0007', '\b', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\u202e', '\u2066',
            '\u200f', '\t'
        };
        for (int i = 0; i < 2000; i++) {
            StringBuilder value = new StringBuilder();
            for (int k = 0; k < 1 + random.nextInt(6); k++) {
                value.append(random.nextBoolean() ? "x" : "").append(nasty[random.nextInt(nasty.length)]);
            }
            String escaped = jsonEscape(value.toString());
            String field = switch (i % 6) {
                case 0 -> "\"start\": \"" + escaped + "\"";
                case 1 -> "\"category\": \"" + escaped + "\"";
                case 2 -> "\"" + escaped + "\": 1";
                case 3 -> "\"sources\": [\"" + escaped + "\"]";
                case 4 -> "\"end\": \"" + escaped + "\"";
                default -> "\"title\": {\"" + escaped + "\": \"t\"}";
            };
            String json = TestFiles.SYNTHETIC.replace("\"id\": \"b\",", "\"id\": \"b\", " + field + ",");
            for (Problem p : EventFileReader.read(
                            "fuzz\n" + escaped + ".json",
                            new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .problems()) {
                assertPrintable(p.toString());
            }
        }
        // Raw control characters outside strings and in a TimelineJS file too.
        byte[] raw = "{\"events\": [{\"start_date\": {\"year\": \"20\u001b[2J16\"}}]}\n\u001b]0;title\u0007"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (Problem p :
                EventFileReader.read("tl.json", new ByteArrayInputStream(raw)).problems()) {
            assertPrintable(p.toString());
        }
    }

    static void assertPrintable(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean control = c < 0x20
                    || (c >= 0x7f && c <= 0x9f)
                    || c == 0x2028
                    || c == 0x2029
                    || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200e
                    || c == 0x200f;
            assertThat(control).as("U+%04X at %d in %s", (int) c, k, text).isFalse();
        }
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Byte-level damage: invalid UTF-8, control bytes, byte-order marks, NULs, other encodings' patterns. */
    private static byte[] mutateBytes(byte[] seed, Random random) {
        byte[][] pieces = {
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            {(byte) 0xFF, (byte) 0xFE},
            {0},
            {0x1b, '['},
            {'\r'},
            {0x7f},
            {(byte) 0xE2, (byte) 0x80},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
            {(byte) 0xC2, (byte) 0x85}
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(seed.length + 16);
        int at = random.nextInt(seed.length);
        byte[] piece = pieces[random.nextInt(pieces.length)];
        if (random.nextInt(8) == 0) {
            out.writeBytes(piece);
            out.writeBytes(seed);
        } else {
            out.write(seed, 0, at);
            out.writeBytes(piece);
            out.write(seed, at, seed.length - at);
        }
        return out.toByteArray();
    }

    private static byte[] mutate(byte[] seed, Random random) {
        StringBuilder s = new StringBuilder(new String(seed, java.nio.charset.StandardCharsets.UTF_8));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && s.length() > 1; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> s.setCharAt(at, (char) (32 + random.nextInt(95)));
                case 3 -> s.setLength(at);
                default -> {
                    int end = Math.min(s.length(), at + random.nextInt(40));
                    String piece = s.substring(at, end);
                    s.insert(random.nextInt(s.length()), piece);
                }
            }
        }
        byte[] out = s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0 && out.length > 0) {
            out[random.nextInt(out.length)] = (byte) (0x80 + random.nextInt(0x80)); // a stray byte
        }
        return out;
    }
}
