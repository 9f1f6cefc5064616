package org.eventscope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eventscope.io.EventFileReader;
import org.junit.jupiter.api.Test;

/** Every event file shipped under data/ is valid against the published schema and opens cleanly. */
class DataFilesTest {

    private static final Path SCHEMA = Path.of("docs", "event-file.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<Path> dataFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("data"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(MAPPER.readTree(SCHEMA.toFile()));
    }

    @Test
    void everyDataFileIsValidAgainstTheSchema() throws IOException {
        List<Path> files = dataFiles();
        assertThat(files).contains(TestFiles.GENEVA);
        JsonSchema schema = schema();
        for (Path file : files) {
            Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(file.toFile()));
            assertThat(errors).as(file.toString()).isEmpty();
        }
    }

    @Test
    void everyDataFileOpensWithoutProblemsButTheOneTheExampleShows() throws IOException {
        for (Path file : dataFiles()) {
            var problems = EventFileReader.read(file).problems();
            if (file.getFileName().toString().equals("troop-reports-example.json")) {
                // The example of the format shows how a report that contradicts itself is flagged.
                assertThat(problems).singleElement().satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(org.eventscope.io.Problem.Severity.WARNING);
                    assertThat(p.path()).isEqualTo("/troopReports/6/bands/1/troops");
                });
            } else {
                assertThat(problems).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        JsonNode bad = MAPPER.readTree(TestFiles.SYNTHETIC
                .replace("\"troops\": 1000", "\"troops\": \"1000\"")
                .replace("\"start\": \"2020-03-05\"", "\"start\": \"5 March 2020\""));
        Set<ValidationMessage> errors = schema().validate(bad);
        assertThat(errors)
                .extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString)
                .contains("$.troopReports[0].bands[0].troops", "$.events[1].start");
        assertThat(schema().validate(MAPPER.readTree(TestFiles.SYNTHETIC))).isEmpty();
    }

    @Test
    void theSchemaTakesAPictureAsTheReaderDoes() throws IOException {
        for (String url : new String[] {"pictures/talks.png", "https://example.org/a.jpg"}) {
            JsonNode good = MAPPER.readTree(TestFiles.SYNTHETIC.replace(
                    "\"start\": \"2020-03-05\"",
                    "\"start\": \"2020-03-05\", \"media\": {\"url\": \"" + url + "\", \"credit\": \"Synthetic\"}"));
            assertThat(schema().validate(good)).as(url).isEmpty();
        }
        for (String url : new String[] {"../a.png", "/etc/a.png", "javascript:alert(1)", "file:///a.png"}) {
            JsonNode bad = MAPPER.readTree(TestFiles.SYNTHETIC.replace(
                    "\"start\": \"2020-03-05\"", "\"start\": \"2020-03-05\", \"media\": {\"url\": \"" + url + "\"}"));
            assertThat(schema().validate(bad))
                    .as(url)
                    .extracting(m -> m.getInstanceLocation().toString())
                    .contains("$.events[1].media.url");
            assertThat(EventFileReader.read(
                                    "media.json",
                                    new java.io.ByteArrayInputStream(
                                            bad.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .errors())
                    .as("the reader refuses %s too", url)
                    .isNotEmpty();
        }
    }
}
