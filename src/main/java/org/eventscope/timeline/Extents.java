package org.eventscope.timeline;

import static org.eventscope.timeline.Metrics.MARKER;

import java.util.Arrays;
import java.util.List;
import org.eventscope.model.Event;
import org.eventscope.view.TextWrap;
import org.jspecify.annotations.Nullable;

/**
 * Where each event in view and its label go for one label width: right of the event (or inside
 * its bar when the whole label fits there), left of it near the right edge, and on a page
 * wrapped onto more lines when it fits on neither side.
 */
final class Extents {

    final double[] left;
    final double[] right;
    final double[] labelX;
    /** Whether the label stands left of its marker (near the right edge). */
    final boolean[] flipped;
    /** The label width the extents were made for. */
    final double[] labelW;
    /** On a page, the lines of a label that fits on neither side (else null), and the lanes it takes. */
    final @Nullable List<String>[] lines;

    final int[] spans;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Extents(int n) {
        left = new double[n];
        right = new double[n];
        labelX = new double[n];
        flipped = new boolean[n];
        labelW = new double[n];
        lines = new List[n];
        spans = new int[n];
        Arrays.fill(spans, 1);
    }

    /**
     * Where each item and its label go with labels {@code widths} wide; a label stands inside its
     * bar only when it fits there at its {@code full} width.
     */
    static Extents of(Frame f, TextWidths text, int[] visible, double[] widths, double[] full) {
        TimelineIndex index = f.index();
        TimeScale scale = f.scale();
        Extents x = new Extents(widths.length);
        for (int k = 0; k < widths.length; k++) {
            int i = visible[k];
            double x0 = scale.toX(index.start(i));
            double x1 = scale.toX(index.end(i));
            double lw = widths[k];
            boolean bar = x1 - x0 >= MARKER * 2;
            double from = bar ? x0 : scale.toX(index.anchor(i)) - MARKER;
            double to = bar ? x1 : from + 2 * MARKER;
            double inside = Math.max(x0, 0) + 6;
            if (bar && inside + full[k] + 6 <= x1) {
                x.labelX[k] = inside;
            } else {
                x.labelX[k] = to + (bar ? 6 : 5);
                if (x.labelX[k] + lw > f.width() - 4 && from - 6 - lw >= 0) {
                    // Near the right edge the label goes to the left of its marker or bar.
                    x.labelX[k] = from - (bar ? 6 : 5) - lw;
                    x.flipped[k] = true;
                } else if (!f.page()
                        && bar
                        && x.labelX[k] + lw > f.width() - 4
                        && Math.min(x1, f.width() - 4) - 6 - inside > f.width() - 4 - x.labelX[k]) {
                    // At the right edge a long bar holds more of its label than the room after it.
                    x.labelX[k] = inside;
                } else if (f.page() && x.labelX[k] + lw > f.width() - 4) {
                    // On a page a label is never cut: it wraps onto more lines, on the roomier side.
                    double rightRoom = f.width() - 4 - x.labelX[k];
                    double leftRoom = from - 6;
                    boolean left = leftRoom > rightRoom;
                    Event e = index.event(i);
                    TextStyle labelStyle = f.isSelected(e) ? TextStyle.LABEL_BOLD : TextStyle.LABEL;
                    List<String> wrapped = TextWrap.lines(
                            e.title(), Math.max(60, left ? leftRoom : rightRoom), t -> text.width(t, labelStyle));
                    lw = 0;
                    for (String line : wrapped) {
                        lw = Math.max(lw, text.width(line, TextStyle.LABEL));
                    }
                    x.lines[k] = wrapped;
                    x.spans[k] = Math.max(1, wrapped.size());
                    if (left) {
                        x.labelX[k] = from - 6 - lw;
                        x.flipped[k] = true;
                    }
                }
            }
            x.labelW[k] = lw;
            x.left[k] = Math.min(from, x.labelX[k]);
            x.right[k] = Math.max(to, x.labelX[k] + lw);
        }
        return x;
    }
}
