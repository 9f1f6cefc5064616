package org.eventscope.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import org.eventscope.io.EventFileReader;
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

    /** An event file read and the window of it to draw. */
    record Opened(EventFileReader.LoadResult result, EventFile doc, TimelineExport page) {}

    /** Why a command stops before it draws: its exit status and a one-line message. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /**
     * Checks {@code image}'s options (and {@code also}, a command's own rule, when it says
     * something), reads {@code file}, chooses its window, and checks that the output can be
     * written, in that order: the steps {@code export-timeline} and {@code export-report} share.
     *
     * @throws Refused with the exit status and the message for stderr
     */
    Opened open(Path file, ImageOptions image, java.util.function.Supplier<@Nullable String> also) throws Refused {
        image.pageHeightFollowsContent = true;
        String problem = image.checkOptions();
        if (problem == null) {
            problem = also.get();
        }
        if (problem == null) {
            problem = image.checkNotInput(file);
        }
        if (problem != null) {
            throw new Refused(EventscopeCommand.BAD_INPUT, problem);
        }
        EventFileReader.LoadResult result = CommandInput.read(file.toString());
        EventFile doc = result.file();
        if (doc == null) {
            throw new Refused(CommandInput.status(result), ImageOptions.firstError(result));
        }
        TimelineExport page = page(doc, image.credit);
        if (page == null) {
            throw new Refused(EventscopeCommand.BAD_INPUT, String.valueOf(this.problem));
        }
        problem = image.checkTarget();
        if (problem != null) {
            throw new Refused(EventscopeCommand.CANNOT_WRITE, problem);
        }
        return new Opened(result, doc, page);
    }

    /** What went wrong with --from and --to, for stderr; {@code null} once {@link #page} can be asked. */
    @Nullable
    String problem;

    /**
     * The window of {@code doc} these options choose, saying its title, caption and {@code credit};
     * {@code null} when --from or --to is wrong ({@link #problem} says how).
     */
    @Nullable
    TimelineExport page(EventFile doc, @Nullable String credit) {
        return page(TimelineExport.whole(doc), doc.displayZone(), doc.title(), credit);
    }

    /** The same for a data table's events. */
    @Nullable
    TimelineExport page(org.eventscope.timeline.EventSource table, @Nullable String credit) {
        return page(TimelineExport.of(table, null, null), table.zone(), table.title(), credit);
    }

    /**
     * The stretch of time {@code --from} and {@code --to} name, read in {@code zone}: from the
     * first instant of the one to the end of the other's day, month or year; the defaults where
     * one is not given. The one rule for every command with these options.
     *
     * @throws IllegalArgumentException saying, for stderr, why they are wrong
     */
    static long[] range(
            @Nullable String from, @Nullable String to, java.time.ZoneId zone, long defaultFrom, long defaultTo) {
        long start;
        long end;
        try {
            start = from == null ? defaultFrom : TimePoint.parse(from).startMillis(zone);
            end = to == null ? defaultTo : TimePoint.parse(to).periodEnd(zone).toEpochMilli();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--from/--to: " + e.getMessage(), e);
        }
        if (end > start) {
            return new long[] {start, end};
        }
        throw new IllegalArgumentException(
                from == null
                        ? "--to " + to + " ends before what is shown begins"
                        : to == null
                                ? "--from " + from + " begins after what is shown ends"
                                : "--to must be after --from");
    }

    private @Nullable TimelineExport page(
            TimelineExport whole, java.time.ZoneId zone, String defaultTitle, @Nullable String credit) {
        long[] range;
        try {
            range = range(from, to, zone, whole.fromMillis(), whole.toMillis());
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            return null;
        }
        TimelineExport export = whole.between(range[0], range[1]);
        return export.saying(new TimelineExport.Texts(
                title != null && !title.isBlank() ? title : defaultTitle,
                caption != null ? caption : "",
                credit != null ? credit : ""));
    }
}
