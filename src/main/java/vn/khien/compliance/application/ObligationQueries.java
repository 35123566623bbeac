package vn.khien.compliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.SubjectType;
import vn.khien.compliance.evaluation.ObligationEvaluator;
import vn.khien.compliance.evaluation.Subjects;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.shared.EnumSql;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;
import vn.khien.systems.facts.SystemFacts;

/**
 * Lists obligations for the signed-in user's scope. The day last evaluated is read from the table;
 * any other day is evaluated on demand into a temporary table by the same rules (narrowed to the
 * agency or system asked about), so an answer "as of" a day is what the rules say for that day.
 */
@Service
public class ObligationQueries {

    static final String ORDER = "array_position(" + ObligationStatus.sqlOrder()
            + ", o.status), o.due_date NULLS LAST, o.rule_id, o.subject_code, o.item_ref";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final ObligationRecompute recompute;
    private final PackCatalogue catalogue;
    private final ObligationEvaluator evaluator;
    private final AgencyDirectory agencies;
    private final ObligationHeads heads;
    private final MessageSource messages;
    private final Clock clock;

    ObligationQueries(
            JdbcClient jdbc,
            AccessPolicy access,
            ObligationRecompute recompute,
            PackCatalogue catalogue,
            ObligationEvaluator evaluator,
            AgencyDirectory agencies,
            ObligationHeads heads,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.recompute = recompute;
        this.catalogue = catalogue;
        this.evaluator = evaluator;
        this.agencies = agencies;
        this.heads = heads;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public PageResponse<ObligationView> list(ObligationFilter filter, Paging paging) {
        AgencyScope scope = access.currentScope();
        String table = tableFor(filter, scope);
        Map<String, Object> params = params(filter, scope);
        String where = """
                WHERE (:seeAll OR o.agency_code = ANY(CAST(:scope AS text[])))
                  AND (CAST(:agency AS text) IS NULL OR o.agency_code = :agency)
                  AND (CAST(:system AS text) IS NULL OR (o.subject_type = %2$s AND o.subject_code = :system))
                  AND (CAST(:rules AS text[]) IS NULL OR o.rule_id LIKE ANY(CAST(:rules AS text[])))
                  AND (CAST(:status AS text) IS NULL OR o.status = :status)
                  AND (CAST(:kind AS text) IS NULL
                       OR o.agency_code IN (SELECT a.code FROM %1$s a WHERE a.kind = :kind))""".formatted(AgencyFacts.AGENCY.name(), EnumSql.literal(SubjectType.SYSTEM));
        long total = jdbc.sql("SELECT count(*) FROM " + table + " o " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<Row> rows = jdbc.sql("SELECT o.* FROM " + table + " o " + where + " ORDER BY " + ORDER
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(ObligationQueries::row)
                .list();
        return new PageResponse<>(views(rows, filter.asOf()), paging.page(), paging.size(), total);
    }

    /** One line per rule in force: how many obligations of the viewer's scope stand in each status. */
    @Transactional(readOnly = true)
    public List<RuleSummary> summary() {
        AgencyScope scope = access.currentScope();
        Map<String, Map<ObligationStatus, Long>> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT o.rule_id, o.status, count(*) AS n FROM compliance.obligation o
                        WHERE (:seeAll OR o.agency_code = ANY(CAST(:scope AS text[])))
                        GROUP BY o.rule_id, o.status ORDER BY o.rule_id""")
                .param("seeAll", scope.allAgencies())
                .param("scope", scope.agencyCodes().toArray(String[]::new))
                .query((rs, n) -> counts.computeIfAbsent(
                                rs.getString("rule_id"), k -> new java.util.EnumMap<>(ObligationStatus.class))
                        .put(ObligationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        LocalDate day = recompute.evaluatedOn();
        Locale locale = LocaleContextHolder.getLocale();
        return counts.entrySet().stream()
                .map(e -> new RuleSummary(e.getKey(), catalogue.ruleTitle(e.getKey(), day, locale), e.getValue()))
                .toList();
    }

    /** The titles of the rules, in the reader's language, from the pack versions of the last evaluation. */
    public Map<String, String> ruleTitles(List<String> rules) {
        LocalDate day = recompute.evaluatedOn();
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        rules.forEach(rule -> titles.put(rule, catalogue.ruleTitle(rule, day, locale)));
        return titles;
    }

    /** A rule's obligations by status, for the dashboard. */
    public record RuleSummary(String rule, String title, Map<ObligationStatus, Long> counts) {

        public long count(ObligationStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Met on time or waived among those that were evaluated and apply (late is not on time); null when none does. */
        public Integer ratePercent() {
            return Rates.percent(counts);
        }

        /** Done at all, on time or late; null when none applies. */
        public Integer donePercent() {
            return Rates.donePercent(counts);
        }
    }

    private String tableFor(ObligationFilter filter, AgencyScope scope) {
        LocalDate evaluated = recompute.evaluatedOn();
        if (filter.asOf() == null || filter.asOf().equals(evaluated)) {
            return "compliance.obligation";
        }
        jdbc.sql("CREATE TEMPORARY TABLE obligation_as_of (LIKE compliance.obligation) ON COMMIT DROP")
                .update();
        evaluator.evaluateInto(
                "obligation_as_of",
                catalogue.rulesOwedOn(filter.asOf()),
                filter.asOf(),
                recompute.soonDays(),
                subjectsFor(filter, scope));
        return "obligation_as_of";
    }

    /** Only the subjects the answer can contain are evaluated: an agency's question costs one agency. */
    private Subjects subjectsFor(ObligationFilter filter, AgencyScope scope) {
        Set<String> agencyCodes = new HashSet<>();
        if (filter.agency() != null) {
            agencyCodes.add(filter.agency());
        } else if (!scope.allAgencies()) {
            agencyCodes.addAll(scope.agencyCodes());
        }
        if (filter.system() != null) {
            return Subjects.of(Set.of(filter.system()));
        }
        if (agencyCodes.isEmpty()) {
            return Subjects.ALL;
        }
        Set<String> codes = new HashSet<>(agencyCodes);
        codes.addAll(jdbc.sql("SELECT code FROM " + SystemFacts.SYSTEM.name()
                        + " WHERE owner_code = ANY(CAST(:codes AS text[]))")
                .param("codes", agencyCodes.toArray(String[]::new))
                .query(String.class)
                .list());
        return Subjects.of(codes);
    }

    private static Map<String, Object> params(ObligationFilter filter, AgencyScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("seeAll", scope.allAgencies());
        params.put("scope", scope.agencyCodes().toArray(String[]::new));
        params.put("agency", filter.agency());
        params.put("system", filter.system());
        params.put("rules", rulePatterns(filter.rule()));
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put(
                "kind", filter.agencyKind() == null ? null : filter.agencyKind().name());
        return params;
    }

    /**
     * The rule filter as LIKE patterns: rule ids separated by commas or spaces, a pack's rules written
     * {@code law116.*} (how a scoring criterion names the rules it counts); anything else matches literally.
     */
    static String[] rulePatterns(String rule) {
        if (rule == null || rule.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(rule.strip().split("[,\\s]+"))
                .map(r -> {
                    boolean pack = r.endsWith(".*");
                    String literal = (pack ? r.substring(0, r.length() - 1) : r)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_");
                    return pack ? literal + "%" : literal;
                })
                .toArray(String[]::new);
    }

    private List<ObligationView> views(List<Row> rows, LocalDate asOf) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate day = asOf == null ? recompute.evaluatedOn() : asOf;
        Map<String, String> names =
                agencies.namesOf(rows.stream().map(Row::agencyCode).distinct().toList());
        Map<String, String> systemNames = systemNames(rows.stream()
                .filter(r -> SubjectType.SYSTEM.name().equals(r.subjectType()))
                .map(Row::subjectCode)
                .distinct()
                .toList());
        Map<Row, AccountableHeadView> named = heads.of(rows, day == null ? LocalDate.now(clock) : day, locale);
        return rows.stream()
                .map(r -> new ObligationView(
                        r.ruleId(),
                        catalogue.ruleTitle(r.ruleId(), day == null ? LocalDate.now(clock) : day, locale),
                        SubjectType.valueOf(r.subjectType()),
                        r.subjectCode(),
                        SubjectType.SYSTEM.name().equals(r.subjectType())
                                ? systemNames.getOrDefault(r.subjectCode(), r.subjectCode())
                                : names.getOrDefault(r.subjectCode(), r.subjectCode()),
                        r.itemRef(),
                        r.agencyCode(),
                        names.getOrDefault(r.agencyCode(), r.agencyCode()),
                        r.periodStart(),
                        r.periodEnd(),
                        r.dueDate(),
                        ObligationStatus.valueOf(r.status()),
                        messages.getMessage(r.reasonKey(), arguments(r), r.reasonKey(), locale),
                        r.evidence(),
                        named.get(r)))
                .toList();
    }

    /** The systems' names by code, in one read of the systems' published facts. */
    private Map<String, String> systemNames(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT code, name FROM " + SystemFacts.SYSTEM.name() + " WHERE code = ANY(:codes)")
                    .param("codes", codes.toArray(String[]::new))
                    .query(rs -> {
                        names.put(rs.getString("code"), rs.getString("name"));
                    });
        }
        return names;
    }

    /** A provincial setting named in a reason is shown by its label (vi/en), never by its code. */
    static Object[] arguments(Row r) {
        Object[] args = new Object[r.reasonArgs().length];
        for (int i = 0; i < args.length; i++) {
            String arg = r.reasonArgs()[i];
            if (arg != null && arg.startsWith(ObligationEvaluator.SETTING_ARG)) {
                String name = arg.substring(ObligationEvaluator.SETTING_ARG.length());
                args[i] = new org.springframework.context.support.DefaultMessageSourceResolvable(
                        new String[] {"compliance.setting." + r.ruleId() + "." + name, "compliance.setting." + name},
                        name);
            } else {
                args[i] = arg;
            }
        }
        return args;
    }

    static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getString("rule_id"),
                rs.getString("subject_type"),
                rs.getString("subject_code"),
                rs.getString("item_ref"),
                rs.getString("agency_code"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("status"),
                rs.getString("reason_key"),
                (String[]) rs.getArray("reason_args").getArray(),
                rs.getString("evidence"));
    }

    record Row(
            String ruleId,
            String subjectType,
            String subjectCode,
            String itemRef,
            String agencyCode,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate dueDate,
            String status,
            String reasonKey,
            String[] reasonArgs,
            String evidence) {

        @Override
        public String toString() {
            return ruleId + "/" + subjectCode + ":" + status + Arrays.toString(reasonArgs);
        }
    }
}
