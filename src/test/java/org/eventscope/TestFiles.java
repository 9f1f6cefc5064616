package org.eventscope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the project's own files, and synthetic event files for tests. */
public final class TestFiles {

    /** The bundled example, as users find it in the repository. */
    public static final Path GENEVA = Path.of("data", "geneva-2022.json");

    private TestFiles() {}

    /**
     * A small, valid, synthetic event file (it says so in its title): two events, one range, and
     * one troop report carried by the second event.
     */
    public static final String SYNTHETIC = """
            {
              "formatVersion": 1,
              "title": "Synthetic test file (not real events)",
              "displayZone": "UTC",
              "sources": [ { "id": "s1", "name": "Synthetic source", "url": "https://example.org/" } ],
              "events": [
                { "id": "a", "title": "Synthetic range", "start": "2020-03-01T08:00Z", "end": "2020-03-01T12:00Z",
                  "sources": ["s1"] },
                { "id": "b", "title": "Synthetic point", "start": "2020-03-05", "sources": ["s1"] }
              ],
              "troopReports": [
                { "id": "r1", "date": "2020-03-05", "reportedBy": "Synthetic reporter", "event": "b",
                  "sources": ["s1"], "bands": [ { "withinKm": 50, "troops": 1000 }, { "withinKm": 100, "troops": 3000 } ] }
              ]
            }
            """;

    /**
     * A named pipe at {@code fifo} (made here, with mkfifo) that a shell process feeds with the
     * bytes of {@code source} once a reader opens it, as {@code <(cat source)} would be fed.
     */
    public static Process fedPipe(Path fifo, Path source) throws IOException, InterruptedException {
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
            throw new IOException("mkfifo " + fifo + " failed");
        }
        return new ProcessBuilder("sh", "-c", "cat \"$0\" > \"$1\"", source.toString(), fifo.toString()).start();
    }

    public static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
