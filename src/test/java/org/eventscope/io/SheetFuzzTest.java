package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eventscope.io.EventFileReader.LoadResult;
import org.eventscope.io.SheetMapping.Field;
import org.eventscope.model.Event;

/**
 * Mutated sheets (the synthetic fixtures with bytes replaced, inserted and deleted, the bytes
 * those edits favour being quotes, separators, line breaks, NUL and bytes that are not UTF-8):
 * whatever comes in, the import either opens a file with no errors or opens nothing with at least
 * one error, never throws, and every message it prints is free of raw control characters.
 */
class SheetFuzzTest {

    private static final List<String> FIXTURES = List.of(
            "acled-synthetic.csv",
            "timelinejs-template-synthetic.csv",
            "ukrainian-semicolon-1251-synthetic.csv",
            "excel-serial-1900-synthetic.csv");

    private static final SheetMapping MAPPING = new SheetMapping(
            Map.of(Field.START, "Дата", Field.TITLE, "Подія", Field.PLACE, "Місце", Field.ACTORS, "Опис"), null);

    /** One edit: at a place (a fraction of the length), a kind (replace, insert, delete), a byte. */
    record Edit(double at, int kind, byte value) {}

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Byte> favoured = Arbitraries.of(
                (byte) '"',
                (byte) ',',
                (byte) ';',
                (byte) '\t',
                (byte) '\n',
                (byte) '\r',
                (byte) 0,
                (byte) 0xFF,
                (byte) 0xC3,
                (byte) 0xEF,
                (byte) 0xBB,
                (byte) 0xBF,
                (byte) '=',
                (byte) '-',
                (byte) '9',
                (byte) '.');
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, favoured), net.jqwik.api.Tuple.of(1, any)))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 400)
    void aMutatedSheetOpensCleanlyOrIsRefusedWithItsReasons(
            @ForAll("edits") List<Edit> edits, @ForAll("fixture") String fixture, @ForAll boolean mapped)
            throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/sheets", fixture));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(bytes);
        byte[] mutated = out.toByteArray();
        for (Edit e : edits) {
            int at = (int) (e.at() * mutated.length);
            java.io.ByteArrayOutputStream next = new java.io.ByteArrayOutputStream();
            next.write(mutated, 0, at);
            if (e.kind() != 2) {
                next.write(e.value());
            }
            int skip = e.kind() == 1 ? 0 : 1;
            if (at + skip <= mutated.length) {
                next.write(mutated, at + skip, mutated.length - at - skip);
            }
            mutated = next.toByteArray();
        }
        SheetOptions options = fixture.contains("1251")
                ? new SheetOptions(java.nio.charset.Charset.forName("windows-1251"), mapped ? MAPPING : null)
                : new SheetOptions(
                        null,
                        mapped && fixture.contains("serial")
                                ? new SheetMapping(Map.of(Field.START, "Start", Field.TITLE, "Title"), null)
                                : null);
        LoadResult result = EventFileReader.read(
                fixture, new ByteArrayInputStream(mutated), mutated.length, ReadMonitor.NONE, options);
        if (result.file() != null) {
            assertThat(result.errors()).isEmpty();
            for (Event e : result.file().events()) {
                assertThat(e.title()).isNotBlank();
                assertThat(e.start()).isNotNull();
            }
        } else {
            assertThat(result.errors()).isNotEmpty();
        }
        for (Problem p : result.problems()) {
            assertThat(p.toString()).doesNotContainPattern("[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]");
            assertThat(p.line()).isNotNegative();
        }
    }

    @Provide
    Arbitrary<String> fixture() {
        return Arbitraries.of(FIXTURES);
    }
}
