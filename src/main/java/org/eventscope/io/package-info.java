/** Reading and checking event files and TimelineJS files. Nothing is null unless marked {@code @Nullable} (NullAway checks it). */
@NullMarked
package org.eventscope.io;

import org.jspecify.annotations.NullMarked;
