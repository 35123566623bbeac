package vn.khien.shared.facts;

import java.util.Objects;

/**
 * One column of a published view. {@code values} is the enum behind a status or kind column (every
 * value in the view is the name of one of its constants), {@code null} for any other column.
 */
public record FactColumn(String name, SqlType type, Class<? extends Enum<?>> values) {

    public FactColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static FactColumn of(String name, SqlType type) {
        return new FactColumn(name, type, null);
    }

    /** A status or kind column, stored as the names of the enum's constants. */
    public static FactColumn of(String name, SqlType type, Class<? extends Enum<?>> values) {
        return new FactColumn(name, type, Objects.requireNonNull(values, "values"));
    }

    public boolean enumerated() {
        return values != null;
    }
}
