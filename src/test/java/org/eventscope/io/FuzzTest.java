package org.eventscope.io;

import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader.LoadResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Mutates valid event files at random (a fixed seed, so failures repeat) and checks that the
 * reader never throws, never hangs, and always gives either a document or a positioned error.
 */
class FuzzTest {

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-1", "1e99",
            "0.5", "\"2021-02-30\"", "\"\"", "\u0000", "\uD800", "é", "//", "/*", "\n", "99999999999999999999999"};

    @Test
    void mutatedFilesNeverCrashOrHang() throws IOException {
        byte[][] seeds = {Files.readAllBytes(TestFiles.GENEVA), TestFiles.SYNTHETIC.getBytes(),
                Files.readAllBytes(CorpusTest.CORPUS.resolve("valid.json"))};
        Random random = new Random(20220110);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 3000; i++) {
                byte[] input = mutate(seeds[i % seeds.length], random);
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
            }
        });
        // Both outcomes occur, so the mutations neither all break nor all miss the structure.
        assertThat(outcomes[0]).isPositive();
        assertThat(outcomes[1]).isGreaterThan(outcomes[0]);
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
