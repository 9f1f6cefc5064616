package org.eventscope.model;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Makes events in bulk, as a reader or an import does, and keeps their values in columns: blocks
 * of up to 4,096 events, each value in an array a block long, a block's texts one after another in
 * one byte array. Such an event is a reference to its block and row (24 bytes); one made on its own
 * keeps a few objects of its own. A million events read from a file are so a million small objects
 * and a few hundred blocks instead of five million objects, which the garbage collector would copy
 * while the file is read.
 *
 * <p>The values are checked and kept as {@link Event}'s public constructor does: the events made
 * here equal those made there with the same values.
 *
 * <p>Each event's id and description are packed in the block's texts, and so are its title and
 * place, unless the columns were made {@link #sharingTitlesAndPlaces() to share them}: then
 * they are kept as the texts given, for an import that makes each repeated title and place once.
 *
 * <p>One thread makes events with it; the events it made may be read on others once they are
 * handed over safely (as a loader hands over its result).
 */
public final class EventColumns {

    /** The most events in a block. */
    static final int BLOCK = 4096;

    private static final int FIRST_BLOCK = 64;

    /** The bytes of texts a first block makes room for, per event. */
    private static final int FIRST_TEXTS = 64;

    /**
     * The most room for texts a block makes at first; more is made as they come. Little beside a
     * block's other arrays: a block made while memory is nearly full (the last of a file, holding
     * one event, say) takes no more than the block before needed.
     */
    private static final int MOST_TEXTS = 1 << 20;

    private final boolean shared;
    private Block block;

    /** Columns that pack every event's title and place with its id and description. */
    public EventColumns() {
        this(false);
    }

    private EventColumns(boolean shared) {
        this.shared = shared;
        this.block = new Block(FIRST_BLOCK, FIRST_BLOCK * FIRST_TEXTS, shared);
    }

    /**
     * Columns that keep each event's title and place as the text given, for events that share
     * them (an import that makes each repeated one once): a reference each instead of their bytes.
     */
    public static EventColumns sharingTitlesAndPlaces() {
        return new EventColumns(true);
    }

    /** An event with these values (see {@link Event#Event(String, String, TimePoint, TimePoint, boolean, String, List, String, String, List, Texts, Integer, Media)}). */
    public Event add(
            String id,
            String title,
            TimePoint start,
            @Nullable TimePoint end,
            boolean endApproximate,
            @Nullable String category,
            List<String> actors,
            @Nullable String place,
            @Nullable String description,
            List<String> sourceIds,
            Texts texts,
            @Nullable Integer fatalities,
            @Nullable Media media) {
        String keptId = Objects.requireNonNull(id, "id");
        String keptDescription = SingleEvent.keptDescription(description, texts);
        String keptTitle = SingleEvent.keptTitle(title, texts);
        String keptPlace = SingleEvent.keptPlace(place, texts);
        long room = PackedTexts.Buffer.most(keptId) + PackedTexts.Buffer.most(keptDescription);
        if (!shared) {
            room += PackedTexts.Buffer.most(keptTitle) + PackedTexts.Buffer.most(keptPlace);
        }
        if (!block.fits(room)) {
            block.trim();
            int capacity = Math.min(BLOCK, block.capacity * 2);
            block = new Block(capacity, block.textsFor(capacity), shared);
        }
        int row = block.add(
                keptId,
                keptTitle,
                keptDescription,
                keptPlace,
                Objects.requireNonNull(start, "start"),
                end,
                endApproximate,
                category,
                List.copyOf(actors),
                List.copyOf(sourceIds),
                Objects.requireNonNull(texts, "texts"),
                fatalities,
                media);
        return new Event(block, row);
    }

    /**
     * Gives back the room for texts that the block events are added to now did not take: call
     * once the events are all added (more may still be added after). Each full block gives back
     * its room as the next begins; the last would otherwise keep all it made room for (up to
     * {@link #MOST_TEXTS} for a single event) as long as its events are kept.
     */
    public void trim() {
        block.trim();
    }

    /** The bytes the block events are added to now has room for, its texts' included. */
    int textRoom() {
        return block.packed(0).length;
    }

    /** The values of up to {@link #BLOCK} events, one array for each. */
    static final class Block extends EventValues {

        private static final Precision[] PRECISIONS = Precision.values();

        /** In a time's precision byte: no time; else the precision's ordinal plus one. */
        private static final int NONE = 0;

        private static final int PRECISION = 0x0f;

        /** In the end's precision byte: the end is approximate (an event may say so without an end). */
        private static final int APPROXIMATE = 0x40;

        final int capacity;
        private int size;
        /** Each event's title and place, when they are kept as given; else {@code null}: packed. */
        private final String @Nullable [] titles;

        private final @Nullable String @Nullable [] places;
        private final PackedTexts.Buffer packed;
        private final int[] packedFrom;
        private final long[] startSeconds;
        private int @Nullable [] startNanos;
        private final byte[] startPrecision;
        private final @Nullable ZoneOffset[] startOffset;
        private @Nullable ZoneId @Nullable [] startZone;
        private final long[] endSeconds;
        private int @Nullable [] endNanos;
        private final byte[] endPrecision;
        private final @Nullable ZoneOffset[] endOffset;
        private @Nullable ZoneId @Nullable [] endZone;
        private final @Nullable String[] category;
        private final Object[] actors;
        private final Object[] sourceIds;
        private @Nullable Texts @Nullable [] texts;
        private @Nullable Integer @Nullable [] fatalities;
        private @Nullable Media @Nullable [] media;

        /** @param texts the bytes of texts to make room for at first */
        Block(int capacity, int texts, boolean shared) {
            this.capacity = capacity;
            this.titles = shared ? new String[capacity] : null;
            this.places = shared ? new String[capacity] : null;
            this.packed = new PackedTexts.Buffer(texts);
            this.packedFrom = new int[capacity];
            this.startSeconds = new long[capacity];
            this.startPrecision = new byte[capacity];
            this.startOffset = new ZoneOffset[capacity];
            this.endSeconds = new long[capacity];
            this.endPrecision = new byte[capacity];
            this.endOffset = new ZoneOffset[capacity];
            this.category = new String[capacity];
            this.actors = new Object[capacity];
            this.sourceIds = new Object[capacity];
        }

        /** Whether one more event, whose texts take at most {@code bytes} packed, fits this block. */
        boolean fits(long bytes) {
            return size < capacity && (size == 0 || packed.fits(bytes));
        }

        /**
         * The room for texts a next block of {@code events} makes at first: as much per event as
         * this block's took, and a sixteenth more, at most {@link #MOST_TEXTS}. Events of one file are much alike, so the next
         * block's texts seldom outgrow it (which would copy them) or leave over an eighth of it free
         * (which {@link #trim} copies them to give back).
         */
        int textsFor(int events) {
            long perEvent = size == 0 ? FIRST_TEXTS : (packed.size() + size - 1) / size;
            long room = events * perEvent;
            return (int) Math.min(MOST_TEXTS, room + (room >>> 4));
        }

        /** Gives back the room the texts did not take. */
        void trim() {
            packed.trim();
        }

        /** Adds an event's values, checked as {@link SingleEvent} checks them; returns its row. */
        @SuppressWarnings("EnumOrdinal") // a precision's ordinal is kept in memory only, never written
        int add(
                String id,
                String title,
                @Nullable String description,
                @Nullable String place,
                TimePoint s,
                @Nullable TimePoint e,
                boolean endApproximate,
                @Nullable String category,
                List<String> actors,
                List<String> sourceIds,
                Texts t,
                @Nullable Integer f,
                @Nullable Media m) {
            int row = size;
            packedFrom[row] = packed.size();
            packed.append(id);
            packed.append(description);
            if (titles == null || places == null) {
                packed.append(title);
                packed.append(place);
            } else {
                titles[row] = title;
                places[row] = place;
            }
            startSeconds[row] = s.localSeconds();
            startPrecision[row] = (byte) (s.precision().ordinal() + 1);
            startOffset[row] = s.offset();
            if (s.nano() != 0) {
                if (startNanos == null) {
                    startNanos = new int[capacity];
                }
                startNanos[row] = s.nano();
            }
            if (s.zone() != null) {
                if (startZone == null) {
                    startZone = new ZoneId[capacity];
                }
                startZone[row] = s.zone();
            }
            int endByte = endApproximate ? APPROXIMATE : NONE;
            if (e != null) {
                endSeconds[row] = e.localSeconds();
                endByte |= e.precision().ordinal() + 1;
                endOffset[row] = e.offset();
                if (e.nano() != 0) {
                    if (endNanos == null) {
                        endNanos = new int[capacity];
                    }
                    endNanos[row] = e.nano();
                }
                if (e.zone() != null) {
                    if (endZone == null) {
                        endZone = new ZoneId[capacity];
                    }
                    endZone[row] = e.zone();
                }
            }
            endPrecision[row] = (byte) endByte;
            this.category[row] = category;
            this.actors[row] = actors;
            this.sourceIds[row] = sourceIds;
            if (!t.isEmpty()) {
                if (this.texts == null) {
                    this.texts = new Texts[capacity];
                }
                this.texts[row] = t;
            }
            if (f != null) {
                if (fatalities == null) {
                    fatalities = new Integer[capacity];
                }
                fatalities[row] = f;
            }
            if (m != null) {
                if (media == null) {
                    media = new Media[capacity];
                }
                media[row] = m;
            }
            size = row + 1;
            return row;
        }

        @Override
        byte[] packed(int row) {
            return packed.array();
        }

        @Override
        int packedFrom(int row) {
            return packedFrom[row];
        }

        @Override
        String title(int row) {
            return titles != null
                    ? titles[row]
                    : Objects.requireNonNull(PackedTexts.get(packed.array(), packedFrom[row], SingleEvent.TITLE));
        }

        @Override
        @Nullable
        String place(int row) {
            return places != null ? places[row] : PackedTexts.get(packed.array(), packedFrom[row], SingleEvent.PLACE);
        }

        @Override
        TimePoint start(int row) {
            return TimePoint.restore(
                    startSeconds[row],
                    startNanos == null ? 0 : startNanos[row],
                    PRECISIONS[(startPrecision[row] & PRECISION) - 1],
                    startOffset[row],
                    startZone == null ? null : startZone[row]);
        }

        @Override
        @Nullable
        TimePoint end(int row) {
            int precision = endPrecision[row] & PRECISION;
            if (precision == NONE) {
                return null;
            }
            return TimePoint.restore(
                    endSeconds[row],
                    endNanos == null ? 0 : endNanos[row],
                    PRECISIONS[precision - 1],
                    endOffset[row],
                    endZone == null ? null : endZone[row]);
        }

        @Override
        @Nullable
        Precision precision(int row, boolean end) {
            int precision = (end ? endPrecision[row] : startPrecision[row]) & PRECISION;
            return precision == NONE ? null : PRECISIONS[precision - 1];
        }

        @Override
        long millis(int row, boolean end, boolean periodEnd, ZoneId fallback) {
            long seconds = end ? endSeconds[row] : startSeconds[row];
            int[] nanos = end ? endNanos : startNanos;
            int nano = nanos == null ? 0 : nanos[row];
            ZoneOffset offset = end ? endOffset[row] : startOffset[row];
            ZoneId[] zones = end ? endZone : startZone;
            ZoneId zone = zones == null ? null : zones[row];
            if (!periodEnd) {
                return TimePoint.startMillis(seconds, nano, offset, zone, fallback);
            }
            Precision precision = Objects.requireNonNull(precision(row, end), "end");
            return TimePoint.periodEndMillis(seconds, nano, precision, offset, zone, fallback);
        }

        @Override
        boolean endApproximate(int row) {
            return (endPrecision[row] & APPROXIMATE) != 0;
        }

        @Override
        @Nullable
        String category(int row) {
            return category[row];
        }

        @Override
        @SuppressWarnings("unchecked") // only lists of strings are put in
        List<String> actors(int row) {
            return (List<String>) actors[row];
        }

        @Override
        @SuppressWarnings("unchecked") // only lists of strings are put in
        List<String> sourceIds(int row) {
            return (List<String>) sourceIds[row];
        }

        @Override
        Texts texts(int row) {
            Texts t = texts == null ? null : texts[row];
            return t == null ? Texts.NONE : t;
        }

        @Override
        @Nullable
        Integer fatalities(int row) {
            return fatalities == null ? null : fatalities[row];
        }

        @Override
        @Nullable
        Media media(int row) {
            return media == null ? null : media[row];
        }
    }
}
