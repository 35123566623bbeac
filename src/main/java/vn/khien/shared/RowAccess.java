package vn.khien.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Who may see rows of one kind, declared once by the columns that say who owns a row and read two ways:
 * {@link #allows} checks a loaded row in Java, {@link #where} and {@link #parameters} filter a query. A
 * row is visible when the viewer sees every row or when one owner column holds one of the codes the
 * viewer has for it (the agencies of their scope, their organisation, their name). The SQL text is made
 * only of the declared identifiers; the viewer's codes reach it as named parameters.
 *
 * @param <V> the viewer, as the module knows it ({@code identity.Viewer}, or the registry's access port)
 * @param <T> the row as loaded in Java
 */
public final class RowAccess<V, T> {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_.]*");

    /** One way of owning a row: its SQL term, its parameter for a viewer, and the same test in Java. */
    private record Owner<V, T>(String sql, Function<V, Object> parameter, BiPredicate<V, T> allows) {}

    private final String name;
    private final List<Owner<V, T>> owners;

    private RowAccess(String name, List<Owner<V, T>> owners) {
        this.name = identifier(name);
        this.owners = List.copyOf(owners);
    }

    /** No owner yet; {@code name} prefixes the parameters, so two kinds of row can share one query. */
    public static <V, T> RowAccess<V, T> rows(String name) {
        return new RowAccess<>(name, List.of());
    }

    /** The same owners under another parameter prefix, to extend for a related kind of row. */
    public RowAccess<V, T> named(String other) {
        return new RowAccess<>(other, owners);
    }

    /** Every row, for the viewers who pass (usually the province-wide roles). */
    public RowAccess<V, T> everyRow(Predicate<V> who) {
        return with(new Owner<>(":%2$s", who::test, (viewer, row) -> who.test(viewer)));
    }

    /** Rows whose {@code column} holds one of the viewer's {@code codes}. */
    public RowAccess<V, T> column(String column, Function<T, String> value, Function<V, Set<String>> codes) {
        String sql = "%1$s." + identifier(column) + " = ANY(:%2$s)";
        return owner(sql, row -> Collections.singletonList(value.apply(row)), codes);
    }

    /**
     * Rows with a linked row in {@code table} (alias {@code linked}, where {@code linked.linkColumn} equals the row's
     * {@code rowColumn}) whose {@code column} holds one of the viewer's codes: a system's providers, an
     * incident's parties, a finding's assessment's assessor.
     */
    public RowAccess<V, T> linked(
            String table,
            String linkColumn,
            String rowColumn,
            String column,
            Function<T, Collection<String>> values,
            Function<V, Set<String>> codes) {
        String sql = "EXISTS (SELECT 1 FROM %s linked WHERE linked.%s = %%1$s.%s AND linked.%s = ANY(:%%2$s))"
                .formatted(identifier(table), identifier(linkColumn), identifier(rowColumn), identifier(column));
        return owner(sql, values, codes);
    }

    /** The SQL condition "this viewer may see row {@code alias}", for a WHERE clause. */
    public String where(String alias) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            terms.add(owners.get(i).sql().formatted(identifier(alias), name + "_" + i));
        }
        return "(" + String.join(" OR ", terms) + ")";
    }

    /** The viewer's parameters for {@link #where}. */
    public Map<String, Object> parameters(V viewer) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < owners.size(); i++) {
            params.put(name + "_" + i, owners.get(i).parameter().apply(viewer));
        }
        return params;
    }

    /** The same rule for one loaded row. */
    public boolean allows(V viewer, T row) {
        return owners.stream().anyMatch(owner -> owner.allows().test(viewer, row));
    }

    /** The row, when the viewer may see it; otherwise 404, exactly as for a row that does not exist. */
    public T require(V viewer, T row, String type, Object id) {
        if (!allows(viewer, row)) {
            throw new ObjectNotFoundException(type, String.valueOf(id));
        }
        return row;
    }

    /** The loaded row, when there is one and the viewer may see it; otherwise 404 alike. */
    public T find(V viewer, Optional<T> row, String type, Object id) {
        return require(viewer, row.orElseThrow(() -> new ObjectNotFoundException(type, String.valueOf(id))), type, id);
    }

    /** For {@link ObjectVisibility}: the row {@code load} finds by id is one the current viewer may see. */
    public Predicate<String> visibleTo(Supplier<V> viewer, Function<String, Optional<T>> load) {
        return id -> load.apply(id).filter(row -> allows(viewer.get(), row)).isPresent();
    }

    /** A null owner value owns nothing: such a row is seen only by the viewers of every row. */
    private RowAccess<V, T> owner(String sql, Function<T, Collection<String>> values, Function<V, Set<String>> codes) {
        return with(new Owner<>(
                sql,
                viewer -> codes.apply(viewer).toArray(String[]::new),
                (viewer, row) ->
                        values.apply(row).stream().filter(Objects::nonNull).anyMatch(codes.apply(viewer)::contains)));
    }

    private RowAccess<V, T> with(Owner<V, T> owner) {
        List<Owner<V, T>> more = new ArrayList<>(owners);
        more.add(owner);
        return new RowAccess<>(name, more);
    }

    private static String identifier(String text) {
        if (!IDENTIFIER.matcher(text).matches()) {
            throw new IllegalArgumentException("not an SQL identifier: " + text);
        }
        return text;
    }
}
