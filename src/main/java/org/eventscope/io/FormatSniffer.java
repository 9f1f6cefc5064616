package org.eventscope.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells an Eventscope event file from a TimelineJS 3 file by its shape, whatever the order of its
 * keys: the first root member that only one of the two formats has decides. Eventscope alone has
 * {@code formatVersion}, {@code displayZone}, {@code sources}, {@code categories},
 * {@code troopReports} and a plain-string {@code title}; TimelineJS alone has {@code scale}, a title
 * slide ({@code title} with {@code text} or {@code media}), and events or eras whose objects have
 * {@code start_date} or {@code text} (both formats give an event {@code media}). It reads at most {@link #SNIFF_BYTES} from a
 * marked buffer and puts them back, so the input is opened and read once. Anything undecided,
 * including malformed JSON, is read as an Eventscope file, whose reader says what is wrong.
 */
final class FormatSniffer {

    enum Format {
        EVENTSCOPE,
        TIMELINEJS
    }

    /** The most bytes looked at before deciding. */
    static final int SNIFF_BYTES = 1 << 20;

    private static final Set<String> EVENTSCOPE_ROOT =
            Set.of("$schema", "format", "formatVersion", "displayZone", "sources", "categories", "troopReports");
    private static final Set<String> EVENTSCOPE_ITEM = Set.of(
            "id",
            "start",
            "end",
            "title",
            "category",
            "actors",
            "place",
            "description",
            "sources",
            "color",
            "endApproximate",
            "fatalities");
    /** An item's members only TimelineJS has ({@code media} both have: it decides nothing). */
    private static final Set<String> TIMELINEJS_ITEM =
            Set.of("start_date", "end_date", "text", "group", "display_date", "background", "unique_id", "autolink");

    private FormatSniffer() {}

    /** Looks at the start of {@code in} and resets it to where it was. */
    static Format detect(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES + 1);
        try {
            return detect(new Prefix(in, SNIFF_BYTES));
        } finally {
            in.reset();
        }
    }

    private static Format detect(InputStream in) {
        try (JsonParser p = Json.FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Format.EVENTSCOPE;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                Format decided = null;
                if (EVENTSCOPE_ROOT.contains(name)) {
                    decided = Format.EVENTSCOPE;
                } else if (name.equals("scale")) {
                    decided = Format.TIMELINEJS;
                } else if (name.equals("title")) {
                    decided = value == JsonToken.VALUE_STRING
                            ? Format.EVENTSCOPE
                            : value == JsonToken.START_OBJECT ? titleObject(p) : null;
                } else if ((name.equals("events") || name.equals("eras")) && value == JsonToken.START_ARRAY) {
                    decided = firstItem(p);
                }
                if (decided != null) {
                    return decided;
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // Malformed, or not UTF-8: the event file reader says where and why.
        }
        return Format.EVENTSCOPE;
    }

    /**
     * A root {@code title} object: a TimelineJS title slide holds objects ({@code text},
     * {@code media}); an Eventscope title in several languages holds only strings. Leaves the
     * parser on the object's end when undecided.
     */
    private static @Nullable Format titleObject(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY || TIMELINEJS_ITEM.contains(key)) {
                return Format.TIMELINEJS;
            }
        }
        return null;
    }

    /** Decides by the keys of an array's first object; leaves the parser where {@code skipChildren} finishes it. */
    private static @Nullable Format firstItem(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (TIMELINEJS_ITEM.contains(key)) {
                return Format.TIMELINEJS;
            }
            if (EVENTSCOPE_ITEM.contains(key)) {
                return Format.EVENTSCOPE;
            }
            p.nextToken();
            p.skipChildren();
        }
        // The first object said nothing either way: skip the rest of the array.
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
        }
        return null;
    }

    /** The first {@code limit} bytes of a stream, which closing leaves open. */
    private static final class Prefix extends InputStream {
        private final InputStream in;
        private long left;

        Prefix(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
