package vn.khien.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.shared.facts.FactColumn;
import vn.khien.shared.facts.FactView;

/**
 * Checks a module's published views, as PostgreSQL has them, against the module's descriptors: the
 * schema holds exactly the declared {@code published_*} views, each with the declared columns in order
 * and of the declared types, and every value of an enum-backed column (on the demo province) is the name
 * of a constant of its enum. Returns what differs, one sentence each; empty when the contract holds.
 */
public final class FactContracts {

    private FactContracts() {}

    public static List<String> mismatches(JdbcClient jdbc, String schema, List<FactView> declared) {
        List<String> problems = new ArrayList<>();
        Set<String> live = new TreeSet<>(
                jdbc.sql("""
                        SELECT table_schema || '.' || table_name FROM information_schema.views
                         WHERE table_schema = :schema AND table_name LIKE 'published\\_%'""").param("schema", schema).query(String.class).list());
        Set<String> names = declared.stream().map(FactView::name).collect(Collectors.toCollection(TreeSet::new));
        for (String view : live) {
            if (!names.contains(view)) {
                problems.add(view + " is published but has no descriptor");
            }
        }
        for (FactView view : declared) {
            if (!view.schema().equals(schema)) {
                problems.add(view.name() + " is not in the schema " + schema);
            } else if (!live.contains(view.name())) {
                problems.add(view.name() + " is described but the database has no such view");
            } else {
                problems.addAll(columnMismatches(jdbc, view));
            }
        }
        return problems;
    }

    private static List<String> columnMismatches(JdbcClient jdbc, FactView view) {
        List<String> actual = jdbc.sql("""
                        SELECT column_name || ' ' || data_type FROM information_schema.columns
                         WHERE table_schema = :schema AND table_name = :table ORDER BY ordinal_position""")
                .param("schema", view.schema())
                .param("table", view.name().substring(view.schema().length() + 1))
                .query(String.class)
                .list();
        List<String> expected = view.columns().stream()
                .map(c -> c.name() + " " + c.type().catalogueName())
                .toList();
        if (!actual.equals(expected)) {
            return List.of(view.name() + " has columns " + actual + " but its descriptor says " + expected);
        }
        List<String> problems = new ArrayList<>();
        for (FactColumn column : view.columns()) {
            if (column.enumerated()) {
                problems.addAll(valueMismatches(jdbc, view, column));
            }
        }
        return problems;
    }

    private static List<String> valueMismatches(JdbcClient jdbc, FactView view, FactColumn column) {
        Set<String> constants = Arrays.stream(column.values().getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.toSet());
        // the names come from the descriptor and the catalogue has just confirmed them
        List<String> values = jdbc.sql(
                        "SELECT DISTINCT CAST(\"%s\" AS text) FROM %s WHERE \"%s\" IS NOT NULL ORDER BY 1"
                                .formatted(column.name(), view.name(), column.name()))
                .query(String.class)
                .list();
        return values.stream()
                .filter(v -> !constants.contains(v))
                .map(v -> view.name() + "." + column.name() + " holds '" + v + "', which is no constant of "
                        + column.values().getSimpleName())
                .toList();
    }
}
