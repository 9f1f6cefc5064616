package org.eventscope.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes synthetic event files of any size for benchmarks and scale tests. The files say that
 * they are synthetic; their events, sources and figures are made up.
 */
public final class SyntheticEventFiles {

    private static final String[] PLACES = {
        "Alpha City",
        "Bravo Port",
        "Charlie Town",
        "Delta Bay",
        "Echo Hills",
        "Foxtrot Plains",
        "Golf Harbour",
        "Hotel Ridge"
    };
    private static final String[] KINDS = {"meeting", "statement", "report", "exercise", "talks", "vote"};
    private static final String[] COLORS = {"#0969da", "#cf222e", "#6f42c1", "#bf5b04", "#1a7f37", "#57606a"};
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'");

    private SyntheticEventFiles() {}

    /** Writes {@code events} events spread over 1990–2025, deterministically from {@code seed}. */
    public static void write(Path file, int events, long seed) throws IOException {
        Random r = new Random(seed);
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", 1);
            g.writeStringField("title", "Synthetic benchmark file: " + events + " made-up events (not real)");
            g.writeStringField("displayZone", "UTC");
            g.writeArrayFieldStart("sources");
            for (int i = 0; i < 20; i++) {
                g.writeStartObject();
                g.writeStringField("id", "src" + i);
                g.writeStringField("name", "Synthetic source " + i);
                g.writeStringField("url", "https://example.org/source/" + i);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("categories");
            for (int k = 0; k < KINDS.length; k++) {
                g.writeStartObject();
                g.writeStringField("id", KINDS[k]);
                g.writeStringField("name", "Synthetic " + KINDS[k]);
                g.writeStringField("color", COLORS[k]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            LocalDateTime base = LocalDateTime.of(1990, 1, 1, 0, 0);
            long minutes = 35L * 365 * 24 * 60;
            for (int i = 0; i < events; i++) {
                LocalDateTime t = base.plusMinutes((long) (r.nextDouble() * minutes));
                String kind = KINDS[r.nextInt(KINDS.length)];
                g.writeStartObject();
                g.writeStringField("id", "e" + i);
                g.writeStringField("title", "Synthetic " + kind + " " + i + " in " + PLACES[r.nextInt(PLACES.length)]);
                int precision = r.nextInt(10);
                if (precision == 0) {
                    g.writeStringField("start", String.format("%04d-%02d", t.getYear(), t.getMonthValue()));
                } else if (precision < 4) {
                    g.writeStringField("start", t.toLocalDate().toString());
                } else {
                    g.writeStringField("start", MINUTE.format(t));
                    if (precision == 9) {
                        g.writeStringField("end", MINUTE.format(t.plusHours(1 + r.nextInt(72))));
                    }
                }
                g.writeStringField("category", kind);
                g.writeArrayFieldStart("sources");
                g.writeString("src" + r.nextInt(20));
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
