/** Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time. */
@NullMarked
package org.eventscope.export;

import org.jspecify.annotations.NullMarked;
