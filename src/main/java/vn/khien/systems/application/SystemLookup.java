package vn.khien.systems.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.shared.EnumSql;
import vn.khien.shared.InvalidInputException;
import vn.khien.systems.AssetKind;
import vn.khien.systems.KeySystemProduct;
import vn.khien.systems.MonitoredAsset;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.ServiceKind;
import vn.khien.systems.ServiceProvision;
import vn.khien.systems.SystemDirectory;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemSummary;
import vn.khien.systems.SystemType;
import vn.khien.systems.domain.NetworkAddresses;

/** The facade other modules call: province-wide answers, no user access applied (see {@link SystemDirectory}). */
@Service
class SystemLookup implements SystemDirectory {

    private final JdbcClient jdbc;

    SystemLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SystemSummary> find(String code) {
        return jdbc.sql("SELECT code, name, owner_code, approved_level, status FROM systems.information_system"
                        + " WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new SystemSummary(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("owner_code"),
                        (Integer) rs.getObject("approved_level"),
                        SystemStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    /** The GiST index on {@code network} answers "contains or equals" ({@code >>=}). */
    @Override
    public List<String> systemsForAddress(String ipAddress) {
        String address;
        try {
            address = NetworkAddresses.normalise(AssetKind.CIDR, ipAddress);
        } catch (InvalidInputException e) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT s.code FROM systems.network_asset a
                          JOIN systems.information_system s ON s.id = a.information_system
                         WHERE a.network >>= CAST(:address AS inet) ORDER BY s.code""").param("address", address).query(String.class).list();
    }

    @Override
    public List<ServiceProvision> provisionsFor(Collection<String> systemCodes) {
        if (systemCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT s.code, a.service, a.provider_code, a.valid_from, a.valid_to
                          FROM systems.service_arrangement a
                          JOIN systems.information_system s ON s.id = a.information_system
                         WHERE s.code = ANY(:codes) ORDER BY s.code, a.position""")
                .param("codes", systemCodes.toArray(String[]::new))
                .query((rs, n) -> new ServiceProvision(
                        rs.getString("code"),
                        ServiceKind.valueOf(rs.getString("service")),
                        rs.getString("provider_code"),
                        rs.getObject("valid_from", java.time.LocalDate.class),
                        rs.getObject("valid_to", java.time.LocalDate.class)))
                .list();
    }

    @Override
    public List<KeySystemProduct> keySystemProducts(String ownerCode) {
        return jdbc.sql("""
                        SELECT s.owner_code, s.code, s.name, s.approved_level, s.type, s.e_government,
                               p.product, p.vendor, p.origin, p.justification
                          FROM systems.information_system s
                          JOIN systems.security_product p ON p.information_system = s.id
                         WHERE s.owner_code = :owner AND s.status <> %s
                           AND (s.approved_level >= 3 OR s.e_government)
                         ORDER BY s.name, s.code, p.product""".formatted(EnumSql.literal(SystemStatus.RETIRED)))
                .param("owner", ownerCode)
                .query((rs, n) -> new KeySystemProduct(
                        rs.getString("owner_code"),
                        rs.getString("code"),
                        rs.getString("name"),
                        (Integer) rs.getObject("approved_level"),
                        SystemType.valueOf(rs.getString("type")),
                        rs.getBoolean("e_government"),
                        rs.getString("product"),
                        rs.getString("vendor"),
                        ProductOrigin.valueOf(rs.getString("origin")),
                        rs.getString("justification")))
                .list();
    }

    /**
     * Issue 15: an asset that overlaps an asset of another agency's system in use, where neither was
     * recorded as shared by the coordinator, is a claim nobody approved (written before the check, or
     * left by moving a system to another owner): both are left out, so that alerts for those addresses
     * stay unassigned (the responders see them) rather than go to either agency.
     */
    @Override
    public List<MonitoredAsset> monitoredAssets() {
        return jdbc.sql("""
                        SELECT s.code, s.owner_code, s.approved_level, a.kind, a.value,
                               array_remove(array_cat(ARRAY[s.owner_code, s.operator_code],
                                   ARRAY(SELECT DISTINCT r.provider_code FROM systems.service_arrangement r
                                          WHERE r.information_system = s.id AND r.provider_code IS NOT NULL)),
                                   NULL) AS served_by
                          FROM systems.network_asset a
                          JOIN systems.information_system s ON s.id = a.information_system
                         WHERE s.status <> %1$s
                           AND (a.shared OR NOT EXISTS (
                                SELECT 1 FROM systems.network_asset o
                                  JOIN systems.information_system os ON os.id = o.information_system
                                 WHERE NOT o.shared AND os.owner_code <> s.owner_code AND os.status <> %1$s
                                   AND %2$s))
                         ORDER BY s.code, a.position""".formatted(EnumSql.literal(SystemStatus.RETIRED), AssetOverlaps.condition("a", "o")))
                .query((rs, n) -> new MonitoredAsset(
                        rs.getString("code"),
                        rs.getString("owner_code"),
                        (Integer) rs.getObject("approved_level"),
                        AssetKind.valueOf(rs.getString("kind")),
                        rs.getString("value"),
                        List.of((String[]) rs.getArray("served_by").getArray())))
                .list();
    }
}
