package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

/**
 * One periodic rule's obligations for one period, read from the obligation table on the day last evaluated
 * and evaluated on demand on any other day: the demo's annual report handed in on 5 December is late both ways.
 */
@KhienIntegrationTest
class PeriodObligationsIntegrationTests {

    static final String RULE = "ct14.agency-annual-report";

    @Autowired
    PeriodObligations obligations;

    LocalDate today = Today.inVietnam();
    // the demo hands H57.07's report in on the last 5 December
    LocalDate handedIn = LocalDate.of(today.getYear(), 12, 5).isAfter(today)
            ? LocalDate.of(today.getYear() - 1, 12, 5)
            : LocalDate.of(today.getYear(), 12, 5);
    LocalDate periodEnd = LocalDate.of(handedIn.getYear(), 12, 14);

    @Test
    void readsTheLateReportWithItsDayOnTheDayLastEvaluated() {
        assertThat(obligations.of(RULE, periodEnd, today))
                .filteredOn(o -> o.agencyCode().equals("H57.07"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(ObligationStatus.LATE);
                    assertThat(o.doneOn()).isEqualTo(handedIn);
                    assertThat(o.dueDate()).isEqualTo(LocalDate.of(handedIn.getYear(), 12, 4));
                });
    }

    @Test
    void readsAPeriodLongOverAsItsLastDay() {
        assertThat(obligations.of(RULE, periodEnd, periodEnd.plusDays(40)))
                .filteredOn(o -> o.agencyCode().equals("H57.07"))
                .singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ObligationStatus.LATE));
        assertThat(obligations.of(RULE, periodEnd, periodEnd.plusDays(40)))
                .allSatisfy(o -> assertThat(o.status()).isNotIn(ObligationStatus.DUE, ObligationStatus.DUE_SOON));
    }

    @Test
    void answersNothingForAPeriodTheRuleDoesNotHave() {
        assertThat(obligations.of(RULE, LocalDate.of(handedIn.getYear(), 6, 14), today))
                .isEmpty();
    }
}
