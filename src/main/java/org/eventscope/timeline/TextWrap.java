package org.eventscope.timeline;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width, at spaces; a word longer than a line is shortened with "…". Pure. */
final class TextWrap {

    private TextWrap() {}

    static List<String> lines(String text, TextStyle style, double width, TextWidths widths) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widths.width(candidate, style) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
            }
            line.setLength(0);
            line.append(widths.width(word, style) <= width ? word : widths.fit(word, style, width));
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
