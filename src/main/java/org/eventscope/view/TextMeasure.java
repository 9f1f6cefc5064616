package org.eventscope.view;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures and shortens single-line text for canvas drawing. FX thread only. */
public final class TextMeasure {

    private final Text probe = new Text();

    public double width(String s, Font font) {
        probe.setFont(font);
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }

    /** {@code s} itself when it fits in {@code max} pixels, else its longest prefix that fits with "…". */
    public String fit(String s, Font font, double max) {
        if (width(s, font) <= max) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(s.substring(0, mid).stripTrailing() + "…", font) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "…" : s.substring(0, lo).stripTrailing() + "…";
    }
}
