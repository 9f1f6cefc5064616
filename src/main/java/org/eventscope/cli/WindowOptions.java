package org.eventscope.cli;

import java.time.DateTimeException;
import org.eventscope.model.EventFile;
import org.eventscope.model.TimePoint;
import org.eventscope.timeline.TimelineExport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The stretch of time a timeline page shows and what it says: {@code export-timeline}'s and {@code export-report}'s options. */
final class WindowOptions {

    @Option(names = "--from", paramLabel = "DATE", description = "The first date shown, e.g. 2021-12 or 2021-12-01.")
    @Nullable
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "The last date shown (its whole day, month or year).")
    @Nullable
    String to;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page's title (default: the file's title).")
    @Nullable
    String title;

    @Option(
            names = "--caption",
            paramLabel = "TEXT",
            description = "A note under the timeline, before the sources of the events shown.")
    @Nullable
    String caption;

    /** What went wrong with --from and --to, for stderr; {@code null} once {@link #page} can be asked. */
    @Nullable
    String problem;

    /**
     * The window of {@code doc} these options choose, saying its title, caption and {@code credit};
     * {@code null} when --from or --to is wrong ({@link #problem} says how).
     */
    @Nullable
    TimelineExport page(EventFile doc, @Nullable String credit) {
        TimelineExport export = TimelineExport.whole(doc);
        try {
            long start =
                    from == null ? export.fromMillis() : TimePoint.parse(from).startMillis(doc.displayZone());
            long end = to == null
                    ? export.toMillis()
                    : TimePoint.parse(to).periodEnd(doc.displayZone()).toEpochMilli();
            if (end <= start) {
                problem = "--to must be after --from";
                return null;
            }
            export = export.between(start, end);
        } catch (DateTimeException e) {
            problem = "--from/--to: " + e.getMessage();
            return null;
        }
        return export.saying(new TimelineExport.Texts(
                title != null && !title.isBlank() ? title : doc.title(),
                caption != null ? caption : "",
                credit != null ? credit : ""));
    }
}
