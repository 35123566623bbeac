package vn.khien.compliance.application;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.SubjectType;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.shared.EnumSql;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/**
 * The four-layer protection model of Directive 14 (DESIGN.md §1), read from the obligations: layer 1
 * the agency's own focal unit, layer 2 a monitoring arrangement per system, layer 3 an independent
 * assessment in the current period for level 3+ systems, layer 4 the connection of level 3+ systems
 * to the national monitoring centre. Counted per agency in one statement.
 */
@Service
public class FourLayerQueries {

    /** One agency's layers: layer 1 met or not; layers 2–4 as systems meeting it out of those owing it. */
    public record AgencyLayers(
            String agencyCode,
            String agencyName,
            boolean layer1,
            long layer2Met,
            long layer2Owed,
            long layer3Met,
            long layer3Owed,
            long layer3NotEvaluated,
            long layer4Met,
            long layer4Owed) {

        AgencyLayers named(String name) {
            return name == null
                    ? this
                    : new AgencyLayers(
                            agencyCode,
                            name,
                            layer1,
                            layer2Met,
                            layer2Owed,
                            layer3Met,
                            layer3Owed,
                            layer3NotEvaluated,
                            layer4Met,
                            layer4Owed);
        }
    }

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AgencyDirectory agencies;

    FourLayerQueries(JdbcClient jdbc, AccessPolicy access, AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.access = access;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public PageResponse<AgencyLayers> byAgency(Paging paging) {
        return layers(null, paging);
    }

    /** One agency's layers, if it has obligations the viewer may see. */
    @Transactional(readOnly = true)
    public java.util.Optional<AgencyLayers> ofAgency(String agencyCode) {
        return layers(agencyCode, Paging.of(0, 1)).items().stream().findFirst();
    }

    private PageResponse<AgencyLayers> layers(String agencyCode, Paging paging) {
        AgencyScope scope = access.currentScope();
        String sql = """
                WITH o AS (
                    SELECT * FROM compliance.obligation o
                    WHERE (:seeAll OR o.agency_code = ANY(CAST(:scope AS text[])))
                      AND (CAST(:agency AS text) IS NULL OR o.agency_code = :agency)),
                systems AS (
                    SELECT o.subject_code, o.agency_code,
                           bool_or(o.rule_id = 'ct14.monitoring-arrangement') AS l2_owed,
                           bool_or(o.rule_id = 'ct14.monitoring-arrangement' AND o.status IN %1$s) AS l2,
                           bool_or(o.rule_id IN ('ct14.assessment-level-3-4', 'ct14.assessment-level-5')
                                   AND o.period_end >= o.evaluated_on) AS l3_owed,
                           bool_or(o.rule_id IN ('ct14.assessment-level-3-4', 'ct14.assessment-level-5')
                                   AND o.period_end >= o.evaluated_on AND o.status = %2$s) AS l3_unknown,
                           bool_or(o.rule_id IN ('ct14.assessment-level-3-4', 'ct14.assessment-level-5')
                                   AND o.period_end >= o.evaluated_on AND o.status IN %3$s)
                             AND NOT bool_or(o.rule_id = 'ct14.assessor-independence' AND o.status = %4$s) AS l3,
                           bool_or(o.rule_id = 'ct14.national-monitoring-connection') AS l4_owed,
                           bool_or(o.rule_id = 'ct14.national-monitoring-connection' AND o.status IN %1$s) AS l4
                    FROM o WHERE o.subject_type = %5$s GROUP BY o.subject_code, o.agency_code),
                agencies AS (
                    SELECT o.agency_code, bool_or(o.rule_id = 'ct14.focal-unit' AND o.status IN %1$s) AS l1
                    FROM o GROUP BY o.agency_code)
                SELECT a.agency_code, a.l1,
                       count(*) FILTER (WHERE s.l2) AS l2_met, count(*) FILTER (WHERE s.l2_owed) AS l2_owed,
                       count(*) FILTER (WHERE s.l3) AS l3_met, count(*) FILTER (WHERE s.l3_owed) AS l3_owed,
                       count(*) FILTER (WHERE s.l3_unknown) AS l3_unknown,
                       count(*) FILTER (WHERE s.l4) AS l4_met, count(*) FILTER (WHERE s.l4_owed) AS l4_owed,
                       count(*) OVER () AS total
                FROM agencies a LEFT JOIN systems s ON s.agency_code = a.agency_code
                GROUP BY a.agency_code, a.l1
                ORDER BY (NOT a.l1)::int + count(*) FILTER (WHERE s.l2_owed AND NOT s.l2)
                         + count(*) FILTER (WHERE s.l3_owed AND NOT s.l3)
                         + count(*) FILTER (WHERE s.l4_owed AND NOT s.l4) DESC,
                         a.agency_code
                LIMIT :limit OFFSET :offset""".formatted(
                        EnumSql.in(ObligationStatus.MET, ObligationStatus.WAIVED),
                        EnumSql.literal(ObligationStatus.NOT_EVALUATED),
                        EnumSql.in(ObligationStatus.MET, ObligationStatus.LATE, ObligationStatus.WAIVED),
                        EnumSql.literal(ObligationStatus.VIOLATED),
                        EnumSql.literal(SubjectType.SYSTEM));
        long[] total = {0};
        List<AgencyLayers> rows = jdbc.sql(sql)
                .param("seeAll", scope.allAgencies())
                .param("scope", scope.agencyCodes().toArray(String[]::new))
                .param("agency", agencyCode)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new AgencyLayers(
                            rs.getString("agency_code"),
                            rs.getString("agency_code"),
                            rs.getBoolean("l1"),
                            rs.getLong("l2_met"),
                            rs.getLong("l2_owed"),
                            rs.getLong("l3_met"),
                            rs.getLong("l3_owed"),
                            rs.getLong("l3_unknown"),
                            rs.getLong("l4_met"),
                            rs.getLong("l4_owed"));
                })
                .list();
        var names = agencies.namesOf(rows.stream().map(AgencyLayers::agencyCode).toList());
        return new PageResponse<>(
                rows.stream().map(r -> r.named(names.get(r.agencyCode()))).toList(),
                paging.page(),
                paging.size(),
                total[0]);
    }
}
