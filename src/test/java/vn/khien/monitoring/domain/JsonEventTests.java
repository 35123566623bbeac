package vn.khien.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static vn.khien.support.Generators.anyTexts;
import static vn.khien.support.Generators.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The streaming reader answers what a full JSON tree of the same line would, without building one. */
class JsonEventTests {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> PATHS = List.of("a", "b", "a.b", "a.c", "b.a.c", "c.c.c");
    private static final JsonPaths READ = new JsonPaths(PATHS);

    @Test
    void readsTheScalarsATreeHoldsAtEachPath() {
        cases(1000).forAll(object(3)).checkAssert(object -> {
            String line = MAPPER.writeValueAsString(object);
            JsonNode tree = MAPPER.readTree(line);
            JsonEvent event = JsonEvent.read(line, READ);
            for (String path : PATHS) {
                JsonNode node = tree.at("/" + path.replace('.', '/'));
                boolean scalar = node.isValueNode() && !node.isNull();
                assertThat(event.value(path)).as(path).isEqualTo(scalar ? node.asString() : null);
                assertThat(event.isNumber(path)).as(path).isEqualTo(scalar && node.isNumber());
            }
        });
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

    /** Up to four of the names "a" to "d" (a name drawn twice keeps its last value), nested to {@code depth}. */
    private static Gen<Map<String, Object>> object(int depth) {
        Gen<Pair<String, Object>> member =
                Generate.pick(List.of("a", "b", "c", "d")).zip(value(depth), Pair::of);
        return lists().of(member).ofSizeBetween(0, 4).map(members -> {
            Map<String, Object> object = new LinkedHashMap<>();
            members.forEach(m -> object.put(m._1, m._2));
            return object;
        });
    }

    private static Gen<Object> value(int depth) {
        Gen<Object> scalar = Generate.oneOf(
                anyTexts(6).map(s -> (Object) s),
                integers().all().map(i -> (Object) i),
                longs().all().map(l -> (Object) l),
                Generate.pick(List.<Object>of(true, false, 0.5, -1e21)),
                Generate.constant(() -> null));
        if (depth == 0) {
            return scalar;
        }
        return Generate.frequency(
                Pair.of(3, scalar),
                Pair.of(2, object(depth - 1).map(m -> (Object) m)),
                Pair.of(1, lists().of(scalar).ofSizeBetween(0, 3).map(l -> (Object) l)));
    }
}
