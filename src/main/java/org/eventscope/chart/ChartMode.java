package org.eventscope.chart;

import org.eventscope.i18n.Messages;

/** What the troop chart shows: the figures by distance band as reported, by ring, or over time. */
public enum ChartMode {
    /** One group of bars per band, as reported (cumulative). */
    BANDS("toolbar.bands"),
    /** One group of bars per ring, derived from the cumulative figures. */
    RINGS("toolbar.rings"),
    /** One line per band, one point per report, on the timeline's time axis. */
    OVER_TIME("toolbar.overTime");

    private final String key;

    ChartMode(String key) {
        this.key = key;
    }

    /** The message key of its name ("By band"); its tooltip's is this with ".tip". */
    public String messageKey() {
        return key;
    }

    @Override
    public String toString() {
        return Messages.get(key);
    }
}
