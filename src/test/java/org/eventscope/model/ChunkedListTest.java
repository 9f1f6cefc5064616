package org.eventscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkedListTest {

    @Test
    void aCopyWithOneEntryReplacedIsThatListAndLeavesTheFirstAsItWas() {
        List<Integer> plain = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            plain.add(i);
        }
        ChunkedList<Integer> list = ChunkedList.of(plain);
        assertThat(list).isEqualTo(plain).hasSize(10_000);
        ChunkedList<Integer> edited = list.with(4096, -1).with(9_999, -2).with(0, -3);
        plain.set(4096, -1);
        plain.set(9_999, -2);
        plain.set(0, -3);
        assertThat(edited).isEqualTo(plain);
        assertThat(list.get(4096)).isEqualTo(4096);
        assertThat(list.get(0)).isZero();
        assertThat(ChunkedList.of(edited)).isSameAs(edited);
        assertThat(ChunkedList.of(List.of())).isEmpty();
        assertThat(ChunkedList.<Integer>of(List.of()).plus(7)).containsExactly(7);
        ChunkedList<Integer> longer = edited;
        for (int i = 0; i < 4096 * 2 + 5; i++) {
            longer = longer.plus(i);
            plain.add(i);
        }
        assertThat(longer).isEqualTo(plain);
        assertThat(edited).hasSize(10_000);
        assertThatThrownBy(() -> edited.get(10_000)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> edited.set(0, 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEventFileKeepsAChunkedListAsItIs() {
        Event e = new Event(
                "e", "Synthetic", TimePoint.parse("2022"), null, false, null, List.of(), null, null, List.of());
        ChunkedList<Event> events = ChunkedList.of(List.of(e, e.withTitle("Other")));
        EventFile f =
                new EventFile(1, "Synthetic", java.time.ZoneId.of("UTC"), List.of(), List.of(), events, List.of());
        assertThat(f.events()).isSameAs(events);
    }
}
