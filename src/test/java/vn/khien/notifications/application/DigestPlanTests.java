package vn.khien.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khien.compliance.ObligationReminder;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.SubjectType;
import vn.khien.identity.UserContact;

class DigestPlanTests {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 12);

    private static ObligationReminder item(String agency, String rule, ObligationStatus status, int daysOverdue) {
        return new ObligationReminder(
                agency,
                "Cơ quan " + agency,
                rule,
                "Quy tắc " + rule,
                "Rule " + rule,
                SubjectType.AGENCY,
                agency,
                "Cơ quan " + agency,
                DAY.minusDays(daysOverdue == 0 ? -10 : daysOverdue),
                status,
                daysOverdue,
                "/compliance/obligations?agency=" + agency + "&rule=" + rule);
    }

    private static UserContact user(String username, String agency) {
        return new UserContact(username, username, username + "@x.vn", "vi", agency);
    }

    private final List<ObligationReminder> items = List.of(
            item("A", "R1", ObligationStatus.DUE_SOON, 0),
            item("A", "R2", ObligationStatus.OVERDUE, 7),
            item("A", "R3", ObligationStatus.OVERDUE, 2),
            item("B", "R2", ObligationStatus.OVERDUE, 6),
            item("B", "R1", ObligationStatus.DUE_SOON, 0));

    @Test
    void escalatesOnlyAgenciesWithAnItemOverdueForTheConfiguredDays() {
        assertThat(new DigestPlan(items, 7).escalatedAgencies()).containsExactly("A");
        assertThat(new DigestPlan(items, 6).escalatedAgencies()).containsExactly("A", "B");
        assertThat(new DigestPlan(items, 8).escalatedAgencies()).isEmpty();
    }

    @Test
    void focalPointsGetAllTheirAgencysItemsOverdueFirstAndOneDigestForTwoAgencies() {
        var digests = new DigestPlan(items, 7)
                .digests(List.of(Map.entry("A", "dm@x.vn"), Map.entry("B", "dm@x.vn")), List.of(), List.of());

        assertThat(digests).hasSize(1);
        Digest digest = digests.iterator().next();
        assertThat(digest.byAgency().keySet()).containsExactly("A", "B");
        assertThat(digest.byAgency().get("A"))
                .extracting(ObligationReminder::ruleId)
                .containsExactly("R2", "R3", "R1");
        assertThat(digest.itemCount()).isEqualTo(5);
    }

    @Test
    void headsGetTheEscalatedItemsOfTheirAgencyAndCoordinatorsTheListOfAgencies() {
        var digests = new DigestPlan(items, 7)
                .digests(List.of(), List.of(user("head.a", "A")), List.of(user("coordinator", null)));

        Digest head = digests.stream()
                .filter(d -> "head.a".equals(d.to().username()))
                .findFirst()
                .orElseThrow();
        assertThat(head.byAgency().get("A"))
                .extracting(ObligationReminder::ruleId)
                .containsExactly("R2");
        Digest coordinator = digests.stream()
                .filter(d -> "coordinator".equals(d.to().username()))
                .findFirst()
                .orElseThrow();
        assertThat(coordinator.escalated()).containsExactly(new Digest.Escalated("A", "Cơ quan A", 1, 7));
        assertThat(coordinator.link()).isEqualTo("/compliance/obligations?status=OVERDUE");
    }

    @Test
    void nobodyIsEscalatedToWhenNothingIsOverdueLongEnough() {
        var digests = new DigestPlan(items, 30)
                .digests(List.of(), List.of(user("head.a", "A")), List.of(user("coordinator", null)));

        assertThat(digests).isEmpty();
    }
}
