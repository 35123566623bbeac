package vn.khien.notifications.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.compliance.ObligationReminders;
import vn.khien.identity.Role;
import vn.khien.identity.UserContacts;

/**
 * The daily digest: one message per person and day instead of one per obligation. Each agency's focal
 * points get its items due soon or overdue; items overdue for {@code escalation.after-days} or more
 * also go to the agency's heads and, as one province-wide list of agencies, to the coordinators. The
 * outbox's dedupe key (day and person) makes a second run of the same day send nothing.
 */
@Service
public class DailyDigest {

    private final ObligationReminders reminders;
    private final UserContacts contacts;
    private final JdbcClient jdbc;
    private final DigestMail mail;
    private final Outbox outbox;
    private final NotificationSettings settings;

    DailyDigest(
            ObligationReminders reminders,
            UserContacts contacts,
            JdbcClient jdbc,
            DigestMail mail,
            Outbox outbox,
            NotificationSettings settings) {
        this.reminders = reminders;
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.mail = mail;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** Writes the day's digests to the outbox; answers how many mails were queued (0 on a repeat run). */
    @Transactional
    public int send(LocalDate day) {
        DigestPlan plan = new DigestPlan(
                reminders.dueSoonOrOverdue(day), settings.escalation().afterDays());
        if (plan.isEmpty()) {
            return 0;
        }
        boolean escalating = !plan.escalatedAgencies().isEmpty();
        return outbox.write(plan
                .digests(
                        focalPoints(plan.agencies(), day),
                        escalating ? contacts.withRole(Role.AGENCY_HEAD, plan.escalatedAgencies()) : List.of(),
                        escalating ? contacts.withRole(Role.COORDINATOR_ADMIN, null) : List.of())
                .stream()
                .map(d -> mail.render(d, day))
                .toList());
    }

    /** The focal points in office on the day with an address, one row per agency and address. */
    private List<Map.Entry<String, String>> focalPoints(java.util.Set<String> agencies, LocalDate day) {
        return jdbc.sql("""
                        SELECT DISTINCT f.agency_code, lower(trim(f.email)) AS email
                          FROM %s f
                         WHERE f.agency_code = ANY(CAST(:codes AS text[])) AND f.email IS NOT NULL AND trim(f.email) <> ''
                           AND f.valid_from <= :day AND (f.valid_to IS NULL OR f.valid_to >= :day)
                         ORDER BY 1, 2""".formatted(AgencyFacts.FOCAL_POINT.name()))
                .param("codes", agencies.toArray(String[]::new))
                .param("day", day)
                .query((rs, n) -> Map.entry(rs.getString("agency_code"), rs.getString("email")))
                .list();
    }
}
