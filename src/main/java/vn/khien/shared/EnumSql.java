package vn.khien.shared;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Status words in SQL text, written from their enums: a renamed or removed constant then fails to compile
 * instead of silently matching no row. They stay literals rather than bound parameters on purpose:
 * PostgreSQL uses a partial index ({@code WHERE status NOT IN ('CLOSED', 'REJECTED')}) only when it can
 * match the query's condition while planning. Enum names are Java identifiers, so they need no escaping.
 */
public final class EnumSql {

    private EnumSql() {}

    /** {@code 'NAME'}. */
    public static String literal(Enum<?> constant) {
        return "'" + constant.name() + "'";
    }

    /** {@code ('A', 'B')}, for {@code IN} and {@code NOT IN}. */
    public static String in(Enum<?>... constants) {
        return Arrays.stream(constants).map(EnumSql::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code ARRAY['A', 'B']}, in the order given: for {@code array_position} in ORDER BY or a worst-of. */
    public static String array(Enum<?>... constants) {
        return Arrays.stream(constants).map(EnumSql::literal).collect(Collectors.joining(", ", "ARRAY[", "]"));
    }

    /** The constants {@code test} holds for, as {@link #in}: the enum's own rule read in SQL. */
    @SafeVarargs
    public static <E extends Enum<E>> String in(Predicate<E> test, E... constants) {
        return in(Arrays.stream(constants).filter(test).toArray(Enum<?>[]::new));
    }

    /** {@code CASE column WHEN 'FIRST' THEN 0 … ELSE n END}: the enum's declaration order, for ORDER BY. */
    public static String order(String column, Enum<?>[] constants) {
        return IntStream.range(0, constants.length)
                .mapToObj(i -> " WHEN " + literal(constants[i]) + " THEN " + i)
                .collect(Collectors.joining("", "CASE " + column, " ELSE " + constants.length + " END"));
    }
}
