package org.eventscope.export;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventscope.i18n.Messages;
import org.eventscope.io.DataExport;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.TimeFormat;
import org.jspecify.annotations.Nullable;

/**
 * An event cited for an article or a fact-check: its title, its time and its sources, as plain
 * text and as HTML with the sources' web addresses as links (only {@code http} and {@code https}
 * ones: another scheme stays text).
 *
 * @param text plain text, two lines
 * @param html one paragraph
 */
public record Citation(String text, String html) {

    /** {@code event} of {@code file}, its time in {@code zone}, written for {@code locale}. */
    public static Citation of(EventFile file, Event event, ZoneId zone, Locale locale) {
        String when = TimeFormat.formatEvent(event, file.displayZone(), zone, locale);
        List<String> plain = new ArrayList<>();
        List<String> linked = new ArrayList<>();
        for (String id : event.sourceIds()) {
            Source s = file.source(id).orElse(null);
            String name = s == null ? id : s.name();
            String url = s == null ? null : web(s.url());
            plain.add(url == null ? name : name + " (" + url + ")");
            linked.add(
                    url == null
                            ? DataExport.html(name)
                            : "<a href=\"" + attribute(url) + "\">" + DataExport.html(name) + "</a>");
        }
        String title = event.title();
        String text = title + " — " + when
                + (plain.isEmpty() ? "" : "\n" + Messages.get("citation.sources", String.join("; ", plain)));
        String markup = "<p><strong>" + DataExport.html(title) + "</strong> — " + DataExport.html(when)
                + (linked.isEmpty() ? "" : "<br>" + Messages.get("citation.sources", String.join("; ", linked)))
                + "</p>";
        return new Citation(text, markup);
    }

    /** {@code url} when it is a web address (http or https), else {@code null}. */
    private static @Nullable String web(@Nullable String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    private static String attribute(String text) {
        return DataExport.html(text).replace("\"", "&quot;");
    }
}
