package org.eventscope.io;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Category;
import org.eventscope.model.Era;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Precision;
import org.eventscope.model.Source;
import org.eventscope.model.TimePoint;
import org.jspecify.annotations.Nullable;

/**
 * A sheet made from TimelineJS's Google Sheet template (Year, Month, Day, Time, End Year, …,
 * Headline, Text, Media, Media Credit, Media Caption, Type, Group, …), mapped as the TimelineJS
 * JSON import maps a file (docs/timelinejs-import.md): the precision of a date is that of the
 * deepest of its columns filled; Headline and Text lose their HTML; Group is the category; Media
 * a source; a row of Type "title" gives the file's title and one of Type "era" an era.
 */
final class TimelineJsSheetLayout implements SheetImport.Layout {

    private static final java.util.regex.Pattern TIME =
            java.util.regex.Pattern.compile("([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?");

    /** Columns Eventscope has no place for: each reported once, at its first filled cell. */
    private static final String[] NOT_SHOWN = {"display date", "media thumbnail", "background"};

    private final SheetImport.Cells cells;
    private final String fileName;
    private final List<Event> events = new ArrayList<>();
    private final List<Era> eras = new ArrayList<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Set<String> reported = new HashSet<>();
    private @Nullable String title;

    private TimelineJsSheetLayout(SheetImport.Cells cells) {
        this.cells = cells;
        this.fileName = cells.fileName();
        sources.put(
                "timelinejs",
                new Source(
                        "timelinejs",
                        Messages.get("read.tjs.source", fileName),
                        null,
                        Messages.get("read.tjs.sourceNote")));
    }

    /** The layout for a sheet with this header (Year and Headline among its columns), or {@code null}. */
    static @Nullable TimelineJsSheetLayout of(SheetImport.Cells cells) {
        return cells.has("year", "headline") ? new TimelineJsSheetLayout(cells) : null;
    }

    @Override
    public void row(int row, List<String> values) {
        for (String column : NOT_SHOWN) {
            if (!cells.value(values, column).isEmpty() && reported.add(column)) {
                cells.warning(row, cells.column(column), Messages.get("sheet.tjs.notShown", column));
            }
        }
        String type = cells.value(values, "type").toLowerCase(Locale.ROOT);
        String headline = TimelineJsImporter.plain(cells.value(values, "headline"));
        String text = TimelineJsImporter.plain(cells.value(values, "text"));
        if (type.equals("title")) {
            title = headline != null ? headline : title;
            return;
        }
        TimePoint start = date(row, values, "");
        if (start == null) {
            return;
        }
        TimePoint end = date(row, values, "end ");
        if (end != null && end.startMillis(ZoneOffset.UTC) < start.startMillis(ZoneOffset.UTC)) {
            cells.error(row, cells.column("end year"), Messages.get("sheet.tjs.endBeforeStart"));
            return;
        }
        if (type.equals("era")) {
            if (end == null) {
                cells.error(row, cells.column("end year"), Messages.get("sheet.tjs.eraNeedsEnd"));
                return;
            }
            eras.add(new Era(
                    "era-" + (eras.size() + 1),
                    headline != null ? headline : Messages.get("read.tjs.era", String.valueOf(eras.size() + 1)),
                    start,
                    end,
                    null));
            return;
        }
        String group = cells.value(values, "group");
        String category = group.isEmpty()
                ? null
                : categories
                        .computeIfAbsent(group, g -> new Category("group-" + (categories.size() + 1), g, null))
                        .id();
        List<String> cited = new ArrayList<>(List.of("timelinejs"));
        String media = cells.value(values, "media");
        if (media.startsWith("https://") || media.startsWith("http://")) {
            cited.add(TimelineJsImporter.mediaSource(
                            sources, media, cells.value(values, "media credit"), cells.value(values, "media caption"))
                    .id());
        } else if (!media.isEmpty()) {
            cells.warning(row, cells.column("media"), Messages.get("sheet.tjs.mediaNotLink", media));
        }
        String eventTitle = headline != null ? headline : firstLine(text);
        if (eventTitle == null) {
            cells.error(row, cells.column("headline"), Messages.get("sheet.tjs.noHeadline"));
            return;
        }
        events.add(TimelineJsImporter.slide(
                "tl-" + (events.size() + 1),
                eventTitle,
                start,
                end,
                category,
                headline != null ? text : null,
                cited,
                TimelineJsImporter.media(
                        media,
                        cells.value(values, "media caption"),
                        cells.value(values, "media credit"),
                        cells.value(values, "alt text"))));
    }

    /**
     * The date in the columns {@code prefix}Year, Month, Day and Time, at the precision of the
     * deepest one filled, read as the TimelineJS JSON import reads a date; {@code null} (with an
     * error, when something is wrong) when there is none.
     */
    private @Nullable TimePoint date(int row, List<String> values, String prefix) {
        String year = cells.value(values, prefix + "year");
        String month = cells.value(values, prefix + "month");
        String day = cells.value(values, prefix + "day");
        String time = cells.value(values, prefix + "time");
        if (year.isEmpty()) {
            if (prefix.isEmpty() || !month.isEmpty() || !day.isEmpty() || !time.isEmpty()) {
                cells.error(row, cells.column(prefix + "year"), Messages.get("sheet.tjs.noYear"));
            }
            return null;
        }
        Long y = number(row, values, prefix + "year", 4);
        if (y != null && y < 1) {
            cells.error(row, cells.column(prefix + "year"), Messages.get("sheet.tjs.yearRange", String.valueOf(y)));
            return null;
        }
        Long m = month.isEmpty() ? null : number(row, values, prefix + "month", 2);
        Long d = day.isEmpty() ? null : number(row, values, prefix + "day", 2);
        if (y == null || (!month.isEmpty() && m == null) || (!day.isEmpty() && d == null)) {
            return null;
        }
        Long hour = null;
        Long minute = null;
        Long second = null;
        if (!time.isEmpty()) {
            java.util.regex.Matcher hms = TIME.matcher(time);
            if (!hms.matches()) {
                cells.error(row, cells.column(prefix + "time"), Messages.get("sheet.tjs.badTime", time));
                return null;
            }
            hour = Long.parseLong(hms.group(1));
            minute = Long.parseLong(hms.group(2));
            second = hms.group(3) == null ? null : Long.parseLong(hms.group(3));
        }
        String[] names = {prefix + "month", prefix + "day", prefix + "time"};
        String[] given = {month, day, time};
        for (int k = 1; k < given.length; k++) {
            if (!given[k].isEmpty() && given[k - 1].isEmpty()) {
                cells.error(row, cells.column(names[k]), Messages.get("read.tjs.fieldWithout", names[k], names[k - 1]));
                return null;
            }
        }
        Precision precision = m == null
                ? Precision.YEAR
                : d == null
                        ? Precision.MONTH
                        : hour == null ? Precision.DAY : second == null ? Precision.MINUTE : Precision.SECOND;
        String impossible = TimePoint.whyNotReal(
                y,
                m == null ? 1 : m,
                d == null ? 1 : d,
                hour == null ? 0 : hour,
                minute == null ? 0 : minute,
                second == null ? 0 : second);
        if (impossible != null) {
            cells.error(
                    row,
                    cells.column(prefix + (time.isEmpty() ? (day.isEmpty() ? "month" : "day") : "time")),
                    Messages.get("read.tjs.notRealDate", impossible));
            return null;
        }
        return TimePoint.of(
                java.time.LocalDateTime.of(
                        java.time.LocalDate.of(
                                y.intValue(), m == null ? 1 : m.intValue(), d == null ? 1 : d.intValue()),
                        java.time.LocalTime.of(
                                hour == null ? 0 : hour.intValue(),
                                minute == null ? 0 : minute.intValue(),
                                second == null ? 0 : second.intValue())),
                precision,
                null,
                null);
    }

    /** A whole number of at most {@code digits} digits in the cell of {@code column}, else an error and {@code null}. */
    private @Nullable Long number(int row, List<String> values, String column, int digits) {
        String text = cells.value(values, column);
        if (!text.matches("-?[0-9]{1," + digits + "}")) {
            cells.error(row, cells.column(column), Messages.get("sheet.tjs.notNumber", text));
            return null;
        }
        return Long.parseLong(text);
    }

    private static @Nullable String firstLine(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse(null);
        return line == null ? null : line.strip();
    }

    @Override
    public @Nullable EventFile finish() {
        return new EventFile(
                EventFile.FORMAT_VERSION,
                title != null ? title : fileName,
                ZoneOffset.UTC,
                List.copyOf(sources.values()),
                List.copyOf(categories.values()),
                events,
                List.of(),
                eras);
    }
}
