package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventscope.TestFiles;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.TimePoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventFileWriterTest {

    /** Written by hand: unknown members, its own key order and spacing, a byte-order mark. */
    static final String HAND_WRITTEN = "\uFEFF{ \"$schema\": \"https://example.org/s.json\",\n"
            + "\t\"formatVersion\" : 1, \"format\": \"eventscope\",\n"
            + "\t\"title\": {\"uk\": \"Хроніка\", \"en\": \"Chronicle\"},\n"
            + "\t\"displayZone\": \"Europe/Kyiv\", \"x-editor\": {\"kept\": [1, 2.50, 3e2]},\n"
            + "\t\"sources\": [ {\"name\": \"Report\", \"id\": \"r\"} ],\n"
            + "\t\"events\": [\n"
            + "\t\t{\"start\": \"2022-01-10\", \"id\": \"a\", \"title\": \"First (synthetic)\", \"x-id\": 7},\n"
            + "\t\t{\"id\": \"b\", \"title\": {\"en\": \"Second\", \"uk\": \"Друга\"}, \"start\": \"2022-01-11\",\n"
            + "\t\t \"actors\": [{\"en\": \"Someone\", \"uk\": \"Хтось\"}], \"sources\": [\"r\"]},\n"
            + "\t\t{\"id\": \"c\", \"title\": \"Third\", \"start\": \"2022-01-12T10:00\", \"end\": \"2022-01-12T12:00\"}\n"
            + "\t]\n"
            + "}";

    private Locale locale;

    @BeforeEach
    void english() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
    }

    static EventFile read(byte[] bytes) {
        var result = EventFileReader.read("test.json", new ByteArrayInputStream(bytes));
        assertThat(result.errors()).isEmpty();
        return result.file();
    }

    static byte[] patch(byte[] original, EventFile base, EventFile now, Origins origins) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventFileWriter.write(original, base, now, origins, out);
        return out.toByteArray();
    }

    static byte[] fresh(EventFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventFileWriter.write(file, out);
        return out.toByteArray();
    }

    static EventFile withEvents(EventFile f, List<Event> events) {
        return new EventFile(
                f.formatVersion(),
                f.title(),
                f.displayZone(),
                f.sources(),
                f.categories(),
                events,
                f.troopReports(),
                f.eras(),
                f.texts());
    }

    static Origins withEventOrigins(EventFile f, int... events) {
        Origins o = Origins.of(f);
        return new Origins(o.sources(), o.categories(), events, o.troopReports(), o.eras());
    }

    static Event retitled(Event e, String title) {
        return e.withTitle(title);
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void aFileSavedWithoutEditsIsTheSameBytes() throws IOException {
        byte[] geneva = Files.readAllBytes(TestFiles.GENEVA);
        EventFile file = read(geneva);
        assertThat(patch(geneva, file, file, Origins.of(file))).isEqualTo(geneva);
        byte[] hand = HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
        EventFile handFile = read(hand);
        assertThat(patch(hand, handFile, handFile, Origins.of(handFile))).isEqualTo(hand);
    }

    @Test
    void aNewFileReadsBackAsWrittenAndIsWrittenAgainTheSame() throws IOException {
        EventFile geneva = read(Files.readAllBytes(TestFiles.GENEVA));
        byte[] written = fresh(geneva);
        EventFile again = read(written);
        assertThat(again).isEqualTo(geneva);
        assertThat(patch(written, again, again, Origins.of(again))).isEqualTo(written);
        assertThat(fresh(again)).isEqualTo(written);
        assertThat(utf8(written))
                .startsWith("{\n  \"format\": \"eventscope\",\n  \"formatVersion\": 1,\n")
                .contains("        { \"withinKm\": 200, \"troops\": 122000 },\n")
                .endsWith("\n  ]\n}\n");
    }

    @Test
    void fatalitiesAreAWholeNumberThatIsReadWrittenAndPatchedInItsPlace() throws IOException {
        byte[] hand = HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
        EventFile base = read(hand);
        List<Event> events = new ArrayList<>(base.events());
        Event c = events.get(2);
        events.set(
                2,
                new Event(
                        c.id(), c.title(), c.start(), c.end(), false, null, List.of(), null, null, List.of(), c.texts(),
                        12));
        EventFile now = withEvents(base, events);
        byte[] saved = patch(hand, base, now, Origins.of(base));
        assertThat(read(saved).events().get(2).fatalities()).isEqualTo(12);
        assertThat(utf8(saved)).contains("\"end\": \"2022-01-12T12:00\", \"fatalities\": 12}");
        assertThat(read(fresh(now)).events().get(2).fatalities()).isEqualTo(12);
        // The number keeps through the edits that copy an event.
        assertThat(now.events().get(2).withTitle("Renamed").fatalities()).isEqualTo(12);
        assertThat(now.events().get(2).withTimes(c.start(), null).fatalities()).isEqualTo(12);

        for (String bad : new String[] {"-1", "2.5", "\"3\"", "100000001"}) {
            String json = HAND_WRITTEN.replace("\"x-id\": 7}", "\"fatalities\": " + bad + "}");
            var result =
                    EventFileReader.read("bad.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            assertThat(result.errors()).as(bad).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(7);
                assertThat(p.path()).isEqualTo("/events/0/fatalities");
            });
        }
    }

    @Test
    void anEditOfOneEventChangesOnlyThatEventsLine() throws IOException {
        byte[] hand = HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
        EventFile base = read(hand);
        List<Event> events = new ArrayList<>(base.events());
        events.set(0, retitled(events.get(0), "First, \"quoted\" (synthetic)"));
        EventFile now = withEvents(base, events);
        byte[] saved = patch(hand, base, now, Origins.of(base));
        assertThat(read(saved)).isEqualTo(now);
        List<String> before = utf8(hand).lines().toList();
        List<String> after = utf8(saved).lines().toList();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (i == 6) {
                assertThat(after.get(i))
                        .isEqualTo("\t\t{\"start\": \"2022-01-10\", \"id\": \"a\","
                                + " \"title\": \"First, \\\"quoted\\\" (synthetic)\", \"x-id\": 7},");
            } else {
                assertThat(after.get(i)).isEqualTo(before.get(i));
            }
        }
    }

    @Test
    void aTextInSeveralLanguagesHasOnlyTheShownOneReplaced() throws IOException {
        byte[] hand = HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
        EventFile base = read(hand);
        List<Event> events = new ArrayList<>(base.events());
        Event b = events.get(1);
        assertThat(b.title()).isEqualTo("Second");
        events.set(
                1,
                new Event(
                        b.id(),
                        "Second, renamed",
                        b.start(),
                        b.end(),
                        b.endApproximate(),
                        b.category(),
                        List.of("Someone", "Another"),
                        b.place(),
                        b.description(),
                        b.sourceIds(),
                        b.texts().withShown("title", "Second, renamed")));
        byte[] saved = patch(hand, base, withEvents(base, events), Origins.of(base));
        assertThat(utf8(saved))
                .contains("\"title\": {\"en\": \"Second, renamed\", \"uk\": \"Друга\"}")
                .contains("\"actors\": [{\"en\": \"Someone\", \"uk\": \"Хтось\"}, \"Another\"]");
        assertThat(read(saved).events().get(1).texts().of("title"))
                .containsExactly(entry("en", "Second, renamed"), entry("uk", "Друга"));
        Locale.setDefault(Locale.forLanguageTag("uk"));
        assertThat(read(saved).events().get(1).title()).isEqualTo("Друга");
    }

    @Test
    void languagesOfATextComeAndGoAndTheOthersKeepTheirForm() throws IOException {
        String hand = "{\"format\": \"eventscope\", \"formatVersion\": 1, \"title\": \"Synthetic\","
                + " \"displayZone\": \"UTC\",\n \"sources\": [],\n \"events\": [\n"
                + "  {\"id\": \"a\", \"title\": {\"en\":\"A\",  \"uk\" : \"\\u0410\", \"de\": \"Ä\"}, \"start\": \"2022\"}\n]}\n";
        byte[] bytes = hand.getBytes(StandardCharsets.UTF_8);
        EventFile base = read(bytes);
        Event a = base.events().get(0);
        assertThat(a.texts().of("title")).containsExactly(entry("en", "A"), entry("uk", "А"), entry("de", "Ä"));
        Map<String, String> changed = new LinkedHashMap<>();
        changed.put("uk", "А");
        changed.put("en", "A, renamed");
        changed.put("pl", "Ą");
        Event renamed = new Event(
                a.id(),
                a.title(),
                a.start(),
                null,
                false,
                null,
                List.of(),
                null,
                null,
                List.of(),
                a.texts().with("title", changed));
        assertThat(renamed.title()).isEqualTo("A, renamed");
        byte[] saved = patch(bytes, base, withEvents(base, List.of(renamed)), Origins.of(base));
        // The unchanged Ukrainian keeps its escape and spacing; the English is replaced, German gone, Polish added.
        assertThat(utf8(saved))
                .contains("\"title\": {\"uk\" : \"\\u0410\",  \"en\":\"A, renamed\",  \"pl\": \"Ą\"}, \"start\"");
        assertThat(read(saved).events().get(0)).isEqualTo(renamed);
        // Back to one language: a plain string.
        Event plain = new Event(a.id(), "Only", a.start(), null, false, null, List.of(), null, null, List.of());
        byte[] flat = patch(bytes, base, withEvents(base, List.of(plain)), Origins.of(base));
        assertThat(utf8(flat)).contains("\"title\": \"Only\", \"start\"");
        assertThat(read(flat).events().get(0)).isEqualTo(plain);
    }

    @Test
    void anActorTakenOutLeavesTheOthersInTheirLanguagesAndTheListOnItsLine() throws IOException {
        String hand = "{\"format\": \"eventscope\", \"formatVersion\": 1, \"title\": \"Synthetic\","
                + " \"displayZone\": \"UTC\",\n \"sources\": [],\n \"events\": [\n"
                + "  {\"id\": \"a\", \"title\": \"A\", \"start\": \"2022\","
                + " \"actors\": [{\"en\": \"X\", \"uk\": \"Ікс\"}, {\"en\": \"Y\", \"uk\": \"Ігрек\"}, \"Z\"]}\n]}\n";
        byte[] bytes = hand.getBytes(StandardCharsets.UTF_8);
        EventFile base = read(bytes);
        Event a = base.events().get(0);
        Event fewer = new Event(
                a.id(), a.title(), a.start(), null, false, null, List.of("Y", "Z", "W"), null, null, List.of());
        byte[] saved = patch(bytes, base, withEvents(base, List.of(fewer)), Origins.of(base));
        assertThat(utf8(saved)).contains("\"actors\": [{\"en\": \"Y\", \"uk\": \"Ігрек\"}, \"Z\", \"W\"]}");
        assertThat(read(saved).events().get(0)).isEqualTo(fewer);
    }

    @Test
    void membersComeAndGoWithoutDisturbingTheirNeighbours() throws IOException {
        byte[] hand = HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
        EventFile base = read(hand);
        Event c = base.events().get(2);
        Event pointWithPlace =
                new Event(c.id(), c.title(), c.start(), null, false, null, List.of(), "Kyiv", null, List.of("r"));
        Event a = base.events().get(0);
        Event aWithoutAnything = new Event(
                a.id(), a.title(), TimePoint.parse("2022-01"), null, false, null, List.of(), null, null, List.of());
        EventFile now = withEvents(base, List.of(aWithoutAnything, base.events().get(1), pointWithPlace));
        byte[] saved = patch(hand, base, now, Origins.of(base));
        assertThat(read(saved)).isEqualTo(now);
        assertThat(utf8(saved))
                .contains("{\"start\": \"2022-01\", \"id\": \"a\", \"title\": \"First (synthetic)\", \"x-id\": 7}")
                .contains("{\"id\": \"c\", \"title\": \"Third\", \"start\": \"2022-01-12T10:00\","
                        + " \"place\": \"Kyiv\", \"sources\": [\n\t\t\t\"r\"\n\t\t]}")
                .contains("\"x-editor\": {\"kept\": [1, 2.50, 3e2]}");
    }

    @Test
    void addedRemovedAndReorderedEntriesKeepTheOthersAsTheyWere() throws IOException {
        byte[] hand = HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
        EventFile base = read(hand);
        Event added = new Event(
                "d",
                "Added (synthetic)",
                TimePoint.parse("2022-01-13"),
                null,
                false,
                null,
                List.of(),
                null,
                null,
                List.of("r"));
        List<Event> events = List.of(base.events().get(2), base.events().get(0), added);
        EventFile now = withEvents(base, events);
        byte[] saved = patch(hand, base, now, withEventOrigins(base, 2, 0, -1));
        assertThat(read(saved)).isEqualTo(now);
        String text = utf8(saved);
        assertThat(text)
                .contains("\t\"events\": [\n\t\t{\"id\": \"c\"")
                .contains("\"end\": \"2022-01-12T12:00\"},\n\t\t{\"start\": \"2022-01-10\"")
                .contains("\"x-id\": 7},\n\t\t{\n\t\t\t\"id\": \"d\",\n\t\t\t\"title\": \"Added (synthetic)\",")
                .doesNotContain("\"Second\"");
        // Sources the file did not have a list for are added after its last member.
        EventFile withEra = new EventFile(
                base.formatVersion(),
                base.title(),
                base.displayZone(),
                List.of(base.sources().get(0), new Source("s2", "Second source", "https://example.org/", null)),
                base.categories(),
                base.events(),
                base.troopReports(),
                List.of(new org.eventscope.model.Era(
                        "e", "An era", TimePoint.parse("2022-01"), TimePoint.parse("2022-02"), null)),
                base.texts());
        Origins o = Origins.of(base);
        byte[] more = patch(
                hand,
                base,
                withEra,
                new Origins(new int[] {0, -1}, o.categories(), o.events(), o.troopReports(), new int[] {-1}));
        assertThat(read(more)).isEqualTo(withEra);
        assertThat(utf8(more))
                .contains("[ {\"name\": \"Report\", \"id\": \"r\"}, {\n\t\t\"id\": \"s2\",")
                .contains("],\n\t\"eras\": [\n\t\t{\n\t\t\t\"id\": \"e\",")
                .endsWith("\t]\n}");
    }

    @Test
    void everyEventRemovedLeavesAnEmptyList() throws IOException {
        byte[] hand = HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
        EventFile base = read(hand);
        EventFile now = withEvents(base, List.of());
        byte[] saved = patch(hand, base, now, withEventOrigins(base));
        assertThat(read(saved)).isEqualTo(now);
        assertThat(utf8(saved)).contains("\"events\": []\n}");
        assertThat(Arrays.copyOf(saved, 3)).isEqualTo(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    }

    @Test
    void aFileWithCrLfLineEndsGetsThemInWhatIsAddedToo() throws IOException {
        String crlf = HAND_WRITTEN.replace("\n", "\r\n");
        byte[] hand = crlf.getBytes(StandardCharsets.UTF_8);
        EventFile base = read(hand);
        List<Event> events = new ArrayList<>(base.events());
        events.add(new Event(
                "d",
                "Added (synthetic)",
                TimePoint.parse("2022-01-13"),
                null,
                false,
                null,
                List.of("One", "Two"),
                null,
                null,
                List.of("r")));
        events.set(2, events.get(2).withTimes(events.get(2).start(), null));
        EventFile now = withEvents(base, events);
        byte[] saved = patch(hand, base, now, withEventOrigins(base, 0, 1, 2, -1));
        assertThat(read(saved)).isEqualTo(now);
        String text = utf8(saved);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(text).contains("\r\n\t\t{\r\n\t\t\t\"id\": \"d\",");
    }

    @Test
    void aSurrogateWithoutItsPairIsWrittenEscapedAndReadBackTheSame() throws IOException {
        byte[] hand = HAND_WRITTEN.getBytes(StandardCharsets.UTF_8);
        EventFile base = read(hand);
        List<Event> events = new ArrayList<>(base.events());
        events.set(0, events.get(0).withTitle("broken \ud800 pair, whole \ud83d\ude00"));
        EventFile now = withEvents(base, events);
        byte[] saved = patch(hand, base, now, Origins.of(base));
        assertThat(utf8(saved)).contains("broken \\ud800 pair, whole 😀");
        assertThat(read(saved)).isEqualTo(now);
    }
}
