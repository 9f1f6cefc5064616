package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inputs a careless user or a hostile file gives the reader: pipes, bytes that are not UTF-8,
 * other encodings, huge counts of small problems, limits hidden where nothing is read, key orders
 * other tools write. Every one is refused or read with a clear, positioned message (synthetic data).
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private static LoadResult read(byte[] bytes) {
        return EventFileReader.read("x.json", new ByteArrayInputStream(bytes));
    }

    private static LoadResult read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    // ---- 1. every input is opened once -------------------------------------------------------

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aNamedPipeIsReadLikeAFile() throws Exception {
        Path fifo = dir.resolve("events.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(TestFiles.SYNTHETIC.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        writer.start();
        LoadResult result = EventFileReader.read(fifo);
        writer.join();
        assertThat(result.problems()).isEmpty();
        assertThat(result.file().events()).hasSize(2);
    }

    @Test
    void aStreamThatCannotRewindIsSniffedAndReadInOnePass() {
        // A TimelineJS file whose deciding key comes after 200 kB that both formats could start with.
        String timelineJs = "{\"eras\": [{\"x\": \"" + "a".repeat(200_000) + "\", \"start_date\": {\"year\": 2016},"
                + " \"end_date\": {\"year\": 2017}}], \"events\": [{\"start_date\": {\"year\": 2016},"
                + " \"text\": {\"headline\": \"Synthetic\"}}]}";
        LoadResult result = EventFileReader.read("tl.json", new OnePass(timelineJs.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.file().events()).extracting(e -> e.title()).containsExactly("Synthetic");
    }

    // ---- 3. the problem list is bounded --------------------------------------------------------

    @Test
    void aMillionBadDatesKeepAThousandProblemsAndCountTheRest() {
        int n = 200_000;
        StringBuilder json = new StringBuilder(TestFiles.SYNTHETIC.length() + n * 60);
        json.append(
                "{\"formatVersion\": 1, \"title\": \"Synthetic\", \"displayZone\": \"UTC\", \"sources\": [], \"events\": [");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"e")
                    .append(i)
                    .append("\", \"title\": \"t\", \"start\": \"bad\"}");
        }
        json.append("]}");
        LoadResult result = read(json.toString());
        assertThat(result.ok()).isFalse();
        assertThat(result.errorCount()).isEqualTo(n);
        assertThat(result.problems()).hasSize(ProblemList.LIMIT + 1);
        Problem summary = result.problems().get(ProblemList.LIMIT);
        assertThat(summary.isSummary()).isTrue();
        assertThat(summary.count()).isEqualTo(n - ProblemList.LIMIT);
        assertThat(summary.path()).isEqualTo("/events/*/start");
        assertThat(summary.toString())
                .startsWith("x.json: error: 199,000 errors left out of this list, like this one: "
                        + "\"bad\" is not an ISO 8601 time");
    }

    @Test
    void theFirstThousandInFileOrderAreKeptEvenWhenFoundLast() {
        // Troop reports at the top name events that do not exist: found only once the events are read.
        StringBuilder json =
                new StringBuilder("{\"formatVersion\": 1, \"title\": \"Synthetic\", \"displayZone\": \"UTC\",\n"
                        + "\"troopReports\": [{\"id\": \"r\", \"date\": \"2020\", \"reportedBy\": \"x\", \"event\": \"nowhere\","
                        + " \"bands\": [{\"withinKm\": 1, \"troops\": 1}]}],\n\"sources\": [], \"events\": [\n");
        for (int i = 0; i < 1500; i++) {
            json.append(i == 0 ? "" : ",\n")
                    .append("{\"id\": \"e")
                    .append(i)
                    .append("\", \"title\": \"t\", \"start\": \"bad\"}");
        }
        LoadResult result = read(json.append("]}").toString());
        assertThat(result.problems().get(0).line()).isEqualTo(2);
        assertThat(result.problems().get(0).message()).startsWith("unknown event \"nowhere\"");
        assertThat(result.problems().subList(0, ProblemList.LIMIT))
                .isSortedAccordingTo(
                        java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        assertThat(result.errorCount()).isEqualTo(1501);
        assertThat(result.problems().get(ProblemList.LIMIT).toString())
                .contains("501 errors left out")
                .contains("(the first of them at 1003:");
    }

    @Test
    void aKeyTwiceInsideAnUnknownFieldIsStillADuplicate() {
        LoadResult result = read(TestFiles.SYNTHETIC.replace(
                "\"displayZone\": \"UTC\",",
                "\"displayZone\": \"UTC\", \"zz\": {\"a\": 1, \"b\": [{\"c\": 1, \"c\": 2}], \"a\": 2},"));
        assertThat(result.ok()).isFalse();
        assertThat(result.errors())
                .extracting(Problem::message, Problem::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("duplicate key \"c\" in one object", "/zz"),
                        org.assertj.core.groups.Tuple.tuple("duplicate key \"a\" in one object", "/zz"));
    }

    @Test
    void unknownFieldsWithEndlessNamesAreCountedInBoundedKinds() {
        ProblemList list = new ProblemList(10);
        for (int i = 0; i < 10_000; i++) {
            list.add(new Problem(
                    Problem.Severity.WARNING, "x.json", i + 1, 1, "/events/" + i + "/field" + i, "unknown"));
        }
        assertThat(list.warningCount()).isEqualTo(10_000);
        assertThat(list.withSummary()).hasSize(10 + ProblemList.KINDS + 1);
        assertThat(Problem.count(list.withSummary(), Problem.Severity.WARNING)).isEqualTo(10_000);
    }

    @Test
    void anErrorAfterTheLimitStillRefusesTheFile() {
        StringBuilder json =
                new StringBuilder("{\"formatVersion\": 1, \"title\": \"Synthetic\", \"displayZone\": \"UTC\", ");
        for (int i = 0; i < ProblemList.LIMIT + 5; i++) {
            json.append("\"unknown").append(i).append("\": 1, ");
        }
        json.append("\"sources\": [], \"events\": [{\"id\": \"a\", \"title\": \"t\", \"start\": \"2021-13\"}]}");
        LoadResult result = read(json.toString());
        assertThat(result.problems().subList(0, ProblemList.LIMIT)).noneMatch(Problem::isError);
        assertThat(result.ok()).isFalse();
        assertThat(result.errorCount()).isEqualTo(1);
    }

    // ---- 6 and 14. bytes and encodings ---------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "c0af, an overlong form, C0 AF",
        "c1bf, an overlong form, C1 BF",
        "e08080, an overlong form, E0 80 80",
        "f0808080, an overlong form, F0 80 80 80",
        "eda080, a UTF-16 surrogate, ED A0 80",
        "edbfbf, a UTF-16 surrogate, ED BF BF",
        "f4908080, a code point above U+10FFFF, F4 90 80 80",
        "f5808080, a code point above U+10FFFF, F5 80 80 80",
        "80, a continuation byte where a character should start, 80",
        "c328, a character cut short, C3 28",
        "e282e2, a character cut short, E2 82 E2",
    })
    void invalidUtf8IsRefusedWithTheByteOffset(String hex, String what, String bytes) {
        byte[] head = "{\"formatVersion\": 1,\n \"title\": \"ab".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        LoadResult result = read(out.toByteArray());
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).hasSize(1);
        Problem p = result.errors().get(0);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(head.length - 21 + 1);
        assertThat(p.message())
                .isEqualTo("invalid UTF-8 at byte offset " + head.length + ": " + what + " (bytes " + bytes
                        + "); event files must be UTF-8 text");
    }

    @Test
    void linesAndColumnsAreCountedOverLongAndShortLines() {
        java.util.Random random = new java.util.Random(3);
        StringBuilder text = new StringBuilder("{\"title\": \"");
        int lines = 1;
        for (int i = 0; i < 2000; i++) {
            text.append("x".repeat(random.nextInt(40)))
                    .append(random.nextInt(5) == 0 ? "é" : "")
                    .append("\\n");
        }
        text.append("\",\n");
        lines++;
        for (int i = 0; i < 500; i++) {
            text.append(" ".repeat(random.nextInt(30))).append('\n');
            lines++;
        }
        String head = text.append("  \"x\": \"ab").toString();
        byte[] bytes = (head + "\u0000").getBytes(StandardCharsets.UTF_8);
        Problem p = read(bytes).errors().get(0);
        assertThat(p.line()).isEqualTo(lines);
        assertThat(p.column()).isEqualTo(11);
        assertThat(p.message()).startsWith("a NUL byte at byte offset " + (bytes.length - 1));
    }

    @Test
    void linesEndAtCrLfAndCrLfAsTheParserCountsThem() {
        byte[] bytes = "{\r\"a\":\r1,\r\"b\":\r\n\"x\u0000\"}".getBytes(StandardCharsets.UTF_8);
        Problem p = read(bytes).errors().get(0);
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.column()).isEqualTo(3);
        // Long CR-only and CR LF files, over many buffer fills.
        for (String eol : new String[] {"\r", "\r\n", "\n"}) {
            String text =
                    "{\"title\": \"t\"," + eol + "\"k\": [" + ("1," + eol).repeat(50_000) + "1], \"x\": \"\u0000\"}";
            Problem q = read(text).errors().get(0);
            assertThat(q.line())
                    .as("line ends %s", eol.replace("\r", "CR").replace("\n", "LF"))
                    .isEqualTo(50_002);
            assertThat(q.column()).isEqualTo(11);
        }
    }

    @Test
    void aCharacterCutAfterAWholeDocumentIsTheEndOfTheInputNotBadJson() {
        byte[] bytes = "{\"formatVersion\": 1}\u00e2".getBytes(StandardCharsets.ISO_8859_1);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        cut[cut.length - 1] = (byte) 0x82;
        assertThat(read(cut).errors())
                .singleElement()
                .extracting(Problem::message)
                .isEqualTo(
                        "invalid UTF-8 at byte offset 20: the input ends inside a character (bytes E2 82); event files must be UTF-8 text");
        byte[] bomInside = " \u00ef\u00bb\u00bf{}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(read(bomInside).errors().get(0).message())
                .doesNotContain("not UTF-8")
                .contains("byte-order mark in the middle");
    }

    @Test
    void aSequenceCutByTheEndOfTheInputIsRefused() {
        LoadResult result = read(new byte[] {'{', '"', (byte) 0xE2, (byte) 0x82});
        assertThat(result.errors().get(0).message())
                .startsWith("invalid UTF-8 at byte offset 2: the input ends inside a character");
    }

    @Test
    void validUtf8OfEveryLengthPasses() {
        LoadResult result = read(TestFiles.SYNTHETIC.replace("Synthetic point", "é ї € 𝄞 \uFFFD"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.file().events().get(1).title()).isEqualTo("é ї € 𝄞 \uFFFD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "7b0000002200000061000000, the file is UTF-32LE",
        "0000007b0000002200000061, the file is UTF-32BE",
        "7b00220061002200, the file is UTF-16LE",
        "007b002200610022, the file is UTF-16BE",
        "fffe7b002200, the file is UTF-16LE",
        "feff007b0022, the file is UTF-16BE",
        "fffe00007b000000, the file is UTF-32LE",
        "0a00000000, a NUL byte at byte offset 1",
        "efbbbf, the file is empty",
        "efbbbf20200a, the file is empty",
    })
    void encodingsAreNamedRightly(String hex, String message) {
        LoadResult result = read(HexFormat.of().parseHex(hex));
        assertThat(result.ok()).isFalse();
        assertThat(result.errors().get(0).message()).startsWith(message);
    }

    @Test
    void randomBytesGetAPlainMessage() {
        LoadResult result = read(new byte[] {'x', 'y', 'z', '!'});
        assertThat(result.errors().get(0).message())
                .doesNotContain("valid value a JSON value")
                .endsWith("was expecting a JSON value (string, number, array, object, true, false or null)");
    }

    @Test
    void aStreamOverTheLimitIsToldInBytes() {
        assertThat(InputBytes.tooLarge(EventFileReader.MAX_FILE_BYTES))
                .isEqualTo("the input is larger than 536,870,912 bytes (512 MiB), the most that can be opened");
    }

    @Test
    void aFileOneByteOverTheLimitSaysHowBigItIs() throws IOException {
        Path big = dir.resolve("big.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(EventFileReader.MAX_FILE_BYTES + 1); // sparse: takes no disk space
        }
        assertThat(EventFileReader.read(big).problems())
                .singleElement()
                .extracting(Problem::message)
                .isEqualTo("the file is 536,870,913 bytes; at most 536,870,912 bytes (512 MiB) can be opened");
    }

    @Test
    void aStreamPastTheLimitIsStopped() {
        byte[] big = new byte[4096];
        java.util.Arrays.fill(big, (byte) ' ');
        Utf8Check check = new Utf8Check(new ByteArrayInputStream(big), 0, 1000, "too large");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> check.readAllBytes()))
                .isInstanceOf(InputException.class)
                .hasMessage("too large");
    }

    @Test
    void unreadableFilesSayWhy() {
        assertThat(EventFileReader.reason(new AccessDeniedException("/x.json")))
                .isEqualTo("cannot read the file: permission denied");
        assertThat(EventFileReader.read(dir.resolve("absent.json"))
                        .problems()
                        .get(0)
                        .message())
                .isEqualTo("no such file");
        assertThat(EventFileReader.read(dir).problems().get(0).message()).isEqualTo("this is a folder, not a file");
        assertThat(EventFileReader.read(dir).readable()).isFalse();
    }

    // ---- 10 and 17. limits everywhere, positions where the string starts -----------------------

    @Test
    void theStringLimitHoldsInsideUnknownFieldsAndArrays() {
        String huge = "x".repeat(Json.MAX_STRING_LENGTH + 1);
        for (String json : new String[] {
            TestFiles.SYNTHETIC.replace(
                    "\"displayZone\": \"UTC\",", "\"displayZone\": \"UTC\", \"extra\": \"" + huge + "\","),
            TestFiles.SYNTHETIC.replace(
                    "\"displayZone\": \"UTC\",", "\"displayZone\": \"UTC\", \"extra\": [{\"a\": [\"" + huge + "\"]}],"),
            TestFiles.SYNTHETIC.replace("\"id\": \"b\",", "\"id\": \"b\", \"extra\": \"" + huge + "\","),
            TestFiles.SYNTHETIC.replace(
                    "\"sources\": [\"s1\"] }", "\"sources\": [\"s1\"], \"title\": \"" + huge + "\" }"),
            // Shared ids and actors are read as the parser's characters, not as strings: the limit holds there too.
            TestFiles.SYNTHETIC.replace(
                    "\"sources\": [\"s1\"] }", "\"sources\": [\"s1\"], \"category\": \"" + huge + "\" }"),
            TestFiles.SYNTHETIC.replace("\"sources\": [\"s1\"] }", "\"sources\": [\"s1\", \"" + huge + "\"] }"),
            TestFiles.SYNTHETIC.replace(
                    "\"sources\": [\"s1\"] }", "\"sources\": [\"s1\"], \"actors\": [\"" + huge + "\"] }")
        }) {
            LoadResult result = read(json);
            assertThat(result.ok()).isFalse();
            assertThat(result.errors()).anySatisfy(p -> assertThat(p.message()).contains("String value length"));
        }
    }

    @Test
    void aTooLongStringIsReportedWhereItStarts() {
        String json = "{\n  \"formatVersion\": 1,\n  \"title\": \"" + "x".repeat(Json.MAX_STRING_LENGTH + 10) + "\"\n}";
        Problem p = read(json).errors().get(0);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(12);
        Problem unknown = read("{\"formatVersion\": 1,\n \"zzz\": \"" + "y".repeat(Json.MAX_STRING_LENGTH + 10) + "\"}")
                .errors()
                .get(0);
        assertThat(unknown.line()).isEqualTo(2);
        assertThat(unknown.column()).isEqualTo(9);
    }

    // ---- 12. the format does not depend on key order -------------------------------------------

    @Test
    void anEventFileWithKeysInAnyOrderIsNotTakenForTimelineJs() {
        String eraFirst = """
                {"eras": [{"id": "era", "title": "Synthetic era", "start": "2020", "end": "2021"}],
                 "formatVersion": 1, "title": "Synthetic", "displayZone": "UTC", "sources": [],
                 "events": [{"id": "a", "title": "t", "start": "2020-03"}]}
                """;
        String titleFirst = """
                {"title": {"en": "Synthetic", "uk": "Синтетичний"}, "events": [{"id": "a", "title": "t", "start": "2020-03"}],
                 "formatVersion": 1, "displayZone": "UTC", "sources": []}
                """;
        for (String json : new String[] {eraFirst, titleFirst}) {
            LoadResult result = read(json);
            assertThat(result.problems()).as(json).isEmpty();
            assertThat(result.file().events()).hasSize(1);
        }
    }

    @Test
    void timelineJsIsRecognisedWhateverComesFirst() {
        String json = """
                {"eras": [{"start_date": {"year": 2016}, "end_date": {"year": 2017}}],
                 "events": [{"start_date": {"year": 2016}, "text": {"headline": "Synthetic"}}]}
                """;
        assertThat(read(json).file().eras()).hasSize(1);
        String titleSlide = """
                {"title": {"text": {"headline": "Synthetic"}}, "events": [{"start_date": {"year": 2016}}]}
                """;
        assertThat(read(titleSlide).file().title()).isEqualTo("Synthetic");
    }

    // ---- 18. text from the file never reaches a terminal raw -----------------------------------

    @Test
    void controlCharactersInValuesAreEscapedInMessages() {
        String json = TestFiles.SYNTHETIC.replace(
                "\"start\": \"2020-03-05\"", "\"start\": \"x\\nevil.json:9:9: error: forged\\u001b[31m\\r\\u202e\"");
        Problem p = read(json).errors().get(0);
        assertThat(p.message())
                .contains("x\\nevil.json:9:9: error: forged\\u001b[31m\\r\\u202e")
                .doesNotContain("\n")
                .doesNotContain("\u001b")
                .doesNotContain("\r")
                .doesNotContain("\u202e");
        assertThat(p.toString().lines()).hasSize(1);
        Problem named = new Problem(Problem.Severity.ERROR, "a\nb.json", 1, 1, "/x\u0007", "m\u009b");
        assertThat(named.toString()).isEqualTo("a\\nb.json:1:1: error: m\\u009b (at /x\\u0007)");
    }

    /** A stream that can be read once and never rewound, as a pipe. */
    private static final class OnePass extends InputStream {
        private final ByteArrayInputStream in;

        OnePass(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
