package vn.khien.incidents.application;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.incidents.IncidentStatus;

/**
 * Incidents that share the system, an IP, a domain or a file hash with a given one, in one statement
 * over the indexed indicators (kind, value) and systems; only those the viewer may see.
 */
@Service
public class SimilarIncidents {

    private static final int LIMIT = 20;

    private final IncidentLoader loader;
    private final JdbcClient jdbc;

    SimilarIncidents(IncidentLoader loader, JdbcClient jdbc) {
        this.loader = loader;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<SimilarIncident> of(String reference) {
        var loaded = loader.visible(reference);
        if (!loaded.standing().seesDetails()) {
            return List.of();
        }
        var params = new HashMap<>(IncidentAccess.sqlParameters(loaded.viewer()));
        params.put("id", loaded.incident().id());
        params.put("system", loaded.incident().systemCode());
        params.put("limit", LIMIT);
        return jdbc.sql("""
                        SELECT i.reference, i.system_code, i.status, i.reported_at,
                               i.system_code = :system AS same_system,
                               coalesce(array_agg(DISTINCT x.kind || ' ' || x.value)
                                        FILTER (WHERE x.value IS NOT NULL), '{}') AS shared
                        FROM incidents.incident i
                        LEFT JOIN incidents.incident_indicator x ON x.incident = i.id
                              AND (x.kind, x.value) IN (SELECT m.kind, m.value FROM incidents.incident_indicator m
                                                        WHERE m.incident = :id)
                        WHERE i.id <> :id AND (i.system_code = :system OR x.incident IS NOT NULL)
                          AND """ + IncidentAccess.visible("i") + """
                        GROUP BY i.id
                        ORDER BY count(x.value) DESC, i.reported_at DESC
                        LIMIT :limit""")
                .params(params)
                .query((rs, n) -> new SimilarIncident(
                        rs.getString(1),
                        rs.getString(2),
                        IncidentStatus.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(),
                        rs.getBoolean(5),
                        texts(rs.getArray(6))))
                .list();
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
