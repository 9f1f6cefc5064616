package org.eventscope.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the user interface, in English or Ukrainian (resource bundles
 * {@code org/eventscope/i18n/messages*.properties}), chosen once at start-up. Every text is a
 * {@link MessageFormat} pattern, with arguments or without, so an apostrophe is always written
 * {@code ''} in the bundles.
 */
public final class Messages {

    private static final String BUNDLE = "org.eventscope.i18n.messages";
    private static volatile Locale locale = Locale.getDefault();
    private static volatile ResourceBundle bundle = load(locale);

    private Messages() {}

    private static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(
                BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Speaks {@code l}'s language from now on (Ukrainian for uk, English otherwise). */
    public static void setLocale(Locale l) {
        locale = l;
        bundle = load(l);
    }

    public static Locale locale() {
        return locale;
    }

    /**
     * The language the interface speaks: that of the bundle in use (Ukrainian), else English,
     * whatever the locale that dates and numbers follow.
     */
    public static Locale language() {
        Locale spoken = bundle.getLocale();
        return spoken.getLanguage().isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(spoken.getLanguage());
    }

    /** The text for {@code key}, its {@link MessageFormat} pattern filled with {@code args}. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return format(pattern, args);
    }

    /** The one rule for every text: a {@link MessageFormat} pattern, even without arguments. */
    private static String format(String pattern, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    /** "1 event", "3 events" — "1 подія", "3 події", "5 подій": {@code key} with the plural form of {@code n}. */
    public static String count(long n, String key) {
        String number = NumberFormat.getIntegerInstance(locale).format(n);
        String form = key + "." + pluralForm(n, locale);
        String pattern;
        try {
            pattern = bundle.getString(form);
        } catch (MissingResourceException e) {
            pattern = bundle.getString(key + ".other");
        }
        return format(pattern, number);
    }

    /** The CLDR plural category of a whole number: one, few, many or other. */
    static String pluralForm(long n, Locale l) {
        if (l.getLanguage().equals("uk")) {
            long ten = n % 10;
            long hundred = n % 100;
            if (ten == 1 && hundred != 11) {
                return "one";
            }
            if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) {
                return "few";
            }
            return "many";
        }
        return n == 1 ? "one" : "other";
    }
}
