package org.eventscope.io;

import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * How to read a spreadsheet: in which encoding when it is neither UTF-8 nor UTF-16 with a
 * byte-order mark (never guessed), and by which mapping when its header is not a layout
 * Eventscope knows (an ACLED export, TimelineJS's template). Either may be {@code null}.
 */
public record SheetOptions(
        @Nullable Charset encoding, @Nullable SheetMapping mapping) {

    /** Read as the file says: UTF-8 or UTF-16 by its byte-order mark, a known layout. */
    public static final SheetOptions NONE = new SheetOptions(null, null);

    /** These options with {@code mapping}. */
    public SheetOptions withMapping(@Nullable SheetMapping next) {
        return new SheetOptions(encoding, next);
    }
}
