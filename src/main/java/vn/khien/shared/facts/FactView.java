package vn.khien.shared.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A read-only view a module publishes for others: its qualified name ({@code <schema>.published_<what>},
 * the schema being the publishing module's) and its columns in order. Readers write {@code
 * SystemFacts.SYSTEM.name()} into their SQL instead of the view's name, so the dependency is visible to
 * Spring Modulith and to the compiler.
 */
public record FactView(String name, List<FactColumn> columns) {

    private static final Pattern NAME = Pattern.compile("[a-z]+\\.published_[a-z_]+");

    public FactView {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A published view is named <schema>.published_<what>: " + name);
        }
        columns = List.copyOf(columns);
        var seen = new HashSet<String>();
        for (FactColumn column : columns) {
            if (!seen.add(column.name())) {
                throw new IllegalArgumentException(name + " names column " + column.name() + " twice");
            }
        }
    }

    public static FactView of(String name, FactColumn... columns) {
        return new FactView(name, List.of(columns));
    }

    /** The schema of the module that publishes the view. */
    public String schema() {
        return name.substring(0, name.indexOf('.'));
    }

    public FactColumn column(String columnName) {
        return columns.stream()
                .filter(c -> c.name().equals(columnName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no column " + columnName));
    }
}
