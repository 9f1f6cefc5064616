/**
 * The timeline: its index of events in time order, the pure layout of a frame ({@code TimelineLayout}
 * → {@code FrameLayout}), the layers that draw a layout on a surface, and the control with its skin
 * and input behaviour. Nothing is null unless marked {@code @Nullable} (NullAway checks it).
 */
@NullMarked
package org.eventscope.timeline;

import org.jspecify.annotations.NullMarked;
