package vn.khien.reports.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.assessments.facts.AssessmentFacts;
import vn.khien.incidents.facts.IncidentFacts;
import vn.khien.registers.facts.RegisterFacts;
import vn.khien.systems.facts.SystemFacts;

/**
 * Reads one agency's data as of a cut-off date from the other modules' published views: a few
 * statements per report, each over the agency's whole set of rows, never one per row.
 */
@Component
class AgencyData {

    private final JdbcClient jdbc;

    AgencyData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record SystemRow(String code, String name, Integer level, String status, String dossier, LocalDate decided) {}

    record AssessmentRow(
            String system, String kind, String assessor, boolean independent, LocalDate completed, long findings) {}

    record FindingRow(String severity, long total, long remediated, long open, long overdue) {}

    record Layers(long systems, long focalPoints, long monitored, long assessed, long connected) {}

    record IncidentRow(long incidents, long clocks, long missed, long form05) {}

    record BudgetRow(String title, int from, int to, BigDecimal total, BigDecimal security, String exception) {}

    record CredentialRow(String status, long count, long expiringSoon) {}

    record TrainingRow(long staff, BigDecimal hours, long reachedTarget) {}

    /**
     * The agency's systems with their latest level dossier opened by the cut-off date. Not filtered on
     * {@code registered_on}: that is the day Khiên learnt of a system, not the day it went live.
     */
    List<SystemRow> systems(String agency, LocalDate cutOff) {
        return jdbc.sql("""
                        SELECT s.code, s.name, s.approved_level AS level, s.status, d.status AS dossier,
                               d.decision_date AS decided
                          FROM %s s
                          LEFT JOIN LATERAL (SELECT d.status, d.decision_date FROM %s d
                                              WHERE d.system_code = s.code AND d.opened_on <= :cutOff
                                              ORDER BY d.number DESC LIMIT 1) d ON true
                         WHERE s.owner_code = :agency
                         ORDER BY s.approved_level DESC NULLS LAST, s.name""".formatted(SystemFacts.SYSTEM.name(), SystemFacts.DOSSIER.name()))
                .params(Map.of("agency", agency, "cutOff", cutOff))
                .query(SystemRow.class)
                .list();
    }

    /** The period's assessments; independent when the assessor is neither the owner nor a provider of the system. */
    List<AssessmentRow> assessments(String agency, LocalDate from, LocalDate cutOff) {
        return jdbc.sql("""
                        SELECT coalesce(s.name, r.system_code) AS system, r.kind,
                               coalesce(a.name, r.assessor_code) AS assessor,
                               (r.assessor_code IS DISTINCT FROM r.agency_code AND NOT EXISTS (
                                    SELECT 1 FROM %3$s x WHERE x.system_code = r.system_code
                                       AND x.provider_code = r.assessor_code)) AS independent,
                               r.completed_on AS completed,
                               (SELECT count(*) FROM %4$s f WHERE f.system_code = r.system_code
                                   AND f.agency_code = r.agency_code) AS findings
                          FROM %1$s r
                          LEFT JOIN %2$s s ON s.code = r.system_code
                          LEFT JOIN %5$s a ON a.code = r.assessor_code
                         WHERE r.agency_code = :agency AND r.completed_on BETWEEN :from AND :cutOff
                         ORDER BY r.completed_on, system""".formatted(
                                AssessmentFacts.ASSESSMENT_RESULT.name(),
                                SystemFacts.SYSTEM.name(),
                                SystemFacts.ARRANGEMENT.name(),
                                AssessmentFacts.FINDING.name(),
                                AgencyFacts.AGENCY.name()))
                .params(Map.of("agency", agency, "from", from, "cutOff", cutOff))
                .query(AssessmentRow.class)
                .list();
    }

    /** Findings open during the period, by severity: remediated (fixed, closed, risk accepted), open, overdue. */
    List<FindingRow> findings(String agency, LocalDate from, LocalDate cutOff) {
        return jdbc.sql("""
                        SELECT f.severity, count(*) AS total,
                               count(*) FILTER (WHERE f.status IN ('FIXED', 'CLOSED', 'RISK_ACCEPTED')) AS remediated,
                               count(*) FILTER (WHERE f.status IN ('OPEN', 'REMEDIATION_PLANNED')) AS open,
                               count(*) FILTER (WHERE f.status IN ('OPEN', 'REMEDIATION_PLANNED')
                                                  AND f.due_on < :cutOff) AS overdue
                          FROM %s f
                         WHERE f.agency_code = :agency AND (f.closed_on IS NULL OR f.closed_on >= :from)
                         GROUP BY f.severity
                         ORDER BY array_position(ARRAY['CRITICAL','HIGH','MEDIUM','LOW'], CAST(f.severity AS text))""".formatted(AssessmentFacts.FINDING.name()))
                .params(Map.of("agency", agency, "from", from, "cutOff", cutOff))
                .query(FindingRow.class)
                .list();
    }

    /** The four-layer picture (Directive 14/CT-TTg) over the agency's systems in operation. */
    Layers layers(String agency, LocalDate from, LocalDate cutOff) {
        return jdbc.sql("""
                        WITH sys AS (SELECT code, monitoring_connected, monitoring_since FROM %1$s
                                      WHERE owner_code = :agency AND status = 'IN_OPERATION')
                        SELECT (SELECT count(*) FROM sys) AS systems,
                               (SELECT count(*) FROM %2$s p WHERE p.agency_code = :agency AND p.valid_from <= :cutOff
                                   AND (p.valid_to IS NULL OR p.valid_to > :cutOff)) AS focal_points,
                               (SELECT count(DISTINCT x.system_code) FROM %3$s x JOIN sys ON sys.code = x.system_code
                                 WHERE x.service IN ('MONITORING', 'PROTECTION') AND x.valid_from <= :cutOff
                                   AND (x.valid_to IS NULL OR x.valid_to >= :cutOff)) AS monitored,
                               (SELECT count(DISTINCT r.system_code) FROM %4$s r JOIN sys ON sys.code = r.system_code
                                 WHERE r.completed_on BETWEEN :from AND :cutOff
                                   AND r.assessor_code IS DISTINCT FROM :agency) AS assessed,
                               (SELECT count(*) FROM sys WHERE monitoring_connected
                                   AND (monitoring_since IS NULL OR monitoring_since <= :cutOff)) AS connected""".formatted(
                                SystemFacts.SYSTEM.name(),
                                AgencyFacts.FOCAL_POINT.name(),
                                SystemFacts.ARRANGEMENT.name(),
                                AssessmentFacts.ASSESSMENT_RESULT.name()))
                .params(Map.of("agency", agency, "from", from, "cutOff", cutOff))
                .query(Layers.class)
                .single();
    }

    List<BudgetRow> budgets(String agency, int year) {
        return jdbc.sql("""
                        SELECT p.kind AS title, p.year_from AS "from", p.year_to AS "to", p.total_budget AS total,
                               p.security_budget AS security, p.exception_status AS exception
                          FROM %s p
                         WHERE p.agency_code = :agency AND :year BETWEEN p.year_from AND p.year_to
                         ORDER BY p.year_from, p.plan_id""".formatted(RegisterFacts.IT_PLAN.name()))
                .params(Map.of("agency", agency, "year", year))
                .query(BudgetRow.class)
                .list();
    }

    List<CredentialRow> credentials(String agency, LocalDate cutOff) {
        return jdbc.sql("""
                        SELECT c.status, count(*) AS count,
                               count(*) FILTER (WHERE c.valid_to BETWEEN :cutOff AND :cutOff + 60) AS expiring_soon
                          FROM %s c WHERE c.agency_code = :agency
                         GROUP BY c.status ORDER BY c.status""".formatted(RegisterFacts.CREDENTIAL.name()))
                .params(Map.of("agency", agency, "cutOff", cutOff))
                .query(CredentialRow.class)
                .list();
    }

    TrainingRow training(String agency, int year) {
        return jdbc.sql("""
                        SELECT count(DISTINCT t.staff_id) AS staff, coalesce(sum(t.hours), 0) AS hours,
                               count(DISTINCT t.staff_id) FILTER (WHERE t.hours >= t.target_hours) AS reached_target
                          FROM %s t WHERE t.agency_code = :agency AND t.year = :year""".formatted(RegisterFacts.TRAINING_HOURS.name()))
                .params(Map.of("agency", agency, "year", year))
                .query(TrainingRow.class)
                .single();
    }

    /** Incidents whose clocks started in the period, the clocks missed, and the Form 05 summaries made. */
    IncidentRow incidents(String agency, LocalDate from, LocalDate cutOff) {
        return jdbc.sql("""
                        SELECT count(DISTINCT c.incident_reference) AS incidents, count(*) AS clocks,
                               count(*) FILTER (WHERE coalesce(c.met_at, now()) > c.due_at) AS missed,
                               (SELECT count(*) FROM %2$s s WHERE s.agency_code = :agency
                                   AND s.covers_from <= :cutOff AND s.covers_to >= :from) AS form05
                          FROM %1$s c
                         WHERE c.agency_code = :agency
                           AND c.starts_at >= CAST(:from AS date) AND c.starts_at < CAST(:cutOff AS date) + 1""".formatted(IncidentFacts.CLOCK.name(), IncidentFacts.SUMMARY.name()))
                .params(Map.of("agency", agency, "from", from, "cutOff", cutOff))
                .query(IncidentRow.class)
                .single();
    }
}
