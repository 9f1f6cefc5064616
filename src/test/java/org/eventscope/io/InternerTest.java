package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InternerTest {

    /** {@code text} inside a larger buffer, as the parser's is: other characters either side. */
    private static String fromChars(Interner interner, String text) {
        char[] buffer = ("«" + text + "»xyz").toCharArray();
        return interner.string(buffer, 1, text.length());
    }

    @Test
    void aTextMetAsCharactersOrAsAStringIsOneInstance() {
        Interner interner = new Interner();
        String meeting = fromChars(interner, "meeting");
        assertThat(meeting).isEqualTo("meeting");
        assertThat(fromChars(interner, "meeting")).isSameAs(meeting);
        assertThat(interner.string(new String("meeting".toCharArray()))).isSameAs(meeting);

        // A text first met as a string is the one the characters find.
        Interner other = new Interner();
        String given = other.string(new String("src1".toCharArray()));
        assertThat(fromChars(other, "src1")).isSameAs(given);

        // Texts that differ in one character, in length or in case are distinct; the empty text is one.
        assertThat(fromChars(interner, "meetings")).isEqualTo("meetings").isNotSameAs(meeting);
        assertThat(fromChars(interner, "meetinG")).isEqualTo("meetinG");
        String empty = fromChars(interner, "");
        assertThat(empty).isEmpty();
        assertThat(fromChars(interner, "")).isSameAs(empty);
        assertThat(fromChars(interner, "зустріч")).isEqualTo("зустріч").isSameAs(fromChars(interner, "зустріч"));
    }

    @Test
    void textsWithOneHashAreEachKeptOnce() {
        // 2^14 texts with the same String.hashCode: the table keeps a few, the map the rest.
        Interner interner = new Interner();
        int n = 1 << 14;
        List<String> first = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            first.add(fromChars(interner, IdTableTest.collidingId(i, 14)));
        }
        assertThat(first.get(0).hashCode()).isEqualTo(first.get(n - 1).hashCode());
        Map<String, Boolean> distinct = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            String again = fromChars(interner, IdTableTest.collidingId(i, 14));
            assertThat(again).isEqualTo(IdTableTest.collidingId(i, 14)).isSameAs(first.get(i));
            distinct.put(again, true);
        }
        assertThat(distinct).hasSize(n);
    }

    @Test
    void moreTextsThanTheTableHoldsAreEachKeptOnce() {
        Interner interner = new Interner();
        int n = 200_000;
        String[] first = new String[n];
        for (int i = 0; i < n; i++) {
            first[i] = fromChars(interner, "actor " + i);
        }
        for (int i = n - 1; i >= 0; i--) {
            assertThat(fromChars(interner, "actor " + i)).isSameAs(first[i]);
            assertThat(interner.string(new String(("actor " + i).toCharArray())))
                    .isSameAs(first[i]);
        }
    }
}
