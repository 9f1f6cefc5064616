package org.eventscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private final EventFile geneva = EventFileReader.read(TestFiles.GENEVA).file();

    private java.util.List<String> ids(EventFilter f) {
        return geneva.events().stream().filter(f).map(Event::id).toList();
    }

    @Test
    void searchLooksInTitleDescriptionActorsAndPlaceIgnoringCase() {
        assertThat(ids(new EventFilter("ryabkov", null))).containsExactly("geneva-talks");
        assertThat(ids(new EventFilter("BRUSSELS", null))).containsExactly("nato-russia-council");
        assertThat(ids(new EventFilter("Danilov", null))).containsExactly("danilov-troops");
        assertThat(ids(new EventFilter("security guarantees", null)))
                .containsExactly("kremlin-demarche", "draft-treaties", "geneva-talks", "geoana-statement");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(ids(new EventFilter("nato brussels", null))).containsExactly("nato-russia-council");
        assertThat(ids(new EventFilter("nato nowhere", null))).isEmpty();
    }

    @Test
    void categoriesKeepOnlyTheChosenOnes() {
        assertThat(ids(new EventFilter("", Set.of("statement")))).containsExactly("danilov-troops", "geoana-statement");
        assertThat(ids(new EventFilter("nato", Set.of("meeting")))).containsExactly("nato-russia-council");
        assertThat(new EventFilter(" ", null).isEmpty()).isTrue();
        assertThat(ids(new EventFilter("", Set.of()))).isEmpty();
    }

    @Test
    void aWordIsFoundIgnoringCaseInAnyScript() {
        assertThat(EventFilter.contains("Олексій ДАНИЛОВ", "данилов")).isTrue();
        assertThat(EventFilter.contains("US–Russia Strategic Stability Dialogue", "stability"))
                .isTrue();
        assertThat(EventFilter.contains("xAbC", "abc")).isTrue();
        assertThat(EventFilter.contains("ab", "abc")).isFalse();
        assertThat(EventFilter.contains("", "a")).isFalse();
        assertThat(EventFilter.contains(null, "a")).isFalse();
        assertThat(ids(new EventFilter("ДАНИЛОВ", null))).isEqualTo(ids(new EventFilter("данилов", null)));
    }

    /** The same events as the rule it replaced: each text in lower case, then searched. */
    @Test
    void aSyntheticFileGivesTheSameMatchesAsLowerCasingEachText(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("synthetic.json");
        org.eventscope.bench.SyntheticEventFiles.write(file, 5_000, 7);
        java.util.List<Event> events = EventFileReader.read(file).file().events();
        for (String query : java.util.List.of("meeting", "talks 19", "S", "sixword", "  a  b ", "Kyiv", "1")) {
            EventFilter filter = new EventFilter(query, null);
            java.util.List<String> words = java.util.Arrays.stream(
                            query.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                    .filter(w -> !w.isEmpty())
                    .toList();
            long expected = events.stream()
                    .filter(e -> words.stream()
                            .allMatch(w -> lowerContains(e.title(), w)
                                    || lowerContains(e.description(), w)
                                    || lowerContains(e.place(), w)
                                    || e.actors().stream().anyMatch(a -> lowerContains(a, w))))
                    .count();
            assertThat(events.stream().filter(filter).count()).as(query).isEqualTo(expected);
        }
    }

    private static boolean lowerContains(String text, String word) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(word);
    }
}
