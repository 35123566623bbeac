package vn.khien.monitoring.domain;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Lenient reads of a parsed JSON event: a missing or oddly typed field is null, never an exception. */
final class JsonFields {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int MAX_TEXT = 1000;

    private JsonFields() {}

    /** The event as a JSON object, or null when the line is not one. */
    static JsonNode object(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The value at a dotted path ({@code data.srcip}). */
    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        int start = 0;
        while (node != null && start <= path.length()) {
            int dot = path.indexOf('.', start);
            String name = dot < 0 ? path.substring(start) : path.substring(start, dot);
            node = node.isObject() ? node.get(name) : null;
            if (dot < 0) {
                return node;
            }
            start = dot + 1;
        }
        return node;
    }

    static String text(JsonNode root, String path) {
        JsonNode node = at(root, path);
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asString();
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    static Integer integer(JsonNode root, String path) {
        JsonNode node = at(root, path);
        if (node == null) {
            return null;
        }
        if (node.isNumber() && node.canConvertToInt()) {
            return node.asInt();
        }
        String text = node.isString() ? node.asString().strip() : null;
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) && !(i == 0 && text.charAt(i) == '-')) {
                return null;
            }
        }
        return text.equals("-") ? null : Integer.parseInt(text);
    }

    /** A port: 0–65535 or null. */
    static Integer port(JsonNode root, String path) {
        Integer port = integer(root, path);
        return port != null && port >= 0 && port <= 65535 ? port : null;
    }

    static String first(JsonNode root, String... paths) {
        for (String path : paths) {
            String text = text(root, path);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
