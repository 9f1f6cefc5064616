package org.eventscope.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list kept in chunks of 4,096 entries, so that a copy with one entry replaced
 * shares every chunk but one: an edit of a million-event file copies a few kilobytes, not the
 * whole list. No entry is null. {@link EventFile} keeps such a list as it is.
 *
 * @param <E> the entries
 */
public final class ChunkedList<E> extends AbstractList<E> implements RandomAccess {

    private static final int BITS = 12;
    private static final int CHUNK = 1 << BITS;

    private final Object[][] chunks;
    private final int size;

    private ChunkedList(Object[][] chunks, int size) {
        this.chunks = chunks;
        this.size = size;
    }

    /** The entries of {@code list}, copied into chunks. */
    public static <E> ChunkedList<E> of(List<? extends E> list) {
        if (list instanceof ChunkedList<?>) {
            @SuppressWarnings("unchecked") // immutable: a list of a subtype is a list of E to read
            ChunkedList<E> same = (ChunkedList<E>) list;
            return same;
        }
        Object[] all = list.toArray();
        int n = all.length;
        Object[][] chunks = new Object[(n + CHUNK - 1) >>> BITS][];
        for (int c = 0; c < chunks.length; c++) {
            chunks[c] = Arrays.copyOfRange(all, c << BITS, Math.min(n, (c + 1) << BITS));
            for (Object o : chunks[c]) {
                Objects.requireNonNull(o, "an entry of a chunked list");
            }
        }
        return new ChunkedList<>(chunks, n);
    }

    /** This list with entry {@code index} replaced: one chunk copied, the others shared. */
    public ChunkedList<E> with(int index, E value) {
        Objects.checkIndex(index, size);
        Objects.requireNonNull(value, "an entry of a chunked list");
        Object[][] next = chunks.clone();
        int c = index >>> BITS;
        next[c] = chunks[c].clone();
        next[c][index & (CHUNK - 1)] = value;
        return new ChunkedList<>(next, size);
    }

    /** This list with {@code value} added at its end: the last chunk copied (or a new one begun), the others shared. */
    public ChunkedList<E> plus(E value) {
        Objects.requireNonNull(value, "an entry of a chunked list");
        int c = size >>> BITS;
        int at = size & (CHUNK - 1);
        Object[][] next = Arrays.copyOf(chunks, c + 1);
        next[c] = at == 0 ? new Object[] {value} : Arrays.copyOf(chunks[c], at + 1);
        next[c][at] = value;
        return new ChunkedList<>(next, size + 1);
    }

    @Override
    @SuppressWarnings("unchecked") // every entry was put in as an E
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) chunks[index >>> BITS][index & (CHUNK - 1)];
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * As every list compares: the same entries in the same order. Two versions of one edited list
     * share most chunks, and a shared chunk is not compared entry by entry (a property that tells
     * its listeners of a new file compares it with the old one).
     */
    @Override
    @SuppressWarnings("ReferenceEquality") // a shared chunk, or the same entry, is equal without a look inside
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof ChunkedList<?> other)) {
            return super.equals(o);
        }
        if (other.size != size) {
            return false;
        }
        for (int c = 0; c < chunks.length; c++) {
            Object[] mine = chunks[c];
            Object[] theirs = other.chunks[c];
            if (mine == theirs) {
                continue;
            }
            for (int i = 0; i < mine.length; i++) {
                if (mine[i] != theirs[i] && !mine[i].equals(theirs[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
