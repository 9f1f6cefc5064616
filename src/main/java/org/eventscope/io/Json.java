package org.eventscope.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * What every JSON reader of this package shares: the strict, limited parser factory, where a
 * failure is, Jackson's messages in plain words, and JSON-pointer escaping.
 */
final class Json {

    /** Deepest nesting accepted; event files need four or five levels. */
    static final int MAX_DEPTH = 64;
    /** Longest string value accepted, in characters. */
    static final int MAX_STRING_LENGTH = 1 << 20;

    /** Strict parsers with the limits above; no source text in locations. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(100)
                    .maxNameLength(1000)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // Whoever opened a stream closes it: standard input stays open for the next "-".
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private Json() {}

    /**
     * Where a parse failure is: the start of a string that is too long (not where the parser gave
     * up, a megabyte later), else where the parser says, else where it stands.
     */
    static @Nullable JsonLocation where(JsonProcessingException e, @Nullable JsonParser parser) {
        if (parser == null) {
            return e.getLocation();
        }
        if (e instanceof StreamConstraintsException && parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.currentTokenLocation();
        }
        return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : parser.currentLocation();
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
                .replace(
                        "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "expected a JSON value (string, number, array, object, true, false or null)")
                .replace(
                        "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "a JSON value (string, number, array, object, true, false or null)")
                .replace("was expecting double-quote to start field name", "expected a field name in double quotes")
                .replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "")
                .replaceAll("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "(control character $1)")
                .replace(" in VALUE_STRING", " inside a string");
        if (message.startsWith("Unexpected end-of-input")) {
            message += " " + Messages.get("read.hint.truncated");
        }
        if (message.startsWith("Invalid UTF-8")) {
            // The bytes were checked as UTF-8 before the parser saw them: this is a character
            // outside a string that JSON does not allow there, such as a second byte-order mark.
            return Messages.get("read.malformedDetail", Messages.get("read.unexpectedCharacter"));
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
}
