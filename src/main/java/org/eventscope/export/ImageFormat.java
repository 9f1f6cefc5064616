package org.eventscope.export;

import java.nio.file.Path;
import java.util.Locale;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of file a picture is exported as, each with its extension: the one list the window,
 * its save dialog and the command line choose from.
 */
public enum ImageFormat {
    /** A bitmap, at a scale. */
    PNG("png"),
    /** Vector, for the web and for editing in Illustrator or Inkscape. */
    SVG("svg"),
    /** Vector, for print, with its typeface embedded. */
    PDF("pdf");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** The file name's extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the picture is drawn in vector (no pixels, so no scale). */
    public boolean vector() {
        return this != PNG;
    }

    /** The format a file of this name is written in, by its extension, or {@code null} when it names none. */
    public static @Nullable ImageFormat of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (ImageFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }

    /** "png, svg or pdf": the extensions, for a message. */
    public static String extensions() {
        return ".png, .svg or .pdf";
    }

    /** The name in the window's format choice. */
    @Override
    public String toString() {
        return Messages.get("export.format." + extension);
    }

    /** What the format is for, in a sentence. */
    public String description() {
        return Messages.get("export.format." + extension + ".tip");
    }

    /** The save dialog's filter label. */
    public String filter() {
        return Messages.get("export.filter." + extension);
    }
}
