package org.eventscope.timeline;

/**
 * How wide text is set, as the layout needs it. On screen and in exports the real fonts are
 * measured ({@link FontSet}); tests of the layout give widths of their own, without a toolkit.
 */
interface TextWidths {

    double width(String text, TextStyle style);

    /** {@code text} itself when it fits in {@code max} pixels, else its longest prefix that fits with "…". */
    String fit(String text, TextStyle style, double max);
}
