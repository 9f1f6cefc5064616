package org.eventscope.timeline;

import org.eventscope.view.Surface;

/**
 * Lays out and draws timeline frames, keeping the fonts, the layout's caches and the layers
 * between frames; the fonts follow the style's size. One per view or export. FX thread only.
 */
final class TimelinePainter {

    private FontSet fonts = new FontSet(TimelineStyle.LIGHT.fontSize());
    private TimelineLayout layout = new TimelineLayout(fonts);
    private TimelineRenderer renderer = new TimelineRenderer(fonts);

    /** The layout of frame {@code f}, drawn by nothing yet. */
    FrameLayout layout(Frame f) {
        return at(f.style().fontSize()).of(f);
    }

    /** Draws {@code l} on {@code gc}. */
    void draw(Surface gc, FrameLayout l) {
        renderer.draw(gc, l);
    }

    /** Lays out and draws frame {@code f}; returns its layout. */
    FrameLayout paint(Surface gc, Frame f) {
        FrameLayout l = layout(f);
        draw(gc, l);
        return l;
    }

    /** See {@link TimelineLayout#fitAll}. */
    TimeScale fitAll(TimelineIndex all, double width, double padding, TimelineStyle style) {
        return at(style.fontSize()).fitAll(all, width, padding, System.currentTimeMillis());
    }

    /** The layout for text of {@code size}, fonts and layers made anew when the size changed. */
    private TimelineLayout at(double size) {
        if (size != fonts.size()) {
            fonts = new FontSet(size);
            layout = new TimelineLayout(fonts);
            renderer = new TimelineRenderer(fonts);
        }
        return layout;
    }
}
