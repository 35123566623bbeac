package vn.khien.monitoring.application;

import java.io.Reader;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON array of events read one element at a time (streaming, never the whole array as a tree);
 * each element is handed on as its JSON text, numbered like a line. A broken array ends with one
 * last unreadable "line" so the sender learns where it broke.
 */
final class JsonArrayLines {

    // the caller reads on to the end of the body after the array (issue 22: closing the reader with the
    // parser made every plain JSON array batch a 400 "Stream closed")
    private static final JsonMapper MAPPER =
            JsonMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private JsonArrayLines() {}

    static void forEach(Reader reader, Consumer<String> element) {
        try (JsonParser parser = MAPPER.createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                element.accept("[");
                return;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonNode node = parser.readValueAsTree();
                element.accept(node == null ? "null" : node.toString());
            }
        } catch (JacksonIOException e) {
            // the body itself broke (cut gzip data, lost connection): the caller refuses the batch
            throw e;
        } catch (JacksonException e) {
            element.accept("<unreadable JSON array element: " + e.getOriginalMessage() + ">");
        }
    }
}
