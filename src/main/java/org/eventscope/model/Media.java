package org.eventscope.model;

import java.util.Locale;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * A picture (or video, post or map) of an event: where it is, and what is said with it.
 *
 * @param url     a web address (http or https), or a path relative to the event file's folder
 * @param caption what it shows, or {@code null}
 * @param credit  who made it ("Photo: Reuters"), or {@code null}
 * @param alt     a description for those who cannot see it, or {@code null}
 */
public record Media(
        String url,
        @Nullable String caption,
        @Nullable String credit,
        @Nullable String alt) {

    /** The longest address or path taken, in characters. */
    public static final int MAX_URL = 2_000;

    /**
     * What is wrong with {@code url} as a media address, in the interface's language ("is an
     * absolute path…"), or {@code null} when nothing is: the one
     * rule the reader, the editor and the TimelineJS import apply. A web address must be http or
     * https; anything else with a scheme ({@code file:}, {@code javascript:}, {@code data:}) is
     * refused, as are an absolute path and a path that climbs out with {@code ..}: a file names
     * pictures in its folder or below it, never elsewhere on the disk.
     */
    public static @Nullable String problem(String url) {
        if (url.isBlank()) {
            return Messages.get("media.empty");
        }
        if (url.length() > MAX_URL) {
            return Messages.get("media.long", String.valueOf(MAX_URL));
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isISOControl(c) || (Character.isWhitespace(c) && c != ' ')) {
                return Messages.get("media.control");
            }
        }
        if (isWeb(url)) {
            return url.indexOf("://") + 3 < url.length() ? null : Messages.get("media.noHost");
        }
        if (url.indexOf(':') >= 0) {
            return Messages.get("media.scheme"); // file:, javascript:, data:, C:\… — or a colon in a path
        }
        if (url.startsWith("/") || url.startsWith("\\")) {
            return Messages.get("media.absolute");
        }
        for (String part : url.split("[/\\\\]", -1)) {
            if (part.equals("..")) {
                return Messages.get("media.parent");
            }
        }
        return null;
    }

    /** Whether {@code url} is a web address (http or https) rather than a path. */
    public static boolean isWeb(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** Whether this is a web address rather than a path beside the file. */
    public boolean isWeb() {
        return isWeb(url);
    }
}
