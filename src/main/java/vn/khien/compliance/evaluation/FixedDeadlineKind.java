package vn.khien.compliance.evaluation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khien.compliance.SubjectType;
import vn.khien.compliance.domain.Period;
import vn.khien.compliance.domain.ReportingCalendar;
import vn.khien.compliance.domain.RuleDefinition;
import vn.khien.incidents.facts.IncidentFacts;
import vn.khien.registers.facts.RegisterFacts;

/**
 * Something owed once per reporting period by a fixed day: the agencies' yearly report before 5 December
 * (last day on time 4 December), an assessment of level 3–4 systems in each year ending 14 December, of
 * level 5 systems in each half-year ending 14 June and 14 December. A period written {@code before: "MM-dd"}
 * follows the text's "trước ngày": the last day on time is the day before (see {@link ReportingCalendar}).
 * {@code recipientRole} names who receives it, from the dated authorities register on the due day (the
 * ministry changed in 2025); {@code ownerLeadDays} (a provincial setting) moves an owner's date earlier;
 * {@code dueDaysAfterEnd} (a provincial setting where the text gives no day) makes every period due that
 * many days after it ends. The current period is due, due soon or overdue; the period before is met or,
 * once its last day on time has passed without evidence, violated — a report on a period that is due
 * after the period ends (Form 05 for the half-year ending 14 June, before 20 June) stays open until then.
 * Evidence after the last day on time but within the period is late ({@code LATE}); the first evidence in
 * a period counts. Evidence is a completed assessment of the system ({@code evidence: assessment}), an
 * accepted attestation of the agency ({@code evidence: attestation}, {@code attestationKind}), dated within
 * the period or up to its due day when that is later, or the agency's incident summary (Form 05) covering
 * the period ({@code evidence: incident-summary}), dated by its first generation, so a late summary is late.
 */
@Component
class FixedDeadlineKind implements RuleKind {

    static final String ATTESTATIONS = RegisterFacts.ATTESTATION.name();
    static final String INCIDENT_SUMMARIES = IncidentFacts.SUMMARY.name();

    @Override
    public String name() {
        return "fixed-deadline";
    }

    @Override
    public List<String> sources(RuleDefinition rule) {
        calendar(rule);
        return switch (evidence(rule)) {
            case "assessment" -> List.of(CadenceKind.ASSESSMENTS);
            case "incident-summary" -> List.of(INCIDENT_SUMMARIES);
            default -> {
                rule.params().text("attestationKind");
                yield List.of(ATTESTATIONS);
            }
        };
    }

    static ReportingCalendar calendar(RuleDefinition rule) {
        var params = rule.params();
        boolean afterEnd = params.values().containsKey("dueDaysAfterEnd");
        int daysAfterEnd = params.integer("dueDaysAfterEnd", 0);
        return new ReportingCalendar(params.entries("periods").stream()
                .map(e -> {
                    var end = params.monthDay(e.get("end"), "periods.end");
                    if (afterEnd && (e.containsKey("before") || e.containsKey("due"))) {
                        throw params.problem("periods", "gives no 'before' or 'due' when 'dueDaysAfterEnd' is set");
                    }
                    if (afterEnd) {
                        // a leap year, so that a period ending 29 February has a due day too
                        return new ReportingCalendar.Cut(
                                end, MonthDay.from(end.atYear(2024).plusDays(daysAfterEnd)));
                    }
                    if (e.containsKey("before") && e.containsKey("due")) {
                        throw params.problem(
                                "periods", "gives either 'before' (the text's \"trước ngày\") or 'due', not both");
                    }
                    if (e.containsKey("before")) {
                        return ReportingCalendar.Cut.before(end, params.monthDay(e.get("before"), "periods.before"));
                    }
                    return new ReportingCalendar.Cut(
                            end, params.monthDay(e.getOrDefault("due", e.get("end")), "periods.due"));
                })
                .toList());
    }

    private static String evidence(RuleDefinition rule) {
        String evidence = rule.params().text("evidence");
        boolean fits = (evidence.equals("assessment") && rule.subject() == SubjectType.SYSTEM)
                || ((evidence.equals("attestation") || evidence.equals("incident-summary"))
                        && rule.subject() == SubjectType.AGENCY);
        if (!fits) {
            throw rule.params()
                    .problem("evidence", "must be assessment (systems), attestation or incident-summary (agencies)");
        }
        return evidence;
    }

    @Override
    public RuleQuery query(RuleDefinition rule, EvaluationDay day) {
        return query(rule, day, true);
    }

    @Override
    public java.util.Optional<RuleQuery> withoutSource(RuleDefinition rule, EvaluationDay day) {
        return java.util.Optional.of(query(rule, day, false));
    }

    private RuleQuery query(RuleDefinition rule, EvaluationDay day, boolean evaluated) {
        Map<String, Object> params = new HashMap<>();
        ReportingCalendar calendar = calendar(rule);
        Period current = calendar.periodContaining(day.asOf());
        Period previous = calendar.periodBefore(day.asOf());
        Period beforePrevious = calendar.periodBefore(previous.start());
        // what is done by a period's due day counts for it, even after the period ended; the next period's
        // evidence starts the day after, so one report never counts for two periods
        params.put("curFrom", later(current.start(), previous.due().plusDays(1)));
        params.put("prevFrom", later(previous.start(), beforePrevious.due().plusDays(1)));
        params.put("curStart", current.start());
        params.put("curEnd", current.end());
        params.put("curDue", current.due());
        params.put("prevStart", previous.start());
        params.put("prevEnd", previous.end());
        params.put("prevDue", previous.due());
        params.put("curLegal", calendar.legalDay(current));
        params.put("prevLegal", calendar.legalDay(previous));
        // the province may ask owners for their part earlier than the coordinator's own deadline
        int lead = rule.params().integer("ownerLeadDays", 0);
        params.put("curDue", current.due().minusDays(lead));
        params.put("prevDue", previous.due().minusDays(lead));
        params.put("recipientRole", rule.params().text("recipientRole", ""));
        params.put("evaluated", evaluated);
        params.put("missingSource", evaluated ? "" : sources(rule).get(0));
        String population = Populations.of(rule, params);
        String evidence;
        params.put("doneKey", "compliance.reason.done-on");
        params.put("lateKey", "compliance.reason.done-late");
        if (!evaluated) {
            evidence =
                    "SELECT CAST(NULL AS text) AS subject_code, CAST(NULL AS text) AS which, CAST(NULL AS text) AS ref,"
                            + " CAST(NULL AS date) AS on_day WHERE false";
        } else if (evidence(rule).equals("assessment")) {
            evidence = """
                    SELECT DISTINCT ON (r.system_code, per.which) r.system_code AS subject_code, per.which,
                           'assessment:' || r.assessment_id AS ref, r.completed_on AS on_day
                    FROM %s r
                    JOIN periods per ON r.completed_on BETWEEN per.evidence_from
                                        AND least(greatest(per.finish, per.due), :asOf)
                    WHERE (:allSubjects OR r.system_code = ANY(CAST(:subjects AS text[])))
                    ORDER BY r.system_code, per.which, r.completed_on""".formatted(CadenceKind.ASSESSMENTS);
        } else if (evidence(rule).equals("incident-summary")) {
            // the summary names the period it covers: one generated after the due day is late, not missing
            params.put("doneKey", "compliance.reason.summary-made");
            params.put("lateKey", "compliance.reason.summary-made-late");
            evidence = """
                    SELECT DISTINCT ON (s.agency_code, per.which) s.agency_code AS subject_code, per.which,
                           'incident-summary:' || s.first_ref AS ref, s.first_generated_on AS on_day
                    FROM %s s
                    JOIN periods per ON s.covers_to = per.finish AND s.covers_from <= per.start
                    WHERE s.first_generated_on <= :asOf
                      AND (:allSubjects OR s.agency_code = ANY(CAST(:subjects AS text[])))
                    ORDER BY s.agency_code, per.which, s.first_generated_on""".formatted(INCIDENT_SUMMARIES);
        } else {
            params.put("attestationKind", rule.params().text("attestationKind"));
            evidence = """
                    SELECT DISTINCT ON (x.agency_code, per.which) x.agency_code AS subject_code, per.which,
                           'attestation:' || x.attestation_id AS ref, x.attested_on AS on_day
                    FROM %s x
                    JOIN periods per ON x.attested_on BETWEEN per.evidence_from
                                        AND least(greatest(per.finish, per.due), :asOf)
                    WHERE x.kind = :attestationKind AND x.status = 'ACCEPTED' AND x.decided_on <= :asOf
                      AND (:allSubjects OR x.agency_code = ANY(CAST(:subjects AS text[])))
                    ORDER BY x.agency_code, per.which, x.attested_on""".formatted(ATTESTATIONS);
        }
        String sql = """
                WITH periods(which, start, finish, due, legal, evidence_from) AS (
                    VALUES ('current', CAST(:curStart AS date), CAST(:curEnd AS date), CAST(:curDue AS date),
                            CAST(:curLegal AS text), CAST(:curFrom AS date)),
                           ('previous', CAST(:prevStart AS date), CAST(:prevEnd AS date), CAST(:prevDue AS date),
                            CAST(:prevLegal AS text), CAST(:prevFrom AS date))),
                evidence AS (%2$s),
                recipient AS (
                    SELECT per.which, (SELECT a.organisation_name FROM compliance.authority a
                                       WHERE a.role = CAST(:recipientRole AS text) AND a.valid_from <= per.due
                                         AND (a.valid_to IS NULL OR a.valid_to >= per.due)
                                       ORDER BY a.valid_from DESC LIMIT 1) AS name
                    FROM periods per)
                SELECT '%3$s' AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       per.start AS period_start, per.finish AS period_end, per.due AS due_date,
                       CASE WHEN NOT :evaluated THEN {{NOT_EVALUATED}}
                            WHEN e.ref IS NOT NULL AND e.on_day > per.due THEN {{LATE}}
                            WHEN e.ref IS NOT NULL THEN {{MET}}
                            WHEN per.which = 'previous' AND per.due < :asOf THEN {{VIOLATED}}
                            WHEN per.due < :asOf THEN {{OVERDUE}}
                            WHEN per.due - :soonDays <= :asOf THEN {{DUE_SOON}} ELSE {{DUE}} END AS status,
                       CASE WHEN NOT :evaluated THEN 'compliance.reason.source-missing'
                            WHEN rc.name IS NOT NULL THEN CASE
                                WHEN e.ref IS NOT NULL AND e.on_day > per.due THEN CAST(:lateKey AS text) || '-to'
                                WHEN e.ref IS NOT NULL THEN CAST(:doneKey AS text) || '-to'
                                WHEN per.which = 'previous' AND per.due < :asOf THEN 'compliance.reason.period-missed-to'
                                WHEN per.legal <> '' THEN 'compliance.reason.due-before-to'
                                ELSE 'compliance.reason.due-by-to' END
                            WHEN e.ref IS NOT NULL AND e.on_day > per.due THEN CAST(:lateKey AS text)
                            WHEN e.ref IS NOT NULL THEN CAST(:doneKey AS text)
                            WHEN per.which = 'previous' AND per.due < :asOf THEN 'compliance.reason.period-missed'
                            WHEN per.legal <> '' THEN 'compliance.reason.due-before'
                            ELSE 'compliance.reason.due-by' END AS reason_key,
                       CASE WHEN NOT :evaluated THEN ARRAY[CAST(:missingSource AS text)]
                            ELSE ARRAY[to_char(coalesce(e.on_day, per.due), 'DD/MM/YYYY'), per.legal,
                                       to_char(per.due, 'DD/MM/YYYY'), coalesce(rc.name, '')] END AS reason_args,
                       e.ref AS evidence
                FROM %1$s p
                CROSS JOIN periods per
                LEFT JOIN evidence e ON e.subject_code = p.subject_code AND e.which = per.which
                LEFT JOIN recipient rc ON rc.which = per.which
                WHERE per.which = 'current' OR p.registered_on <= per.start""".formatted(population, evidence, rule.subject().name());
        return new RuleQuery(sql, params);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
