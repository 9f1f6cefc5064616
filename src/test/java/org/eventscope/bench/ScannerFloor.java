package org.eventscope.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the JSON layer under the reader costs, and what a scanner of the file's bytes would:
 * both walk the same file (in memory, on one thread) and make the same strings of every string
 * value, nothing else of the reader's work (no checks, no events). The figure for deciding
 * whether a hand-written scanner of the events array is worth writing.
 *
 * <ul>
 *   <li>{@code jackson}: {@code nextToken} over the whole file, {@code getText} of every string
 *       value, the name of every field (Jackson's shared instance), the value of every whole number;
 *   <li>{@code bytes}: a loop over the bytes that finds the same tokens, a key by its length and
 *       bytes, a string value made by {@code new String(bytes, UTF_8)} (escapes decoded by hand),
 *       whole numbers parsed;
 *   <li>{@code bytes, no strings}: the same loop, the string values only found.
 * </ul>
 *
 * <p>{@code java -cp target/test-classes:target/classes:LIBS org.eventscope.bench.ScannerFloor
 * target/benchmark/synthetic-1000000.json 7}. Prints each way's best and median of the runs,
 * taken in turn. Not a reader: it checks nothing, and it accepts what a reader must refuse.
 */
public final class ScannerFloor {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ScannerFloor() {}

    public static void main(String[] args) throws IOException {
        byte[] file = Files.readAllBytes(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String[] names = {"jackson", "bytes", "bytes, no strings"};
        long[][] ms = new long[names.length][runs];
        long check = 0;
        for (int warm = 0; warm < 3; warm++) {
            check += jackson(file) + bytes(file, true) + bytes(file, false);
        }
        for (int r = 0; r < runs; r++) {
            for (int w = 0; w < names.length; w++) {
                long t = System.nanoTime();
                check += w == 0 ? jackson(file) : bytes(file, w == 1);
                ms[w][r] = (System.nanoTime() - t) / 1_000_000;
            }
        }
        System.out.printf(
                Locale.ROOT, "%s: %.1f MB, %d runs each (check %d)%n", args[0], file.length / 1e6, runs, check);
        for (int w = 0; w < names.length; w++) {
            long[] sorted = ms[w].clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT, "  %-18s best %5d ms, median %5d ms%n", names[w], sorted[0], sorted[runs / 2]);
        }
    }

    /** Jackson's walk; returns a sum over what it made, so that nothing is optimized away. */
    private static long jackson(byte[] file) throws IOException {
        long sum = 0;
        try (JsonParser p = FACTORY.createParser(file)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> sum += p.currentName().length();
                    case VALUE_STRING -> sum += p.getText().length();
                    case VALUE_NUMBER_INT -> sum += p.getLongValue();
                    default -> sum++;
                }
            }
        }
        return sum;
    }

    private static final byte[][] KEYS = Arrays.stream(new String[] {
                "id",
                "title",
                "start",
                "end",
                "endApproximate",
                "category",
                "actors",
                "place",
                "description",
                "media",
                "fatalities",
                "sources",
                "name",
                "url",
                "color",
                "formatVersion",
                "displayZone",
                "categories",
                "events"
            })
            .map(k -> k.getBytes(StandardCharsets.US_ASCII))
            .toArray(byte[][]::new);

    /** The bytes' walk; returns a sum over what it made. */
    private static long bytes(byte[] b, boolean strings) {
        long sum = 0;
        int n = b.length;
        int i = 0;
        while (i < n) {
            byte c = b[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                i++;
                // Indentation: eight spaces at a time.
                while (i + 8 <= n && (long) LONGS.get(b, i) == SPACES) {
                    i += 8;
                }
            } else if (c == '"') {
                int start = i + 1;
                int j = start;
                boolean escaped = false;
                // Eight bytes at a time to the first quote or backslash.
                while (j + 8 <= n) {
                    long w = (long) LONGS.get(b, j);
                    long hit = zeroBytes(w ^ QUOTES) | zeroBytes(w ^ BACKSLASHES);
                    if (hit != 0) {
                        j += Long.numberOfTrailingZeros(hit) >>> 3;
                        break;
                    }
                    j += 8;
                }
                while (true) {
                    byte x = b[j];
                    if (x == '"') {
                        break;
                    }
                    if (x == '\\') {
                        escaped = true;
                        j += 2;
                    } else {
                        j++;
                    }
                }
                int k = j + 1;
                while (k < n && (b[k] == ' ' || b[k] == '\n' || b[k] == '\r' || b[k] == '\t')) {
                    k++;
                }
                if (k < n && b[k] == ':') {
                    sum += key(b, start, j - start);
                } else if (strings) {
                    String s =
                            escaped ? unescape(b, start, j) : new String(b, start, j - start, StandardCharsets.UTF_8);
                    sum += s.length();
                } else {
                    sum += j - start;
                }
                i = j + 1;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                boolean negative = c == '-';
                int j = negative ? i + 1 : i;
                long v = 0;
                while (j < n && b[j] >= '0' && b[j] <= '9') {
                    v = v * 10 + (b[j] - '0');
                    j++;
                }
                sum += negative ? -v : v;
                i = j;
            } else {
                sum++;
                i++;
            }
        }
        return sum;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long SPACES = ONES * ' ';

    /** The high bit of each zero byte of {@code w} (the lowest one exact). */
    private static long zeroBytes(long w) {
        return (w - ONES) & ~w & 0x8080808080808080L;
    }

    /** The known key at {@code b[from, from + length)}: its position, or -1. */
    private static int key(byte[] b, int from, int length) {
        for (int k = 0; k < KEYS.length; k++) {
            byte[] key = KEYS[k];
            if (key.length == length && Arrays.equals(key, 0, length, b, from, from + length)) {
                return k;
            }
        }
        return -1;
    }

    /** A string with escapes, decoded: the rare case. */
    private static String unescape(byte[] b, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        String raw = new String(b, from, to - from, StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
