package org.eventscope.io;

import org.eventscope.io.JsonValue.JArray;
import org.eventscope.io.JsonValue.JNumber;
import org.eventscope.io.JsonValue.JObject;
import org.eventscope.io.JsonValue.JString;
import org.eventscope.io.JsonValue.JBoolean;
import org.eventscope.io.JsonValue.Member;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Typed, position-aware access to the members of one JSON object. Every mismatch is reported
 * as a problem; no value is coerced (a string is never read as a number, nor a float as an
 * integer).
 */
final class Fields {

    private final Problems problems;
    private final JObject object;
    private final String path;

    Fields(Problems problems, JObject object, String path, Set<String> known) {
        this.problems = problems;
        this.object = object;
        this.path = path;
        for (Member m : object.members().values()) {
            if (!known.contains(m.name())) {
                problems.warning(m.line(), m.column(), path + "/" + JsonTreeReader.escape(m.name()),
                        "unknown field \"" + m.name() + "\" is ignored; expected one of " + String.join(", ", known));
            }
        }
    }

    String path(String name) {
        return path + "/" + JsonTreeReader.escape(name);
    }

    JsonValue value(String name) {
        Member m = object.members().get(name);
        return m == null ? null : m.value();
    }

    /** True when the member is present and an array. */
    boolean isArray(String name) {
        return value(name) instanceof JArray;
    }

    String requiredString(String name) {
        return string(name, true);
    }

    String optionalString(String name) {
        return string(name, false);
    }

    private String string(String name, boolean required) {
        JsonValue v = value(name);
        if (v == null) {
            missing(name, required, "a string");
            return null;
        }
        if (v instanceof JString s) {
            if (required && s.value().isBlank()) {
                problems.error(v, path(name), "\"" + name + "\" is empty; expected text");
                return null;
            }
            return s.value();
        }
        problems.error(v, path(name), "\"" + name + "\" is " + v.kind() + "; expected a string");
        return null;
    }

    boolean optionalBoolean(String name) {
        JsonValue v = value(name);
        if (v == null) {
            return false;
        }
        if (v instanceof JBoolean b) {
            return b.value();
        }
        problems.error(v, path(name), "\"" + name + "\" is " + v.kind() + "; expected true or false");
        return false;
    }

    /** A whole number within [min, max], or {@code null} with a problem reported. */
    Long requiredInteger(String name, long min, long max) {
        JsonValue v = value(name);
        if (v == null) {
            missing(name, true, "a whole number");
            return null;
        }
        if (!(v instanceof JNumber n)) {
            problems.error(v, path(name), "\"" + name + "\" is " + v.kind() + "; expected a whole number");
            return null;
        }
        if (!n.integral()) {
            problems.error(v, path(name), "\"" + name + "\" is " + n.text() + "; expected a whole number"
                    + " written without fraction or exponent");
            return null;
        }
        BigDecimal value = new BigDecimal(n.text());
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.error(v, path(name), "\"" + name + "\" is " + n.text() + "; expected a number from "
                    + min + " to " + max);
            return null;
        }
        return value.longValueExact();
    }

    /** The strings of an optional array; a missing array is empty. */
    List<String> stringList(String name) {
        List<String> out = new ArrayList<>();
        JsonValue v = value(name);
        if (v == null) {
            return out;
        }
        if (!(v instanceof JArray a)) {
            problems.error(v, path(name), "\"" + name + "\" is " + v.kind() + "; expected an array of strings");
            return out;
        }
        for (int i = 0; i < a.items().size(); i++) {
            JsonValue item = a.items().get(i);
            if (item instanceof JString s) {
                out.add(s.value());
            } else {
                problems.error(item, path(name) + "/" + i, "item is " + item.kind() + "; expected a string");
            }
        }
        return out;
    }

    /** The objects of an array, with their JSON paths; non-objects are reported and skipped. */
    List<Located> objectList(String name, boolean required) {
        List<Located> out = new ArrayList<>();
        JsonValue v = value(name);
        if (v == null) {
            missing(name, required, "an array");
            return out;
        }
        if (!(v instanceof JArray a)) {
            problems.error(v, path(name), "\"" + name + "\" is " + v.kind() + "; expected an array of objects");
            return out;
        }
        for (int i = 0; i < a.items().size(); i++) {
            JsonValue item = a.items().get(i);
            String itemPath = path(name) + "/" + i;
            if (item instanceof JObject o) {
                out.add(new Located(o, itemPath));
            } else {
                problems.error(item, itemPath, "item is " + item.kind() + "; expected an object");
            }
        }
        return out;
    }

    private void missing(String name, boolean required, String expected) {
        if (required) {
            problems.error(object, path, "missing required field \"" + name + "\" (" + expected + ")");
        }
    }

    /** An object with its JSON path. */
    record Located(JObject object, String path) {
    }
}
