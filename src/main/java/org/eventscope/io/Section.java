package org.eventscope.io;

import org.jspecify.annotations.Nullable;

/** The lists of an event file whose entries have ids, as their JSON members are named. */
enum Section {
    SOURCES("sources", "read.ref.source"),
    CATEGORIES("categories", "read.ref.category"),
    EVENTS("events", "read.ref.event"),
    TROOP_REPORTS("troopReports", null),
    ERAS("eras", null);

    private final String key;
    private final @Nullable String refKey;

    Section(String key, @Nullable String refKey) {
        this.key = key;
        this.refKey = refKey;
    }

    /** The member's name in the file: {@code "troopReports"}. */
    String key() {
        return key;
    }

    /**
     * The message key naming one entry when something refers to it ("unknown source …"); only
     * sections that can be referred to have one.
     */
    String refKey() {
        if (refKey == null) {
            throw new IllegalStateException(key + " cannot be referred to");
        }
        return refKey;
    }
}
