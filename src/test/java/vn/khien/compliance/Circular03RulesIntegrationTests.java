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
 * Rules the cited texts add (issue 16 item 12): Circular 03/2017 Art. 17 — owners of level 3–5 systems
 * report to the ministry every year before 30 November; Art. 18 — state owners share information at least
 * once a quarter. Police and military defence systems are outside Circular 03 (Art. 1.2).
 */
@KhienIntegrationTest
@WithMockUser(username = "dieuphoi", roles = "COORDINATOR_ADMIN")
class Circular03RulesIntegrationTests {

    @Autowired
    ObligationQueries queries;

    List<ObligationView> rows(String rule, String agency, LocalDate asOf) {
        return queries
                .list(new ObligationFilter(agency, null, rule, null, asOf, null), new Paging(0, 50))
                .items()
                .stream()
                .filter(o -> o.subjectCode().equals(agency))
                .filter(o -> !o.periodEnd().isBefore(asOf))
                .toList();
    }

    @Test
    void ownersOfLevel3OrHigherReportToTheMinistryBefore30November() {
        var twentyNinth = rows("tt03.owner-yearly-report", "H57.02", LocalDate.of(2026, 11, 29));
        assertThat(twentyNinth).singleElement().satisfies(o -> {
            assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 11, 29));
            assertThat(o.status()).isEqualTo(ObligationStatus.DUE_SOON);
            assertThat(o.reason()).contains("Bộ Công an");
        });
        assertThat(rows("tt03.owner-yearly-report", "H57.02", LocalDate.of(2026, 11, 30)))
                .singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ObligationStatus.OVERDUE));
        assertThat(rows("tt03.owner-yearly-report", "H57.03", LocalDate.of(2026, 11, 29)))
                .isEmpty();
        assertThat(rows("tt03.owner-yearly-report", "H57.16", LocalDate.of(2026, 11, 29)))
                .isEmpty();
    }

    @Test
    void stateOwnersShareInformationAtLeastOnceAQuarter() {
        assertThat(rows("tt03.information-sharing", "H57.03", LocalDate.of(2026, 12, 20)))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.periodStart()).isEqualTo(LocalDate.of(2026, 10, 1));
                    assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
                    assertThat(o.status()).isEqualTo(ObligationStatus.DUE_SOON);
                });
        assertThat(rows("tt03.information-sharing", "H57.17", LocalDate.of(2026, 12, 20)))
                .isEmpty();
    }
}
