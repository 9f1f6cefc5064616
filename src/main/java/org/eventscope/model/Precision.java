package org.eventscope.model;

/** How precisely a time in an event file is known. Precision is kept as written, never invented. */
public enum Precision {
    YEAR,
    MONTH,
    DAY,
    MINUTE,
    SECOND;

    /** True when the time names a whole calendar period (a year, month or day) rather than a moment. */
    public boolean isCalendarPeriod() {
        return this == YEAR || this == MONTH || this == DAY;
    }
}
