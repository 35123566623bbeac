package vn.khien.monitoring.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scalar values at the paths a parser asks for, read from one JSON object line in a single
 * streaming pass: objects off those paths and all arrays are skipped without building anything, which
 * is most of a Suricata or Wazuh event. The whole line is still tokenised, so a line that is not one
 * well-formed JSON object is refused as before. A repeated name keeps its last value.
 */
final class JsonEvent {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final JsonPaths wanted;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> numbers = new HashSet<>();

    private JsonEvent(JsonPaths wanted) {
        this.wanted = wanted;
    }

    /** The wanted values of the line, or null when the line is not a single JSON object. */
    static JsonEvent read(String line, JsonPaths wanted) {
        try (JsonParser parser = MAPPER.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonEvent event = new JsonEvent(wanted);
            event.readObject(parser, null);
            return parser.nextToken() == null ? event : null;
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The value as JSON gave it (a number in its written form), or null when absent, null or not a scalar. */
    String value(String path) {
        if (!wanted.wanted(path)) {
            throw new IllegalArgumentException(path + " was not among the paths read");
        }
        return values.get(path);
    }

    boolean isNumber(String path) {
        return numbers.contains(path);
    }

    private void readObject(JsonParser parser, String prefix) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String path = prefix == null ? name : prefix + '.' + name;
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT && wanted.leadsToWanted(path)) {
                forget(path);
                readObject(parser, path);
            } else if (token.isScalarValue() && token != JsonToken.VALUE_NULL && wanted.wanted(path)) {
                values.put(path, parser.getString());
                if (token.isNumeric()) {
                    numbers.add(path);
                } else {
                    numbers.remove(path);
                }
            } else {
                forget(path);
                parser.skipChildren();
            }
        }
    }

    private void forget(String path) {
        if (values.remove(path) != null) {
            numbers.remove(path);
        }
    }
}
