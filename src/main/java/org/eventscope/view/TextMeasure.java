package org.eventscope.view;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures and shortens single-line text for canvas drawing. Widths are summed from a per-font
 * table of character widths, measured once each, so a frame with a thousand labels measures in
 * well under a millisecond (kerning is ignored; it moves a label by a pixel at most). FX thread only.
 */
public final class TextMeasure {

    /** Characters below this (Latin, Greek, Cyrillic) have a slot in a table; others go in a map. */
    private static final int TABLE = 0x0530;

    private final Text probe = new Text();
    private final Map<Font, Widths> fonts = new HashMap<>();

    private final class Widths {
        private final Font font;
        private final double[] table = new double[TABLE];
        private final Map<Character, Double> others = new HashMap<>();

        Widths(Font font) {
            this.font = font;
            java.util.Arrays.fill(table, -1);
        }

        double of(char c) {
            if (c < TABLE) {
                double w = table[c];
                if (w < 0) {
                    w = measure(String.valueOf(c));
                    table[c] = w;
                }
                return w;
            }
            return others.computeIfAbsent(c, k -> measure(String.valueOf(k)));
        }

        private double measure(String s) {
            probe.setFont(font);
            probe.setText(s);
            return probe.getLayoutBounds().getWidth();
        }
    }

    private Widths widths(Font font) {
        return fonts.computeIfAbsent(font, Widths::new);
    }

    public double width(String s, Font font) {
        Widths w = widths(font);
        double total = 0;
        for (int i = 0; i < s.length(); i++) {
            total += w.of(s.charAt(i));
        }
        return total;
    }

    /** {@code s} itself when it fits in {@code max} pixels, else its longest prefix that fits with "…". */
    public String fit(String s, Font font, double max) {
        Widths w = widths(font);
        double total = 0;
        for (int i = 0; i < s.length(); i++) {
            total += w.of(s.charAt(i));
        }
        if (total <= max) {
            return s;
        }
        double room = max - w.of('…');
        double used = 0;
        int end = 0;
        while (end < s.length() && used + w.of(s.charAt(end)) <= room) {
            used += w.of(s.charAt(end));
            end++;
        }
        return end == 0 ? "…" : s.substring(0, end).stripTrailing() + "…";
    }
}
