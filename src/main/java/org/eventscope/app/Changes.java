package org.eventscope.app;

import java.util.HashMap;
import java.util.Map;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;

/**
 * What changed between two versions of a file, by event id.
 *
 * @param added   events only in the new version
 * @param removed events only in the old version
 * @param changed events in both that differ
 */
public record Changes(int added, int removed, int changed) {

    public static Changes between(EventFile before, EventFile after) {
        Map<String, Event> old = new HashMap<>();
        before.events().forEach(e -> old.put(e.id(), e));
        int added = 0;
        int changed = 0;
        for (Event e : after.events()) {
            Event was = old.remove(e.id());
            if (was == null) {
                added++;
            } else if (!was.equals(e)) {
                changed++;
            }
        }
        return new Changes(added, old.size(), changed);
    }

    public boolean none() {
        return added == 0 && removed == 0 && changed == 0;
    }

    /** "1 event added, 2 changed, none removed". */
    public String describe() {
        if (none()) {
            return Messages.get("changes.none");
        }
        return Messages.get("changes.some", Messages.count(added, "count.event"), changed, removed);
    }
}
