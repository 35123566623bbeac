package vn.khien.scoring.application;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.scoring.CampaignState;
import vn.khien.shared.EnumSql;
import vn.khien.shared.ShownDate;

/**
 * What the home page says about scoring: for the coordinator, campaigns that await them (answers
 * coming in, verification); for an agency officer, an open self-assessment its agency has not submitted.
 */
@Service
public class ScoringTodo {

    /** One line: a message key with its arguments and where to act. */
    public record Line(String key, List<Object> arguments, String path) {}

    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    ScoringTodo(JdbcClient jdbc, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    public List<Line> lines() {
        if (policy.currentUserHas(Role.COORDINATOR_ADMIN)) {
            return jdbc.sql("""
                            SELECT c.id, c.year, c.state,
                                   (SELECT count(*) FROM scoring.submission s WHERE s.campaign = c.id) AS submitted
                              FROM scoring.campaign c WHERE c.state IN %s
                             ORDER BY c.year""".formatted(EnumSql.in(CampaignState.SELF_ASSESSMENT, CampaignState.VERIFICATION)))
                    .query((rs, n) -> new Line(
                            "scoring.home." + rs.getString("state").toLowerCase(java.util.Locale.ROOT),
                            List.of(rs.getString("year"), rs.getLong("submitted")),
                            "/scoring/campaigns/" + rs.getLong("id")))
                    .list();
        }
        if (!policy.currentUserHas(Role.AGENCY_OFFICER)) {
            return List.of();
        }
        var scope = policy.currentScope();
        List<Line> lines = new java.util.ArrayList<>(jdbc.sql(
                        """
                        SELECT c.id, c.year, s.agency_code AS code, coalesce(ag.name, s.agency_code) AS name,
                               count(*) AS criteria
                          FROM scoring.evidence_request r
                          JOIN scoring.submission s ON s.id = r.submission
                          JOIN scoring.campaign c ON c.id = s.campaign AND c.state = %s
                          LEFT JOIN %s ag ON ag.code = s.agency_code
                         WHERE r.answered_at IS NULL AND s.agency_code = ANY(CAST(:scope AS text[]))
                         GROUP BY c.id, c.year, s.agency_code, ag.name
                         ORDER BY c.year, s.agency_code LIMIT 5""".formatted(EnumSql.literal(CampaignState.VERIFICATION), PublishedFacts.AGENCIES))
                .param("scope", scope.agencyCodes().toArray(String[]::new))
                .query((rs, n) -> new Line(
                        "scoring.home.evidence-requested",
                        List.of(rs.getString("year"), rs.getString("name"), rs.getLong("criteria")),
                        "/scoring/campaigns/" + rs.getLong("id") + "/agencies/" + rs.getString("code")))
                .list());
        lines.addAll(jdbc.sql("""
                        SELECT c.id, c.year, c.closes_on, a.code, coalesce(ag.name, a.code) AS name
                          FROM scoring.campaign c
                          CROSS JOIN unnest(CAST(:scope AS text[])) AS a(code)
                          LEFT JOIN %s ag ON ag.code = a.code
                         WHERE c.state = %s
                           AND NOT EXISTS (SELECT 1 FROM scoring.submission s WHERE s.campaign = c.id AND s.agency_code = a.code)
                         ORDER BY c.closes_on, a.code LIMIT 5""".formatted(PublishedFacts.AGENCIES, EnumSql.literal(CampaignState.SELF_ASSESSMENT)))
                .param("scope", scope.agencyCodes().toArray(String[]::new))
                .query((rs, n) -> new Line(
                        "scoring.home.to-submit",
                        List.of(
                                rs.getString("year"),
                                ShownDate.of(rs.getObject("closes_on", LocalDate.class)),
                                rs.getString("name")),
                        "/scoring/campaigns/" + rs.getLong("id") + "/agencies/" + rs.getString("code")))
                .list());
        return lines;
    }
}
