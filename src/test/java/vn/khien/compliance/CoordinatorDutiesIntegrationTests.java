package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.ObligationFilter;
import vn.khien.compliance.application.ObligationQueries;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.compliance.application.ObligationView;
import vn.khien.shared.Paging;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

/**
 * The right actor and the right date (issue 16 item 2, seed §1 and §2): owners of level 3+ systems
 * assess and report to the coordinator before 5 December; the coordinator (H57.08 in the demo) owes
 * the ministry its consolidated reports before 14 December and, for level 5, before 14 June, to the
 * recipient the authorities register names on that day; and tells it when the province's incident
 * contact changes.
 */
@KhienIntegrationTest
@WithMockUser(username = "dieuphoi", roles = "COORDINATOR_ADMIN")
class CoordinatorDutiesIntegrationTests {

    static final String PASSWORD = KhienIntegrationTest.DEMO_PASSWORD;
    static final String COORDINATOR = "H57.08";

    @Autowired
    ObligationQueries queries;

    @Autowired
    ObligationRecompute recompute;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    List<ObligationView> rows(String rule, String agency, LocalDate asOf) {
        return queries
                .list(new ObligationFilter(agency, null, rule, null, asOf, null), new Paging(0, 200))
                .items()
                .stream()
                .filter(o -> o.subjectCode().equals(agency))
                .toList();
    }

    java.util.Map<String, Object> notice(LocalDate changedOn) {
        return jdbc.sql(
                        "SELECT status, reason_args[3] AS recipient FROM compliance.obligation"
                                + " WHERE rule_id = 'ct14.incident-contact-change-notice' AND subject_code = ? AND period_start = ?")
                .params(COORDINATOR, changedOn)
                .query()
                .singleRow();
    }

    ObligationView current(String rule, String agency, LocalDate asOf) {
        return rows(rule, agency, asOf).stream()
                .filter(o -> !o.periodEnd().isBefore(asOf))
                .findFirst()
                .orElseThrow(() -> new AssertionError(rule + " " + agency + " " + asOf));
    }

    // a year no other test submits the reports of (the reports' tests submit this year's)
    @Test
    void theCoordinatorOwesTheMinistryItsLevel3And4ReportBefore14December() {
        ObligationView thirteenth =
                current("ct14.provincial-report-level-3-4", COORDINATOR, LocalDate.of(2027, 12, 13));
        assertThat(thirteenth.dueDate()).isEqualTo(LocalDate.of(2027, 12, 13));
        assertThat(thirteenth.status()).isEqualTo(ObligationStatus.DUE_SOON);
        assertThat(thirteenth.agencyCode()).isEqualTo(COORDINATOR);
        assertThat(thirteenth.reason()).contains("Bộ Công an");
        assertThat(current("ct14.provincial-report-level-3-4", COORDINATOR, LocalDate.of(2027, 12, 14))
                        .status())
                .isEqualTo(ObligationStatus.OVERDUE);
        assertThat(current("ct14.provincial-report-level-3-4", COORDINATOR, LocalDate.of(2027, 12, 15)))
                .satisfies(o -> {
                    assertThat(o.dueDate()).isEqualTo(LocalDate.of(2028, 12, 13));
                    assertThat(o.status()).isEqualTo(ObligationStatus.DUE);
                });
        // before the 2025 reorganisation the report went to the Ministry of Information and Communications
        assertThat(current("ct14.provincial-report-level-3-4", COORDINATOR, LocalDate.of(2024, 12, 10))
                        .reason())
                .contains("Bộ Thông tin và Truyền thông");
        // no other agency owes it
        assertThat(rows("ct14.provincial-report-level-3-4", "H57.02", LocalDate.of(2027, 12, 13)))
                .isEmpty();
    }

    @Test
    void theCoordinatorReportsOnLevel5Before14JuneAnd14December() {
        for (int month : new int[] {6, 12}) {
            ObligationView thirteenth =
                    current("ct14.provincial-report-level-5", COORDINATOR, LocalDate.of(2027, month, 13));
            assertThat(thirteenth.dueDate()).isEqualTo(LocalDate.of(2027, month, 13));
            assertThat(thirteenth.status()).isEqualTo(ObligationStatus.DUE_SOON);
            assertThat(current("ct14.provincial-report-level-5", COORDINATOR, LocalDate.of(2027, month, 14))
                            .status())
                    .isEqualTo(ObligationStatus.OVERDUE);
            assertThat(current("ct14.provincial-report-level-5", COORDINATOR, LocalDate.of(2027, month, 15))
                            .dueDate())
                    .isEqualTo(month == 6 ? LocalDate.of(2027, 12, 13) : LocalDate.of(2028, 6, 13));
        }
    }

    @Test
    void theOwnersLevel3AssessmentIsDueWithItsReportBefore5December() {
        var fourth = queries.list(
                        new ObligationFilter(
                                null, "HUE.IOC", "ct14.assessment-level-3-4", null, LocalDate.of(2026, 12, 4), null),
                        new Paging(0, 10))
                .items();
        assertThat(fourth)
                .filteredOn(o -> o.periodEnd().equals(LocalDate.of(2026, 12, 14)))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
                    assertThat(o.status()).isEqualTo(ObligationStatus.DUE_SOON);
                });
    }

    @Test
    void onlyOwnersOfLevel3OrHigherSystemsOweTheAnnualReport() {
        assertThat(rows("ct14.agency-annual-report", "H57.03", LocalDate.of(2026, 12, 1)))
                .isEmpty();
        assertThat(rows("ct14.agency-annual-report", "H57.02", LocalDate.of(2026, 12, 1)))
                .isNotEmpty();
    }

    @Test
    void aChangeOfTheProvincesIncidentContactIsOwedToTheMinistryUntilTheNoticeIsRecorded() throws Exception {
        LocalDate today = Today.inVietnam();
        mvc.perform(put("/api/v1/agencies/" + COORDINATOR + "/focal-points/INCIDENT_CONTACT")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"unitName":"Phòng An toàn thông tin","personName":"Trần Thị Mai","position":"Trưởng phòng",
                                 "phone":"0234 3822 999","email":"mai.tt@demo.khien.vn","appointedOn":"%s"}""".formatted(today))
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().is2xxSuccessful());
        recompute.all(today);
        // a MockMvc request replaces the test's security context: read the evaluated table itself
        assertThat(notice(today)).containsEntry("status", "DUE_SOON");
        assertThat(notice(today).get("recipient")).isEqualTo("Bộ Công an");
        new Attestations(mvc)
                .accepted(COORDINATOR, "INCIDENT_CONTACT_CHANGE_NOTICE", "Thông báo thay đổi đầu mối", today);
        recompute.all(today);
        assertThat(notice(today)).containsEntry("status", "MET");
        // agencies other than the coordinator owe no such notice to the ministry
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM compliance.obligation WHERE rule_id = 'ct14.incident-contact-change-notice'"
                                        + " AND agency_code <> ?")
                        .param(COORDINATOR)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
