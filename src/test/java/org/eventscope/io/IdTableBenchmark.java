package org.eventscope.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Puts a million ids of five shapes into {@link IdTable} and finds every third again, against a
 * {@code HashMap} of the same ids, medians of seven rounds after three to warm up: numbered in
 * order ({@code e0}, {@code e1}, …), the same shuffled (a file sorted by time whose ids were given
 * in another order), every fifth number, UUIDs, a prefix with sparse eight-digit numbers (as ACLED's), and dates with
 * a number (hundreds of prefixes). The ids are made and hashed before the clock starts. Run with
 * {@code mvn -Pbenchmark verify}, or alone on the test class path.
 */
public final class IdTableBenchmark {

    private static final int IDS = 1_000_000;
    private static final int WARM = 3;
    private static final int ROUNDS = 7;

    private IdTableBenchmark() {}

    public static void main(String[] args) {
        Random random = new Random(42);
        String[] numbered = new String[IDS];
        String[] uuid = new String[IDS];
        String[] acled = new String[IDS];
        String[] dated = new String[IDS];
        String[] thin = new String[IDS];
        for (int i = 0; i < IDS; i++) {
            numbered[i] = "e" + i;
            thin[i] = "e" + 5L * i;
            uuid[i] = new UUID(random.nextLong(), random.nextLong()).toString();
            acled[i] = "UKR" + (10_000_000 + random.nextInt(90_000_000));
            dated[i] = String.format(Locale.ROOT, "2022-%02d-%02d-%d", 1 + i % 12, 1 + (i / 12) % 28, i % 9973);
        }
        List<String> shuffled = new ArrayList<>(Arrays.asList(numbered));
        Collections.shuffle(shuffled, random);
        Map<String, String[]> shapes = new LinkedHashMap<>();
        shapes.put("numbered in order", numbered);
        shapes.put("numbered, shuffled", shuffled.toArray(String[]::new));
        shapes.put("numbered, one in five", thin);
        shapes.put("UUID", uuid);
        shapes.put("prefix, sparse numbers", acled);
        shapes.put("date and number", dated);
        System.out.printf(
                "%-24s %14s %14s %14s%n", "1M ids (ms, median)", "table: put", "table: get/3", "HashMap: put");
        for (Map.Entry<String, String[]> shape : shapes.entrySet()) {
            if (args.length > 0 && !shape.getKey().startsWith(args[0])) {
                continue;
            }
            String[] ids = shape.getValue();
            for (String id : ids) {
                id.hashCode(); // cached in the string, as a read's interned ids are not: the same for both
            }
            long[] put = new long[ROUNDS];
            long[] get = new long[ROUNDS];
            long[] map = new long[ROUNDS];
            long sink = 0;
            for (int round = 0; round < WARM + ROUNDS; round++) {
                long t0 = System.nanoTime();
                IdTable table = new IdTable(IDS);
                for (int i = 0; i < IDS; i++) {
                    table.putIfAbsent(ids[i], i);
                }
                long t1 = System.nanoTime();
                for (int i = 0; i < IDS; i += 3) {
                    sink += table.get(ids[i]);
                }
                long t2 = System.nanoTime();
                Map<String, Long> hashMap = new HashMap<>(2 * IDS);
                for (int i = 0; i < IDS; i++) {
                    hashMap.putIfAbsent(ids[i], (long) i);
                }
                long t3 = System.nanoTime();
                sink += hashMap.size();
                if (round >= WARM) {
                    put[round - WARM] = t1 - t0;
                    get[round - WARM] = t2 - t1;
                    map[round - WARM] = t3 - t2;
                }
            }
            System.out.printf(
                    "%-24s %14d %14d %14d%s%n",
                    shape.getKey(), median(put), median(get), median(map), sink == 42 ? " " : "");
        }
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }
}
