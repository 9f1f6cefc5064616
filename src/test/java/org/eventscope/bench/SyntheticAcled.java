package org.eventscope.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes CSV files shaped as ACLED's export tool writes them (UTF-8 with a byte-order mark, its
 * columns, quoted notes with commas, quotes and line breaks), for benchmarks and tests. Every row
 * is made up: actors, places and notes say that they are synthetic.
 */
public final class SyntheticAcled {

    /** The columns of an ACLED export, in its order. */
    public static final String[] COLUMNS = {
        "event_id_cnty",
        "event_date",
        "year",
        "time_precision",
        "disorder_type",
        "event_type",
        "sub_event_type",
        "actor1",
        "assoc_actor_1",
        "inter1",
        "actor2",
        "assoc_actor_2",
        "inter2",
        "interaction",
        "civilian_targeting",
        "iso",
        "region",
        "country",
        "admin1",
        "admin2",
        "admin3",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "source_scale",
        "notes",
        "fatalities",
        "tags",
        "timestamp"
    };

    private static final String[][] TYPES = {
        {"Political violence", "Battles", "Armed clash"},
        {"Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"},
        {"Demonstrations", "Protests", "Peaceful protest"},
        {"Strategic developments", "Strategic developments", "Agreement"},
        {"Political violence", "Violence against civilians", "Attack"},
        {"Demonstrations", "Riots", "Violent demonstration"}
    };

    private SyntheticAcled() {}

    /** Writes {@code rows} rows from 2018 on, deterministically from {@code seed}. */
    public static void write(Path file, int rows, long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(String.join(",", COLUMNS));
            w.write("\r\n");
            LocalDate first = LocalDate.of(2018, 1, 1);
            for (int i = 0; i < rows; i++) {
                String[] t = TYPES[r.nextInt(TYPES.length)];
                LocalDate day = first.plusDays(r.nextInt(2500));
                int precision = 1 + (r.nextInt(10) == 0 ? 1 + r.nextInt(2) : 0);
                String notes = "On " + day + ", synthetic actor " + r.nextInt(400) + " and synthetic group "
                        + r.nextInt(90) + " clashed near Synthetic Town " + r.nextInt(300)
                        + " (made up for a test; not a real event). "
                        + (r.nextInt(5) == 0 ? "A \"quoted\" remark, with a comma.\nA second line. " : "")
                        + "[size=no report]";
                String[] v = {
                    "SYN" + i,
                    day.toString(),
                    String.valueOf(day.getYear()),
                    String.valueOf(precision),
                    t[0],
                    t[1],
                    t[2],
                    "Synthetic Actor " + r.nextInt(400),
                    r.nextInt(3) == 0 ? "Synthetic Group " + r.nextInt(90) + "; Synthetic Group " + r.nextInt(90) : "",
                    String.valueOf(1 + r.nextInt(8)),
                    r.nextBoolean() ? "Synthetic Actor " + r.nextInt(400) : "",
                    "",
                    String.valueOf(r.nextInt(9)),
                    String.valueOf(10 + r.nextInt(80)),
                    r.nextInt(10) == 0 ? "Civilian targeting" : "",
                    "999",
                    "Synthetic Region",
                    "Syntheticland",
                    "Province " + r.nextInt(25),
                    "District " + r.nextInt(200),
                    "",
                    "Synthetic Town " + r.nextInt(300),
                    String.format(java.util.Locale.ROOT, "%.4f", 44 + r.nextDouble() * 8),
                    String.format(java.util.Locale.ROOT, "%.4f", 22 + r.nextDouble() * 18),
                    String.valueOf(1 + r.nextInt(3)),
                    "Synthetic Newswire; Synthetic Daily " + r.nextInt(20),
                    "National",
                    notes,
                    String.valueOf(r.nextInt(8) == 0 ? r.nextInt(30) : 0),
                    "",
                    String.valueOf(1_600_000_000L + r.nextInt(100_000_000))
                };
                for (int c = 0; c < v.length; c++) {
                    if (c > 0) {
                        w.write(',');
                    }
                    w.write(quoted(v[c]));
                }
                w.write("\r\n");
            }
        }
    }

    private static String quoted(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf(';') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
