package org.eventscope.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    /** Plural forms only some languages have. */
    private static final Pattern PLURAL = Pattern.compile(".*\\.(one|few|many|other)$");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/eventscope/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> ukrainian = new TreeSet<>(load("messages_uk.properties").stringPropertyNames());
        english.removeIf(k -> PLURAL.matcher(k).matches());
        ukrainian.removeIf(k -> PLURAL.matcher(k).matches());
        assertThat(ukrainian).containsExactlyElementsOf(english);
        // Every counted word has all of its forms in Ukrainian.
        Properties uk = load("messages_uk.properties");
        for (String k : load("messages.properties").stringPropertyNames()) {
            if (k.endsWith(".one")) {
                String base = k.substring(0, k.length() - 4);
                for (String form : new String[] {"one", "few", "many", "other"}) {
                    assertThat(uk.getProperty(base + "." + form))
                            .as(base + "." + form)
                            .isNotBlank();
                }
            }
        }
    }

    /** Whole keys written out in the code ({@code Messages.get("...")}, {@code Messages.count(n, "...")}). */
    private static final Pattern KEY_IN_CODE =
            Pattern.compile("Messages\\.(?:get\\(|count\\([^,()]+(?:\\([^()]*\\))?, )\"([A-Za-z0-9_.]+)\"\\s*[,)]");

    /** A string literal shaped like a message key: {@code "read.utf8.overlong"}. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9_.]*[A-Za-z0-9])\"");

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() throws IOException {
        Properties english = load("messages.properties");
        Set<String> asked = new TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = KEY_IN_CODE.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        // Keys chosen at run time (in a ternary, a switch, a variable, an enum) are written out as
        // literals somewhere: every literal that starts like the bundle's keys must be one.
        Set<String> prefixes = new TreeSet<>();
        english.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = LITERAL.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    if (prefixes.contains(literal.substring(0, literal.indexOf('.') + 1))) {
                        asked.add(literal);
                    }
                }
            }
        }
        assertThat(asked)
                .hasSizeGreaterThan(150)
                .contains(
                        "read.utf8.overlong",
                        "picture.both",
                        "read.ref.source",
                        "read.expect.whole",
                        "timeline.otherEvents");
        for (String key : asked) {
            boolean counted = english.containsKey(key + ".one") && english.containsKey(key + ".other");
            assertThat(english.containsKey(key) || counted).as(key).isTrue();
        }
    }

    @Test
    void ukrainianPluralsFollowTheLanguage() {
        Messages.setLocale(Locale.forLanguageTag("uk"));
        assertThat(Messages.count(1, "count.event")).isEqualTo("1 подія");
        assertThat(Messages.count(3, "count.event")).isEqualTo("3 події");
        assertThat(Messages.count(5, "count.event")).isEqualTo("5 подій");
        assertThat(Messages.count(11, "count.event")).isEqualTo("11 подій");
        assertThat(Messages.count(21, "count.event")).isEqualTo("21 подія");
        assertThat(Messages.count(1_000_000, "count.event").replace('\u00a0', ' '))
                .isEqualTo("1 000 000 подій");
        assertThat(Messages.get("zone.system", "Kyiv")).isEqualTo("Цей комп'ютер (Kyiv)");
        assertThat(Messages.get("menu.file")).isEqualTo("_Файл");
    }

    @Test
    void englishIsTheDefault() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(Messages.count(1, "count.event")).isEqualTo("1 event");
        assertThat(Messages.count(2, "count.event")).isEqualTo("2 events");
        assertThat(Messages.get("zone.fileNamed", "Kyiv")).isEqualTo("File's zone (Kyiv)");
        assertThat(Messages.get("no.such.key")).isEqualTo("no.such.key");
    }

    /** A placeholder in a pattern: its index and, for {@code {1,number,#}}, its format type. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*(\\w+))?[^{}]*}");

    /** An apostrophe that is not half of {@code ''}: MessageFormat would drop it and quote what follows. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** Sample arguments for a pattern: {@code "X1"}, {@code "X2"}… or a number where it formats a number. */
    private static Object[] sampleArguments(String pattern) {
        List<Object> args = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            while (args.size() <= index) {
                args.add("X" + (args.size() + 1));
            }
            if ("number".equals(m.group(2))) {
                args.set(index, 1000 + index);
            }
        }
        return args.toArray();
    }

    @Test
    void everyMessageRendersWithoutQuotesOrPlaceholdersLeft() throws IOException {
        List<String> offending = new ArrayList<>();
        for (String[] bundle : new String[][] {{"messages.properties", "en"}, {"messages_uk.properties", "uk"}}) {
            Properties templates = load(bundle[0]);
            Messages.setLocale(Locale.forLanguageTag(bundle[1]));
            for (String key : new TreeSet<>(templates.stringPropertyNames())) {
                String template = templates.getProperty(key);
                if (LONE_APOSTROPHE.matcher(template).find()) {
                    offending.add(bundle[0] + " " + key + ": a lone apostrophe in " + template);
                }
                String rendered = Messages.get(key, sampleArguments(template));
                if (rendered.contains("''") || rendered.matches("(?s).*\\{\\d.*")) {
                    offending.add(bundle[0] + " " + key + ": renders as " + rendered);
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void aMessageWithoutArgumentsIsFormattedToo() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(Messages.get("zone.own")).isEqualTo("Each event's own zone");
        assertThat(Messages.get("keys.timeline")).contains("a category's header");
    }
}
