package org.eventscope.io;

import java.util.LinkedHashMap;
import java.util.List;
import org.eventscope.i18n.Messages;

/**
 * A parsed JSON value that remembers where it stood in the file, so that checks made after
 * parsing can still name a line and column.
 */
public sealed interface JsonValue {

    int line();

    int column();

    /** A short name of the JSON type, for messages: "a string", "an object", ... */
    String kind();

    record JObject(int line, int column, LinkedHashMap<String, Member> members) implements JsonValue {
        @Override
        public String kind() {
            return Messages.get("read.kind.object");
        }
    }

    /** An object member with the position of its key. */
    record Member(String name, int line, int column, JsonValue value) {}

    record JArray(int line, int column, List<JsonValue> items) implements JsonValue {
        @Override
        public String kind() {
            return Messages.get("read.kind.array");
        }
    }

    record JString(int line, int column, String value) implements JsonValue {
        @Override
        public String kind() {
            return Messages.get("read.kind.string");
        }
    }

    /** A number kept as written, so that {@code 2.7} and {@code 1e3} are not mistaken for integers. */
    record JNumber(int line, int column, String text, boolean integral) implements JsonValue {
        @Override
        public String kind() {
            return Messages.get("read.kind.number");
        }
    }

    record JBoolean(int line, int column, boolean value) implements JsonValue {
        @Override
        public String kind() {
            return Messages.get("read.kind.boolean");
        }
    }

    record JNull(int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return Messages.get("read.kind.null");
        }
    }
}
