package org.eventscope.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eventscope.model.Text;
import org.jspecify.annotations.Nullable;

/**
 * What an exported image says about itself: its title, where its figures come from, what made
 * it, and the SHA-256 of the event file it was made from, so a newsroom can tell later which
 * version of the data a published graphic shows.
 *
 * @param title  the image's title
 * @param source who reported the figures and the sources
 * @param sha256 hex SHA-256 of the event file, or {@code null} when unknown
 * @param span   the time the picture shows (a timeline page), or {@code null}
 * @param credit the credit line printed on it, or {@code null}
 */
public record ExportInfo(
        String title,
        String source,
        @Nullable String sha256,
        @Nullable String span,
        @Nullable String credit) {

    /** Each text on one line, without the controls and bidi overrides a file may hold ({@link Text#oneLine}). */
    public ExportInfo {
        title = Text.oneLine(title);
        source = Text.oneLine(source);
        span = span == null ? null : Text.oneLine(span);
        credit = credit == null ? null : Text.oneLine(credit);
    }

    public ExportInfo(String title, String source, @Nullable String sha256) {
        this(title, source, sha256, null, null);
    }

    /**
     * What {@code picture} says about itself: a chart its title, caption and credit; a timeline
     * page its title, the sources of the events shown, the dates they cover and its credit.
     */
    public static ExportInfo of(Picture picture, @Nullable String sha256) {
        if (picture.hasChart()) {
            var chart = picture.chart();
            return new ExportInfo(chart.title(), chart.origin(), sha256, null, blankToNull(chart.credit()));
        }
        var page = picture.timeline();
        long[] covered = page.covered();
        String title = page.texts().title().isBlank()
                ? page.file().title()
                : page.texts().title();
        return new ExportInfo(
                title,
                String.join("; ", page.sourcesShown()),
                sha256,
                java.time.Instant.ofEpochMilli(covered[0]) + "/" + java.time.Instant.ofEpochMilli(covered[1]),
                blankToNull(page.texts().credit()));
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    public static final String GENERATOR = "Eventscope 0.1";

    /** The fields as key and value, in the order they are written. */
    public Map<String, String> fields() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Title", title);
        out.put("Source", source);
        if (span != null) {
            out.put("Time span", span);
        }
        if (credit != null) {
            out.put("Credit", credit);
        }
        out.put("Software", GENERATOR);
        if (sha256 != null) {
            out.put("SHA-256", sha256);
        }
        return out;
    }

    /** The fields as "Key: value" lines. */
    public String[] lines() {
        return fields().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .toArray(String[]::new);
    }

    /** Hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    /** Hex SHA-256 of a stream's bytes. */
    public static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
