/** The event file's contents as immutable values; no JavaFX, no Jackson. Nothing is null unless marked {@code @Nullable} (NullAway checks it). */
@NullMarked
package org.eventscope.model;

import org.jspecify.annotations.NullMarked;
