package vn.khien.agencies.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.AgencySummary;
import vn.khien.agencies.AssessorCredentials;
import vn.khien.agencies.LicenceKind;
import vn.khien.agencies.MandateKind;
import vn.khien.shared.EnumSql;

/** Reads of the registry, straight from SQL into small records. */
@Service
class AgencyQueries implements AgencyDirectory {

    private static final String COLUMNS = "code, name, kind, parent_code";
    private final JdbcClient jdbc;

    AgencyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AgencySummary> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agencies.agency WHERE code = ?")
                .param(code)
                .query(AgencyQueries::summary)
                .optional();
    }

    @Override
    public Map<String, String> namesOf(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT code, name FROM agencies.agency WHERE code = ANY(:codes)")
                    .param("codes", codes.toArray(String[]::new))
                    .query(rs -> {
                        names.put(rs.getString("code"), rs.getString("name"));
                    });
        }
        return names;
    }

    @Override
    public List<AgencySummary> listActive() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agencies.agency WHERE status = "
                        + EnumSql.literal(AgencyStatus.ACTIVE) + " ORDER BY name, code")
                .query(AgencyQueries::summary)
                .list();
    }

    @Override
    public List<AgencySummary> searchActive(
            String text, boolean everyAgency, Collection<String> codes, Set<AgencyKind> kinds, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agencies.agency WHERE status = "
                        + EnumSql.literal(AgencyStatus.ACTIVE) + """
                         AND search_text LIKE '%' || public.search_key(:text) || '%'
                         AND (:every OR code = ANY(:codes) OR kind = ANY(:kinds))
                        ORDER BY name, code LIMIT :limit""")
                .param("text", text == null ? "" : text.strip())
                .param("every", everyAgency)
                .param("codes", codes.toArray(String[]::new))
                .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .param("limit", limit)
                .query(AgencyQueries::summary)
                .list();
    }

    @Override
    public Set<String> codesWithin(String code) {
        return new HashSet<>(
                jdbc.sql("""
                        WITH RECURSIVE tree(code) AS (
                            SELECT code FROM agencies.agency WHERE code = :code
                            UNION
                            SELECT a.code FROM agencies.agency a JOIN tree t ON a.parent_code = t.code)
                        SELECT code FROM tree""").param("code", code).query(String.class).list());
    }

    @Override
    public Optional<AssessorCredentials> credentials(String code) {
        return jdbc.sql("""
                        SELECT code, kind, licence_number, licence_kind, licence_issuer, licence_valid_from,
                               licence_valid_until, mandate_kind, mandate_reference, mandate_valid_from,
                               mandate_valid_until
                        FROM agencies.agency WHERE code = ?""")
                .param(code)
                .query((rs, n) -> new AssessorCredentials(
                        rs.getString("code"),
                        AgencyKind.valueOf(rs.getString("kind")),
                        rs.getString("licence_number"),
                        enumOrNull(LicenceKind.class, rs.getString("licence_kind")),
                        rs.getString("licence_issuer"),
                        rs.getObject("licence_valid_from", LocalDate.class),
                        rs.getObject("licence_valid_until", LocalDate.class),
                        enumOrNull(MandateKind.class, rs.getString("mandate_kind")),
                        rs.getString("mandate_reference"),
                        rs.getObject("mandate_valid_from", LocalDate.class),
                        rs.getObject("mandate_valid_until", LocalDate.class)))
                .optional();
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static AgencySummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AgencySummary(
                rs.getString("code"),
                rs.getString("name"),
                AgencyKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"));
    }
}
