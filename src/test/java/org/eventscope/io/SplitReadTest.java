package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.IntFunction;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large event files are read in two parts at once ({@link SplitRead}). Whatever the second half
 * holds, the result must be the one a read in one part gives: the same events in the same order,
 * the same problems at the same lines and columns, the same SHA-256. The files here are
 * synthetic, made up for the test.
 */
class SplitReadTest {

    /** Events enough for an events array past {@link SplitRead#MIN_EVENTS_BYTES}. */
    private static final int EVENTS = 60_000;

    @TempDir
    Path dir;

    /** A synthetic event file whose event {@code i} is written as {@code event.apply(i)}; then {@code after}. */
    private Path file(String name, IntFunction<String> event, String after) throws IOException {
        return file(name, "", event, after);
    }

    private Path file(String name, String prefix, IntFunction<String> event, String after) throws IOException {
        StringBuilder b = new StringBuilder(EVENTS * 220);
        b.append(prefix)
                .append("{\n  \"formatVersion\": 1,\n  \"title\": \"Synthetic test file (made up)\",\n")
                .append("  \"displayZone\": \"Europe/Kyiv\",\n")
                .append("  \"sources\": [{\"id\": \"s1\", \"name\": \"Synthetic source\"}],\n")
                .append(
                        "  \"categories\": [{\"id\": \"talks\", \"name\": \"Talks\"}, {\"id\": \"vote\", \"name\": \"Vote\"}],\n")
                .append("  \"events\": [\n");
        for (int i = 0; i < EVENTS; i++) {
            b.append(i == 0 ? "    " : ",\n    ").append(event.apply(i));
        }
        b.append("\n  ]").append(after).append("\n}\n");
        Path file = dir.resolve(name);
        Files.writeString(file, b, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(SplitRead.MIN_EVENTS_BYTES);
        return file;
    }

    private static String event(int i) {
        return "{\"id\": \"e" + i + "\", \"title\": \"Synthetic event " + i + " with a title long enough to matter\","
                + " \"start\": \"2021-11-" + String.format(java.util.Locale.ROOT, "%02d", 1 + i % 28) + "T10:"
                + (10 + i % 50)
                + "\", \"category\": \""
                + (i % 3 == 0 ? "vote" : "talks") + "\", \"place\": \"Synthetic place " + (i % 17)
                + "\", \"sources\": [\"s1\"]}";
    }

    /** The file read as a stream: in one part, as a pipe is read. */
    private static EventFileReader.LoadResult onePart(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return EventFileReader.read(file.toString(), in, Files.size(file), ReadMonitor.NONE);
        }
    }

    /** Reads {@code file} by path (in two parts when it can) and in one part, and checks both agree. */
    private static EventFileReader.LoadResult agree(Path file) throws IOException {
        EventFileReader.LoadResult two = EventFileReader.read(file);
        EventFileReader.LoadResult one = onePart(file);
        assertThat(two.problems()).containsExactlyElementsOf(one.problems());
        assertThat(two.ok()).isEqualTo(one.ok());
        assertThat(two.sha256()).isEqualTo(one.sha256());
        if (one.ok()) {
            assertThat(ids(two.file())).containsExactlyElementsOf(ids(one.file()));
            assertThat(two.file().events().get(EVENTS - 1).start())
                    .isEqualTo(one.file().events().get(EVENTS - 1).start());
        }
        return two;
    }

    private static List<String> ids(EventFile f) {
        return f.events().stream().map(Event::id).toList();
    }

    @Test
    void theSecondHalfIsReadOnAnotherThreadAndJoinedInOrder() throws Exception {
        Path file = file(
                "clean.json",
                SplitReadTest::event,
                ",\n  \"eras\": [{\"id\": \"era\", \"title\": \"Synthetic era\","
                        + " \"start\": \"2021-11-01\", \"end\": \"2021-12-01\"}]");
        long size = Files.size(file);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ProblemList problems = new ProblemList();
        EventFile read;
        boolean leapt;
        List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        ReadMonitor watch = new ReadMonitor() {
            @Override
            public void progress(long bytesRead, long totalBytes) {
                seen.add(bytesRead);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try (SplitRead split = SplitRead.open(file, size, watch, sha);
                JsonParser p = Json.FACTORY.createParser(InputBytes.open(split.stream(), Long.MAX_VALUE))) {
            read = EventFileParser.parse(p, file.toString(), size, watch, problems, split);
            leapt = split.leapt();
            sha = split.digest();
        }
        assertThat(leapt).as("the stream leapt over the second half").isTrue();
        // However far the second thread had got when the reader last reported, the bar ends at the leap.
        long closingBracket = Files.readString(file).lastIndexOf("\n  ]");
        assertThat(seen).isNotEmpty().isSorted();
        assertThat(seen.get(seen.size() - 1)).isGreaterThan(closingBracket).isLessThanOrEqualTo(size);
        assertThat(problems).isEmpty();
        assertThat(read).isNotNull();
        assertThat(read.events()).hasSize(EVENTS);
        assertThat(ids(read))
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, EVENTS)
                        .mapToObj(i -> "e" + i)
                        .toList());
        assertThat(read.eras()).hasSize(1);
        assertThat(HexFormat.of().formatHex(sha.digest()))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        agree(file);
    }

    /** Reads {@code file} in two parts as the reader does, without reading it again: Restart when in doubt. */
    static ProblemList readTaken(Path file) throws Exception {
        long size = Files.size(file);
        ProblemList problems = new ProblemList();
        try (SplitRead split = SplitRead.open(file, size, ReadMonitor.NONE, MessageDigest.getInstance("SHA-256"));
                JsonParser p = Json.FACTORY.createParser(InputBytes.open(split.stream(), Long.MAX_VALUE))) {
            EventFileParser.parse(p, file.toString(), size, ReadMonitor.NONE, problems, split);
            assertThat(split.leapt()).isTrue();
        }
        return problems;
    }

    @Test
    void warningsAfterTheEventsAreMovedDownByTheLinesLeaptOverNotReadAgain() throws Exception {
        String after = ",\n  \"eras\": [{\"id\": \"era\", \"title\": \"Synthetic era\", \"colour\": \"red\","
                + "\n    \"start\": \"2021-11-01\", \"end\": \"2021-12-01\"}],\n  \"notAField\": true";
        for (String eol : List.of("\n", "\r\n", "\r")) {
            Path file = file("after.json", SplitReadTest::event, after);
            Files.writeString(file, Files.readString(file).replace("\n", eol));
            // Taken, with the warnings where a read in one part puts them, lines and columns.
            ProblemList taken = readTaken(file);
            EventFileReader.LoadResult one = onePart(file);
            assertThat(one.problems()).hasSize(2).allMatch(x -> !x.isError());
            assertThat(one.problems().get(0).line()).isGreaterThan(EVENTS);
            assertThat(taken).as(eol.replace("\r", "CR").replace("\n", "LF")).containsExactlyElementsOf(one.problems());
            agree(file);
        }
        // A warning on the line of the leap (after its ']') is read again: its column there is the stream's.
        Path sameLine = file("sameline.json", SplitReadTest::event, ", \"notAField\": true");
        assertThatThrownBy(() -> readTaken(sameLine)).isInstanceOf(SplitRead.Restart.class);
        assertThat(agree(sameLine).problems()).hasSize(1);
        // An error after the events, too.
        Path error = file("error.json", SplitReadTest::event, ",\n  \"eras\": [{\"id\": \"era\"}]");
        assertThatThrownBy(() -> readTaken(error)).isInstanceOf(SplitRead.Restart.class);
        assertThat(agree(error).ok()).isFalse();
    }

    @Test
    void problemsInTheSecondHalfAreReportedWhereAReadInOnePartReportsThem() throws IOException {
        EventFileReader.LoadResult r = agree(file(
                "problems.json",
                i -> switch (i) {
                    case 40_000 -> event(i).replace("\"category\": \"talks\"", "\"category\": \"nothing\"");
                    case 45_000 -> event(i).replace("\"start\": \"2021-11-", "\"start\": \"2021-13-");
                    case 50_000 -> event(i).replace("\"place\"", "\"unknown\": 1, \"place\"");
                    default -> event(i);
                },
                ""));
        assertThat(r.problems())
                .extracting(Problem::path)
                .containsExactly("/events/40000/category", "/events/45000/start", "/events/50000/unknown");
        assertThat(r.problems().get(0).line()).isEqualTo(40_008);
    }

    @Test
    void aWarningAloneInTheSecondHalfStillOpensTheFile() throws IOException {
        EventFileReader.LoadResult r = agree(file(
                "warning.json",
                i -> i == 59_000 ? event(i).replace("\"place\"", "\"extra\": true, \"place\"") : event(i),
                ""));
        assertThat(r.ok()).isTrue();
        assertThat(r.warningCount()).isEqualTo(1);
    }

    @Test
    void anIdGivenInBothHalvesIsADuplicateWhereItIsGivenSecond() throws IOException {
        EventFileReader.LoadResult r =
                agree(file("twice.json", i -> i == 55_000 ? event(i).replace("\"e55000\"", "\"e7\"") : event(i), ""));
        assertThat(r.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/events/55000/id");
            assertThat(p.message()).contains("/events/7/id");
        });
        // The first half repeating an id of the second half: the first half's is the first.
        EventFileReader.LoadResult back =
                agree(file("back.json", i -> i == 100 ? event(i).replace("\"e100\"", "\"e58000\"") : event(i), ""));
        assertThat(back.errors())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("/events/58000/id"));
    }

    @Test
    void laterListsSeeTheSecondHalfsIds() throws IOException {
        String reports =
                ",\n  \"troopReports\": [{\"id\": \"r1\", \"date\": \"2021-11-10\", \"reportedBy\": \"Synthetic\","
                        + " \"event\": \"e59999\", \"bands\": [{\"withinKm\": 200, \"troops\": 1000}]},"
                        + " {\"id\": \"e31000\", \"date\": \"2021-11-11\", \"reportedBy\": \"Synthetic\", \"event\": \"e99999\","
                        + " \"bands\": [{\"withinKm\": 200, \"troops\": 1000}]}]";
        EventFileReader.LoadResult r = agree(file("reports.json", SplitReadTest::event, reports));
        assertThat(r.errors()).extracting(Problem::path).containsExactly("/troopReports/1/id", "/troopReports/1/event");
    }

    @Test
    void aCutInsideAStringOrAnUnknownFieldIsFoundOutAndTheFileReadAgain() throws IOException {
        // Every event's description ends in what looks like a boundary between two events.
        agree(file("strings.json", i -> event(i).replace("\"place\"", "\"description\": \"a}, {\", \"place\""), ""));
        // Near the middle, an event carries, in a field no one knows, an array of events, each one valid.
        String decoys = java.util.stream.IntStream.range(0, 3000)
                .mapToObj(k -> event(900_000 + k))
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        EventFileReader.LoadResult r = agree(file(
                "decoy.json",
                i -> i == 29_000 ? event(i).replace("\"place\"", "\"decoys\": " + decoys + ", \"place\"") : event(i),
                ""));
        assertThat(r.ok()).isTrue();
        assertThat(r.file().events()).hasSize(EVENTS);
        assertThat(r.warningCount()).isEqualTo(1);
    }

    @Test
    void badBytesInTheSecondHalfAndAByteOrderMarkAreReportedAsInOnePart() throws IOException {
        Path bad = file("utf8.json", SplitReadTest::event, "");
        byte[] bytes = Files.readAllBytes(bad);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Synthetic event 50000 ");
        bytes[at + 2] = (byte) 0xC0;
        Files.write(bad, bytes);
        EventFileReader.LoadResult r = agree(bad);
        assertThat(r.errors())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("C0"));

        Path bom = file("bom.json", "\uFEFF", SplitReadTest::event, "");
        assertThat(agree(bom).file().events()).hasSize(EVENTS);
    }

    @Test
    void cancellingWhileTheSecondHalfIsReadStopsBothThreads() throws Exception {
        Path file = file("cancel.json", SplitReadTest::event, "");
        long size = Files.size(file);
        ReadMonitor cancelHalfWay = new ReadMonitor() {
            private volatile boolean cancelled;

            @Override
            public void progress(long bytesRead, long totalBytes) {
                if (bytesRead > totalBytes / 3) {
                    cancelled = true;
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        assertThatThrownBy(() -> EventFileReader.read(file, cancelHalfWay)).isInstanceOf(CancellationException.class);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("eventscope-read-second-half") && t.isAlive());
        // And a file read afterwards is whole.
        assertThat(EventFileReader.read(file).file().events()).hasSize(EVENTS);
        assertThat(size).isPositive();
    }
}
