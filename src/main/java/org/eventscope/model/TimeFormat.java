package org.eventscope.model;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Writes times for readers at the precision they are known: "2021", "December 2021",
 * "22 December 2021", "10 January 2022, 10:00 (Kyiv)". A day is never given a clock time and a
 * month never a day.
 */
public final class TimeFormat {

    private TimeFormat() {}

    /**
     * The time in {@code display}, a time without a zone read in {@code read} (the file's zone);
     * calendar periods are written as given, without conversion.
     */
    public static String format(TimePoint t, ZoneId read, ZoneId display, Locale locale) {
        return format(t, read, display, zoneName(display), locale);
    }

    private static String format(TimePoint t, ZoneId read, ZoneId zone, String label, Locale locale) {
        return switch (t.precision()) {
            case YEAR -> String.valueOf(t.local().getYear());
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(t.local());
            case DAY ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(t.local());
            case MINUTE, SECOND -> {
                ZonedDateTime z = t.start(read).atZone(zone);
                yield date(z, locale) + ", " + clock(z, t.precision(), locale) + " (" + label + ")";
            }
        };
    }

    /**
     * A point or a range in {@code display} (a time without a zone read in {@code read}, the
     * file's), followed by the clock time in the event's own zone when that differs: "10 January
     * 2022, 10:00 – about 17:00 (Kyiv); 09:00 – about 16:00 in Geneva".
     */
    public static String formatEvent(Event e, ZoneId read, ZoneId display, Locale locale) {
        return formatEvent(e, read, display, e.start().ownZone(), locale);
    }

    /**
     * A point or a range in {@code primary}, followed by the clock time in {@code secondary} when
     * that is given and its clock differs. The event's own zone is named after its place when it
     * has one ("Geneva" rather than "Zurich" for Europe/Zurich), since that is where the clock was read.
     */
    public static String formatEvent(Event e, ZoneId read, ZoneId primary, @Nullable ZoneId secondary, Locale locale) {
        String main = span(e, read, primary, label(e, primary), locale);
        if (secondary == null || e.start().precision().isCalendarPeriod()) {
            return main;
        }
        ZonedDateTime inPrimary = e.start().start(read).atZone(primary);
        ZonedDateTime inSecondary = e.start().start(read).atZone(secondary);
        if (inPrimary.toLocalTime().equals(inSecondary.toLocalTime())) {
            return main;
        }
        return main + "; " + Messages.get("time.inZone", clockSpan(e, read, secondary, locale), label(e, secondary));
    }

    private static String span(Event e, ZoneId read, ZoneId zone, String label, Locale locale) {
        TimePoint start = e.start();
        TimePoint end = e.end();
        if (end == null) {
            return format(start, read, zone, label, locale);
        }
        String about = e.endApproximate() ? Messages.get("time.about") + " " : "";
        if (!start.precision().isCalendarPeriod() && !end.precision().isCalendarPeriod()) {
            ZonedDateTime a = start.start(read).atZone(zone);
            ZonedDateTime b = end.start(read).atZone(zone);
            if (a.toLocalDate().equals(b.toLocalDate())) {
                return date(a, locale) + ", " + clock(a, start.precision(), locale) + " – " + about
                        + clock(b, end.precision(), locale) + " (" + label + ")";
            }
        }
        return format(start, read, zone, label, locale) + " – " + about + format(end, read, zone, label, locale);
    }

    private static String clockSpan(Event e, ZoneId read, ZoneId zone, Locale locale) {
        ZonedDateTime a = e.start().start(read).atZone(zone);
        String s = clock(a, e.start().precision(), locale);
        if (e.end() != null && !e.end().precision().isCalendarPeriod()) {
            ZonedDateTime b = e.end().start(read).atZone(zone);
            s += " – " + (e.endApproximate() ? Messages.get("time.about") + " " : "")
                    + clock(b, e.end().precision(), locale);
        }
        return s;
    }

    private static String label(Event e, ZoneId zone) {
        if (e.place() != null && !e.place().isBlank() && zone.equals(e.start().ownZone())) {
            int comma = e.place().indexOf(',');
            return (comma > 0 ? e.place().substring(0, comma) : e.place()).strip();
        }
        return zoneName(zone);
    }

    private static String date(ZonedDateTime z, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(z.toLocalDate());
    }

    private static String clock(ZonedDateTime z, Precision p, Locale locale) {
        return DateTimeFormatter.ofPattern(p == Precision.SECOND ? "HH:mm:ss" : "HH:mm", locale)
                .format(z);
    }

    /**
     * The zone's name in the interface's language ({@link Messages#language()}): "UTC", "UTC+01:00"
     * for an offset; in English the place its id names ("Kyiv" for Europe/Kyiv: IANA ids name
     * places in English); in another language the JDK's name for the zone's time in that language
     * ("за східноєвропейським часом"), or the place of the id when the JDK has no such name there.
     */
    public static String zoneName(ZoneId zone) {
        if (zone instanceof ZoneOffset o) {
            return o.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + o.getId();
        }
        String id = zone.getId();
        if (id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Z")) {
            return "UTC";
        }
        int slash = id.lastIndexOf('/');
        String place = (slash >= 0 ? id.substring(slash + 1) : id).replace('_', ' ');
        Locale language = Messages.language();
        if (language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return place;
        }
        // Where the JDK lacks the language's name it gives the English one (or a GMT offset).
        String local = zone.getDisplayName(TextStyle.FULL, language);
        return local.equals(zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH)) ? place : local;
    }
}
