package vn.khien.compliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.compliance.DatedDuties;
import vn.khien.compliance.DatedDuty;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.SubjectType;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.shared.EnumSql;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/**
 * Deadlines (obligations with a due day, as last evaluated) by day, within the viewer's scope: a
 * month grid, a list in date order, and the window of a calendar feed. One statement each, served by
 * the indexes on (due_date, agency_code) and (agency_code, due_date).
 */
@Service
public class CalendarQueries {

    /** Entries a day of the month grid shows; the rest are a link to the day's list. */
    public static final int PER_DAY = 3;

    /** What the calendar is narrowed to; {@code day} narrows the month to one day. */
    public record CalendarFilter(YearMonth month, LocalDate day, String agency, String rule, ObligationStatus status) {

        LocalDate from() {
            return day != null ? day : month.atDay(1);
        }

        LocalDate to() {
            return day != null ? day : month.atEndOfMonth();
        }
    }

    /**
     * One deadline: an obligation's due day and where it stands, or another module's dated duty (then
     * {@code rule} is the duty's kind, {@code itemRef} its key and {@code link} where to act on it).
     */
    public record Deadline(
            String rule,
            String ruleTitle,
            SubjectType subjectType,
            String subjectCode,
            String itemRef,
            String agencyCode,
            String agencyName,
            LocalDate periodStart,
            LocalDate dueDate,
            ObligationStatus status,
            String link) {}

    /** A day of the month grid: its first deadlines and how many there are in all. */
    public record Day(LocalDate date, List<Deadline> deadlines, long total) {}

    private static final String COLUMNS = "o.rule_id, o.subject_type, o.subject_code, o.item_ref, o.agency_code,"
            + " o.period_start, o.due_date, o.status";
    private static final String WHERE = " " + """
             WHERE o.due_date BETWEEN :from AND :to AND o.status <> %s
               AND (:seeAll OR o.agency_code = ANY(CAST(:scope AS text[])))
               AND (CAST(:agency AS text) IS NULL OR o.agency_code = :agency)
               AND (CAST(:rule AS text) IS NULL OR o.rule_id = :rule)
               AND (CAST(:status AS text) IS NULL OR o.status = :status)""".formatted(EnumSql.literal(ObligationStatus.NOT_APPLICABLE));
    /** The obligations and the other modules' dated duties of the window (passed as arrays), as one table. */
    private static final String SOURCE = " FROM (SELECT " + COLUMNS.replace("o.", "") + " FROM compliance.obligation"
            + " UNION ALL SELECT d.rule_id, " + EnumSql.literal(SubjectType.AGENCY)
            + ", d.agency_code, d.item_ref, d.agency_code, CAST(NULL AS date),"
            + " CAST(d.due_date AS date), d.status FROM unnest(CAST(:dutyKind AS text[]), CAST(:dutyKey AS text[]),"
            + " CAST(:dutyAgency AS text[]), CAST(:dutyDue AS text[]), CAST(:dutyStatus AS text[]))"
            + " AS d(rule_id, item_ref, agency_code, due_date, status)) o";

    private static final String ORDER = "o.due_date, array_position(" + ObligationStatus.sqlOrder()
            + ", o.status), o.rule_id, o.subject_code, o.item_ref";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final PackCatalogue catalogue;
    private final AgencyDirectory agencies;
    private final List<DatedDuties> duties;
    private final Clock clock;
    private final int soonDays;

    CalendarQueries(
            JdbcClient jdbc,
            AccessPolicy access,
            PackCatalogue catalogue,
            AgencyDirectory agencies,
            ObjectProvider<DatedDuties> duties,
            Clock clock,
            @Value("${khien.compliance.due-soon-days:30}") int soonDays) {
        this.jdbc = jdbc;
        this.access = access;
        this.catalogue = catalogue;
        this.agencies = agencies;
        this.duties = duties.orderedStream().toList();
        this.clock = clock;
        this.soonDays = soonDays;
    }

    /** The days of the month that hold deadlines, each with its first {@link #PER_DAY} entries. */
    @Transactional(readOnly = true)
    public List<Day> month(CalendarFilter filter) {
        Map<String, Object> params = params(filter, access.currentScope());
        Map<String, DatedDuty> duties = duties(params, filter.from(), filter.to(), access.currentScope());
        List<Row> rows = jdbc.sql("SELECT * FROM (SELECT " + COLUMNS
                        + ", row_number() OVER (PARTITION BY o.due_date ORDER BY " + ORDER + ") AS n,"
                        + " count(*) OVER (PARTITION BY o.due_date) AS day_total"
                        + SOURCE + WHERE + ") d WHERE d.n <= " + PER_DAY
                        + " ORDER BY d.due_date, d.n")
                .params(params)
                .query((rs, n) -> new Row(row(rs), rs.getLong("day_total")))
                .list();
        List<Deadline> deadlines = named(rows.stream().map(Row::deadline).toList(), duties);
        Map<LocalDate, Day> days = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Deadline d = deadlines.get(i);
            long total = rows.get(i).dayTotal();
            days.computeIfAbsent(d.dueDate(), date -> new Day(date, new java.util.ArrayList<>(), total))
                    .deadlines()
                    .add(d);
        }
        return List.copyOf(days.values());
    }

    /** The month's (or the day's) deadlines in date order, most urgent first within a day. */
    @Transactional(readOnly = true)
    public PageResponse<Deadline> list(CalendarFilter filter, Paging paging) {
        Map<String, Object> params = params(filter, access.currentScope());
        Map<String, DatedDuty> duties = duties(params, filter.from(), filter.to(), access.currentScope());
        long total = jdbc.sql("SELECT count(*)" + SOURCE + WHERE)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<Deadline> rows = jdbc.sql(
                        "SELECT " + COLUMNS + SOURCE + WHERE + " ORDER BY " + ORDER + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        return new PageResponse<>(named(rows, duties), paging.page(), paging.size(), total);
    }

    /** Every deadline between two days in the current user's scope, for a calendar feed. */
    @Transactional(readOnly = true)
    public List<Deadline> window(LocalDate from, LocalDate to) {
        Map<String, Object> params =
                params(new CalendarFilter(YearMonth.from(from), null, null, null, null), access.currentScope());
        params.put("to", to);
        Map<String, DatedDuty> duties = duties(params, from, to, access.currentScope());
        return named(
                jdbc.sql("SELECT " + COLUMNS + SOURCE + WHERE + " ORDER BY " + ORDER)
                        .params(params)
                        .query((rs, n) -> row(rs))
                        .list(),
                duties);
    }

    /** An agency the viewer may narrow the calendar to. */
    public record AgencyChoice(String code, String name) {}

    /** The agencies of the viewer's scope in Vietnamese name order, for the filter. */
    public List<AgencyChoice> agencyChoices() {
        AgencyScope scope = access.currentScope();
        if (scope.allAgencies()) {
            return agencies.listActive().stream()
                    .map(a -> new AgencyChoice(a.code(), a.name()))
                    .toList();
        }
        java.text.Collator vietnamese = java.text.Collator.getInstance(Locale.forLanguageTag("vi"));
        return agencies.namesOf(scope.agencyCodes()).entrySet().stream()
                .map(e -> new AgencyChoice(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(AgencyChoice::name, vietnamese))
                .toList();
    }

    private static Map<String, Object> params(CalendarFilter filter, AgencyScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("seeAll", scope.allAgencies());
        params.put("scope", scope.agencyCodes().toArray(String[]::new));
        params.put("agency", filter.agency());
        params.put("rule", filter.rule());
        params.put("status", filter.status() == null ? null : filter.status().name());
        return params;
    }

    /**
     * The other modules' duties of the window within the scope, into the statement's arrays (filters
     * apply to them as to obligations); by key, for their titles and links.
     */
    private Map<String, DatedDuty> duties(Map<String, Object> params, LocalDate from, LocalDate to, AgencyScope scope) {
        List<DatedDuty> found = duties.stream()
                .flatMap(d -> d
                        .between(
                                from,
                                to,
                                scope.allAgencies() ? null : scope.agencyCodes(),
                                LocalDate.now(clock),
                                soonDays)
                        .stream())
                .toList();
        params.put("dutyKind", found.stream().map(DatedDuty::kind).toArray(String[]::new));
        params.put("dutyKey", found.stream().map(DatedDuty::key).toArray(String[]::new));
        params.put("dutyAgency", found.stream().map(DatedDuty::agencyCode).toArray(String[]::new));
        params.put("dutyDue", found.stream().map(d -> d.dueDate().toString()).toArray(String[]::new));
        params.put("dutyStatus", found.stream().map(d -> d.status().name()).toArray(String[]::new));
        Map<String, DatedDuty> byKey = new HashMap<>();
        found.forEach(d -> byKey.put(d.key(), d));
        return byKey;
    }

    private List<Deadline> named(List<Deadline> rows, Map<String, DatedDuty> duties) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = agencies.namesOf(
                rows.stream().map(Deadline::agencyCode).distinct().toList());
        Map<String, String> titles = new HashMap<>();
        return rows.stream()
                .map(d -> {
                    DatedDuty duty = duties.get(d.itemRef());
                    String title = duty == null
                            ? titles.computeIfAbsent(d.rule(), rule -> catalogue.ruleTitle(rule, d.dueDate(), locale))
                            : "en".equals(locale.getLanguage()) ? duty.titleEn() : duty.titleVi();
                    return new Deadline(
                            d.rule(),
                            title,
                            d.subjectType(),
                            d.subjectCode(),
                            d.itemRef(),
                            d.agencyCode(),
                            names.getOrDefault(d.agencyCode(), d.agencyCode()),
                            d.periodStart(),
                            d.dueDate(),
                            d.status(),
                            duty == null ? null : duty.link());
                })
                .toList();
    }

    private static Deadline row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Deadline(
                rs.getString("rule_id"),
                null,
                SubjectType.valueOf(rs.getString("subject_type")),
                rs.getString("subject_code"),
                rs.getString("item_ref"),
                rs.getString("agency_code"),
                null,
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                ObligationStatus.valueOf(rs.getString("status")),
                null);
    }

    private record Row(Deadline deadline, long dayTotal) {}
}
