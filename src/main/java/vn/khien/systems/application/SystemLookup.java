package vn.khien.systems.application;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.shared.InvalidInputException;
import vn.khien.systems.AssetKind;
import vn.khien.systems.MonitoredAsset;
import vn.khien.systems.SystemDirectory;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemSummary;
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
    public List<MonitoredAsset> monitoredAssets() {
        return jdbc.sql("""
                        SELECT s.code, s.owner_code, s.approved_level, a.kind, a.value,
                               array_remove(array_cat(ARRAY[s.owner_code, s.operator_code],
                                   ARRAY(SELECT DISTINCT r.provider_code FROM systems.service_arrangement r
                                          WHERE r.information_system = s.id AND r.provider_code IS NOT NULL)),
                                   NULL) AS served_by
                          FROM systems.network_asset a
                          JOIN systems.information_system s ON s.id = a.information_system
                         WHERE s.status <> 'RETIRED'
                         ORDER BY s.code, a.position""")
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
