package org.eventscope.edit;

import java.time.ZoneId;

/**
 * One change to a {@link Draft}, and the change that undoes it. Entries are told apart by
 * identity: a change names the entry it expects where it applies, and refuses to apply elsewhere.
 */
public sealed interface Change {

    /** The change that undoes this one. */
    Change inverse();

    /** Entry {@code index} of {@code part} becomes {@code after}. */
    record Put(Part part, int index, Object before, Object after) implements Change {
        @Override
        public Change inverse() {
            return new Put(part, index, after, before);
        }
    }

    /**
     * {@code entry} is inserted at {@code index}.
     *
     * @param origin where the entry stood in the file as read, or -1 (see {@link Draft})
     */
    record Insert(Part part, int index, Object entry, long origin) implements Change {
        @Override
        public Change inverse() {
            return new Remove(part, index, entry, origin);
        }
    }

    /** Entry {@code index}, {@code entry}, is removed. */
    record Remove(Part part, int index, Object entry, long origin) implements Change {
        @Override
        public Change inverse() {
            return new Insert(part, index, entry, origin);
        }
    }

    /** The file's title and display zone. */
    record Head(
            String titleBefore,
            org.eventscope.model.Texts textsBefore,
            ZoneId zoneBefore,
            String title,
            org.eventscope.model.Texts texts,
            ZoneId zone)
            implements Change {
        @Override
        public Change inverse() {
            return new Head(title, texts, zone, titleBefore, textsBefore, zoneBefore);
        }
    }
}
