/** Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time. */
@NullMarked
package org.eventscope.app;

import org.jspecify.annotations.NullMarked;
