package org.eventscope.model;

/** Text from a file made fit to show on one line of a picture. Pure. */
public final class Text {

    private Text() {}

    /**
     * {@code s} on one line: line breaks and tabs become single spaces, and invisible formatting
     * characters are left out (controls, zero-width spaces, byte-order marks, and the bidi
     * embeddings and overrides that could make a title read backwards).
     */
    public static String oneLine(String s) {
        if (alreadyOneLine(s)) {
            return s; // the common case, asked for every label of every frame: no copy
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                space = true;
            } else if (!invisible(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The same, keeping the line breaks between paragraphs (for captions and titles laid out on lines). */
    public static String[] paragraphs(String s) {
        String[] parts = s.split("\\R", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = oneLine(parts[i]);
        }
        return parts;
    }

    private static boolean alreadyOneLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2028' || c == '\u2029' || invisible(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean invisible(char c) {
        return Character.isISOControl(c)
                || c == '\u200B'
                || c == '\uFEFF'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F';
    }
}
