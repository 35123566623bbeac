package vn.khien.shared.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One column of a registry spreadsheet, described once and used for the template, the import and the
 * export, so the three can never disagree. Headers and labels are message keys: the file always shows
 * them in Vietnamese (what provinces type), while notes may follow the user's language.
 *
 * @param key stable name used by code ({@code row.text("code")}), never shown
 * @param headerKey message key of the column header
 * @param required whether every data row must fill it
 * @param kind how cells are read and written
 * @param choices allowed values of an {@link Kind#ENUM} column (empty otherwise)
 * @param example value written in the template's example row (as a user would type it), or null
 * @param helpKey message key of the help note on the header, or null
 */
public record SheetColumn(
        String key,
        String headerKey,
        boolean required,
        Kind kind,
        List<Choice> choices,
        String example,
        String helpKey) {

    /** How a column's cells are read, validated and written. */
    public enum Kind {
        TEXT,
        INTEGER,
        DECIMAL,
        DATE,
        BOOLEAN,
        ENUM
    }

    /** One allowed value of an ENUM column: the stored value (an enum constant's name) and its label key. */
    public record Choice(String value, String messageKey) {}

    public SheetColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(headerKey, "headerKey");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        if (kind == Kind.ENUM && choices.isEmpty()) {
            throw new IllegalArgumentException("ENUM column " + key + " needs choices");
        }
    }

    public static SheetColumn text(String key, String headerKey) {
        return of(key, headerKey, Kind.TEXT);
    }

    public static SheetColumn integer(String key, String headerKey) {
        return of(key, headerKey, Kind.INTEGER);
    }

    public static SheetColumn decimal(String key, String headerKey) {
        return of(key, headerKey, Kind.DECIMAL);
    }

    public static SheetColumn date(String key, String headerKey) {
        return of(key, headerKey, Kind.DATE);
    }

    public static SheetColumn bool(String key, String headerKey) {
        return of(key, headerKey, Kind.BOOLEAN);
    }

    public static SheetColumn choice(String key, String headerKey, List<Choice> choices) {
        return new SheetColumn(key, headerKey, false, Kind.ENUM, choices, null, null);
    }

    /**
     * An ENUM column over a Java enum whose labels are the keys {@code labelPrefix + constant name}
     * (for example {@code agencies.kind.} + {@code PROVINCIAL_DEPARTMENT}).
     */
    public static <E extends Enum<E>> SheetColumn enumOf(
            String key, String headerKey, Class<E> type, String labelPrefix) {
        List<Choice> choices = Arrays.stream(type.getEnumConstants())
                .map(e -> new Choice(e.name(), labelPrefix + e.name()))
                .toList();
        return choice(key, headerKey, choices);
    }

    public SheetColumn asRequired() {
        return new SheetColumn(key, headerKey, true, kind, choices, example, helpKey);
    }

    public SheetColumn example(String value) {
        return new SheetColumn(key, headerKey, required, kind, choices, value, helpKey);
    }

    public SheetColumn help(String messageKey) {
        return new SheetColumn(key, headerKey, required, kind, choices, example, messageKey);
    }

    private static SheetColumn of(String key, String headerKey, Kind kind) {
        return new SheetColumn(key, headerKey, false, kind, List.of(), null, null);
    }
}
