package org.eventscope.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.eventscope.i18n.Messages;
import org.eventscope.io.JsonValue.JArray;
import org.eventscope.io.JsonValue.JBoolean;
import org.eventscope.io.JsonValue.JNull;
import org.eventscope.io.JsonValue.JNumber;
import org.eventscope.io.JsonValue.JObject;
import org.eventscope.io.JsonValue.JString;
import org.eventscope.io.JsonValue.Member;
import org.jspecify.annotations.Nullable;

/**
 * Reads strict JSON (no comments, no trailing commas, nothing after the document) into a
 * {@link JsonValue} tree with positions. Duplicate keys are reported, not silently merged.
 * Limits guard against hostile files. Every failure becomes a {@link Problem} with a line and
 * column, whatever the parser threw.
 */
public final class JsonTreeReader {

    private final String fileName;
    private final List<Problem> problems;

    private JsonTreeReader(String fileName, List<Problem> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    /**
     * Parses the whole stream. Returns the root value, or {@code null} when the input is not
     * well-formed JSON; the reasons are added to {@code problems}.
     */
    static @Nullable JsonValue read(String fileName, InputStream in, List<Problem> problems) {
        return new JsonTreeReader(fileName, problems).readDocument(in);
    }

    private @Nullable JsonValue readDocument(InputStream in) {
        JsonParser parser = null;
        try {
            parser = Json.FACTORY.createParser(in);
            JsonToken first = parser.nextToken();
            if (first == null) {
                error(parser.currentLocation(), "", Messages.get("read.empty"));
                return null;
            }
            JsonValue root = readValue(parser, first, "");
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                error(parser.currentTokenLocation(), "", Messages.get("read.trailing"));
                return null;
            }
            return root;
        } catch (InputException e) {
            problems.add(e.problem(fileName));
            return null;
        } catch (JsonProcessingException e) {
            error(Json.where(e, parser), "", Json.describe(e));
            return null;
        } catch (IOException | RuntimeException e) {
            // Not every parser failure is a JsonProcessingException, e.g. CharConversionException.
            error(
                    parser != null ? parser.currentLocation() : null,
                    "",
                    Messages.get("read.cannotReadJson", String.valueOf(e.getMessage())));
            return null;
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // the stream is owned by the caller
                }
            }
        }
    }

    private JsonValue readValue(JsonParser p, JsonToken token, String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        return switch (token) {
            case START_OBJECT -> readObject(p, path, line, column);
            case START_ARRAY -> {
                List<JsonValue> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(readValue(p, t, path + "/" + items.size()));
                }
                yield new JArray(line, column, items);
            }
            case VALUE_STRING -> new JString(line, column, p.getText());
            case VALUE_NUMBER_INT -> new JNumber(line, column, p.getText(), true);
            case VALUE_NUMBER_FLOAT -> new JNumber(line, column, p.getText(), false);
            case VALUE_TRUE -> new JBoolean(line, column, true);
            case VALUE_FALSE -> new JBoolean(line, column, false);
            case VALUE_NULL -> new JNull(line, column);
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }

    private JsonValue readObject(JsonParser p, String path, int line, int column) throws IOException {
        LinkedHashMap<String, Member> members = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            String childPath = path + "/" + Json.escape(name);
            JsonValue value = readValue(p, p.nextToken(), childPath);
            if (members.containsKey(name)) {
                problems.add(new Problem(
                        Problem.Severity.ERROR,
                        fileName,
                        keyAt.getLineNr(),
                        keyAt.getColumnNr(),
                        childPath,
                        Messages.get("read.duplicateKey", name)));
            } else {
                members.put(name, new Member(name, keyAt.getLineNr(), keyAt.getColumnNr(), value));
            }
        }
        return new JObject(line, column, members);
    }

    private void error(@Nullable JsonLocation at, String path, String message) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        problems.add(new Problem(Problem.Severity.ERROR, fileName, line, column, path, message));
    }
}
