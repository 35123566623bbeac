package vn.khien.systems.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.identity.Viewer;
import vn.khien.shared.ConflictException;
import vn.khien.shared.EnumSql;
import vn.khien.systems.AssetKind;
import vn.khien.systems.SystemStatus;

/**
 * Issue 15: a network asset decides whose alerts are whose, so an agency may not write another
 * agency's address or name into its own system. Two assets overlap when their ranges share an
 * address (IPv4 or IPv6), their names are equal, or one is a name under the other, a domain (alert
 * correlation lets a domain cover every name below it). Overlaps within one agency stay free.
 */
@Component
class AssetOverlaps {

    /** Another agency's system in use that holds an overlapping asset. */
    record Holder(String code, String name, String ownerCode) {}

    private final JdbcClient jdbc;

    AssetOverlaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The SQL condition "asset {@code x} overlaps asset {@code y}" for two aliases of
     * {@code systems.network_asset} (or rows with its {@code kind}, {@code value} and {@code network}),
     * written so that every arm can use an index of {@code y}: the range (GiST), the value (equal, or
     * one of the domains above {@code x}) and the reversed value (the names below a domain {@code x}).
     * Without that the overlap test scanned every asset once per asset. Names are stored lower-case.
     */
    static String condition(String x, String y) {
        return """
                (%2$s.network && %1$s.network
                 OR (%1$s.kind <> %3$s AND %2$s.kind <> %3$s AND %2$s.value = %1$s.value)
                 OR (%1$s.kind <> %3$s AND %2$s.kind = %4$s AND %2$s.value = ANY(ARRAY(
                        SELECT array_to_string(labels[i:], '.')
                          FROM string_to_array(%1$s.value, '.') AS labels,
                               generate_series(2, cardinality(labels)) AS i)))
                 OR (%1$s.kind = %4$s AND %2$s.kind <> %3$s
                     AND reverse(%2$s.value) ~>=~ (reverse(%1$s.value) || '.')
                     AND reverse(%2$s.value) ~<~ (reverse(%1$s.value) || '/')))""".formatted(x, y, EnumSql.literal(AssetKind.CIDR), EnumSql.literal(AssetKind.DOMAIN));
    }

    /**
     * Whether the asset may be added to a system of the owner, and if so whether it is shared (it
     * overlaps another agency's asset by a decision): none overlaps, or the user acts for every agency
     * concerned, or the coordinator confirms it. Otherwise a 409 names the other system. Checks are
     * serialised so that two agencies cannot claim the same address at once.
     */
    boolean decide(Viewer viewer, String ownerCode, AssetKind kind, String value, boolean confirmed) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('systems.network_asset'))) l")
                .query(Integer.class)
                .single();
        List<Holder> others = ofOtherAgencies(ownerCode, kind, value);
        if (others.isEmpty()) {
            return false;
        }
        Holder first = others.get(0);
        if (viewer.coordinator()) {
            if (confirmed) {
                return true;
            }
            throw new ConflictException("value", "systems.asset.error.overlap-confirm", first.code(), first.name());
        }
        // an officer of a parent agency acting for its unit speaks for both agencies
        if (others.stream().allMatch(h -> viewer.scope().covers(h.ownerCode()))) {
            return true;
        }
        throw new ConflictException("value", "systems.asset.error.overlap-coordinator", first.code(), first.name());
    }

    /** The system's assets, not yet shared, that overlap an asset of another agency's system in use. */
    Set<UUID> unsharedOverlapsOf(String systemCode) {
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT x.ref
                          FROM systems.information_system xs
                          JOIN systems.network_asset x ON x.information_system = xs.id AND NOT x.shared
                          JOIN systems.network_asset a ON %s
                          JOIN systems.information_system s ON s.id = a.information_system
                         WHERE xs.code = :code AND s.owner_code <> xs.owner_code AND s.status <> %s""".formatted(condition("x", "a"), EnumSql.literal(SystemStatus.RETIRED)))
                .param("code", systemCode)
                .query(UUID.class)
                .list());
    }

    List<Holder> ofOtherAgencies(String ownerCode, AssetKind kind, String value) {
        return jdbc.sql("""
                        SELECT DISTINCT s.code, s.name, s.owner_code
                          FROM (SELECT CAST(:kind AS varchar) AS kind, CAST(:value AS varchar) AS value,
                                       CAST(:network AS cidr) AS network) c
                          JOIN systems.network_asset a ON %s
                          JOIN systems.information_system s ON s.id = a.information_system
                         WHERE s.owner_code <> :owner AND s.status <> %s
                         ORDER BY s.code""".formatted(condition("c", "a"), EnumSql.literal(SystemStatus.RETIRED)))
                .param("kind", kind.name())
                .param("value", value)
                .param("network", kind == AssetKind.CIDR ? value : null)
                .param("owner", ownerCode)
                .query((rs, n) -> new Holder(rs.getString("code"), rs.getString("name"), rs.getString("owner_code")))
                .list();
    }
}
