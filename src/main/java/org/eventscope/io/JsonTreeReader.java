package org.eventscope.io;

import org.eventscope.i18n.Messages;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.eventscope.io.JsonValue.JArray;
import org.eventscope.io.JsonValue.JBoolean;
import org.eventscope.io.JsonValue.JNull;
import org.eventscope.io.JsonValue.JNumber;
import org.eventscope.io.JsonValue.JObject;
import org.eventscope.io.JsonValue.JString;
import org.eventscope.io.JsonValue.Member;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads strict JSON (no comments, no trailing commas, nothing after the document) into a
 * {@link JsonValue} tree with positions. Duplicate keys are reported, not silently merged.
 * Limits guard against hostile files. Every failure becomes a {@link Problem} with a line and
 * column, whatever the parser threw.
 */
public final class JsonTreeReader {

    /** Deepest nesting accepted; event files need four or five levels. */
    public static final int MAX_DEPTH = 64;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1 << 20;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(100)
                    .maxNameLength(1000)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

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
    static JsonValue read(String fileName, InputStream in, List<Problem> problems) {
        return new JsonTreeReader(fileName, problems).readDocument(in);
    }

    private JsonValue readDocument(InputStream in) {
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(in);
            JsonToken first = parser.nextToken();
            if (first == null) {
                error(parser.currentLocation(), "", Messages.get("read.empty"));
                return null;
            }
            JsonValue root = readValue(parser, first, "");
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                error(parser.currentTokenLocation(), "",
                        Messages.get("read.trailing"));
                return null;
            }
            return root;
        } catch (InputException e) {
            problems.add(e.problem(fileName));
            return null;
        } catch (JsonProcessingException e) {
            error(where(e, parser), "", describe(e));
            return null;
        } catch (IOException | RuntimeException e) {
            // Not every parser failure is a JsonProcessingException, e.g. CharConversionException.
            error(parser != null ? parser.currentLocation() : null, "",
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

    /**
     * Where a parse failure is: the start of a string that is too long (not where the parser gave
     * up, a megabyte later), else where the parser says, else where it stands.
     */
    static JsonLocation where(JsonProcessingException e, JsonParser parser) {
        if (parser == null) {
            return e.getLocation();
        }
        if (e instanceof StreamConstraintsException && parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.currentTokenLocation();
        }
        return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : parser.currentLocation();
    }

    private JsonValue readValue(JsonParser p, JsonToken token, String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT: {
                LinkedHashMap<String, Member> members = new LinkedHashMap<>();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    String childPath = path + "/" + escape(name);
                    JsonValue value = readValue(p, p.nextToken(), childPath);
                    if (members.containsKey(name)) {
                        problems.add(new Problem(Problem.Severity.ERROR, fileName, keyAt.getLineNr(),
                                keyAt.getColumnNr(), childPath, Messages.get("read.duplicateKey", name)));
                    } else {
                        members.put(name, new Member(name, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                    }
                }
                return new JObject(line, column, members);
            }
            case START_ARRAY: {
                List<JsonValue> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(readValue(p, t, path + "/" + items.size()));
                }
                return new JArray(line, column, items);
            }
            case VALUE_STRING:
                return new JString(line, column, p.getText());
            case VALUE_NUMBER_INT:
                return new JNumber(line, column, p.getText(), true);
            case VALUE_NUMBER_FLOAT:
                return new JNumber(line, column, p.getText(), false);
            case VALUE_TRUE:
                return new JBoolean(line, column, true);
            case VALUE_FALSE:
                return new JBoolean(line, column, false);
            case VALUE_NULL:
                return new JNull(line, column);
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }

    /** Jackson's message, without its internals (option names, code points, source descriptions). */
    static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return Messages.get("read.malformed");
        }
        message = message.replace('\n', ' ')
                .replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2")
                .replaceAll(" \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .replace("maybe a (non-standard) comment?", "comments are not allowed in JSON")
                .replaceAll(" \\(code \\d+\\)", "")
                .replace("expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "expected a JSON value (string, number, array, object, true, false or null)")
                .replace("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "a JSON value (string, number, array, object, true, false or null)")
                .replace("was expecting double-quote to start field name", "expected a field name in double quotes")
                .replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "")
                .replaceAll("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "(control character $1)")
                .replace(" in VALUE_STRING", " inside a string");
        if (message.startsWith("Unexpected end-of-input")) {
            message += " " + Messages.get("read.hint.truncated");
        }
        if (message.startsWith("Invalid UTF-8")) {
            message += " " + Messages.get("read.hint.notUtf8");
        }
        if (message.startsWith("Unexpected character ('}')") || message.startsWith("Unexpected character (']')")) {
            message += " " + Messages.get("read.hint.trailingComma");
        }
        int cut = message.indexOf(" (for ");
        return Messages.get("read.malformedDetail", cut > 0 ? message.substring(0, cut) : message);
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private void error(JsonLocation at, String path, String message) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        problems.add(new Problem(Problem.Severity.ERROR, fileName, line, column, path, message));
    }
}
