package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.model.Band;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Precision;
import org.eventscope.model.TroopReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFileReaderTest {

    @TempDir
    Path dir;

    /** The messages speak English, whatever default locale a test sets while it reads. */
    @org.junit.jupiter.api.BeforeEach
    void english() {
        org.eventscope.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
    }

    private static LoadResult read(String json) {
        return EventFileReader.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bundledGenevaFileLoadsEveryFactOfTheStory() {
        LoadResult result = EventFileReader.read(TestFiles.GENEVA);

        assertThat(result.problems()).isEmpty();
        EventFile file = result.file();
        assertThat(file.title()).isEqualTo("US–Russia talks in Geneva, January 2022");
        assertThat(file.displayZone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
        assertThat(file.events())
                .extracting(Event::id)
                .containsExactly(
                        "wapo-buildup",
                        "kremlin-demarche",
                        "draft-treaties",
                        "danilov-troops",
                        "geneva-talks",
                        "geoana-statement",
                        "nato-russia-council",
                        "osce-permanent-council");
        assertThat(file.events()).allSatisfy(e -> assertThat(e.sourceIds()).contains("story"));

        Event demarche = file.event("kremlin-demarche").orElseThrow();
        assertThat(demarche.start().precision()).isEqualTo(Precision.MONTH);
        assertThat(demarche.start().text()).isEqualTo("2021-12");

        Event talks = file.event("geneva-talks").orElseThrow();
        assertThat(talks.start().start(file.displayZone())).isEqualTo(Instant.parse("2022-01-10T08:00:00Z"));
        assertThat(talks.start().zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(talks.isRange()).isTrue();
        assertThat(talks.endApproximate()).isTrue();
        assertThat(talks.actors()).containsExactly("Wendy Sherman", "Sergei Ryabkov");
        assertThat(talks.sourceIds()).contains("nyt", "state-dept", "ru-mission-geneva");

        assertThat(file.troopReports()).hasSize(1);
        TroopReport report = file.troopReports().get(0);
        assertThat(report.bands()).containsExactly(new Band(200, 122_000), new Band(400, 143_500));
        assertThat(report.date().text()).isEqualTo("2021-12-22");
        assertThat(report.eventId()).isEqualTo("danilov-troops");
        assertThat(file.reportOf(file.event("danilov-troops").orElseThrow())).contains(report);
    }

    @Test
    void erasAreReadAndChecked() {
        String json = TestFiles.SYNTHETIC.replace("\"troopReports\": [", """
                "eras": [
                    { "id": "era1", "title": "Synthetic era", "start": "2020-02", "end": "2020-03", "color": "#f6e8c3" },
                    { "id": "era2", "title": "Backwards", "start": "2020-05", "end": "2019-01" }
                  ],
                  "troopReports": [""");
        LoadResult result = read(json);
        assertThat(result.errors()).extracting(Problem::path).containsExactly("/eras/1/end");
        LoadResult fine = read(json.replace("\"end\": \"2019-01\"", "\"end\": \"2020-06\""));
        assertThat(fine.problems()).isEmpty();
        assertThat(fine.file().eras())
                .extracting(org.eventscope.model.Era::title)
                .containsExactly("Synthetic era", "Backwards");
        assertThat(fine.file().eras().get(0).color()).isEqualTo("#f6e8c3");
    }

    @Test
    void textsInSeveralLanguagesShowTheInterfacesLanguageElseTheFirst() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("uk"));
            EventFile uk = EventFileReader.read(TestFiles.GENEVA).file();
            assertThat(uk.event("danilov-troops").orElseThrow().title())
                    .isEqualTo("Данілов: 122 тисячі російських військових за 200 км від України");
            assertThat(uk.event("geneva-talks").orElseThrow().place()).isEqualTo("Женева, Швейцарія");
            assertThat(uk.category("statement").orElseThrow().name()).isEqualTo("Заява");
            assertThat(uk.troopReports().get(0).subject()).isEqualTo("Російські війська біля кордонів України");
            assertThat(uk.title()).isEqualTo("Переговори США та Росії в Женеві, січень 2022");
        } finally {
            java.util.Locale.setDefault(before);
        }
        EventFile en = EventFileReader.read(TestFiles.GENEVA).file();
        assertThat(en.event("danilov-troops").orElseThrow().title())
                .isEqualTo("Danilov: 122,000 Russian troops within 200 km of Ukraine");

        LoadResult onlyUkrainian = read(TestFiles.SYNTHETIC.replace(
                "\"title\": \"Synthetic point\"",
                "\"title\": { \"uk\": \"Синтетична подія\", \"de\": \"Synthetisches Ereignis\" }"));
        assertThat(onlyUkrainian.problems()).isEmpty();
        assertThat(onlyUkrainian.file().event("b").orElseThrow().title()).isEqualTo("Синтетична подія");
    }

    private static EventFile genevaIn(String language) {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag(language));
            return EventFileReader.read(TestFiles.GENEVA).file();
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void namesOfReportersActorsAndSourcesAreReadInTheInterfacesLanguage() {
        EventFile uk = genevaIn("uk");
        assertThat(uk.troopReports().get(0).reportedBy()).isEqualTo("Олексій Данілов, секретар РНБО");
        assertThat(uk.event("geneva-talks").orElseThrow().actors()).containsExactly("Венді Шерман", "Сергій Рябков");
        assertThat(uk.event("nato-russia-council").orElseThrow().actors()).containsExactly("НАТО", "Росія");
        assertThat(uk.event("wapo-buildup").orElseThrow().actors()).containsExactly("The Washington Post");
        assertThat(uk.source("danilov").orElseThrow().name()).isEqualTo("Олексій Данілов, секретар РНБО");
        assertThat(uk.source("state-dept").orElseThrow().name()).isEqualTo("Державний департамент США");
        assertThat(uk.source("story").orElseThrow().name())
                .isEqualTo("Новина «У Женеві завершилися переговори США та Росії», 10 січня 2022 року");
        assertThat(uk.source("nyt").orElseThrow().name()).isEqualTo("The New York Times");

        EventFile en = genevaIn("en");
        assertThat(en.troopReports().get(0).reportedBy()).isEqualTo("Oleksiy Danilov, NSDC secretary");
        assertThat(en.event("geneva-talks").orElseThrow().actors()).containsExactly("Wendy Sherman", "Sergei Ryabkov");
        assertThat(en.event("geoana-statement").orElseThrow().actors()).containsExactly("Mircea Geoană");
        assertThat(en.source("state-dept").orElseThrow().name()).isEqualTo("U.S. Department of State");
        assertThat(en.source("story").orElseThrow().name())
                .isEqualTo("News report on the US–Russia talks in Geneva, 10 January 2022 (in Ukrainian)");
    }

    @Test
    void namesInOtherLanguagesOnlyFallBackToTheFirstAsTitlesDo() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            LoadResult result = read(TestFiles.SYNTHETIC
                    .replace(
                            "\"name\": \"Synthetic source\"",
                            "\"name\": { \"pl\": \"Źródło syntetyczne\", \"de\": \"Quelle\" }")
                    .replace(
                            "\"reportedBy\": \"Synthetic reporter\"",
                            "\"reportedBy\": { \"de\": \"Synthetischer Melder\", \"fr\": \"Rapporteur\" }")
                    .replace(
                            "\"title\": \"Synthetic point\",",
                            "\"title\": \"Synthetic point\", \"actors\": [{ \"fr\": \"Acteur\" }, \"Plain actor\"],"));
            assertThat(result.problems()).isEmpty();
            EventFile file = result.file();
            assertThat(file.source("s1").orElseThrow().name()).isEqualTo("Źródło syntetyczne");
            assertThat(file.troopReports().get(0).reportedBy()).isEqualTo("Synthetischer Melder");
            assertThat(file.event("b").orElseThrow().actors()).containsExactly("Acteur", "Plain actor");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void malformedNamesByLanguageAreReportedWhereTheyStand() {
        LoadResult result = read(
                TestFiles.SYNTHETIC
                        .replace("\"name\": \"Synthetic source\"", "\"name\": { \"en\": 5 }")
                        .replace("\"reportedBy\": \"Synthetic reporter\"", "\"reportedBy\": {}")
                        .replace(
                                "\"title\": \"Synthetic point\",",
                                "\"title\": \"Synthetic point\", \"actors\": [{ \"en\": true }, {}, 7, { \"not a tag\": \"x\" }],"));
        assertThat(result.ok()).isFalse();
        assertThat(result.problems())
                .extracting(p -> p.line() + ":" + p.column() + " " + p.severity() + " " + p.path() + " " + p.message())
                .containsExactly(
                        "5:38 ERROR /sources/0/name \"name\" has no text; expected a string, or texts by language such as {\"en\": \"...\", \"uk\": \"...\"}",
                        "5:46 ERROR /sources/0/name/en \"en\" is a number; expected the text in that language",
                        "9:57 ERROR /events/1/actors/0 \"actors\" has no text; expected a string, or texts by language such as {\"en\": \"...\", \"uk\": \"...\"}",
                        "9:65 ERROR /events/1/actors/0/en \"en\" is a boolean; expected the text in that language",
                        "9:73 ERROR /events/1/actors/1 \"actors\" has no text; expected a string, or texts by language such as {\"en\": \"...\", \"uk\": \"...\"}",
                        "9:77 ERROR /events/1/actors/2 item is a number; expected a string, or texts by language such as {\"en\": \"...\", \"uk\": \"...\"}",
                        "9:82 WARNING /events/1/actors/3/not a tag \"not a tag\" is not a language tag such as en or uk",
                        "12:55 ERROR /troopReports/0/reportedBy \"reportedBy\" has no text; expected a string, or texts by language such as {\"en\": \"...\", \"uk\": \"...\"}");
    }

    @Test
    void aTextByLanguageMustHoldTextsUnderLanguageTags() {
        LoadResult result = read(TestFiles.SYNTHETIC.replace(
                "\"title\": \"Synthetic point\"", "\"title\": { \"en\": 5, \"not a tag\": \"x\" }"));
        assertThat(result.errors()).extracting(Problem::path).containsExactly("/events/1/title/en");
        assertThat(result.problems())
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("\"not a tag\" is not a language tag"));
        LoadResult empty = read(TestFiles.SYNTHETIC.replace("\"title\": \"Synthetic point\"", "\"title\": {}"));
        assertThat(empty.errors()).extracting(Problem::message).anyMatch(m -> m.contains("has no text"));
    }

    @Test
    void aLanguageGivenTwiceOrATitleBlankInOneLanguageIsAnErrorAtItsKey() {
        LoadResult twice = read(TestFiles.SYNTHETIC.replace(
                "\"title\": \"Synthetic point\"", "\"title\": {\"en\": \"a\", \"EN\": \"b\", \"uk\": \"c\"}"));
        assertThat(twice.errors())
                .extracting(p -> p.path() + " " + p.message())
                .containsExactly("/events/1/title/EN duplicate key \"EN\" in one object");
        assertThat(twice.errors().get(0).column()).isGreaterThan(1);
        LoadResult blank = read(TestFiles.SYNTHETIC.replace(
                "\"title\": \"Synthetic point\"", "\"title\": {\"en\": \"  \", \"uk\": \"c\"}"));
        assertThat(blank.errors()).extracting(Problem::path).containsExactly("/events/1/title/en");
        // As a plain title that is blank would be.
        LoadResult plain = read(TestFiles.SYNTHETIC.replace("\"title\": \"Synthetic point\"", "\"title\": \"  \""));
        assertThat(plain.errors())
                .extracting(Problem::message)
                .isEqualTo(blank.errors().stream().map(Problem::message).toList());
    }

    @Test
    void syntheticFileLoads() {
        LoadResult result = read(TestFiles.SYNTHETIC);
        assertThat(result.problems()).isEmpty();
        assertThat(result.file().events()).hasSize(2);
    }

    @Test
    void trailingCommaIsASyntaxErrorWithLineAndColumn() {
        LoadResult result = read("{\n  \"formatVersion\": 1,\n  \"title\": \"x\",\n}\n");
        assertThat(result.ok()).isFalse();
        Problem p = result.errors().get(0);
        assertThat(p.file()).isEqualTo("test.json");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.message()).startsWith("malformed JSON");
        assertThat(p.toString()).startsWith("test.json:4:1: error: malformed JSON");
    }

    @Test
    void syntaxMessagesSayWhatWasExpectedInPlainWords() {
        assertThat(read("// note\n{}").errors().get(0).message())
                .isEqualTo("malformed JSON: Unexpected character ('/'): comments are not allowed in JSON");
        assertThat(read("{\"a\": [1, 2").errors().get(0).message())
                .isEqualTo("malformed JSON: Unexpected end-of-input: expected close marker for Array"
                        + " (start marker at line 1, column 7) (is the file truncated?)");
        assertThat(read("{\"a\": tru}").errors().get(0).message())
                .contains("a JSON value (string, number, array, object, true, false or null)");
        assertThat(read("{\n  \"a\": 1,\n}").errors().get(0).message()).contains("trailing comma");
    }

    @Test
    void emptyFileIsAnError() {
        LoadResult result = read("  \n ");
        assertThat(result.ok()).isFalse();
        assertThat(result.errors().get(0).message()).contains("empty");
    }

    @Test
    void contentAfterTheDocumentIsAnError() {
        String json = TestFiles.SYNTHETIC + "\n[]";
        LoadResult result = read(json);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors().get(0).message()).contains("after the end of the document");
        assertThat(result.errors().get(0).line()).isEqualTo(lineOf(json, "\n[]") + 1);
        assertThat(result.errors().get(0).column()).isEqualTo(1);
    }

    @Test
    void numbersAreNeverCoercedAndEveryProblemIsReported() {
        String json = TestFiles.SYNTHETIC
                .replace("\"troops\": 1000", "\"troops\": \"1000\"")
                .replace("\"troops\": 3000", "\"troops\": 2.7");
        LoadResult result = read(json);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors())
                .extracting(Problem::path)
                .containsExactly("/troopReports/0/bands/0/troops", "/troopReports/0/bands/1/troops");
        assertThat(result.errors().get(0).message()).contains("is a string; expected a whole number");
        assertThat(result.errors().get(1).message()).contains("2.7");
        int line = lineOf(json, "\"1000\"");
        assertThat(result.errors().get(0).line()).isEqualTo(line);
    }

    @Test
    void missingFieldsUnknownReferencesImpossibleDatesAndDuplicatesAreErrors() {
        String json = """
                {
                  "formatVersion": 1,
                  "title": "Synthetic test file",
                  "displayZone": "UTC",
                  "sources": [ { "id": "s1", "name": "Synthetic" } ],
                  "events": [
                    { "id": "a", "title": "Bad date", "start": "2021-02-30", "sources": ["s1"] },
                    { "id": "a", "title": "Duplicate id", "start": "2021-02-01", "sources": ["nope"] },
                    { "id": "c", "start": "2021-02-01", "end": "2020-01-01" }
                  ]
                }
                """;
        LoadResult result = read(json);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors())
                .extracting(Problem::path)
                .containsExactly(
                        "/events/0/start", "/events/1/id", "/events/1/sources/0", "/events/2", "/events/2/end");
        assertThat(result.errors().get(0).message()).contains("2021-02-30").contains("not a real date");
        assertThat(result.errors().get(1).message()).contains("duplicate id \"a\"; first used at /events/0/id");
        assertThat(result.errors().get(2).message()).contains("unknown source \"nope\"");
        assertThat(result.errors().get(3).message()).contains("missing required field \"title\"");
        assertThat(result.errors().get(4).message()).contains("before the start");
        assertThat(result.errors().get(0).line()).isEqualTo(7);
    }

    @Test
    void anIdFoundInOneListIsNotFoundInAnotherAndEveryUnknownReferenceIsReported() {
        // Ids referred to again are checked as one shared instance: that must not blur the lists.
        String json = """
                {
                  "formatVersion": 1,
                  "title": "Synthetic test file",
                  "displayZone": "UTC",
                  "sources": [ { "id": "s1", "name": "Synthetic" } ],
                  "categories": [ { "id": "c1", "name": "Synthetic" } ],
                  "events": [
                    { "id": "e1", "title": "A", "start": "2021-02-01", "category": "c1", "sources": ["s1"] },
                    { "id": "e2", "title": "B", "start": "2021-02-01", "category": "s1", "sources": ["c1"] },
                    { "id": "e3", "title": "C", "start": "2021-02-01", "category": "c1", "sources": ["s1", "e1"] },
                    { "id": "e4", "title": "D", "start": "2021-02-01", "category": "nope", "sources": ["nope"] },
                    { "id": "e5", "title": "E", "start": "2021-02-01", "category": "nope", "sources": ["nope", "s1"] }
                  ]
                }
                """;
        LoadResult result = read(json);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors())
                .extracting(Problem::path)
                .containsExactly(
                        "/events/1/category",
                        "/events/1/sources/0",
                        "/events/2/sources/1",
                        "/events/3/category",
                        "/events/3/sources/0",
                        "/events/4/category",
                        "/events/4/sources/0");
        assertThat(result.errors().get(0).message()).contains("unknown category \"s1\"");
        assertThat(result.errors().get(1).message()).contains("unknown source \"c1\"");
        assertThat(result.errors().get(2).message()).contains("unknown source \"e1\"");
    }

    @Test
    void eachEventKeepsItsOwnActorsAndSourcesWhateverTheOrderTheyAreReadIn() {
        // The reader gathers every array's items in one list it reuses; what each event keeps is its own.
        String json = """
                {
                  "formatVersion": 1,
                  "title": "Synthetic test file",
                  "displayZone": "UTC",
                  "sources": [ { "id": "s1", "name": "Synthetic" }, { "id": "s2", "name": "Synthetic" } ],
                  "events": [
                    { "id": "e1", "title": "A", "start": "2021-02-01", "actors": ["X", "Y", "Z"], "sources": ["s1"] },
                    { "id": "e2", "title": "B", "start": "2021-02-01", "sources": ["s2", "s1"], "actors": ["Y"] },
                    { "id": "e3", "title": "C", "start": "2021-02-01", "actors": [], "sources": [] },
                    { "id": "e4", "title": "D", "start": "2021-02-01", "actors": ["X", "Y", "Z"], "sources": ["s1"] }
                  ]
                }
                """;
        LoadResult result = read(json);
        assertThat(result.problems()).isEmpty();
        java.util.List<Event> events = result.file().events();
        assertThat(events.get(0).actors()).containsExactly("X", "Y", "Z");
        assertThat(events.get(0).sourceIds()).containsExactly("s1");
        assertThat(events.get(1).actors()).containsExactly("Y");
        assertThat(events.get(1).sourceIds()).containsExactly("s2", "s1");
        assertThat(events.get(2).actors()).isEmpty();
        assertThat(events.get(2).sourceIds()).isEmpty();
        assertThat(events.get(3).actors()).containsExactly("X", "Y", "Z");
        assertThat(events.get(3).sourceIds()).containsExactly("s1");
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondKey() {
        String json = TestFiles.SYNTHETIC.replace(
                "\"title\": \"Synthetic test file (not real events)\",",
                "\"title\": \"Synthetic\",\n  \"title\": \"Again\",");
        LoadResult result = read(json);
        assertThat(result.ok()).isFalse();
        Problem p = result.errors().get(0);
        assertThat(p.message()).contains("duplicate key \"title\"");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(3);
    }

    @Test
    void unknownFieldsAndContradictoryBandsAreWarningsAndTheFileStillOpens() {
        String json = TestFiles.SYNTHETIC
                .replace("\"displayZone\": \"UTC\",", "\"displayZone\": \"UTC\",\n  \"futureField\": true,")
                .replace("\"troops\": 3000", "\"troops\": 500");
        LoadResult result = read(json);
        assertThat(result.ok()).isTrue();
        assertThat(result.problems()).extracting(Problem::severity).containsOnly(Problem.Severity.WARNING);
        assertThat(result.problems())
                .extracting(Problem::path)
                .containsExactly("/futureField", "/troopReports/0/bands/1/troops");
        assertThat(result.problems().get(1).message()).contains("contradicts itself");
    }

    @Test
    void utf8WithAByteOrderMarkOpens() {
        byte[] body = TestFiles.SYNTHETIC
                .replace("Synthetic point", "Синтетична подія")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        LoadResult result = EventFileReader.read("bom.json", new ByteArrayInputStream(bytes));
        assertThat(result.problems()).isEmpty();
        assertThat(result.file().event("b").orElseThrow().title()).isEqualTo("Синтетична подія");
    }

    @Test
    void invalidUtf8BecomesAPositionedError() {
        byte[] bytes = "{\"title\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        LoadResult result = EventFileReader.read("latin1.json", new ByteArrayInputStream(bytes));
        assertThat(result.ok()).isFalse();
        assertThat(result.errors().get(0).line()).isEqualTo(1);
        assertThat(result.errors().get(0).file()).isEqualTo("latin1.json");
    }

    @Test
    void deepNestingHitsTheLimitWithAPosition() {
        String json = "{\"events\": " + "[".repeat(Json.MAX_DEPTH + 10) + "]".repeat(Json.MAX_DEPTH + 10) + "}";
        LoadResult result = read(json);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isGreaterThan(11 + Json.MAX_DEPTH - 2);
            assertThat(p.message()).contains("nesting depth");
        });
    }

    @Test
    void missingFileIsReportedNotThrown() {
        LoadResult result = EventFileReader.read(dir.resolve("absent.json"));
        assertThat(result.ok()).isFalse();
        assertThat(result.errors().get(0).message()).contains("no such file");
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
