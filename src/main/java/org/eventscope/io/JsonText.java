package org.eventscope.io;

import java.util.List;
import org.eventscope.model.Band;

/**
 * JSON text as Eventscope writes it: two spaces a level, {@code "name": value}, one array item
 * or object member a line, a band on one line ({@code { "withinKm": 200, "troops": 122000 }}),
 * empty lists as {@code []}. Characters other than quotes, backslashes and controls are written as
 * they are (the file is UTF-8).
 */
final class JsonText {

    /** One level of indentation. */
    static final String INDENT = "  ";

    private JsonText() {}

    /** {@code value} as a JSON string, quotes included. */
    static String string(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2);
        string(b, value);
        return b.toString();
    }

    static void string(StringBuilder b, String value) {
        b.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    // Controls, the two separators some JavaScript parsers take for line ends, and a
                    // surrogate without its pair (UTF-8 cannot hold it: escaped, it is not lost).
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029' || ch == 0x7f || unpaired(value, i)) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        b.append('"');
    }

    private static boolean unpaired(String s, int i) {
        char ch = s.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(ch)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    /**
     * A member's value as written at {@code indent} (the whitespace that begins the member's line):
     * lists open on that line and close on a line of their own at the same indentation.
     */
    static void value(StringBuilder b, Object value, String indent) {
        value(b, value, indent, INDENT);
    }

    /** As {@link #value(StringBuilder, Object, String)}, a level being {@code unit}. */
    static void value(StringBuilder b, Object value, String indent, String unit) {
        if (value instanceof String s) {
            string(b, s);
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            b.append(value);
        } else if (value instanceof java.util.Map<?, ?> map) {
            // A small object on one line, as a band is written: { "withinKm": 200, "troops": 122000 }.
            b.append('{');
            boolean first = true;
            for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
                b.append(first ? " " : ", ");
                string(b, String.valueOf(e.getKey()));
                b.append(": ");
                value(b, e.getValue(), indent, unit);
                first = false;
            }
            b.append(map.isEmpty() ? "}" : " }");
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append('[');
            String inner = indent + unit;
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "\n" : ",\n").append(inner);
                Object item = list.get(i);
                if (item instanceof Band band) {
                    b.append("{ \"withinKm\": ")
                            .append(band.withinKm())
                            .append(", \"troops\": ")
                            .append(band.troops())
                            .append(" }");
                } else {
                    value(b, item, inner, unit);
                }
            }
            b.append('\n').append(indent).append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass());
        }
    }

    /** An object of {@code members} whose opening brace stands on a line indented by {@code indent}. */
    static void object(StringBuilder b, List<Fields.Member> members, String indent) {
        object(b, members, indent, INDENT);
    }

    /** As {@link #object(StringBuilder, List, String)}, a level being {@code unit}. */
    static void object(StringBuilder b, List<Fields.Member> members, String indent, String unit) {
        if (members.isEmpty()) {
            b.append("{}");
            return;
        }
        b.append('{');
        String inner = indent + unit;
        boolean first = true;
        for (Fields.Member m : members) {
            b.append(first ? "\n" : ",\n").append(inner);
            member(b, m, inner, unit);
            first = false;
        }
        b.append('\n').append(indent).append('}');
    }

    /** {@code "name": value} for a member on a line indented by {@code indent}. */
    static void member(StringBuilder b, Fields.Member m, String indent) {
        member(b, m, indent, INDENT);
    }

    static void member(StringBuilder b, Fields.Member m, String indent, String unit) {
        string(b, m.name());
        b.append(": ");
        value(b, m.value(), indent, unit);
    }
}
