package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.eventscope.TestFiles;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void aDocumentIsTheSameOnlyAsItselfSoListenersNeverCompareItsEvents() throws Exception {
        EventFile file = EventFileReader.read(TestFiles.GENEVA).file();
        EventFile again = EventFileReader.read(TestFiles.GENEVA).file();
        assertThat(again).isEqualTo(file); // the files are equal event by event
        Document a = new Document(file, "geneva-2022.json", TestFiles.GENEVA, List.of(), null, "abc");
        Document b = new Document(again, "geneva-2022.json", TestFiles.GENEVA, List.of(), null, "abc");
        assertThat(a).isEqualTo(a).hasSameHashCodeAs(a).isNotEqualTo(b);
        // A change listener hears the same file opened again.
        SimpleObjectProperty<Document> shown = new SimpleObjectProperty<>(a);
        int[] heard = {0};
        shown.addListener((o, old, now) -> heard[0]++);
        shown.set(b);
        assertThat(heard[0]).isEqualTo(1);
    }
}
