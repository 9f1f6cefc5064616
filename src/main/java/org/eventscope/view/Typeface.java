package org.eventscope.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Objects;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.jspecify.annotations.Nullable;

/**
 * The typeface every picture is drawn in, on screen and in PNG, SVG and PDF: Noto Sans (Latin,
 * Greek and Cyrillic), bundled with Eventscope under the SIL Open Font License
 * ({@code fonts/OFL.txt}), so an exported chart looks the same on every machine.
 */
public final class Typeface {

    /** The family's name, as SVG and JavaFX name it. */
    public static final String FAMILY = "Noto Sans";

    /** What an SVG viewer without the family draws instead, in order. */
    public static final String SVG_STACK = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

    private static final String FOLDER = "/org/eventscope/fonts/";
    private static final String REGULAR = "NotoSans-Regular.ttf";
    private static final String BOLD = "NotoSans-Bold.ttf";

    private static volatile boolean registered;

    private Typeface() {}

    /**
     * The family's name, its faces registered with JavaFX the first time this is asked (any
     * thread). The system's default family when they cannot be read: a picture is then drawn
     * in that, not lost.
     */
    public static String family() {
        if (!registered) {
            register();
        }
        return available ? FAMILY : Font.getDefault().getFamily();
    }

    private static boolean available;

    private static synchronized void register() {
        if (registered) {
            return;
        }
        boolean ok = true;
        for (String face : new String[] {REGULAR, BOLD}) {
            ok &= load(face) != null;
        }
        available = ok;
        registered = true;
    }

    /**
     * Registers {@code face} with JavaFX from a file, which JavaFX reads in place. Given a stream
     * instead, it copies the face to a temporary file deleted only when the JVM exits normally,
     * so every killed run would leave two in the temporary folder.
     */
    private static @Nullable Font load(String face) {
        try {
            java.net.URL url = Objects.requireNonNull(
                    Typeface.class.getResource(FOLDER + face), () -> "the bundled " + face + " is missing");
            Path file = file(url, face, DataFolder.get().resolve("fonts"));
            return Font.loadFont(file.toUri().toString(), 12);
        } catch (IOException | UncheckedIOException e) {
            try (InputStream in = open(face)) {
                return Font.loadFont(in, 12); // the data folder cannot be written: a temporary copy
            } catch (IOException | UncheckedIOException again) {
                return null;
            }
        }
    }

    /**
     * A file holding what {@code url} holds: the file itself when it is one (a build's classes
     * folder), else a copy named {@code name} in {@code folder} (from a jar or an app image),
     * made once and kept, checked byte by byte each time and written again, atomically, when it
     * differs.
     */
    static Path file(java.net.URL url, String name, Path folder) throws IOException {
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                // Read through the stream below instead.
            }
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        Path copy = folder.resolve(name);
        if (Files.isRegularFile(copy)
                && Files.size(copy) == bytes.length
                && Arrays.equals(Files.readAllBytes(copy), bytes)) {
            return copy;
        }
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, name, ".part");
        try {
            Files.write(part, bytes);
            Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        return copy;
    }

    /** A font of the family. */
    public static Font font(FontWeight weight, double size) {
        return Font.font(family(), weight, size);
    }

    /** A regular font of the family. */
    public static Font font(double size) {
        return Font.font(family(), size);
    }

    /** Whether {@code font} is bold: then a PDF draws it in the bold face. */
    public static boolean isBold(Font font) {
        String style = font.getStyle().toLowerCase(java.util.Locale.ROOT);
        return style.contains("bold") || style.contains("black") || style.contains("heavy");
    }

    /** The TrueType file of the regular or bold face, for embedding (a PDF); the caller closes it. */
    public static InputStream open(boolean bold) {
        return open(bold ? BOLD : REGULAR);
    }

    /** The licence of the family, as shipped. */
    public static InputStream licence() {
        return open("OFL.txt");
    }

    private static InputStream open(String name) {
        return Objects.requireNonNull(
                Typeface.class.getResourceAsStream(FOLDER + name), () -> "the bundled " + name + " is missing");
    }
}
