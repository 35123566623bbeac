package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.compliance.DatedDuties;
import vn.khien.compliance.DatedDuty;
import vn.khien.compliance.ObligationReminder;
import vn.khien.compliance.ObligationReminders;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.SubjectType;
import vn.khien.compliance.evaluation.ObligationEvaluator;
import vn.khien.compliance.evaluation.Subjects;
import vn.khien.shared.EnumSql;
import vn.khien.systems.facts.SystemFacts;

/**
 * Answers {@link ObligationReminders} from the obligation table when it was evaluated for the day,
 * otherwise by evaluating the whole province for that day into a temporary table (the same rules, as
 * the "as of" lists do). One statement reads them all, with subject names from the published views.
 */
@Service
class ObligationReminderQueries implements ObligationReminders {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final ObligationRecompute recompute;
    private final PackCatalogue catalogue;
    private final ObligationEvaluator evaluator;
    private final List<DatedDuties> duties;
    private final AgencyDirectory agencies;

    ObligationReminderQueries(
            JdbcClient jdbc,
            ObligationRecompute recompute,
            PackCatalogue catalogue,
            ObligationEvaluator evaluator,
            ObjectProvider<DatedDuties> duties,
            AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.recompute = recompute;
        this.catalogue = catalogue;
        this.evaluator = evaluator;
        this.duties = duties.orderedStream().toList();
        this.agencies = agencies;
    }

    @Override
    @Transactional
    public List<ObligationReminder> dueSoonOrOverdue(LocalDate day) {
        String table = "compliance.obligation";
        if (!day.equals(recompute.evaluatedOn())) {
            table = "obligation_reminder_day";
            jdbc.sql("DROP TABLE IF EXISTS obligation_reminder_day").update();
            jdbc.sql("CREATE TEMPORARY TABLE obligation_reminder_day (LIKE compliance.obligation) ON COMMIT DROP")
                    .update();
            evaluator.evaluateInto(table, catalogue.rulesOwedOn(day), day, recompute.soonDays(), Subjects.ALL);
        }
        Map<String, String[]> titles = new HashMap<>();
        List<ObligationReminder> reminders =
                new java.util.ArrayList<>(jdbc.sql("""
                        SELECT o.agency_code, a.name AS agency_name, o.rule_id, o.subject_type, o.subject_code,
                               coalesce(s.name, sa.name, o.subject_code) AS subject_name, o.due_date, o.status,
                               CASE WHEN o.status = %4$s THEN :day - o.due_date ELSE 0 END AS days_overdue
                          FROM %1$s o
                          LEFT JOIN %2$s a ON a.code = o.agency_code
                          LEFT JOIN %3$s s ON o.subject_type = %5$s AND s.code = o.subject_code
                          LEFT JOIN %2$s sa ON o.subject_type = %6$s AND sa.code = o.subject_code
                         WHERE o.status IN %7$s
                         ORDER BY o.agency_code, array_position(%8$s, o.status), o.due_date NULLS LAST, o.rule_id, o.subject_code""".formatted(
                                        table,
                                        AgencyFacts.AGENCY.name(),
                                        SystemFacts.SYSTEM.name(),
                                        EnumSql.literal(ObligationStatus.OVERDUE),
                                        EnumSql.literal(SubjectType.SYSTEM),
                                        EnumSql.literal(SubjectType.AGENCY),
                                        EnumSql.in(ObligationStatus.DUE_SOON, ObligationStatus.OVERDUE),
                                        ObligationStatus.sqlOrder()))
                        .param("day", day)
                        .query((rs, n) -> {
                            String rule = rs.getString("rule_id");
                            String[] title = titles.computeIfAbsent(rule, r -> new String[] {
                                catalogue.ruleTitle(r, day, VIETNAMESE), catalogue.ruleTitle(r, day, ENGLISH)
                            });
                            String agency = rs.getString("agency_code");
                            return new ObligationReminder(
                                    agency,
                                    rs.getString("agency_name") == null ? agency : rs.getString("agency_name"),
                                    rule,
                                    title[0],
                                    title[1],
                                    SubjectType.valueOf(rs.getString("subject_type")),
                                    rs.getString("subject_code"),
                                    rs.getString("subject_name"),
                                    rs.getObject("due_date", LocalDate.class),
                                    ObligationStatus.valueOf(rs.getString("status")),
                                    rs.getInt("days_overdue"),
                                    UriComponentsBuilder.fromPath("/compliance/obligations")
                                            .queryParam("agency", agency)
                                            .queryParam("rule", rule)
                                            .build()
                                            .encode()
                                            .toUriString());
                        })
                        .list());
        if (!duties.isEmpty()) {
            reminders.addAll(dutyReminders(day));
            reminders.sort(java.util.Comparator.comparing(ObligationReminder::agencyCode)
                    .thenComparing(r -> r.status() != ObligationStatus.OVERDUE)
                    .thenComparing(ObligationReminder::dueDate, java.util.Comparator.nullsLast(LocalDate::compareTo)));
        }
        return reminders;
    }

    /** The other modules' dated duties due soon or overdue on the day (a year back at most). */
    private List<ObligationReminder> dutyReminders(LocalDate day) {
        int soon = recompute.soonDays();
        List<DatedDuty> due = duties.stream()
                .flatMap(d -> d.between(day.minusYears(1), day.plusDays(soon), null, day, soon).stream())
                .filter(d -> d.status() == ObligationStatus.DUE_SOON || d.status() == ObligationStatus.OVERDUE)
                .toList();
        Map<String, String> names = agencies.namesOf(
                due.stream().map(DatedDuty::agencyCode).distinct().toList());
        return due.stream()
                .map(d -> new ObligationReminder(
                        d.agencyCode(),
                        names.getOrDefault(d.agencyCode(), d.agencyCode()),
                        d.kind(),
                        d.titleVi(),
                        d.titleEn(),
                        SubjectType.AGENCY,
                        d.agencyCode(),
                        names.getOrDefault(d.agencyCode(), d.agencyCode()),
                        d.dueDate(),
                        d.status(),
                        d.status() == ObligationStatus.OVERDUE
                                ? (int) (day.toEpochDay() - d.dueDate().toEpochDay())
                                : 0,
                        d.link()))
                .toList();
    }
}
