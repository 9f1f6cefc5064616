package org.eventscope.io;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventscope.i18n.Messages;
import org.eventscope.io.SheetMapping.Field;
import org.eventscope.model.Category;
import org.eventscope.model.Event;
import org.eventscope.model.EventColumns;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.Texts;
import org.eventscope.model.TimePoint;
import org.jspecify.annotations.Nullable;

/**
 * Any sheet read by a {@link SheetMapping}: each row an event ({@code row-N}, N the row as the
 * spreadsheet numbers it) with its start and title, and what else the mapping names. Categories,
 * sources (by name and web address) and the sheet itself as a source are made as the rows name
 * them; actors are the texts between semicolons. When the mapping does not say how the dates
 * are written, the first {@value #SAMPLE} rows tell ({@link SheetDateFormat#detect}); when they
 * cannot tell day-first from month-first that is an error asking the mapping to say.
 */
final class MappedLayout implements SheetImport.Layout {

    /** How many rows are looked at to tell how the dates are written. */
    static final int SAMPLE = 1000;

    private final SheetImport.Cells cells;
    private final String fileName;
    private final List<Event> events = new ArrayList<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Interner interner = new Interner();
    /** The events' values, kept in columns. */
    private final EventColumns columns = new EventColumns();

    private final java.util.Set<Integer> rows = new java.util.HashSet<>();
    private final java.util.EnumMap<Field, Integer> column = new java.util.EnumMap<>(Field.class);
    private @Nullable SheetDateFormat dates;
    /** Rows held back until the dates' format is known. */
    private @Nullable List<Object[]> held;

    private MappedLayout(SheetImport.Cells cells, SheetMapping mapping) {
        this.cells = cells;
        this.fileName = cells.fileName();
        this.dates = mapping.dates();
        this.held = dates == null ? new ArrayList<>() : null;
        sources.put("sheet", new Source("sheet", fileName, null, Messages.get("sheet.sourceNote")));
    }

    /**
     * The layout for a sheet with this header, or {@code null} (with an error at the header) when
     * the header lacks a column the mapping names.
     */
    static @Nullable MappedLayout of(SheetImport.Cells cells, SheetMapping mapping) {
        MappedLayout layout = new MappedLayout(cells, mapping);
        boolean ok = true;
        for (Field f : Field.values()) {
            String name = mapping.column(f);
            layout.column.put(f, -1);
            if (name == null) {
                if (f.required()) {
                    cells.error(1, 0, Messages.get("mapping.needs", f.key()));
                    ok = false;
                }
            } else if (!cells.has(name.toLowerCase(java.util.Locale.ROOT))) {
                cells.error(1, 0, Messages.get("mapping.noColumn", name, f.key()));
                ok = false;
            } else {
                layout.column.put(f, cells.column(name.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return ok ? layout : null;
    }

    private String value(List<String> row, Field f) {
        int c = column.getOrDefault(f, -1);
        return c < 0 || c >= row.size() ? "" : SheetImport.Cells.clean(row.get(c));
    }

    @Override
    public void row(int row, List<String> values) {
        List<Object[]> waiting = held;
        if (waiting != null) {
            waiting.add(new Object[] {row, values});
            if (waiting.size() >= SAMPLE) {
                release();
            }
            return;
        }
        SheetDateFormat format = java.util.Objects.requireNonNull(dates);
        if (!rows.add(row)) {
            // A workbook may give a row twice: its events would share an id.
            cells.error(row, 0, Messages.get("sheet.rowTwice", String.valueOf(row)));
            return;
        }
        TimePoint start = time(row, values, Field.START, format);
        if (start == null) {
            if (value(values, Field.START).isEmpty()) {
                cells.error(row, column.getOrDefault(Field.START, -1), Messages.get("sheet.noStart"));
            }
            return;
        }
        TimePoint end = time(row, values, Field.END, format);
        if (end != null && end.endsBefore(start, ZoneOffset.UTC)) {
            cells.error(row, column.getOrDefault(Field.END, -1), Messages.get("sheet.tjs.endBeforeStart"));
            return;
        }
        String title = value(values, Field.TITLE);
        if (title.isEmpty()) {
            cells.error(row, column.getOrDefault(Field.TITLE, -1), Messages.get("sheet.noTitle"));
            return;
        }
        String group = value(values, Field.CATEGORY);
        String category = group.isEmpty()
                ? null
                : categories
                        .computeIfAbsent(group, g -> new Category("category-" + (categories.size() + 1), g, null))
                        .id();
        List<String> actors = new ArrayList<>(2);
        for (String a : AcledLayout.parts(value(values, Field.ACTORS))) {
            if (!actors.contains(a)) {
                actors.add(interner.string(a));
            }
        }
        List<String> cited = new ArrayList<>(2);
        cited.add("sheet");
        String sourceName = value(values, Field.SOURCE);
        String url = value(values, Field.URL);
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
            cells.warning(row, column.getOrDefault(Field.URL, -1), Messages.get("sheet.tjs.mediaNotLink", url));
            url = "";
        }
        if (!sourceName.isEmpty() || !url.isEmpty()) {
            String name = sourceName.isEmpty() ? TimelineJsImporter.nameOf(url, null) : sourceName;
            String link = url;
            Source s = sources.computeIfAbsent(
                    name + '\u0000' + url,
                    k -> new Source("source-" + sources.size(), name, link.isEmpty() ? null : link, null));
            cited.add(s.id());
        }
        String place = value(values, Field.PLACE);
        String description = value(values, Field.DESCRIPTION);
        events.add(columns.add(
                "row-" + row,
                title,
                start,
                end,
                false,
                category,
                actors,
                place.isEmpty() ? null : interner.string(place),
                description.isEmpty() ? null : description,
                interner.list(cited),
                Texts.NONE,
                null,
                null));
    }

    /** The time in the column of {@code field}, or {@code null} (with an error when it does not read). */
    private @Nullable TimePoint time(int row, List<String> values, Field field, SheetDateFormat format) {
        String text = value(values, field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return format.read(text);
        } catch (DateTimeException e) {
            cells.error(row, column.getOrDefault(field, -1), String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** Tells the dates' format from the rows held back, then reads them. */
    @SuppressWarnings("unchecked")
    private void release() {
        List<Object[]> waiting = java.util.Objects.requireNonNull(held);
        held = null;
        List<String> samples = new ArrayList<>();
        for (Object[] r : waiting) {
            List<String> values = (List<String>) r[1];
            samples.add(value(values, Field.START));
            samples.add(value(values, Field.END));
        }
        SheetDateFormat.Detection found = SheetDateFormat.detect(samples);
        dates = found.format();
        SheetDateFormat other = found.alternative();
        if (other != null && other != SheetDateFormat.EXCEL_1904) {
            cells.error(
                    1,
                    column.getOrDefault(Field.START, -1),
                    Messages.get("mapping.ambiguousDates", found.format().key(), other.key()));
        } else if (dates == SheetDateFormat.EXCEL_1900) {
            cells.warning(1, column.getOrDefault(Field.START, -1), Messages.get("mapping.excel1900"));
        }
        for (Object[] r : waiting) {
            row((Integer) r[0], (List<String>) r[1]);
        }
    }

    @Override
    public @Nullable EventFile finish() {
        if (held != null) {
            release();
        }
        columns.trim();
        int dot = fileName.lastIndexOf('.');
        return new EventFile(
                EventFile.FORMAT_VERSION,
                dot > 0 ? fileName.substring(0, dot) : fileName,
                ZoneOffset.UTC,
                List.copyOf(sources.values()),
                List.copyOf(categories.values()),
                events,
                List.of());
    }
}
