package vn.khien.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The streaming reader answers what a full JSON tree of the same line would, without building one. */
class JsonEventTests {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> PATHS = List.of("a", "b", "a.b", "a.c", "b.a.c", "c.c.c");
    private static final JsonPaths READ = new JsonPaths(PATHS);

    @Property(tries = 1000)
    void readsTheScalarsATreeHoldsAtEachPath(@ForAll("objects") Map<String, Object> object) {
        String line = MAPPER.writeValueAsString(object);
        JsonNode tree = MAPPER.readTree(line);
        JsonEvent event = JsonEvent.read(line, READ);
        for (String path : PATHS) {
            JsonNode node = tree.at("/" + path.replace('.', '/'));
            boolean scalar = node.isValueNode() && !node.isNull();
            assertThat(event.value(path)).as(path).isEqualTo(scalar ? node.asString() : null);
            assertThat(event.isNumber(path)).as(path).isEqualTo(scalar && node.isNumber());
        }
    }

    @Test
    void refusesWhatIsNotOneJsonObject() {
        assertThat(JsonEvent.read("[1,2]", READ)).isNull();
        assertThat(JsonEvent.read("{\"a\":1} {\"a\":2}", READ)).isNull();
        assertThat(JsonEvent.read("{\"a\":1,\"skipped\":{\"x\":[1,}}", READ)).isNull();
        assertThat(JsonEvent.read("\"a\"", READ)).isNull();
    }

    @Test
    void aRepeatedNameKeepsItsLastValue() {
        JsonEvent event = JsonEvent.read("{\"a\":\"first\",\"a\":{\"b\":\"inner\"},\"b\":1,\"b\":\"x\"}", READ);
        assertThat(event.value("a")).isNull();
        assertThat(event.value("a.b")).isEqualTo("inner");
        assertThat(event.value("b")).isEqualTo("x");
        assertThat(event.isNumber("b")).isFalse();
    }

    @Test
    void readsIntegersFromNumbersAndDigitStrings() {
        JsonEvent event =
                JsonEvent.read("{\"a\":{\"b\":4.9,\"c\":\" 12 \"},\"b\":1e3,\"c\":{\"c\":{\"c\":99999999999}}}", READ);
        assertThat(JsonFields.integer(event, "a.b")).isEqualTo(4);
        assertThat(JsonFields.integer(event, "a.c")).isEqualTo(12);
        assertThat(JsonFields.integer(event, "b")).isEqualTo(1000);
        assertThat(JsonFields.integer(event, "c.c.c")).isNull();
    }

    @Test
    void askingForAPathNotReadIsAProgrammingError() {
        JsonEvent event = JsonEvent.read("{\"zz\":1}", READ);
        assertThatThrownBy(() -> event.value("zz")).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        return object(3);
    }

    private Arbitrary<Map<String, Object>> object(int depth) {
        return Arbitraries.maps(Arbitraries.of("a", "b", "c", "d"), value(depth))
                .ofMaxSize(4);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(6).map(s -> s),
                Arbitraries.integers().map(i -> i),
                Arbitraries.longs().map(l -> l),
                Arbitraries.of(true, false, 0.5, -1e21).map(v -> v),
                Arbitraries.just(null));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(3, scalar),
                Tuple.of(2, object(depth - 1).map(m -> m)),
                Tuple.of(1, scalar.list().ofMaxSize(3).map(l -> l)));
    }
}
