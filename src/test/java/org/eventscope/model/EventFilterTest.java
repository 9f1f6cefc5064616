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
}
