package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs for the read in two parts ({@link SplitRead}): whatever a large file holds around
 * its middle, after its events or at the cut, a read by path gives what a read as a stream (in one
 * part) gives, no second thread is left running, and progress never goes back. The files are
 * synthetic, made up for the test.
 */
class SplitReadHostileTest {

    private static final int EVENTS = 60_000;

    @TempDir
    Path dir;

    private static final String HEAD = "{\n  \"formatVersion\": 1,\n  \"title\": \"Synthetic\",\n"
            + "  \"displayZone\": \"Europe/Kyiv\",\n"
            + "  \"sources\": [{\"id\": \"s1\", \"name\": \"Synthetic source\"}],\n"
            + "  \"categories\": [{\"id\": \"talks\", \"name\": \"Talks\"}, {\"id\": \"vote\", \"name\": \"Vote\"}],\n";

    private static String event(int i) {
        return "{\"id\": \"e" + i + "\", \"title\": \"Synthetic event " + i + " with a title long enough to matter\","
                + " \"start\": \"2021-11-" + String.format(Locale.ROOT, "%02d", 1 + i % 28) + "T10:"
                + (10 + i % 50)
                + "\", \"category\": \""
                + (i % 3 == 0 ? "vote" : "talks") + "\", \"place\": \"Synthetic place " + (i % 17)
                + "\", \"sources\": [\"s1\"]}";
    }

    /** An event with no references at all. */
    private static String plain(int i) {
        return "{\"id\": \"e" + i + "\", \"title\": \"Synthetic event " + i + " with a title long enough to matter\","
                + " \"start\": \"2021-11-" + String.format(Locale.ROOT, "%02d", 1 + i % 28) + "T10:"
                + (10 + i % 50)
                + "\", \"place\": \"Synthetic place " + (i % 17) + " and some more words to be long\"}";
    }

    private Path write(String name, String head, int count, IntFunction<String> event, String after, String eol)
            throws IOException {
        StringBuilder b = new StringBuilder(count * 230);
        b.append(head).append("  \"events\": [\n");
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "    " : ",\n    ").append(event.apply(i));
        }
        b.append("\n  ]").append(after).append("\n}\n");
        String text = b.toString();
        if (!eol.equals("\n")) {
            text = text.replace("\n", eol);
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path write(String name, IntFunction<String> event, String after) throws IOException {
        return write(name, HEAD, EVENTS, event, after, "\n");
    }

    private static EventFileReader.LoadResult onePart(Path file, ReadMonitor m) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return EventFileReader.read(file.toString(), in, Files.size(file), m);
        }
    }

    private static EventFileReader.LoadResult agree(Path file) throws IOException {
        EventFileReader.LoadResult two = EventFileReader.read(file);
        EventFileReader.LoadResult one = onePart(file, ReadMonitor.NONE);
        assertThat(two.problems()).as(file.toString()).containsExactlyElementsOf(one.problems());
        assertThat(two.ok()).as(file.toString()).isEqualTo(one.ok());
        assertThat(two.sha256()).as(file.toString()).isEqualTo(one.sha256());
        if (one.ok()) {
            assertThat(two.file()).as(file.toString()).isEqualTo(one.file());
            assertThat(two.file().events()).containsExactlyElementsOf(one.file().events());
        }
        assertNoSecondThread();
        return two;
    }

    private static void assertNoSecondThread() {
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("eventscope-read-second-half") && t.isAlive());
    }

    /** Where begin() will cut: [cut, resume]; -1 if none. */
    private static long[] cutOf(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int bracket = s.indexOf("\"events\": [") + "\"events\": ".length();
        long middle = bracket + (b.length - bracket) / 2L;
        for (int i = (int) middle; i < b.length - 4; i++) {
            if (b[i] == '}') {
                int j = i + 1;
                while (b[j] == ' ' || b[j] == '\n' || b[j] == '\r' || b[j] == '\t') {
                    j++;
                }
                if (b[j] == ',') {
                    int k = j + 1;
                    while (b[k] == ' ' || b[k] == '\n' || b[k] == '\r' || b[k] == '\t') {
                        k++;
                    }
                    if (b[k] == '{' && (b[k + 1] == '"' || b[k + 1] == '}')) {
                        return new long[] {i + 1, k};
                    }
                }
            }
        }
        return new long[] {-1, -1};
    }

    // ---- attacks ---------------------------------------------------------------------------

    @Test
    void lineEndingsAndBom() throws IOException {
        IntFunction<String> bad = i -> switch (i) {
            case 100 -> event(i).replace("\"category\": \"talks\"", "\"category\": \"nothing\"");
            case 45_000 -> event(i).replace("\"start\": \"2021-11-", "\"start\": \"2021-13-");
            default -> event(i);
        };
        agree(write("crlf.json", HEAD, EVENTS, bad, "", "\r\n"));
        agree(write("cr.json", HEAD, EVENTS, bad, "", "\r"));
        agree(write("crclean.json", HEAD, EVENTS, SplitReadHostileTest::event, "", "\r"));
        agree(write("bom.json", "\uFEFF" + HEAD, EVENTS, bad, ",\n \"bogus\": 1", "\n"));
        agree(write("bomclean.json", "\uFEFF" + HEAD, EVENTS, SplitReadHostileTest::event, "", "\r\n"));
    }

    @Test
    void listsAfterTheEvents() throws IOException {
        String headNoLists =
                "{\n  \"formatVersion\": 1,\n  \"title\": \"Synthetic\",\n" + "  \"displayZone\": \"Europe/Kyiv\",\n";
        String lists = ",\n  \"sources\": [{\"id\": \"s1\", \"name\": \"S\"}],\n"
                + "  \"categories\": [{\"id\": \"talks\", \"name\": \"Talks\"}, {\"id\": \"vote\", \"name\": \"Vote\"}]";
        agree(write("after.json", headNoLists, EVENTS, SplitReadHostileTest::event, lists, "\n"));
        agree(write(
                "afterbad.json",
                headNoLists,
                EVENTS,
                i -> i == 50_000 ? event(i).replace("\"s1\"", "\"s2\"") : event(i),
                lists,
                "\n"));
        // A source declared after the events with the id of a second-half event.
        agree(write(
                "afterdup.json",
                HEAD.replace("  \"sources\": [{\"id\": \"s1\", \"name\": \"Synthetic source\"}],\n", ""),
                EVENTS,
                SplitReadHostileTest::plain,
                ",\n  \"sources\": [{\"id\": \"e59000\", \"name\": \"S\"}]",
                "\n"));
        // Eras and reports after, one era repeating a first-half id and one a second-half id.
        agree(
                write(
                        "eras.json",
                        SplitReadHostileTest::plain,
                        ",\n  \"eras\": [{\"id\": \"e5\", \"title\": \"A\", \"start\": \"2021-11-01\", \"end\": \"2021-12-01\"},"
                                + "{\"id\": \"e50000\", \"title\": \"A\", \"start\": \"2021-11-01\", \"end\": \"2021-12-01\"}]"));
        // The display zone after the events.
        agree(write(
                "zone.json",
                HEAD.replace("  \"displayZone\": \"Europe/Kyiv\",\n", ""),
                EVENTS,
                SplitReadHostileTest::event,
                ",\n  \"displayZone\": \"Europe/Kyiv\"",
                "\n"));
        // Troop reports before the events pointing at second-half events, one missing.
        agree(write(
                "reportsbefore.json",
                HEAD + "  \"troopReports\": [{\"id\": \"r1\", \"date\": \"2021-11-10\", \"reportedBy\": \"S\","
                        + " \"event\": \"e59999\", \"bands\": [{\"withinKm\": 200, \"troops\": 1000}]},"
                        + " {\"id\": \"r2\", \"date\": \"2021-11-10\", \"reportedBy\": \"S\","
                        + " \"event\": \"e60001\", \"bands\": [{\"withinKm\": 200, \"troops\": 1000}]}],\n",
                EVENTS,
                SplitReadHostileTest::event,
                "",
                "\n"));
        // An id of the second half given by an era before the events.
        agree(write(
                "erabefore.json",
                HEAD + "  \"eras\": [{\"id\": \"e59990\", \"title\": \"A\", \"start\": \"2021-11-01\","
                        + " \"end\": \"2021-12-01\"}],\n",
                EVENTS,
                SplitReadHostileTest::event,
                "",
                "\n"));
    }

    @Test
    void idsThatAllShareOneHashAreReadInTimeAndTheirDuplicatesFound() throws IOException {
        // 2^17 ids of "Aa" and "BB" pairs: one String.hashCode. A table that walked along them would take hours.
        int n = 1 << 17;
        IntFunction<String> colliding =
                i -> plain(i).replace("\"e" + i + "\"", "\"" + IdTableTest.collidingId(i, 17) + "\"");
        EventFileReader.LoadResult r = agree(write("colliding.json", HEAD, n, colliding, "", "\n"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.file().events()).hasSize(n);
        // The same, with an id of the first half given again in the second and a later era.
        EventFileReader.LoadResult dup = agree(write(
                "colliding-dup.json",
                HEAD,
                n,
                i -> colliding.apply(i == n - 10 ? 10 : i),
                ",\n  \"eras\": [{\"id\": \"" + IdTableTest.collidingId(n - 3, 17)
                        + "\", \"title\": \"A\", \"start\": \"2021-11-01\", \"end\": \"2021-12-01\"}]",
                "\n"));
        assertThat(dup.errors()).extracting(Problem::path).containsExactly("/events/" + (n - 10) + "/id", "/eras/0/id");
    }

    @Test
    void duplicatesInBothDirections() throws IOException {
        agree(write(
                "three.json",
                i -> switch (i) {
                    case 10, 20 -> event(i).replace("\"e" + i + "\"", "\"e50000\"");
                    case 55_000 -> event(i).replace("\"e55000\"", "\"e50000\"");
                    default -> event(i);
                },
                ""));
        agree(write(
                "withinsecond.json", i -> i == 59_000 ? event(i).replace("\"e59000\"", "\"e40000\"") : event(i), ""));
        agree(write("source.json", i -> i == 45_000 ? event(i).replace("\"e45000\"", "\"s1\"") : event(i), ""));
        agree(write(
                "many.json",
                i -> i >= 30_500 && i < 31_500
                        ? event(i).replace("\"e" + i + "\"", "\"e" + (i - 30_400) + "\"")
                        : event(i),
                ""));
    }

    @Test
    void brokenShapes() throws IOException {
        Path clean = write("clean.json", SplitReadHostileTest::event, "");
        byte[] b = Files.readAllBytes(clean);
        // Truncated in the second half.
        Path truncated = dir.resolve("truncated.json");
        Files.write(truncated, java.util.Arrays.copyOf(b, b.length * 3 / 4));
        agree(truncated);
        // Truncated right at the closing bracket.
        Path noEnd = dir.resolve("noend.json");
        Files.write(noEnd, java.util.Arrays.copyOf(b, b.length - 3));
        agree(noEnd);
        // Trailing garbage after the root.
        agree(appended("trailing2.json", b, " x"));
        agree(appended("trailing3.json", b, "{}"));
        agree(appended("trailing4.json", b, "]"));
        // A second events key.
        agree(write("twokeys.json", SplitReadHostileTest::event, ",\n  \"events\": []"));
        // Non-object items in the second half.
        agree(write("items.json", i -> i == 50_000 ? "5" : i == 50_001 ? "null" : event(i), ""));
        // An error in the first half, the second half clean.
        agree(write("firstbad.json", i -> i == 10 ? event(i).replace("\"start\"", "\"stat\"") : event(i), ""));
        // Syntax error in the first half.
        agree(write("syntax.json", i -> i == 10 ? event(i).replace("\"title\":", "\"title\"") : event(i), ""));
        // The events array holds nothing after a first few, then a huge unknown array.
        agree(write(
                "bigunknown.json",
                HEAD,
                10,
                SplitReadHostileTest::event,
                ",\n  \"more\": ["
                        + java.util.stream.IntStream.range(100, 60_100)
                                .mapToObj(SplitReadHostileTest::plain)
                                .collect(java.util.stream.Collectors.joining(",\n"))
                        + "]",
                "\n"));
        // Eras after the events that parse as events (no color).
        agree(write(
                "bigeras.json",
                HEAD,
                10,
                SplitReadHostileTest::event,
                ",\n  \"eras\": ["
                        + java.util.stream.IntStream.range(100, 60_100)
                                .mapToObj(i -> "{\"id\": \"era" + i + "\", \"title\": \"Era " + i
                                        + " with a long title to be long enough\", \"start\": \"2021-11-01\","
                                        + " \"end\": \"2021-11-02\"}")
                                .collect(java.util.stream.Collectors.joining(",\n"))
                        + "]",
                "\n"));
    }

    private Path appended(String name, byte[] b, String tail) throws IOException {
        Path p = dir.resolve(name);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(b, b.length + t.length);
        System.arraycopy(t, 0, all, b.length, t.length);
        Files.write(p, all);
        return p;
    }

    @Test
    void badBytesAtTheCut() throws IOException {
        Path clean = write("clean.json", SplitReadHostileTest::event, "");
        byte[] b = Files.readAllBytes(clean);
        long[] cr = cutOf(b);
        assertThat(cr[0]).isPositive();
        int cut = (int) cr[0];
        int resume = (int) cr[1];
        int[] places = {cut - 4, cut - 2, cut, resume + 1, resume + 3, resume + 10, cut - 200};
        byte[][] bads = {{0}, {(byte) 0xC0}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}};
        int n = 0;
        for (int at : places) {
            for (byte[] bad : bads) {
                byte[] c = b.clone();
                System.arraycopy(bad, 0, c, at, bad.length);
                Path p = dir.resolve("bad" + n++ + ".json");
                Files.write(p, c);
                agree(p);
            }
        }
    }

    @Test
    void middleInsideNestedValues() throws IOException {
        // Titles by language, actors as objects, media: many '}, {"' inside every event.
        agree(write(
                "nested.json",
                i -> "{\"id\": \"e" + i + "\", \"title\": {\"en\": \"Event " + i + "\", \"uk\": \"Podia " + i + "\"},"
                        + " \"start\": \"2021-11-02\", \"actors\": [{\"en\": \"A\", \"uk\": \"B\"}, {\"en\": \"C\"},"
                        + " {\"en\": \"D\"}], \"media\": {\"url\": \"https://example.org/" + i + ".png\"}}",
                ""));
        // Unknown field holding an event-like array, in every event.
        agree(write(
                "decoys.json",
                i -> plain(i).replace(
                                "\"place\"",
                                "\"x\": [{\"id\": \"q" + i + "\", \"title\": \"t\", \"start\": \"2021-01-01\"},"
                                        + " {\"id\": \"r" + i
                                        + "\", \"title\": \"t\", \"start\": \"2021-01-01\"}], \"place\""),
                ""));
        // One huge description at the middle, full of '}, {}' and escaped quotes.
        String big = "}, {} }, {\\\"id\\\": 1} ".repeat(40_000);
        agree(write(
                "string.json",
                i -> i == 30_000
                        ? plain(i).replace("\"place\"", "\"description\": \"" + big + "\", \"place\"")
                        : plain(i),
                ""));
    }

    @Test
    void justAboveTheThreshold() throws IOException {
        int count = (int) (SplitRead.MIN_EVENTS_BYTES / 215) + 200;
        for (int extra = 0; extra < 3; extra++) {
            int c = count + extra * 150;
            Path p = write(
                    "small" + extra + ".json",
                    HEAD,
                    c,
                    i -> i == c - 2 ? event(i).replace("\"e" + i + "\"", "\"e3\"") : event(i),
                    "",
                    "\n");
            agree(p);
        }
    }

    @Test
    void namesThatAreNotJson() throws IOException {
        IntFunction<String> bad = i -> i == 45_000 ? event(i).replace("\"e45000\"", "\"e7\"") : event(i);
        Path a = write("events.txt", bad, "");
        agree(a);
        Path b = dir.resolve("noext");
        Files.copy(a, b);
        agree(b);
        Path c = write("clean.txt", SplitReadHostileTest::event, "");
        agree(c);
    }

    // ---- progress and cancelling -------------------------------------------------------------

    private static final class Recording implements ReadMonitor {
        final List<Long> seen = new ArrayList<>();
        final long cancelAt;

        Recording(long cancelAt) {
            this.cancelAt = cancelAt;
        }

        private volatile boolean cancelled;

        @Override
        public synchronized void progress(long bytesRead, long totalBytes) {
            seen.add(bytesRead);
            if (bytesRead >= cancelAt) {
                cancelled = true;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        synchronized List<Long> decreases() {
            List<Long> out = new ArrayList<>();
            for (int i = 1; i < seen.size(); i++) {
                if (seen.get(i) < seen.get(i - 1)) {
                    out.add(seen.get(i - 1));
                    out.add(seen.get(i));
                }
            }
            return out;
        }
    }

    @Test
    void progressNeverDecreasesWhenTheHalfIsLeft() throws IOException {
        String headNoLists =
                "{\n  \"formatVersion\": 1,\n  \"title\": \"Synthetic\",\n" + "  \"displayZone\": \"Europe/Kyiv\",\n";
        Path p = write(
                "readon.json",
                headNoLists,
                EVENTS,
                SplitReadHostileTest::event,
                ",\n  \"sources\": [{\"id\": \"s1\", \"name\": \"S\"}],\n  \"categories\": [{\"id\": \"talks\","
                        + " \"name\": \"T\"}, {\"id\": \"vote\", \"name\": \"V\"}]",
                "\n");
        assertProgressNeverDecreases(p, "read on");
    }

    @Test
    void progressNeverDecreasesWhenTheFileIsReadAgain() throws Exception {
        // A warning on the line of the events' ']': a warning after it would be moved down, not read again.
        Path p = write("restart.json", SplitReadHostileTest::event, ", \"bogus\": 1");
        assertThatThrownBy(() -> SplitReadTest.readTaken(p)).isInstanceOf(SplitRead.Restart.class);
        assertProgressNeverDecreases(p, "restart");
    }

    private static void assertProgressNeverDecreases(Path p, String how) {
        Recording r = new Recording(Long.MAX_VALUE);
        EventFileReader.read(p, r);
        assertThat(r.decreases())
                .as("progress went back (" + how + "): " + r.seen)
                .isEmpty();
    }

    @Test
    void cancellingAtManyPoints() throws IOException {
        Path p = write("cancel.json", SplitReadHostileTest::event, ",\n  \"bogus\": 1");
        long size = Files.size(p);
        for (int k = 1; k < 10; k++) {
            Recording r = new Recording(size * k / 10);
            try {
                EventFileReader.read(p, r);
            } catch (CancellationException expected) {
                // fine
            }
            assertNoSecondThread();
        }
        // Cancelled only through isCancelled, counting calls.
        for (int k = 1; k < 40; k += 3) {
            int after = k;
            ReadMonitor m = new ReadMonitor() {
                private final java.util.concurrent.atomic.AtomicInteger calls =
                        new java.util.concurrent.atomic.AtomicInteger();

                @Override
                public void progress(long bytesRead, long totalBytes) {}

                @Override
                public boolean isCancelled() {
                    return calls.incrementAndGet() > after;
                }
            };
            try {
                EventFileReader.read(p, m);
            } catch (CancellationException expected) {
                // fine
            }
            assertNoSecondThread();
        }
    }
}
