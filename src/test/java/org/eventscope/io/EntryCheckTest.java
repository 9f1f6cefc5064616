package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventscope.TestFiles;
import org.eventscope.model.Band;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.TroopReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntryCheckTest {

    private Locale locale = Locale.getDefault();
    private EventFile geneva;

    @BeforeEach
    void setUp() throws Exception {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        geneva = EventFileWriterTest.read(Files.readAllBytes(TestFiles.GENEVA));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
    }

    private static Map<String, Object> event(String start, String end) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "new-event");
        m.put("title", "A new event (synthetic)");
        m.put("start", start);
        if (end != null) {
            m.put("end", end);
        }
        m.put("category", "meeting");
        m.put("sources", List.of("story"));
        return m;
    }

    @Test
    void aValidEntryIsReadAsTheReaderReadsIt() {
        EntryCheck.Result<Event> r = EntryCheck.event(geneva, event("2022-01-12T10:00", "2022-01-12T12:00"));
        assertThat(r.ok()).isTrue();
        assertThat(r.entry().start().text()).isEqualTo("2022-01-12T10:00");
        assertThat(r.entry().category()).isEqualTo("meeting");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void whatTheReaderRefusesIsRefusedAtItsMember() {
        EntryCheck.Result<Event> r = EntryCheck.event(geneva, event("2022-04-31", null));
        assertThat(r.ok()).isFalse();
        assertThat(r.errorAt("start")).contains("31 April");
        EntryCheck.Result<Event> backwards = EntryCheck.event(geneva, event("2022-01-12", "2022-01-11"));
        assertThat(backwards.errorAt("end")).isNotNull();
        Map<String, Object> unknownSource = event("2022-01-12", null);
        unknownSource.put("sources", List.of("nobody"));
        assertThat(EntryCheck.event(geneva, unknownSource).errorAt("sources")).contains("nobody");
        Map<String, Object> noTitle = event("2022-01-12", null);
        noTitle.put("title", "");
        assertThat(EntryCheck.event(geneva, noTitle).ok()).isFalse();
    }

    @Test
    void warningsComeWithTheEntry() {
        Map<String, Object> m = event("2022-01-12", null);
        m.put("endApproximate", true);
        EntryCheck.Result<Event> r = EntryCheck.event(geneva, m);
        assertThat(r.ok()).isTrue();
        assertThat(r.problems()).extracting(EntryCheck.Found::member).containsExactly("endApproximate");
    }

    @Test
    void aTroopReportIsCheckedWithTheEventThatCarriesIt() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "r2");
        m.put("date", "2022-01-20");
        m.put("reportedBy", "Someone (synthetic)");
        m.put("event", "danilov-troops");
        m.put("bands", List.of(new Band(200, 100_000), new Band(400, 90_000)));
        EntryCheck.Result<TroopReport> r = EntryCheck.troopReport(geneva, m);
        assertThat(r.entry()).isNotNull();
        assertThat(r.problems()).extracting(EntryCheck.Found::member).contains("bands");
        m.put("event", "no-such-event");
        assertThat(EntryCheck.troopReport(geneva, m).errorAt("event")).contains("no-such-event");
    }
}
