package org.eventscope.app;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.TimeFormat;
import org.jspecify.annotations.Nullable;

/** Which time zone the window shows times in. */
public enum ZoneChoice {
    /** The file's default display zone. */
    FILE,
    UTC,
    /** This computer's zone. */
    SYSTEM,
    /** Each event's own zone (the file's for events that carry none). */
    OWN;

    /** The zone the time axis is drawn in. */
    public ZoneId axisZone(EventFile file) {
        return switch (this) {
            case FILE, OWN -> file.displayZone();
            case UTC -> ZoneOffset.UTC;
            case SYSTEM -> ZoneId.systemDefault();
        };
    }

    /** The zone an event's time is given in first. */
    public ZoneId primary(Event e, EventFile file) {
        ZoneId own = e.start().ownZone();
        return this == OWN && own != null ? own : axisZone(file);
    }

    /** The zone given second, when its clock differs: the event's own, or in {@link #OWN} the file's. */
    public @Nullable ZoneId secondary(Event e, EventFile file) {
        return this == OWN ? file.displayZone() : e.start().ownZone();
    }

    /** The name shown in the zone chooser. */
    public String label(EventFile file) {
        return switch (this) {
            case FILE ->
                file == null
                        ? Messages.get("zone.file")
                        : Messages.get("zone.fileNamed", TimeFormat.zoneName(file.displayZone()));
            case UTC -> Messages.get("zone.utc");
            case SYSTEM -> Messages.get("zone.system", TimeFormat.zoneName(ZoneId.systemDefault()));
            case OWN -> Messages.get("zone.own");
        };
    }
}
