package org.eventscope.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the members of an object and the items of an array stand in the bytes of a JSON text that
 * was read without errors already, so that a save can copy what did not change byte for byte. A
 * plain scan: no tree and no values are built, so a 100 MB file's million events are found in a
 * fraction of a second.
 */
final class JsonSpans {

    /** A member: its name, where its key begins, and where its value begins and ends (exclusive). */
    record Member(String name, int keyStart, int valueStart, int valueEnd) {}

    /** The items of an array: {@code starts[i]} to {@code ends[i]} (exclusive), and where the brackets stand. */
    static final class Items {
        private final int open;
        private final int close;
        private final int[] starts;
        private final int[] ends;

        Items(int open, int close, int[] starts, int[] ends) {
            this.open = open;
            this.close = close;
            this.starts = starts;
            this.ends = ends;
        }

        int open() {
            return open;
        }

        int close() {
            return close;
        }

        int[] starts() {
            return starts;
        }

        int[] ends() {
            return ends;
        }

        int size() {
            return starts.length;
        }
    }

    private final ByteSource b;
    private final int n;
    /** The items of the root's lists, found while its members were: a big list is scanned once. */
    private final java.util.Map<Integer, Items> rootLists = new java.util.HashMap<>();

    JsonSpans(ByteSource bytes) {
        this.b = bytes;
        this.n = bytes.length();
    }

    ByteSource bytes() {
        return b;
    }

    byte at(int i) {
        return b.at(i);
    }

    /** Where the document's value begins: after a byte-order mark and white space. */
    int root() {
        int i = n >= 3 && (b.at(0) & 0xff) == 0xef && (b.at(1) & 0xff) == 0xbb && (b.at(2) & 0xff) == 0xbf ? 3 : 0;
        return skipSpace(i);
    }

    /** The members of the object whose brace stands at {@code open}. */
    List<Member> members(int open) {
        expect(open, '{');
        boolean root = open == root();
        List<Member> out = new ArrayList<>();
        int i = skipSpace(open + 1);
        if (b.at(i) == '}') {
            return out;
        }
        while (true) {
            int keyStart = i;
            int keyEnd = end(i);
            i = skipSpace(keyEnd);
            expect(i, ':');
            int valueStart = skipSpace(i + 1);
            int valueEnd;
            if (root && b.at(valueStart) == '[') {
                Items items = items(valueStart);
                rootLists.put(valueStart, items);
                valueEnd = items.close() + 1;
            } else {
                valueEnd = end(valueStart);
            }
            out.add(new Member(name(keyStart, keyEnd), keyStart, valueStart, valueEnd));
            i = skipSpace(valueEnd);
            if (b.at(i) == '}') {
                return out;
            }
            expect(i, ',');
            i = skipSpace(i + 1);
        }
    }

    /** The closing brace of the object whose members are {@code members}, opened at {@code open}. */
    int close(int open, List<Member> members) {
        int i = skipSpace(
                members.isEmpty() ? open + 1 : members.get(members.size() - 1).valueEnd());
        expect(i, '}');
        return i;
    }

    /** The items of the array whose bracket stands at {@code open}. */
    Items items(int open) {
        Items known = rootLists.get(open);
        if (known != null) {
            return known;
        }
        expect(open, '[');
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        int i = skipSpace(open + 1);
        if (b.at(i) != ']') {
            while (true) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = i;
                i = end(i);
                ends[n++] = i;
                i = skipSpace(i);
                if (b.at(i) == ']') {
                    break;
                }
                expect(i, ',');
                i = skipSpace(i + 1);
            }
        }
        return new Items(open, i, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** The white space that begins the line {@code at} stands on. */
    String indentOf(int at) {
        int lineStart = at;
        while (lineStart > 0 && b.at(lineStart - 1) != '\n' && b.at(lineStart - 1) != '\r') {
            lineStart--;
        }
        int i = lineStart;
        while (i < at && (b.at(i) == ' ' || b.at(i) == '\t')) {
            i++;
        }
        return new String(b.read(lineStart, i), StandardCharsets.US_ASCII);
    }

    /** Whether the file's first line ends with CR LF (as files written on Windows do). */
    boolean crlf() {
        for (int i = 0; i < n; i++) {
            if (b.at(i) == '\n') {
                return i > 0 && b.at(i - 1) == '\r';
            }
        }
        return false;
    }

    /** One level of indentation as the file writes it: the white space of its first indented line. */
    String unit() {
        for (int i = 0; i + 1 < n; i++) {
            if (b.at(i) == '\n') {
                if (b.at(i + 1) == '\t') {
                    return "\t";
                }
                int j = i + 1;
                while (j < n && b.at(j) == ' ') {
                    j++;
                }
                if (j > i + 1) {
                    return " ".repeat(j - i - 1);
                }
            }
        }
        return JsonText.INDENT;
    }

    String text(int from, int to) {
        return b.text(from, to);
    }

    /** Where the value that begins at {@code i} ends (exclusive). */
    int end(int i) {
        byte c = b.at(i);
        if (c == '"') {
            int j = i + 1;
            while (b.at(j) != '"') {
                j += b.at(j) == '\\' ? 2 : 1;
            }
            return j + 1;
        }
        if (c == '{' || c == '[') {
            // A tight loop over the bytes an array at a time: a save scans a big file's lists whole.
            int depth = 0;
            boolean inString = false;
            boolean escaped = false;
            int j = i;
            while (true) {
                byte[] a = b.array(j);
                int base = b.start(j);
                int limit = b.limit(j) - base;
                for (int k = j - base; k < limit; k++) {
                    byte d = a[k];
                    if (inString) {
                        if (escaped) {
                            escaped = false;
                        } else if (d == '\\') {
                            escaped = true;
                        } else if (d == '"') {
                            inString = false;
                        }
                    } else if (d == '"') {
                        inString = true;
                    } else if (d == '{' || d == '[') {
                        depth++;
                    } else if ((d == '}' || d == ']') && --depth == 0) {
                        return base + k + 1;
                    }
                }
                j = base + limit;
            }
        }
        int j = i;
        while (j < n && !isSpace(b.at(j)) && b.at(j) != ',' && b.at(j) != '}' && b.at(j) != ']') {
            j++;
        }
        return j;
    }

    private int skipSpace(int i) {
        while (i < n && isSpace(b.at(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private void expect(int i, char c) {
        if (i >= n || b.at(i) != c) {
            throw new IllegalStateException("expected '" + c + "' at byte " + i + " of a file read without errors");
        }
    }

    /** The string at [from, to), quotes included, decoded. */
    private String name(int from, int to) {
        boolean plain = true;
        for (int i = from + 1; i < to - 1; i++) {
            if (b.at(i) == '\\') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return b.text(from + 1, to - 1);
        }
        try (JsonParser p = Json.FACTORY.createParser(b.read(from, to))) {
            p.nextToken();
            return p.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
