package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import vn.khien.compliance.application.ObligationFilter;
import vn.khien.compliance.application.ObligationQueries;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.compliance.application.ObligationView;
import vn.khien.shared.Paging;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
@WithMockUser(username = "dieuphoi", roles = "COORDINATOR_ADMIN")
class ObligationEvaluationIntegrationTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Autowired
    ObligationRecompute recompute;

    @Autowired
    ObligationQueries queries;

    @Autowired
    JdbcClient jdbc;

    List<ObligationView> obligations(String rule, String subject, LocalDate asOf) {
        return queries
                .list(new ObligationFilter(null, null, rule, null, asOf, null), new Paging(0, 500))
                .items()
                .stream()
                .filter(o -> o.subjectCode().equals(subject))
                .toList();
    }

    @Test
    void everyRuleOfBothPacksYieldsObligationsForTheDemoProvince() {
        recompute.all(DAY);
        List<String> rules = jdbc.sql("SELECT DISTINCT rule_id FROM compliance.obligation ORDER BY 1")
                .query(String.class)
                .list();
        assertThat(rules)
                .contains(
                        "ct14.focal-unit",
                        "ct14.incident-contact",
                        "ct14.monitoring-arrangement",
                        "ct14.assessment-level-3-4",
                        "ct14.assessment-level-5",
                        "ct14.agency-annual-report",
                        "nd85.level-approved",
                        "nd85.organisation-review")
                // refined by ct14.assessment-level-3-4 and -5 while the directive's pack applies
                .doesNotContain("nd85.assessment-cadence");
    }

    @Test
    void aLevelFiveSystemOwesAssessmentsBefore14JuneAnd14December() {
        recompute.all(DAY);
        assertThat(obligations("ct14.assessment-level-5", "BCHQS.CHIHUY", null))
                .extracting(ObligationView::periodStart, ObligationView::dueDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 12, 13)));
        // approved on 28/12/2025, the system owes nothing for the half-year it was approved in
        assertThat(obligations("ct14.assessment-level-5", "BCHQS.CHIHUY", LocalDate.of(2027, 3, 1)))
                .extracting(ObligationView::dueDate)
                .containsExactlyInAnyOrder(LocalDate.of(2026, 12, 13), LocalDate.of(2027, 6, 13));
    }

    @Test
    void aLevelThreeSystemOwesAYearlyAssessmentAndEveryAgencyAReportBefore5December() {
        recompute.all(DAY);
        assertThat(obligations("ct14.assessment-level-3-4", "HUE.DVC", null))
                .extracting(ObligationView::periodStart, ObligationView::dueDate)
                .contains(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 4)));
        assertThat(obligations("ct14.agency-annual-report", "H57.01", null))
                .extracting(ObligationView::dueDate)
                .contains(LocalDate.of(2026, 12, 4));
    }

    @Test
    void anAgencyWithoutAFocalUnitViolatesAndOneWithItMeetsTheRule() {
        recompute.all(DAY);
        var statuses = jdbc.sql("SELECT DISTINCT status FROM compliance.obligation WHERE rule_id = 'ct14.focal-unit'")
                .query(String.class)
                .list();
        assertThat(statuses).contains("MET");
        assertThat(obligations("ct14.focal-unit", "H57.08", null))
                .singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ObligationStatus.MET));
    }

    @Test
    void anAnswerAsOfAnotherDayIsEvaluatedForThatDay() {
        recompute.all(DAY);
        var december = obligations("ct14.assessment-level-5", "BCHQS.CHIHUY", LocalDate.of(2026, 12, 15));
        assertThat(december)
                .extracting(ObligationView::dueDate)
                .containsExactlyInAnyOrder(LocalDate.of(2026, 12, 13), LocalDate.of(2027, 6, 13));
        var beforeOperation = obligations("ct14.assessment-level-5", "BCHQS.CHIHUY", LocalDate.of(2020, 1, 1));
        assertThat(beforeOperation).isEmpty();
    }
}
