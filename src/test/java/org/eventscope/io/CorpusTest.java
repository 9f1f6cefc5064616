package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eventscope.io.EventFileReader.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each malformed or hostile file of the corpus gives the expected positioned problem. */
class CorpusTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

    static Stream<Arguments> expectations() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1], f[2], f[3], f[4], f[5]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void givesTheExpectedProblem(
            String file, String severity, String line, String column, String path, String message) {
        Path input = CORPUS.resolve(file);
        LoadResult result = EventFileReader.read(input);
        if (severity.equals("ok")) {
            assertThat(result.problems()).isEmpty();
            assertThat(result.ok()).isTrue();
            return;
        }
        assertThat(result.problems()).as(file).isNotEmpty();
        assertThat(result.problems()).allMatch(p -> p.file().equals(input.toString()));
        assertThat(result.problems()).as("problems of %s", file).anySatisfy(p -> {
            assertThat(p.severity().name().toLowerCase()).isEqualTo(severity);
            assertThat(p.line()).isEqualTo(Integer.parseInt(line));
            assertThat(p.column()).isEqualTo(Integer.parseInt(column));
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).startsWith(message);
        });
        assertThat(result.ok()).isEqualTo(severity.equals("warning"));
    }

    @Test
    void everyCorpusFileIsListed() throws IOException {
        List<String> listed = expectations().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @Test
    void aStringOverTheLimitIsRefusedWithAPosition() {
        String json = "{\n  \"title\": \"" + "x".repeat(Json.MAX_STRING_LENGTH + 10) + "\"\n}";
        LoadResult result = EventFileReader.read("long.json", new ByteArrayInputStream(json.getBytes()));
        assertThat(result.ok()).isFalse();
        Problem p = result.errors().get(0);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isGreaterThan(1);
        assertThat(p.message()).contains("String value length").contains("exceeds the maximum allowed");
    }
}
