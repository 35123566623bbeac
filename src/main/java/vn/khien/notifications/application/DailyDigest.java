package vn.khien.notifications.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.compliance.ObligationReminder;
import vn.khien.compliance.ObligationReminders;
import vn.khien.compliance.ObligationStatus;
import vn.khien.identity.Role;
import vn.khien.identity.UserContact;
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
        Map<String, List<ObligationReminder>> byAgency = reminders.dueSoonOrOverdue(day).stream()
                .sorted(Comparator.comparing(ObligationReminder::agencyCode)
                        .thenComparing(r -> r.status() == ObligationStatus.OVERDUE ? 0 : 1)
                        .thenComparing(ObligationReminder::daysOverdue, Comparator.reverseOrder())
                        .thenComparing(r -> r.dueDate() == null ? LocalDate.MAX : r.dueDate()))
                .collect(Collectors.groupingBy(ObligationReminder::agencyCode, LinkedHashMap::new, Collectors.toList()));
        if (byAgency.isEmpty()) {
            return 0;
        }
        Map<String, Digest> digests = new LinkedHashMap<>();
        for (Map.Entry<String, String> focalPoint : focalPoints(byAgency.keySet(), day)) {
            Addressee to = Addressee.address(focalPoint.getValue(), "vi");
            digests.computeIfAbsent(to.key(), k -> new Digest(to))
                    .addAgency(focalPoint.getKey(), byAgency.get(focalPoint.getKey()));
        }
        Map<String, List<ObligationReminder>> escalated = escalated(byAgency);
        if (!escalated.isEmpty()) {
            for (UserContact head : contacts.withRole(Role.AGENCY_HEAD, escalated.keySet())) {
                digest(digests, head).addAgency(head.agencyCode(), escalated.get(head.agencyCode()));
            }
            List<Digest.Escalated> summary = escalated.values().stream()
                    .map(items -> new Digest.Escalated(
                            items.get(0).agencyCode(),
                            items.get(0).agencyName(),
                            items.size(),
                            items.stream().mapToInt(ObligationReminder::daysOverdue).max().orElse(0)))
                    .toList();
            for (UserContact coordinator : contacts.withRole(Role.COORDINATOR_ADMIN, null)) {
                digest(digests, coordinator).addEscalated(summary);
            }
        }
        return outbox.write(digests.values().stream()
                .filter(d -> d.itemCount() > 0)
                .map(d -> mail.render(d, day))
                .toList());
    }

    private static Digest digest(Map<String, Digest> digests, UserContact user) {
        Addressee to = new Addressee(user.username(), user.email(), user.language());
        return digests.computeIfAbsent(to.key(), k -> new Digest(to));
    }

    private Map<String, List<ObligationReminder>> escalated(Map<String, List<ObligationReminder>> byAgency) {
        int after = settings.escalation().afterDays();
        Map<String, List<ObligationReminder>> escalated = new LinkedHashMap<>();
        byAgency.forEach((agency, items) -> {
            List<ObligationReminder> late = items.stream()
                    .filter(i -> i.status() == ObligationStatus.OVERDUE && i.daysOverdue() >= after)
                    .toList();
            if (!late.isEmpty()) {
                escalated.put(agency, late);
            }
        });
        return escalated;
    }

    /** The focal points in office on the day with an address, one row per agency and address. */
    private List<Map.Entry<String, String>> focalPoints(java.util.Set<String> agencies, LocalDate day) {
        return jdbc.sql("""
                        SELECT DISTINCT f.agency_code, lower(trim(f.email)) AS email
                          FROM agencies.published_focal_point f
                         WHERE f.agency_code = ANY(CAST(:codes AS text[])) AND f.email IS NOT NULL AND trim(f.email) <> ''
                           AND f.valid_from <= :day AND (f.valid_to IS NULL OR f.valid_to >= :day)
                         ORDER BY 1, 2""")
                .param("codes", agencies.toArray(String[]::new))
                .param("day", day)
                .query((rs, n) -> Map.entry(rs.getString("agency_code"), rs.getString("email")))
                .list();
    }
}
