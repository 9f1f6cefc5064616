package org.eventscope.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventscope.i18n.Messages;
import org.eventscope.model.TimePoint;
import org.jspecify.annotations.Nullable;

/**
 * A checked walk over a stream of JSON tokens: typed readers for the value the parser stands on
 * (each reports a wrong type as a problem and skips the value, limits held), the fields of an
 * object ({@link Keys}: duplicates and unknown fields reported), and problems with the line,
 * column and JSON pointer of the value. Positions are asked of the parser only at the start of
 * objects and where a problem is found, and pointers are only spelled out for problems, so a
 * million objects walk fast. Knows nothing of the event file's schema.
 */
final class JsonCursor {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** How texts by language are written, for messages. */
    private static final String LANGUAGES_EXAMPLE = "{\"en\": \"...\", \"uk\": \"...\"}";

    private final JsonParser p;
    private final String file;
    private final ProblemList problems;

    /** The line the stream leapt at ({@link #leapt}); none until then. */
    private int leapLine = Integer.MAX_VALUE;

    private int linesLeapt;
    private Runnable unshiftable = () -> {};
    private long shifted;

    /** The entry being read, for spelling out pointers: its list ({@code null} for the root) and index. */
    private @Nullable Section section;

    private int index;
    /** The texts by language of the last text read, or {@code null} when it was a plain string. */
    private @Nullable Map<String, String> languages;

    /** One instance of each text read by {@link #interned}, {@link #strings} and {@link #texts}. */
    private final Interner interner = new Interner();

    /** The items of the array read last by {@link #items}: one list for all, as callers copy them. */
    private final List<String> items = new ArrayList<>();

    /** Reads each time straight from the parser's buffer. */
    private final TimePoint.Parser times = new TimePoint.Parser();

    JsonCursor(JsonParser p, String file, ProblemList problems) {
        this.p = p;
        this.file = file;
        this.problems = problems;
    }

    JsonParser parser() {
        return p;
    }

    /** Where this cursor's shared texts are kept: for the reader's lists of them. */
    Interner interner() {
        return interner;
    }

    String file() {
        return file;
    }

    JsonToken token() {
        return p.currentToken();
    }

    JsonToken next() throws IOException {
        return p.nextToken();
    }

    /** From now on pointers are relative to entry {@code index} of {@code section} ({@code null}: the root). */
    void enter(@Nullable Section section, int index) {
        this.section = section;
        this.index = index;
    }

    @Nullable
    Section section() {
        return section;
    }

    int index() {
        return index;
    }

    // ---- positions and problems -----------------------------------------------------------

    /** The current token's line and column packed in one number (one location object, not two). */
    long pos() {
        JsonLocation at = p.currentTokenLocation();
        return (long) at.getLineNr() << 32 | (at.getColumnNr() & 0xffffffffL);
    }

    int line() {
        return p.currentTokenLocation().getLineNr();
    }

    int column() {
        return p.currentTokenLocation().getColumnNr();
    }

    /** The JSON pointer of a field of the current entry, or of the entry itself when {@code field} is null. */
    String path(@Nullable String field) {
        return path(section, index, field);
    }

    /** The JSON pointer of {@code field} of entry {@code index} of {@code section} (the root when null). */
    static String path(@Nullable Section section, int index, @Nullable String field) {
        String object = section == null ? "" : "/" + section.key() + "/" + index;
        return field == null ? object : object + "/" + Json.escape(field);
    }

    /** An error at the current token. */
    void error(String path, String message) {
        error(line(), column(), path, message);
    }

    void error(long pos, String path, String message) {
        error((int) (pos >>> 32), (int) pos, path, message);
    }

    void error(int line, int column, String path, String message) {
        if (line >= leapLine) {
            // After a leap: the file is read again, so that every error (and any byte offset it gives) is the file's.
            unshiftable.run();
        }
        problems.add(new Problem(Problem.Severity.ERROR, file, line, column, path, message));
    }

    void warning(long pos, String path, String message) {
        int line = (int) (pos >>> 32);
        if (line > leapLine) {
            line += linesLeapt;
            shifted++;
        } else if (line == leapLine) {
            unshiftable.run(); // on the line of the leap the column is the stream's
        }
        problems.add(new Problem(Problem.Severity.WARNING, file, line, (int) pos, path, message));
    }

    /**
     * From here on the parser's lines after {@code line} are {@code lines} short of the file's,
     * the stream having leapt over them ({@link SplitRead}): warnings after that line are moved
     * down; a problem that cannot be placed so (an error, or a warning on that line) calls
     * {@code unshiftable}.
     */
    void leapt(int line, int lines, Runnable unshiftable) {
        this.leapLine = line;
        this.linesLeapt = lines;
        this.unshiftable = unshiftable;
    }

    /** How many warnings were moved down since {@link #leapt}. */
    long shifted() {
        return shifted;
    }

    static String kind(@Nullable JsonToken t) {
        if (t == null) {
            return Messages.get("read.kind.missing");
        }
        return switch (t) {
            case START_OBJECT -> Messages.get("read.kind.object");
            case START_ARRAY -> Messages.get("read.kind.array");
            case VALUE_STRING -> Messages.get("read.kind.string");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Messages.get("read.kind.number");
            case VALUE_TRUE, VALUE_FALSE -> Messages.get("read.kind.boolean");
            case VALUE_NULL -> Messages.get("read.kind.null");
            default -> t.name();
        };
    }

    // ---- values ---------------------------------------------------------------------------

    /**
     * Skips the current value and everything in it, holding the limits on the way: a string is
     * read (so an over-long one is refused wherever it stands), not jumped over, and a key given
     * twice in one object is reported as anywhere else.
     */
    void skip() throws IOException {
        skip(null);
    }

    /** As {@link #skip()}; {@code at} is the value's pointer ({@code null}: the current entry's). */
    void skip(@Nullable String at) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            if (t == JsonToken.VALUE_STRING) {
                p.getText(); // reading it checks its length
            }
            return;
        }
        Deque<Set<String>> keys = new ArrayDeque<>();
        keys.push(t == JsonToken.START_OBJECT ? new HashSet<>() : Set.of());
        while (!keys.isEmpty() && (t = p.nextToken()) != null) {
            switch (t) {
                case START_OBJECT -> keys.push(new HashSet<>());
                case START_ARRAY -> keys.push(Set.of());
                case END_OBJECT, END_ARRAY -> keys.pop();
                case FIELD_NAME -> {
                    if (!keys.peek().add(p.currentName())) {
                        error(at != null ? at : path(null), Messages.get("read.duplicateKey", p.currentName()));
                    }
                }
                case VALUE_STRING -> p.getText();
                default -> {}
            }
        }
    }

    @Nullable
    String string(String name, boolean required) throws IOException {
        return string(name, -1, required, null);
    }

    /** As {@link #string(String, boolean)}, a problem reported at {@code at} (a member of a member). */
    @Nullable
    String string(String name, boolean required, String at) throws IOException {
        return string(name, -1, required, at);
    }

    /**
     * As {@link #string(String, boolean)}, not required, and the same instance as every equal
     * text read so before (a category, say): a text met again costs no new {@code String}.
     */
    @Nullable
    String interned(String name) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return interned();
        }
        return string(name, false);
    }

    /** The string the parser stands on, shared ({@link #interned(String)}). */
    private String interned() throws IOException {
        return interner.string(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    /**
     * The JSON pointer of field {@code name}, or of its item {@code item} when that is not -1:
     * spelled out only for a problem (building it for every value costs a tenth of a load).
     */
    private String at(String name, int item) {
        return item < 0 ? path(name) : path(name) + "/" + item;
    }

    /**
     * As {@link #string(String, boolean)}, for the field's value or its item {@code item}, a
     * problem reported at {@code at} ({@code null}: at the field or item).
     */
    @Nullable
    private String string(String name, int item, boolean required, @Nullable String at) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText();
            if (required && s.isBlank()) {
                error(at != null ? at : at(name, item), Messages.get("read.emptyText", name));
                return null;
            }
            return s;
        }
        error(at != null ? at : at(name, item), Messages.get("read.notString", name, kind(t)));
        skip();
        return null;
    }

    /**
     * Text a reader sees: a string, or the same text in several languages as an object from
     * language tag to string ({@code {"en": "...", "uk": "..."}}); the interface's language is
     * taken when it is there, else the first.
     */
    @Nullable
    String text(String name, boolean required) throws IOException {
        return text(name, -1, required);
    }

    /**
     * An array of texts, each a string or texts by language as {@link #text} reads them, passed
     * through {@code each}; items that are neither, or give no text, are reported and left out.
     * Each text is shared with every equal one read so ({@link #interned(String)}). The list is
     * this cursor's own and holds the items until the next array is read: keep a copy.
     */
    List<String> texts(String name, Item each) throws IOException {
        return items(name, each, true);
    }

    /**
     * {@code texts} with the field just read by {@link #text(String, boolean)} given by language,
     * when the file gave it so.
     */
    org.eventscope.model.Texts withLanguages(org.eventscope.model.Texts texts, String field) {
        Map<String, String> read = languages;
        return read == null || read.isEmpty() ? texts : texts.with(field, read);
    }

    /** As {@link #text(String, boolean)}, for the field's value or its item {@code item}. */
    @Nullable
    private String text(String name, int item, boolean required) throws IOException {
        languages = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return string(name, item, required, null);
        }
        long start = pos();
        String chosen = null;
        String first = null;
        Map<String, String> read = new java.util.LinkedHashMap<>(4);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String language = p.currentName();
            long keyAt = pos();
            JsonToken value = p.nextToken();
            if (value != JsonToken.VALUE_STRING) {
                error(
                        at(name, item) + "/" + Json.escape(language),
                        Messages.get("read.languageNotText", language, kind(value)));
                skip();
                continue;
            }
            if (!LANGUAGE_TAG.matcher(language).matches()) {
                warning(
                        keyAt,
                        at(name, item) + "/" + Json.escape(language),
                        Messages.get("read.badLanguage", language));
            }
            String text = p.getText();
            if (read.keySet().stream().anyMatch(language::equalsIgnoreCase)) {
                // Language tags ignore case: "EN" after "en" is the same language twice.
                error(keyAt, at(name, item) + "/" + Json.escape(language), Messages.get("read.duplicateKey", language));
                continue;
            }
            if (required && text.isBlank()) {
                error(at(name, item) + "/" + Json.escape(language), Messages.get("read.emptyText", name));
                continue;
            }
            read.put(language.intern(), text);
            if (first == null) {
                first = text;
            }
            if (chosen == null && isShownLanguage(language)) {
                chosen = text;
            }
        }
        if (first == null && required) {
            error(start, at(name, item), Messages.get("read.noText", name, LANGUAGES_EXAMPLE));
        }
        languages = read;
        return chosen != null ? chosen : first;
    }

    boolean bool(String name) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        error(path(name), Messages.get("read.notBoolean", name, kind(t)));
        skip();
        return false;
    }

    @Nullable
    Long integer(String name, long min, long max) throws IOException {
        return integer(name, min, max, path(name));
    }

    /** A whole number from {@code min} to {@code max}, reported at {@code at}; {@code null} with a problem otherwise. */
    @Nullable
    Long integer(String name, long min, long max, String at) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            error(at, Messages.get("read.notWholeWritten", name, p.getText()));
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            error(at, Messages.get("read.notWhole", name, kind(t)));
            skip();
            return null;
        }
        BigInteger value = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? p.getBigIntegerValue()
                : BigInteger.valueOf(p.getLongValue());
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            error(at, Messages.get("read.outOfRange", name, p.getText(), String.valueOf(min), String.valueOf(max)));
            return null;
        }
        return value.longValue();
    }

    /** A colour "#rrggbb", or {@code null} (with a problem) for anything else. */
    @Nullable
    String colour(String field) throws IOException {
        String color = string(field, false);
        if (color != null && !COLOUR.matcher(color).matches()) {
            error(path(field), Messages.get("read.notColour", color));
            return null;
        }
        return color;
    }

    /** An ISO 8601 time read straight from the parser's buffer; {@code null} with a problem when it is not one. */
    @Nullable
    TimePoint time(String name, boolean required) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_STRING) {
            string(name, required);
            return null;
        }
        try {
            return times.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        } catch (DateTimeException e) {
            error(path(name), String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** What {@link #strings} does with each item. */
    @FunctionalInterface
    interface Item {
        /** Checks {@code value}, item {@code index}, with the parser on it; returns what to keep. */
        String take(String value, int index);
    }

    /**
     * An array of strings, each passed through {@code each}; items that are not strings are
     * reported and left out. Each string is shared with every equal one read so ({@link #interned(String)}).
     * The list is this cursor's own and holds the items until the next array is read: keep a copy.
     */
    List<String> strings(String name, Item each) throws IOException {
        return items(name, each, false);
    }

    /** An array of strings or, {@code byLanguage}, also of texts by language; other items are reported and left out. */
    private List<String> items(String name, Item each, boolean byLanguage) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            String key = byLanguage ? "read.notArrayOfTexts" : "read.notArrayOfStrings";
            error(path(name), Messages.get(key, name, kind(p.currentToken())));
            skip();
            return List.of();
        }
        List<String> out = items;
        out.clear();
        JsonToken t;
        int i = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_STRING) {
                out.add(each.take(interned(), i));
            } else if (byLanguage && t == JsonToken.START_OBJECT) {
                String text = text(name, i, true);
                if (text != null) {
                    out.add(each.take(interner.string(text), i));
                }
            } else {
                error(
                        path(name) + "/" + i,
                        byLanguage
                                ? Messages.get("read.itemNotText", kind(t), LANGUAGES_EXAMPLE)
                                : Messages.get("read.itemNotString", kind(t)));
                skip();
            }
            i++;
        }
        return out;
    }

    /** Reports each of the string fields {@code names} that the object (starting at {@code objectStart}) lacks. */
    void missingStrings(Keys keys, long objectStart, String... names) {
        for (String name : names) {
            missing(keys, name, "read.expect.string", objectStart, null);
        }
    }

    /**
     * Reports {@code name} when the object lacks it; {@code expectKey} names what it should be,
     * {@code at} the object's pointer ({@code null}: the current entry).
     */
    void missing(Keys keys, String name, String expectKey, long objectStart, @Nullable String at) {
        if (!keys.has(name)) {
            error(
                    objectStart,
                    at != null ? at : path(null),
                    Messages.get("read.missing", name, Messages.get(expectKey)));
        }
    }

    /**
     * The member names seen in one object. Reports duplicate keys and unknown fields at the key
     * and skips their values.
     */
    final class Keys {
        private final String[] known;
        private final @Nullable String at;
        private int seen;
        private @Nullable Set<String> others;

        Keys(String[] known) {
            this(known, null);
        }

        /** @param at the object's JSON pointer, or {@code null} for the current entry */
        Keys(String[] known, @Nullable String at) {
            this.known = known;
            this.at = at;
        }

        /**
         * Moves to the value of the object's next field that is known and seen for the first
         * time, and names it; {@code null} at the end of the object. Duplicate and unknown
         * fields on the way are reported and skipped.
         */
        @Nullable
        String next() throws IOException {
            int i = nextIndex();
            return i < 0 ? null : known[i];
        }

        /**
         * As {@link #next}, the field named by its position among the known names; -1 at the end of
         * the object. For an object read a million times: a switch on the position costs less than
         * one on the name.
         */
        int nextIndex() throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int i = indexOf(name);
                if (first(name, i)) {
                    p.nextToken();
                    return i;
                }
            }
            return -1;
        }

        /**
         * Records {@code name}, known name {@code i} (-1: unknown), with the parser on its key. Returns true when the caller should
         * read the value: the field is known and seen for the first time.
         */
        private boolean first(String name, int i) throws IOException {
            boolean fresh;
            if (i >= 0) {
                fresh = (seen & (1 << i)) == 0;
                seen |= 1 << i;
            } else {
                if (others == null) {
                    others = new HashSet<>();
                }
                fresh = others.add(name);
            }
            if (fresh && i >= 0) {
                return true;
            }
            long key = pos();
            String object = at != null ? at : path(null);
            String field = object + "/" + Json.escape(name);
            if (!fresh) {
                error(key, field, Messages.get("read.duplicateKey", name));
            } else {
                warning(key, field, Messages.get("read.unknownField", name, String.join(", ", known)));
            }
            p.nextToken();
            skip(field);
            return false;
        }

        boolean has(String name) {
            int i = indexOf(name);
            return i >= 0 && (seen & (1 << i)) != 0;
        }

        @SuppressWarnings("ReferenceEquality") // the parser interns field names, as the constants are
        private int indexOf(String name) {
            for (int i = 0; i < known.length; i++) {
                if (known[i] == name) {
                    return i;
                }
            }
            for (int i = 0; i < known.length; i++) {
                if (known[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static boolean isShownLanguage(String tag) {
        return org.eventscope.model.Texts.isShownLanguage(tag);
    }
}
