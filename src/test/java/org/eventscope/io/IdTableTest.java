package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdTableTest {

    @Test
    void givesBackWhatWasPutAndTheFirstValueOfAnIdPutTwice() {
        IdTable t = new IdTable(4);
        assertThat(t.get("a")).isEqualTo(IdTable.ABSENT);
        assertThat(t.putIfAbsent("a", 7)).isEqualTo(IdTable.ABSENT);
        assertThat(t.putIfAbsent("a", 9)).isEqualTo(7);
        assertThat(t.get("a")).isEqualTo(7);
        t.put("a", -3);
        assertThat(t.get("a")).isEqualTo(-3);
        assertThat(t.size()).isEqualTo(1);
        // The empty id, and ids that only differ at the end or in length, are distinct.
        t.putIfAbsent("", 1);
        t.putIfAbsent("ab", 2);
        assertThat(t.get("")).isEqualTo(1);
        assertThat(t.get("ab")).isEqualTo(2);
        assertThat(t.get("abc")).isEqualTo(IdTable.ABSENT);
        assertThat(t.size()).isEqualTo(3);
    }

    @Test
    void idsWithTheSameHashAreKeptApart() {
        // "Aa" and "BB" have the same String.hashCode, as have all their concatenations.
        IdTable t = new IdTable(2);
        String[] same = {"AaAa", "AaBB", "BBAa", "BBBB"};
        for (int i = 0; i < same.length; i++) {
            assertThat(t.putIfAbsent(same[i], i)).isEqualTo(IdTable.ABSENT);
        }
        for (int i = 0; i < same.length; i++) {
            assertThat(t.get(same[i])).isEqualTo(i);
        }
    }

    @Test
    void agreesWithAHashMapOverManyIdsWhileGrowing() {
        IdTable t = new IdTable(1); // grows many times
        Map<String, Long> expected = new HashMap<>();
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            String id = random.nextInt(4) == 0 ? "Подія-" + random.nextInt(150_000) : "e" + random.nextInt(150_000);
            long value = random.nextLong() & Long.MAX_VALUE;
            Long before = expected.putIfAbsent(id, value);
            assertThat(t.putIfAbsent(id, value)).isEqualTo(before == null ? IdTable.ABSENT : before);
        }
        assertThat(t.size()).isEqualTo(expected.size());
        expected.forEach((id, value) -> assertThat(t.get(id)).isEqualTo(value));
        assertThat(t.get("e150000")).isEqualTo(IdTable.ABSENT);
    }

    @Test
    void anIdLongerThanSixtyFiveThousandCharactersKeepsItsLength() {
        IdTable t = new IdTable(2);
        String longId = "x".repeat(70_000);
        String shorter = "x".repeat(70_000 - 65_536);
        t.putIfAbsent(longId, 1);
        t.putIfAbsent(shorter, 2);
        assertThat(t.get(longId)).isEqualTo(1);
        assertThat(t.get(shorter)).isEqualTo(2);
        assertThat(t.get(longId + "x")).isEqualTo(IdTable.ABSENT);
    }

    @Test
    void tablesAreComparedAndJoinedAndACopyIsIndependent() {
        IdTable first = new IdTable(8);
        first.putIfAbsent("s1", 1);
        first.putIfAbsent("e0", 2);
        IdTable second = new IdTable(8);
        for (int i = 1; i < 1000; i++) {
            second.putIfAbsent("e" + i, i);
        }
        assertThat(first.sharesAnyWith(second)).isFalse();
        IdTable copy = first.copy();
        first.putAll(second, v -> -v);
        assertThat(first.size()).isEqualTo(1001);
        assertThat(first.get("e999")).isEqualTo(-999);
        assertThat(first.get("s1")).isEqualTo(1);
        assertThat(first.sharesAnyWith(second)).isTrue();
        // The copy did not see the join, and has what it had.
        assertThat(copy.size()).isEqualTo(2);
        assertThat(copy.get("e999")).isEqualTo(IdTable.ABSENT);
        assertThat(copy.get("e0")).isEqualTo(2);
        copy.putIfAbsent("e5", 5);
        assertThat(copy.sharesAnyWith(second)).isTrue();
        assertThat(first.get("e5")).isEqualTo(-5);
    }

    /** Every id of {@code pairs} pairs of "Aa" or "BB": 2^pairs ids with one {@code String.hashCode}. */
    static String collidingId(int bits, int pairs) {
        StringBuilder b = new StringBuilder(2 * pairs);
        for (int i = 0; i < pairs; i++) {
            b.append((bits >>> i & 1) == 0 ? "Aa" : "BB");
        }
        return b.toString();
    }

    @Test
    void aHundredThousandIdsWithOneHashAreStillFoundQuickly() {
        IdTable t = new IdTable(16);
        int n = 1 << 17;
        assertThat(collidingId(0, 17).hashCode())
                .isEqualTo(collidingId(n - 1, 17).hashCode());
        for (int i = 0; i < n; i++) {
            assertThat(t.putIfAbsent(collidingId(i, 17), i)).isEqualTo(IdTable.ABSENT);
        }
        assertThat(t.size()).isEqualTo(n);
        for (int i = 0; i < n; i += 7) {
            assertThat(t.get(collidingId(i, 17))).isEqualTo(i);
        }
        assertThat(t.putIfAbsent(collidingId(5, 17), -1)).isEqualTo(5);
        IdTable copy = t.copy();
        assertThat(copy.size()).isEqualTo(n);
        assertThat(copy.get(collidingId(n - 1, 17))).isEqualTo(n - 1);
        assertThat(copy.sharesAnyWith(t)).isTrue();
        IdTable other = new IdTable(4);
        other.putIfAbsent(collidingId(3, 18), 1);
        assertThat(t.sharesAnyWith(other)).isFalse();
        other.putIfAbsent(collidingId(n - 2, 17), 2);
        assertThat(t.sharesAnyWith(other)).isTrue();
    }

    /** The hash whose spread is {@code s}: the spread undone (xor-shift, then the multiplier's inverse mod 2^32). */
    private static int unspread(int s) {
        int x = s ^ (s >>> 16);
        int c = 0x9E3779B9;
        int inverse = c;
        for (int i = 0; i < 5; i++) {
            inverse *= 2 - c * inverse; // Newton's step: the bits that are right double each time
        }
        return x * inverse;
    }

    /** {@code n} ids with distinct String.hashCode whose spread hashes share their low 16 bits: one place in the table. */
    private static List<String> samePlace(int n, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int k = 0; out.size() < n; k++) {
            int hash = unspread((random.nextInt() << 16) | 0x2A5);
            // "p<k>" and three chars chosen so that the id's String.hashCode is that hash.
            String prefix = "p" + k;
            long rest = (hash - prefix.hashCode() * 29_791) & 0xFFFF_FFFFL;
            if (rest <= 65_535L * 961 + 960) {
                int low = (int) (rest % 961);
                String id = prefix + (char) (rest / 961) + (char) (low / 31) + (char) (low % 31);
                if (id.hashCode() == hash) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** One step on both {@code t} and the map it must agree with: put if absent, put, or get. */
    private static void step(IdTable t, Map<String, Long> expected, String id, long value, int kind) {
        switch (kind) {
            case 0 -> {
                Long before = expected.putIfAbsent(id, value);
                assertThat(t.putIfAbsent(id, value)).as(id).isEqualTo(before == null ? IdTable.ABSENT : before);
            }
            case 1 -> {
                expected.put(id, value);
                t.put(id, value);
            }
            default -> {
                Long had = expected.get(id);
                assertThat(t.get(id)).as(id).isEqualTo(had == null ? IdTable.ABSENT : had);
            }
        }
    }

    @Test
    void agreesWithAHashMapWhenIdsCrowdOnePlaceAndSpillBesideTheTable() {
        assertThat(IdTable.spread(unspread(0x1234_5678))).isEqualTo(0x1234_5678);
        for (long seed = 0; seed < 2; seed++) {
            Random random = new Random(seed);
            List<String> pool = new ArrayList<>(samePlace(3000, seed));
            for (int i = 0; i < 500; i++) {
                pool.add("e" + i);
            }
            pool.addAll(List.of("", "\uD83D\uDE00", "\uD800", "\uDC00x", "x".repeat(70_000), "y".repeat(65_536)));
            IdTable t = new IdTable(random.nextInt(10));
            Map<String, Long> expected = new HashMap<>();
            for (int op = 0; op < 40_000; op++) {
                String id = pool.get(random.nextInt(pool.size()));
                long value = random.nextBoolean() ? -1L - random.nextInt(100) : random.nextLong() | 1;
                step(t, expected, id, value, random.nextInt(3));
            }
            assertThat(t.size()).isEqualTo(expected.size());
            IdTable copy = t.copy();
            for (String id : pool) {
                Long had = expected.get(id);
                assertThat(t.get(id)).isEqualTo(had == null ? IdTable.ABSENT : had);
                assertThat(copy.get(id)).isEqualTo(had == null ? IdTable.ABSENT : had);
            }
            // Comparing and joining tables that both have ids beside the table.
            IdTable other = new IdTable(0);
            List<String> more = samePlace(2000, seed + 100);
            more.forEach(id -> other.put(id, 7));
            boolean shared = more.stream().anyMatch(expected::containsKey);
            assertThat(t.sharesAnyWith(other)).isEqualTo(shared);
            assertThat(other.sharesAnyWith(t)).isEqualTo(shared);
            IdTable single = new IdTable(0);
            single.put(pool.get(0), 1);
            assertThat(t.sharesAnyWith(single)).isEqualTo(expected.containsKey(pool.get(0)));
            copy.putAll(other, v -> v + 1);
            for (String id : more) {
                assertThat(copy.get(id)).isEqualTo(expected.getOrDefault(id, 8L));
            }
        }
    }

    /** A numbered id, or one that only looks like one: a prefix, then digits, sometimes with a leading zero or too many. */
    private static String numberedId(Random random) {
        String[] prefixes = {"e", "src", "", "Подія-", "x".repeat(24), "y".repeat(25), "a", "b", "c", "d", "f", "g", "h"
        };
        String prefix = prefixes[random.nextInt(prefixes.length)];
        return switch (random.nextInt(6)) {
            case 0 -> prefix + random.nextInt(3000); // dense
            case 1 -> prefix + (1_000_000 - random.nextInt(3000)); // dense, far from 0
            case 2 -> prefix + random.nextInt(1_000_000_000); // sparse, up to nine digits
            case 3 -> prefix + "0" + random.nextInt(100); // a leading zero: not the same id as without it
            case 4 -> prefix + (1_000_000_000L + random.nextInt(1000)); // ten digits
            default -> prefix + (999_999_999 - random.nextInt(10));
        };
    }

    @Test
    void readsNumbersOnlyInTheirOneSpelling() {
        assertThat(IdTable.number("e17")).isEqualTo((1L << 32) | 17);
        assertThat(IdTable.number("0")).isEqualTo(0);
        assertThat(IdTable.number("src999999999")).isEqualTo((3L << 32) | 999_999_999);
        assertThat(IdTable.number("e017")).isEqualTo(-1);
        assertThat(IdTable.number("e1000000000")).isEqualTo(-1);
        assertThat(IdTable.number("e")).isEqualTo(-1);
        assertThat(IdTable.number("")).isEqualTo(-1);
        assertThat(IdTable.number("e1x")).isEqualTo(-1);
        assertThat(IdTable.number("e\u0663")).isEqualTo(-1); // an Arabic-Indic three is not an ASCII digit
        assertThat(IdTable.number("x".repeat(25) + "1")).isEqualTo(-1);
    }

    @Test
    void numberedIdsAgreeWithAHashMapHoweverTheirNumbersComeAndTheirPrefixesMany() {
        for (long seed = 0; seed < 4; seed++) {
            Random random = new Random(seed);
            IdTable t = new IdTable(random.nextInt(100));
            Map<String, Long> expected = new HashMap<>();
            // Ascending, descending and shuffled runs, so arrays grow up, down and not at all.
            List<String> run = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                run.add("e" + (seed % 2 == 0 ? 200_000 + i : 200_000 - i));
            }
            for (String id : run) {
                expected.putIfAbsent(id, (long) id.length());
                assertThat(t.putIfAbsent(id, id.length())).isEqualTo(IdTable.ABSENT);
            }
            for (int op = 0; op < 60_000; op++) {
                String id = numberedId(random);
                long value = random.nextLong() & Long.MAX_VALUE;
                step(t, expected, id, value, random.nextInt(3));
            }
            assertThat(t.size()).isEqualTo(expected.size());
            IdTable copy = t.copy();
            assertThat(copy.size()).isEqualTo(expected.size());
            expected.forEach((id, value) -> {
                assertThat(t.get(id)).as(id).isEqualTo(value);
                assertThat(copy.get(id)).as(id).isEqualTo(value);
            });
            // A table whose prefixes came in another order keeps other ids by number.
            IdTable other = new IdTable(0);
            Map<String, Long> theirs = new HashMap<>();
            for (char c = 'z'; c > 'p'; c--) {
                other.put(c + "1", 1); // fills the other table's prefixes first
                theirs.put(c + "1", 1L);
            }
            for (int i = 0; i < 3000; i++) {
                String id = numberedId(random);
                other.put(id, 2);
                theirs.put(id, 2L);
            }
            boolean shared = theirs.keySet().stream().anyMatch(expected::containsKey);
            assertThat(shared).isTrue();
            assertThat(t.sharesAnyWith(other)).isEqualTo(shared);
            assertThat(other.sharesAnyWith(t)).isEqualTo(shared);
            IdTable apart = new IdTable(0);
            for (int i = 0; i < 2000; i++) {
                apart.put("e" + (300_000 + i), 3);
                apart.put("h" + (5_000 + 7 * i), 3);
            }
            boolean sharedApart = expected.keySet().stream().anyMatch(id -> apart.get(id) != IdTable.ABSENT);
            assertThat(t.sharesAnyWith(apart)).isEqualTo(sharedApart);
            assertThat(apart.sharesAnyWith(t)).isEqualTo(sharedApart);
            copy.putAll(other, v -> v + 10);
            theirs.forEach(
                    (id, value) -> assertThat(copy.get(id)).as(id).isEqualTo(expected.getOrDefault(id, value + 10)));
            assertThat(t.get("e" + 1_000_000_000L)).isEqualTo(expected.getOrDefault("e1000000000", IdTable.ABSENT));
        }
    }

    @Test
    void anIdKeptByNumberInOneTableAndHashedInTheOtherIsSharedByBoth() {
        IdTable near = new IdTable(0);
        for (int i = 0; i < 100; i++) {
            near.put("e" + i, i);
        }
        near.put("e123456789", 1); // far from the others' numbers: hashed beside their array
        IdTable far = new IdTable(0);
        far.put("e123456789", 2); // this table's first "e": kept by number
        assertThat(near.get("e123456789")).isEqualTo(1);
        assertThat(near.sharesAnyWith(far)).isTrue();
        assertThat(far.sharesAnyWith(near)).isTrue();
        far.put("e123456789", 3);
        IdTable apart = new IdTable(0);
        apart.put("e123456788", 4);
        assertThat(near.sharesAnyWith(apart)).isFalse();
        assertThat(apart.sharesAnyWith(near)).isFalse();
    }

    @Test
    void aTableWhoseNumberedIdsAreMostlyHashedHashesAllAndStillFindsThem() {
        IdTable t = new IdTable(16);
        Map<String, Long> expected = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            step(t, expected, "r" + i, i, 0); // kept by number
        }
        for (int i = 0; i < 100_000; i++) {
            step(t, expected, "e" + 7L * i, -i, 0); // one number in seven: mostly hashed
            step(t, expected, "x" + i + "y", i, 0);
        }
        for (int i = 0; i < 3000; i++) {
            step(t, expected, "r" + (5000 + i), i, 0); // after the table stopped keeping ids by number
            step(t, expected, "r" + i, 1, 1);
        }
        assertThat(t.size()).isEqualTo(expected.size());
        expected.forEach((id, value) -> assertThat(t.get(id)).as(id).isEqualTo(value));
        assertThat(t.get("e7")).isEqualTo(-1);
        assertThat(t.get("e8")).isEqualTo(IdTable.ABSENT);
        IdTable copy = t.copy();
        assertThat(copy.size()).isEqualTo(expected.size());
        assertThat(copy.get("r7999")).isEqualTo(2999);
        IdTable other = new IdTable(0);
        for (int i = 0; i < 100; i++) {
            other.put("r" + (9000 + i), 1); // kept by number there
        }
        assertThat(t.sharesAnyWith(other)).isFalse();
        assertThat(other.sharesAnyWith(t)).isFalse();
        other.put("r7999", 1);
        assertThat(t.sharesAnyWith(other)).isTrue();
        assertThat(other.sharesAnyWith(t)).isTrue();
    }
}
