package org.eventscope.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The texts of an entry that a file gives in several languages ({@code "title": {"en": "…",
 * "uk": "…"}}), each field's languages in the file's order. An entry keeps the text shown in its
 * plain field (an event's {@code title}); this keeps them all, so that an editor can change every
 * language and a save writes them back. Most entries have none ({@link #NONE}), and cost nothing.
 * Immutable.
 */
public final class Texts {

    /** No field given in several languages. */
    public static final Texts NONE = new Texts(new String[0], new String[0][]);

    private final String[] fields;
    /** Per field: language, text, language, text, … */
    private final String[][] pairs;

    private Texts(String[] fields, String[][] pairs) {
        this.fields = fields;
        this.pairs = pairs;
    }

    /**
     * Whether a text in the language {@code tag} is the one shown when a field gives several: the
     * interface's language (else the field's first language is shown). The reader shows it and the
     * writer replaces it by the same rule.
     */
    public static boolean isShownLanguage(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        String primary = dash < 0 ? lower : lower.substring(0, dash);
        return primary.equals(Locale.getDefault().getLanguage());
    }

    /** The text shown of texts by language: the one in the shown language, else the first; {@code null} when empty. */
    public static @Nullable String shownOf(Map<String, String> byLanguage) {
        String first = null;
        for (Map.Entry<String, String> e : byLanguage.entrySet()) {
            if (isShownLanguage(e.getKey())) {
                return e.getValue();
            }
            if (first == null) {
                first = e.getValue();
            }
        }
        return first;
    }

    /** These texts with {@code field} given by language, or as a plain text when {@code byLanguage} is null or empty. */
    public Texts with(String field, @Nullable Map<String, String> byLanguage) {
        int k = indexOf(field);
        boolean none = byLanguage == null || byLanguage.isEmpty();
        if (none && k < 0) {
            return this;
        }
        if (none || byLanguage == null) {
            String[] f = new String[fields.length - 1];
            String[][] p = new String[fields.length - 1][];
            for (int i = 0, j = 0; i < fields.length; i++) {
                if (i != k) {
                    f[j] = fields[i];
                    p[j++] = pairs[i];
                }
            }
            return f.length == 0 ? NONE : new Texts(f, p);
        }
        String[] flat = new String[byLanguage.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : byLanguage.entrySet()) {
            flat[i++] = Objects.requireNonNull(e.getKey());
            flat[i++] = Objects.requireNonNull(e.getValue());
        }
        String[] f = k < 0 ? Arrays.copyOf(fields, fields.length + 1) : fields.clone();
        String[][] p = k < 0 ? Arrays.copyOf(pairs, pairs.length + 1) : pairs.clone();
        int at = k < 0 ? fields.length : k;
        f[at] = field;
        p[at] = flat;
        return new Texts(f, p);
    }

    /** These texts with the shown language's text of {@code field} replaced (nothing changes for a plain field). */
    public Texts withShown(String field, String text) {
        Map<String, String> byLanguage = of(field);
        if (byLanguage.isEmpty()) {
            return this;
        }
        Map<String, String> changed = new LinkedHashMap<>(byLanguage);
        String key = null;
        for (String language : changed.keySet()) {
            if (isShownLanguage(language)) {
                key = language;
                break;
            }
        }
        changed.put(key != null ? key : changed.keySet().iterator().next(), text);
        return with(field, changed);
    }

    /** The texts of {@code field} by language, in the file's order; empty when it is a plain text. */
    public Map<String, String> of(String field) {
        int k = indexOf(field);
        if (k < 0) {
            return Map.of();
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs[k].length; i += 2) {
            m.put(pairs[k][i], pairs[k][i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The text shown of {@code field}: its shown language when given in several, else {@code plain}. */
    public @Nullable String pick(String field, @Nullable String plain) {
        if (fields.length == 0) {
            return plain; // the common case, for every entry a reader makes
        }
        String shown = shownOf(of(field));
        return shown != null ? shown : plain;
    }

    /** The fields given in several languages. */
    public List<String> fields() {
        return List.of(fields);
    }

    /** Every language these texts are given in, in order of first appearance. */
    public Set<String> languages() {
        Set<String> all = new LinkedHashSet<>();
        addLanguages(all);
        return all;
    }

    /** Adds every language of these texts to {@code into}. */
    public void addLanguages(Set<String> into) {
        for (String[] p : pairs) {
            for (int i = 0; i < p.length; i += 2) {
                into.add(p[i]);
            }
        }
    }

    public boolean isEmpty() {
        return fields.length == 0;
    }

    private int indexOf(String field) {
        for (int k = 0; k < fields.length; k++) {
            if (fields[k].equals(field)) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Texts t) || t.fields.length != fields.length) {
            return false;
        }
        for (int k = 0; k < fields.length; k++) {
            int j = t.indexOf(fields[k]);
            if (j < 0 || !Arrays.equals(pairs[k], t.pairs[j])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int k = 0; k < fields.length; k++) {
            h += fields[k].hashCode() ^ Arrays.hashCode(pairs[k]);
        }
        return h;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (String f : fields) {
            parts.add(f + "=" + of(f));
        }
        return "Texts" + parts;
    }
}
