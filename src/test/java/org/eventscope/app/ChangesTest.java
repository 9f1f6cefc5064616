package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;

class ChangesTest {

    private static EventFile read(String json) {
        return EventFileReader.read("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .file();
    }

    @Test
    void countsAddedRemovedAndChangedEventsById() {
        EventFile before = read(TestFiles.SYNTHETIC);
        EventFile after = read(TestFiles.SYNTHETIC
                .replace("\"id\": \"a\"", "\"id\": \"z\"")
                .replace("Synthetic point", "Synthetic point, edited"));
        Changes c = Changes.between(before, after);
        assertThat(c).isEqualTo(new Changes(1, 1, 1));
        assertThat(c.describe()).isEqualTo("1 event added, 1 changed, 1 removed");
        assertThat(Changes.between(before, read(TestFiles.SYNTHETIC)).describe())
                .isEqualTo("no events changed");
    }
}
