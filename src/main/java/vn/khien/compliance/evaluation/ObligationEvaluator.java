package vn.khien.compliance.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.compliance.domain.PackFormatException;
import vn.khien.compliance.domain.PolicyPack;
import vn.khien.compliance.domain.RuleDefinition;

/**
 * Evaluates rules into an obligation table with one INSERT … SELECT per rule over the whole
 * population (or the changed subjects). An active waiver turns an open obligation into "waived" with
 * its reason; a rule whose published view does not exist yet, or that needs a provincial setting the
 * province has not set, yields "not evaluated" for its population, never "met". A recommended rule is never violated or overdue: it is "not followed".
 */
@Component
public class ObligationEvaluator {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ObligationEvaluator.class);

    /** A reason argument naming a provincial setting, shown with the setting's label, not its code. */
    public static final String SETTING_ARG = "setting:";

    public static final String COLUMNS = "rule_id, subject_type, subject_code, item_ref, agency_code, period_start,"
            + " period_end, due_date, status, reason_key, reason_args, evidence, evaluated_on";

    private final Map<String, RuleKind> kinds;
    private final JdbcClient jdbc;

    /** The province's zone, bound as {@code :zone} so that no rule names a zone in its SQL. */
    private final String zone;

    ObligationEvaluator(List<RuleKind> kinds, JdbcClient jdbc, Clock clock) {
        this.kinds = kinds.stream().collect(Collectors.toMap(RuleKind::name, Function.identity()));
        this.jdbc = jdbc;
        this.zone = clock.getZone().getId();
    }

    /** Refuses a pack whose rules name an unknown kind or carry parameters their kind cannot use. */
    public void check(PolicyPack pack) {
        for (RuleDefinition rule : pack.rules()) {
            RuleKind kind = kind(rule);
            kind.sources(rule);
            kind.query(rule, new EvaluationDay(pack.appliesFrom(), 30, pack.appliesFrom()));
        }
    }

    /** Writes the obligations of the rules for the day into {@code table}; returns the rows written. */
    public int evaluateInto(String table, List<ActiveRule> rules, LocalDate day, int soonDays, Subjects subjects) {
        Set<String> missing = missingSources(rules);
        int written = 0;
        for (ActiveRule active : rules) {
            long started = System.nanoTime();
            RuleQuery query = statement(active, day, soonDays, subjects, missing);
            int rows = jdbc.sql("INSERT INTO " + table + " (" + COLUMNS + ") " + query.sql())
                    .params(query.params())
                    .update();
            log.debug(
                    "{}: {} obligations in {} ms", active.rule().id(), rows, (System.nanoTime() - started) / 1_000_000);
            written += rows;
        }
        return written;
    }

    /** How many obligations of one rule stand in one status for agencies of one kind. */
    public record Tally(String ruleId, String agencyKind, String status, long obligations) {}

    /**
     * Takes rules from {@code queue} until it is empty (several workers may share it), writes each
     * rule's obligations for every subject into {@code table} and counts them by agency kind and status
     * in the same statement, so the day's trend needs no second pass over every row.
     */
    public List<Tally> evaluateCounting(String table, Queue<ActiveRule> queue, LocalDate day, int soonDays) {
        Set<String> missing = missingSources(List.copyOf(queue));
        List<Tally> tallies = new ArrayList<>();
        for (ActiveRule active = queue.poll(); active != null; active = queue.poll()) {
            RuleQuery query = statement(active, day, soonDays, Subjects.ALL, missing);
            String ruleId = active.rule().id();
            long started = System.nanoTime();
            List<Tally> counted = jdbc.sql("WITH written AS (INSERT INTO " + table + " (" + COLUMNS + ") " + query.sql()
                            + " RETURNING agency_code, status)"
                            + " SELECT coalesce(a.kind, 'UNKNOWN') AS agency_kind, w.status, count(*) AS n FROM written w"
                            + " LEFT JOIN " + AgencyFacts.AGENCY.name() + " a ON a.code = w.agency_code"
                            + " GROUP BY coalesce(a.kind, 'UNKNOWN'), w.status")
                    .params(query.params())
                    .query((rs, n) ->
                            new Tally(ruleId, rs.getString("agency_kind"), rs.getString("status"), rs.getLong("n")))
                    .list();
            log.debug(
                    "{}: {} obligations in {} ms",
                    ruleId,
                    counted.stream().mapToLong(Tally::obligations).sum(),
                    (System.nanoTime() - started) / 1_000_000);
            tallies.addAll(counted);
        }
        return tallies;
    }

    /** The rule's query with waivers and recommendation applied, and every parameter it needs. */
    private RuleQuery statement(
            ActiveRule active, LocalDate day, int soonDays, Subjects subjects, Set<String> missing) {
        RuleDefinition rule = active.rule();
        RuleQuery query = ruleQuery(active, day, soonDays, missing);
        Map<String, Object> params = new HashMap<>(query.params());
        params.put("ruleId", rule.id());
        params.put("recommended", rule.recommended());
        params.put("asOf", day);
        params.put("zone", zone);
        params.put("soonDays", soonDays);
        params.put("allSubjects", subjects.all());
        params.put("subjects", subjects.codes().toArray(String[]::new));
        return new RuleQuery(withWaivers(query.sql()), params);
    }

    private RuleQuery ruleQuery(ActiveRule active, LocalDate day, int soonDays, Set<String> missing) {
        RuleDefinition rule = active.rule();
        RuleKind kind = kind(rule);
        if (rule.missingSetting().isPresent()) {
            // no text gives the number and the province has not set it: nothing can be said yet
            return notEvaluated(
                    rule,
                    "compliance.reason.setting-unset",
                    ObligationEvaluator.SETTING_ARG
                            + rule.missingSetting().get().name());
        }
        EvaluationDay evaluationDay =
                new EvaluationDay(day, soonDays, active.pack().appliesFrom());
        List<String> absent =
                kind.sources(rule).stream().filter(missing::contains).toList();
        if (absent.isEmpty()) {
            return kind.query(rule, evaluationDay);
        }
        return kind.withoutSource(rule, evaluationDay)
                .orElseGet(() -> notEvaluated(rule, "compliance.reason.source-missing", absent.get(0)));
    }

    private RuleKind kind(RuleDefinition rule) {
        RuleKind kind = kinds.get(rule.kind());
        if (kind == null) {
            throw new PackFormatException("rule " + rule.id() + ": unknown kind '" + rule.kind() + "' (known: "
                    + String.join(", ", new TreeSet<>(kinds.keySet())) + ")");
        }
        return kind;
    }

    private Set<String> missingSources(List<ActiveRule> rules) {
        Set<String> names = rules.stream()
                .flatMap(r -> kind(r.rule()).sources(r.rule()).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        if (names.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT n FROM unnest(CAST(:names AS text[])) n WHERE to_regclass(n) IS NULL")
                .param("names", names.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    private static RuleQuery notEvaluated(RuleDefinition rule, String reasonKey, String missing) {
        Map<String, Object> params = new HashMap<>();
        params.put("missingSource", missing);
        params.put("notEvaluatedKey", reasonKey);
        String sql = """
                SELECT '%s' AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       CAST(NULL AS date) AS period_start, CAST(NULL AS date) AS period_end, CAST(NULL AS date) AS due_date,
                       {{NOT_EVALUATED}} AS status, CAST(:notEvaluatedKey AS text) AS reason_key,
                       ARRAY[CAST(:missingSource AS text)] AS reason_args, CAST(NULL AS text) AS evidence
                FROM %s p""".formatted(rule.subject().name(), Populations.of(rule, params));
        return new RuleQuery(sql, params);
    }

    private static String withWaivers(String ruleSql) {
        return """
                SELECT CAST(:ruleId AS text), o.subject_type, o.subject_code, o.item_ref, o.agency_code,
                       o.period_start, o.period_end, o.due_date,
                       CASE WHEN w.reason IS NOT NULL THEN {{WAIVED}}
                            WHEN :recommended AND o.status IN ({{VIOLATED}}, {{OVERDUE}}) THEN {{NOT_FOLLOWED}}
                            ELSE o.status END,
                       CASE WHEN w.reason IS NOT NULL THEN 'compliance.reason.waived' ELSE o.reason_key END,
                       CASE WHEN w.reason IS NOT NULL THEN ARRAY[w.reason, to_char(w.expires_on, 'DD/MM/YYYY')]
                            ELSE o.reason_args END,
                       o.evidence, CAST(:asOf AS date)
                FROM (%s) o
                LEFT JOIN (SELECT DISTINCT ON (w.subject_code) w.subject_code, w.reason, w.expires_on
                           FROM compliance.waiver w
                           WHERE w.rule_id = :ruleId AND w.valid_from <= :asOf
                             AND (w.revoked_at IS NULL
                                  OR (w.revoked_at AT TIME ZONE :zone)::date > :asOf)
                             AND w.expires_on >= :asOf
                           ORDER BY w.subject_code, w.expires_on DESC) w
                       ON w.subject_code = o.subject_code
                      AND o.status IN ({{OVERDUE}}, {{VIOLATED}}, {{DUE_SOON}}, {{DUE}}, {{NOT_EVALUATED}})""".formatted(ruleSql);
    }
}
