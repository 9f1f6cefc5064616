package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {

    @TempDir
    Path dir;

    @Test
    void aJournalIsOfferedOnlyOnceItsWindowIsGoneAndGoesWhenCleared() throws Exception {
        Recovery running = new Recovery(dir);
        running.write(out -> out.write("{}".getBytes()), dir.resolve("a.json"), "a.json");
        // Another window (this process stands in for it) sees the journal held.
        Recovery next = new Recovery(dir);
        assertThat(next.left()).isEmpty();
        running.releaseLock();
        assertThat(next.left()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("a.json");
            assertThat(f.original()).isEqualTo(dir.resolve("a.json"));
        });
        Recovery.remove(next.left().get(0));
        assertThat(next.left()).isEmpty();
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aBrokenDescriptionDoesNotKeepTheOtherJournalsFromBeingOffered() throws Exception {
        Files.writeString(dir.resolve("good.json"), "{}");
        Files.writeString(
                dir.resolve("good.properties"), "original=/tmp/x.json\nname=x.json\ntime=2026-11-30T10:00:00Z\n");
        Files.writeString(dir.resolve("bad.json"), "{}");
        Files.writeString(dir.resolve("bad.properties"), "original=C\\:\\u00zz\n");
        Files.writeString(dir.resolve("nul.json"), "{}");
        Files.writeString(dir.resolve("nul.properties"), "original=/tmp/a\\u0000b\ntime=never\n");
        var found = new Recovery(dir).left();
        assertThat(found).hasSize(3);
        assertThat(found).extracting(Recovery.Found::name).contains("x.json");
        assertThat(found)
                .filteredOn(f -> f.journal().endsWith("nul.json"))
                .singleElement()
                .satisfies(f -> assertThat(f.original()).isNull());
    }

    @Test
    void aFolderThatCannotBeReadOffersNothing() {
        assertThat(new Recovery(dir.resolve("missing")).left()).isEmpty();
    }
}
