package vn.khien.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.compliance.ObligationReminder;
import vn.khien.compliance.ObligationReminders;
import vn.khien.compliance.ObligationStatus;
import vn.khien.notifications.application.DailyDigest;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

/**
 * The daily digest over the demo province on chosen days (the obligations are evaluated for the day
 * asked): one mail per person and day, focal points get their agency's items, overdue items escalate
 * to the agency head and the coordinators after seven days (heads created per test, in English), and a second run sends nothing.
 */
@KhienIntegrationTest
class DailyDigestIntegrationTests extends NotificationsTestSupport {

    private static final String AGENCY = "H57.02"; // Sở Nội vụ

    @Autowired
    DailyDigest digest;

    @Autowired
    ObligationReminders reminders;

    @Test
    void everyoneGetsOneDigestADayAndASecondRunSendsNothing() {
        LocalDate day = Today.inVietnam().plusDays(41);

        int queued = digest.send(day);

        assertThat(queued).isPositive();
        assertThat(outboxCount("dedupe_key LIKE ?", "digest:" + day + ":%")).isEqualTo(queued);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM (SELECT recipient_email FROM notifications.outbox WHERE dedupe_key LIKE ?
                         GROUP BY recipient_email HAVING count(*) > 1) twice""").param("digest:" + day + ":%").query(Long.class).single())
                .isZero();
        assertThat(digest.send(day)).isZero();
        assertThat(outboxCount("dedupe_key LIKE ?", "digest:" + day + ":%")).isEqualTo(queued);
    }

    @Test
    void focalPointsGetTheirAgencysItemsInVietnameseOverdueFirstWithLinks() {
        LocalDate day = Today.inVietnam().plusDays(43);
        List<ObligationReminder> items = ofAgency(day);
        assertThat(items).isNotEmpty();
        String focalPoint = jdbc.sql("""
                        SELECT min(lower(email)) FROM agencies.published_focal_point
                         WHERE agency_code = ? AND email IS NOT NULL AND valid_to IS NULL""").param(AGENCY).query(String.class).single();

        digest.send(day);

        var mail = jdbc.sql("SELECT subject, body_text FROM notifications.outbox WHERE dedupe_key = ?")
                .param("digest:" + day + ":mail:" + focalPoint)
                .query((rs, n) -> List.of(rs.getString("subject"), rs.getString("body_text")))
                .single();
        assertThat(mail.get(0))
                .contains("nghĩa vụ cần xử lý")
                .contains(Today.inVietnam()
                        .plusDays(43)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(mail.get(1))
                .contains("(" + AGENCY + ")")
                .contains("http://localhost:8080" + items.get(0).link());
        if (mail.get(1).contains("Quá hạn") && mail.get(1).contains("Sắp đến hạn")) {
            assertThat(mail.get(1).indexOf("Quá hạn")).isLessThan(mail.get(1).indexOf("Sắp đến hạn"));
        }
    }

    @Test
    void overdueItemsEscalateToTheAgencyHeadAndTheCoordinatorsButNotForOtherAgencies() {
        LocalDate day = Today.inVietnam().plusDays(47);
        Map<String, Integer> oldest = oldestOverdue(day);
        String late = oldest.entrySet().stream()
                .filter(e -> e.getValue() >= 7)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        String calm = jdbc.sql("SELECT min(code) FROM agencies.published_agency WHERE code <> ALL(CAST(? AS text[]))")
                .param(oldest.entrySet().stream()
                        .filter(e -> e.getValue() >= 7)
                        .map(Map.Entry::getKey)
                        .toArray(String[]::new))
                .query(String.class)
                .single();
        assertEscalation(day, late, calm);
    }

    private void assertEscalation(LocalDate day, String lateAgency, String calmAgency) {
        String lateHead = englishUser(lateAgency, "AGENCY_HEAD");
        String calmHead = englishUser(calmAgency, "AGENCY_HEAD");
        String englishCoordinator = englishUser("H57.08", "COORDINATOR_ADMIN");

        digest.send(day);

        String prefix = "digest:" + day + ":user:";
        assertThat(body(prefix + lateHead)).contains("Overdue by ").contains("(" + lateAgency + ")");
        assertThat(outboxCount("dedupe_key = ?", prefix + calmHead)).isZero();
        assertThat(body(prefix + "dieuphoi"))
                .contains("Cơ quan có nghĩa vụ quá hạn từ 7 ngày trở lên")
                .contains("(" + lateAgency + ")")
                .doesNotContain("(" + calmAgency + "):")
                .contains("http://localhost:8080/compliance/obligations?agency=" + lateAgency + "&status=OVERDUE");
        assertThat(jdbc.sql("SELECT subject FROM notifications.outbox WHERE dedupe_key = ?")
                        .param(prefix + englishCoordinator)
                        .query(String.class)
                        .single())
                .contains("obligations need action");
        assertThat(jdbc.sql("SELECT count(*) FROM notifications.notification WHERE dedupe_key = ?")
                        .param(prefix + "dieuphoi")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** The most days overdue of each agency with an overdue item on the day. */
    private Map<String, Integer> oldestOverdue(LocalDate day) {
        return reminders.dueSoonOrOverdue(day).stream()
                .filter(i -> i.status() == ObligationStatus.OVERDUE)
                .collect(Collectors.toMap(ObligationReminder::agencyCode, ObligationReminder::daysOverdue, Math::max));
    }

    private List<ObligationReminder> ofAgency(LocalDate day) {
        return reminders.dueSoonOrOverdue(day).stream()
                .filter(i -> i.agencyCode().equals(AGENCY))
                .toList();
    }

    private String body(String dedupeKey) {
        return jdbc.sql("SELECT body_text FROM notifications.outbox WHERE dedupe_key = ?")
                .param(dedupeKey)
                .query(String.class)
                .single();
    }
}
