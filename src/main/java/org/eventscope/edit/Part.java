package org.eventscope.edit;

import java.util.List;
import org.eventscope.model.Category;
import org.eventscope.model.Era;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Source;
import org.eventscope.model.TroopReport;

/** The lists of an event file that edits add to, change and remove from. */
public enum Part {
    SOURCES(Source.class, "source"),
    CATEGORIES(Category.class, "category"),
    EVENTS(Event.class, "event"),
    TROOP_REPORTS(TroopReport.class, "report"),
    ERAS(Era.class, "era");

    private final Class<?> type;
    private final String idPrefix;

    Part(Class<?> type, String idPrefix) {
        this.type = type;
        this.idPrefix = idPrefix;
    }

    /** The list an entry belongs in. */
    public static Part of(Object entry) {
        for (Part p : values()) {
            if (p.type.isInstance(entry)) {
                return p;
            }
        }
        throw new IllegalArgumentException("not an entry of an event file: " + entry.getClass());
    }

    /** How ids of new entries begin: {@code event-…}. */
    String idPrefix() {
        return idPrefix;
    }

    public List<?> of(EventFile file) {
        return switch (this) {
            case SOURCES -> file.sources();
            case CATEGORIES -> file.categories();
            case EVENTS -> file.events();
            case TROOP_REPORTS -> file.troopReports();
            case ERAS -> file.eras();
        };
    }

    /** The entry's id. */
    static String id(Object entry) {
        if (entry instanceof Source s) {
            return s.id();
        } else if (entry instanceof Category c) {
            return c.id();
        } else if (entry instanceof Event e) {
            return e.id();
        } else if (entry instanceof TroopReport r) {
            return r.id();
        } else if (entry instanceof Era e) {
            return e.id();
        }
        throw new IllegalArgumentException("not an entry of an event file: " + entry.getClass());
    }
}
