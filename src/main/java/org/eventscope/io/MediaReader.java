package org.eventscope.io;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.eventscope.i18n.Messages;
import org.eventscope.io.JsonCursor.Keys;
import org.eventscope.model.Media;
import org.jspecify.annotations.Nullable;

/**
 * An event's {@code media}: an object with a {@code url} (a web address or a path beside the
 * file, as {@link Media#problem} allows) and an optional {@code caption}, {@code credit} and
 * {@code alt}.
 */
final class MediaReader {

    private static final String[] FIELDS = {"url", "caption", "credit", "alt"};

    private MediaReader() {}

    /** The media of the object the cursor stands on; {@code null}, with a problem, when it is not one. */
    static @Nullable Media media(JsonCursor c) throws IOException {
        String path = c.path("media");
        if (c.token() != JsonToken.START_OBJECT) {
            c.error(path, Messages.get("read.notObject", "media", JsonCursor.kind(c.token())));
            c.skip();
            return null;
        }
        long objectAt = c.pos();
        String url = null;
        long urlAt = 0;
        String caption = null;
        String credit = null;
        String alt = null;
        Keys keys = c.new Keys(FIELDS, path);
        for (String field = keys.next(); field != null; field = keys.next()) {
            switch (field) {
                case "url" -> {
                    urlAt = c.pos();
                    url = c.string(field, true, path + "/url");
                }
                case "caption" -> caption = c.string(field, false, path + "/caption");
                case "credit" -> credit = c.string(field, false, path + "/credit");
                case "alt" -> alt = c.string(field, false, path + "/alt");
                default -> {} // Keys reported and skipped it
            }
        }
        c.missing(keys, "url", "read.expect.string", objectAt, path);
        if (url == null) {
            return null;
        }
        String problem = Media.problem(url);
        if (problem != null) {
            c.error(urlAt, path + "/url", Messages.get("read.mediaUrl", Printable.shorten(url, 80), problem));
            return null;
        }
        return new Media(url, caption, credit, alt);
    }
}
