package org.eventscope.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;

/**
 * Tells an Eventscope event file from a TimelineJS 3 file by its shape, reading no further than
 * needed: a root {@code formatVersion} means Eventscope; a root {@code title} object, {@code eras}
 * or {@code scale}, or events with a {@code start_date}, mean TimelineJS. Anything else, including
 * malformed JSON, is read as an Eventscope file, whose reader reports what is wrong.
 */
final class FormatSniffer {

    enum Format { EVENTSCOPE, TIMELINEJS }

    private FormatSniffer() {
    }

    static Format detect(InputStream in) {
        try (JsonParser p = JsonTreeReader.FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Format.EVENTSCOPE;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "formatVersion":
                        return Format.EVENTSCOPE;
                    case "eras":
                    case "scale":
                        return Format.TIMELINEJS;
                    case "title":
                        if (value == JsonToken.START_OBJECT) {
                            return Format.TIMELINEJS;
                        }
                        break;
                    case "events":
                        if (value == JsonToken.START_ARRAY && p.nextToken() == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                if (p.currentName().equals("start_date")) {
                                    return Format.TIMELINEJS;
                                }
                                p.nextToken();
                                p.skipChildren();
                            }
                            return Format.EVENTSCOPE;
                        }
                        break;
                    default:
                        break;
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // Malformed: the event file reader says where and why.
        }
        return Format.EVENTSCOPE;
    }
}
