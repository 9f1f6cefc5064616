package org.eventscope.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.eventscope.model.Text;

/**
 * Breaks text into lines that fit a width: at its line breaks, at spaces, and inside a word longer
 * than a line; each paragraph made one line of text first ({@link Text#paragraphs}). Pure.
 */
public final class TextWrap {

    private TextWrap() {}

    static List<String> lines(String text, TextStyle style, double width, TextWidths widths) {
        return lines(text, width, s -> widths.width(s, style));
    }

    /** {@code text}'s lines no wider than {@code width} as {@code measure} measures them. */
    public static List<String> lines(String text, double width, ToDoubleFunction<String> measure) {
        List<String> out = new ArrayList<>();
        for (String paragraph : Text.paragraphs(text)) {
            out.addAll(paragraph(paragraph, width, measure));
        }
        return out;
    }

    private static List<String> paragraph(String text, double width, ToDoubleFunction<String> measure) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measure.applyAsDouble(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
            }
            line.setLength(0);
            // A word longer than a line is broken where the line ends.
            int start = 0;
            double used = 0;
            for (int i = 0; i < word.length(); i++) {
                double w = measure.applyAsDouble(word.substring(i, i + 1));
                if (used + w > width && i > start) {
                    out.add(word.substring(start, i));
                    start = i;
                    used = 0;
                }
                used += w;
            }
            line.append(word, start, word.length());
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
