package org.eventscope.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.eventscope.model.Text;

/**
 * Breaks text into lines that fit a width: at its line breaks, at spaces, and inside a word longer
 * than a line; each paragraph made one line of text first ({@link Text#paragraphs}). The one wrap
 * of every picture: the chart's notes, the timeline page and the report. Pure.
 */
public final class TextWrap {

    private TextWrap() {}

    /** {@code text}'s lines no wider than {@code width} as {@code measure} measures them. */
    public static List<String> lines(String text, double width, ToDoubleFunction<String> measure) {
        List<String> out = new ArrayList<>();
        for (String paragraph : Text.paragraphs(text)) {
            out.addAll(paragraph(paragraph, width, measure));
        }
        return out;
    }

    /**
     * The same, at most {@code max} lines: when there are more, the last one kept ends in "…"
     * where the text is cut, so a runaway title or note can never push a picture off its page.
     */
    public static List<String> lines(String text, double width, ToDoubleFunction<String> measure, int max) {
        List<String> all = lines(text, width, measure);
        if (all.size() <= max) {
            return all;
        }
        List<String> out = new ArrayList<>(all.subList(0, max));
        String rest = String.join(" ", all.subList(max - 1, Math.min(all.size(), max + 1)));
        out.set(max - 1, cut(rest, width, measure));
        return out;
    }

    /** The longest start of {@code text} that fits {@code width} with "…" after it. */
    static String cut(String text, double width, ToDoubleFunction<String> measure) {
        double room = width - measure.applyAsDouble("…");
        double used = 0;
        int end = 0;
        while (end < text.length()) {
            int n = Character.charCount(text.codePointAt(end));
            double w = measure.applyAsDouble(text.substring(end, end + n));
            if (used + w > room) {
                break;
            }
            used += w;
            end += n;
        }
        return text.substring(0, end).stripTrailing() + "…";
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
            for (int i = 0; i < word.length(); ) {
                int n = Character.charCount(word.codePointAt(i));
                double w = measure.applyAsDouble(word.substring(i, i + n));
                if (used + w > width && i > start) {
                    out.add(word.substring(start, i));
                    start = i;
                    used = 0;
                }
                used += w;
                i += n;
            }
            line.append(word, start, word.length());
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
