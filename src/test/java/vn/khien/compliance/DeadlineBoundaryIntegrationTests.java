package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.khien.compliance.application.ObligationFilter;
import vn.khien.compliance.application.ObligationQueries;
import vn.khien.compliance.application.ObligationView;
import vn.khien.shared.Paging;
import vn.khien.support.KhienIntegrationTest;

/**
 * "Trước ngày X" is on time up to X − 1, in every pack (issue 16 item 3): evaluated on both sides of
 * each boundary, without evidence, so the status turns overdue on X itself.
 */
@KhienIntegrationTest
@WithMockUser(username = "dieuphoi", roles = "COORDINATOR_ADMIN")
class DeadlineBoundaryIntegrationTests {

    @Autowired
    ObligationQueries queries;

    ObligationView current(String rule, String subject, LocalDate asOf) {
        List<ObligationView> rows = queries
                .list(
                        subject.contains(".") && !subject.startsWith("H57")
                                ? new ObligationFilter(null, subject, rule, null, asOf, null)
                                : new ObligationFilter(subject, null, rule, null, asOf, null),
                        new Paging(0, 50))
                .items()
                .stream()
                .filter(o -> o.subjectCode().equals(subject))
                .filter(o -> o.periodEnd() != null && !o.periodEnd().isBefore(asOf))
                .toList();
        assertThat(rows).as(rule + " " + subject + " " + asOf).hasSize(1);
        return rows.get(0);
    }

    @Test
    void theAgencyReportBeforeFiveDecemberIsOverdueOnTheFifth() {
        ObligationView fourth = current("ct14.agency-annual-report", "H57.02", LocalDate.of(2026, 12, 4));
        assertThat(fourth.dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(fourth.status()).isEqualTo(ObligationStatus.DUE_SOON);
        assertThat(fourth.reason()).contains("04/12/2026").contains("05/12");
        assertThat(current("ct14.agency-annual-report", "H57.02", LocalDate.of(2026, 12, 5))
                        .status())
                .isEqualTo(ObligationStatus.OVERDUE);
        assertThat(current("ct14.agency-annual-report", "H57.02", LocalDate.of(2026, 12, 6))
                        .status())
                .isEqualTo(ObligationStatus.OVERDUE);
    }

    @Test
    void theLevelFiveHalfYearsEndingFourteenJuneAndDecemberAreDueOnTheThirteenth() {
        for (int month : new int[] {6, 12}) {
            ObligationView thirteenth =
                    current("ct14.assessment-level-5", "BCHQS.CHIHUY", LocalDate.of(2026, month, 13));
            assertThat(thirteenth.dueDate()).isEqualTo(LocalDate.of(2026, month, 13));
            assertThat(thirteenth.status()).isEqualTo(ObligationStatus.DUE_SOON);
            assertThat(current("ct14.assessment-level-5", "BCHQS.CHIHUY", LocalDate.of(2026, month, 14))
                            .status())
                    .isEqualTo(ObligationStatus.OVERDUE);
            ObligationView next = current("ct14.assessment-level-5", "BCHQS.CHIHUY", LocalDate.of(2026, month, 15));
            assertThat(next.dueDate()).isEqualTo(month == 6 ? LocalDate.of(2026, 12, 13) : LocalDate.of(2027, 6, 13));
        }
    }
}
