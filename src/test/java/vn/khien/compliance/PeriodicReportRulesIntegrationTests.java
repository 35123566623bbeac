package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khien.compliance.application.ObligationFilter;
import vn.khien.compliance.application.ObligationQueries;
import vn.khien.compliance.application.ObligationView;
import vn.khien.compliance.domain.PackParser;
import vn.khien.compliance.domain.PolicyPack;
import vn.khien.compliance.evaluation.ActiveRule;
import vn.khien.compliance.evaluation.ObligationEvaluator;
import vn.khien.compliance.evaluation.Subjects;
import vn.khien.shared.Paging;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

/**
 * Rules the cited texts add (issue 16 item 12). Circular 20/2017 Art. 6.1.c: the members of the response
 * network (the coordinator, telecom and Internet operators; not the police and military units, Art. 6.1.h)
 * send Form 05 half-yearly before 20 June and yearly before 15 December, met by the Form 05 generated for
 * the period. Circular 31/2017 Art. 14.4 (monitoring report every six months) and Decree 85 Art. 20.2.d
 * (drills) give no due day or frequency: not evaluated until the province sets one. A period due after it
 * ends is not violated before its due day has passed.
 *
 * <p>Facts dated in the past (an agency registered before the period, a summary generated on a given day)
 * are written in a transaction that is rolled back, so the shared demo data stays as it was.
 */
@KhienIntegrationTest
@WithMockUser(username = "dieuphoi", roles = "COORDINATOR_ADMIN")
class PeriodicReportRulesIntegrationTests {

    static final String SUMMARY = "tt20.incident-summary";
    static final String TELECOM = "VT.VNPT-HUE";

    @Autowired
    ObligationQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ObligationEvaluator evaluator;

    /** Circular 31's report as the province would set it: due 20 days after each half-year ends. */
    static final PolicyPack MONITORING_WITH_DUE_DAY = PackParser.parse("""
            code: T31
            version: 1
            title: {vi: t}
            document: Thông tư 31/2017/TT-BTTTT
            appliesFrom: 2018-01-15
            rules:
              - id: t31.monitoring-report
                kind: fixed-deadline
                subject: AGENCY
                title: {vi: t}
                legal: {document: d, article: a, paraphrase: {vi: p}}
                params:
                  evidence: attestation
                  attestationKind: MONITORING_REPORT
                  periods: [{end: "06-14"}, {end: "12-14"}]
                  agencyKinds: [TELECOM_OPERATOR]
                provincialSettings:
                  dueDaysAfterEnd: 20
                requiredSettings: [dueDaysAfterEnd]
            """, 1);

    /** The pack's rule for the agency as of the day, into a table of this transaction only. */
    List<String> evaluated(String agency, LocalDate asOf, Consumer<JdbcClient> facts) {
        return withFacts(agency, facts, () -> {
            jdbc.sql("CREATE TEMPORARY TABLE obligation_test (LIKE compliance.obligation) ON COMMIT DROP")
                    .update();
            evaluator.evaluateInto(
                    "obligation_test",
                    List.of(new ActiveRule(
                            MONITORING_WITH_DUE_DAY,
                            MONITORING_WITH_DUE_DAY.rules().get(0))),
                    asOf,
                    30,
                    Subjects.of(Set.of(agency)));
            return jdbc.sql("SELECT to_char(period_end, 'YYYY-MM-DD') || ' ' || to_char(due_date, 'YYYY-MM-DD') || ' '"
                            + " || status FROM obligation_test ORDER BY period_end")
                    .query(String.class)
                    .list();
        });
    }

    static Consumer<JdbcClient> reportAccepted(String agency, String on) {
        return jdbc -> jdbc.sql("""
                        INSERT INTO registers.attestation (agency_code, kind, title, attested_on, evidence, status,
                                                           decided_on)
                        VALUES (:agency, 'MONITORING_REPORT', 'Báo cáo giám sát', CAST(:on AS date), 'Công văn 1/BC',
                                'ACCEPTED', CAST(:on AS date))""").param("agency", agency).param("on", on).update();
    }

    /** The agency's obligations under the rule as of the day, with facts written first, then rolled back. */
    List<ObligationView> rows(String rule, String agency, LocalDate asOf, Consumer<JdbcClient> facts) {
        return rows(rule, agency, asOf, facts, Locale.forLanguageTag("vi"));
    }

    List<ObligationView> rows(String rule, String agency, LocalDate asOf, Consumer<JdbcClient> facts, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        return withFacts(
                agency,
                facts,
                () ->
                        queries
                                .list(new ObligationFilter(agency, null, rule, null, asOf, null), new Paging(0, 50))
                                .items()
                                .stream()
                                .filter(o -> o.subjectCode().equals(agency))
                                .toList());
    }

    /** Runs the question after writing the facts, in a transaction rolled back afterwards. */
    <T> T withFacts(String agency, Consumer<JdbcClient> facts, java.util.function.Supplier<T> question) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            // known since long before the periods asked about, so the period before today's is owed too
            jdbc.sql("UPDATE agencies.agency SET registered_at = TIMESTAMPTZ '2020-01-01 08:00+07' WHERE code = :code")
                    .param("code", agency)
                    .update();
            facts.accept(jdbc);
            return question.get();
        });
    }

    List<ObligationView> rows(String rule, String agency, LocalDate asOf) {
        return rows(rule, agency, asOf, j -> {});
    }

    static ObligationView endingOn(List<ObligationView> rows, LocalDate end) {
        return rows.stream()
                .filter(o -> end.equals(o.periodEnd()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no period ending " + end + " in " + rows));
    }

    /** The telecom operator's Form 05 obligations as of the day, its summary of the period made at a time. */
    List<ObligationView> withSummary(LocalDate asOf, String period, String generatedAt) {
        return rows(SUMMARY, TELECOM, asOf, summaryGenerated(TELECOM, period, generatedAt));
    }

    static Consumer<JdbcClient> summaryGenerated(String agency, String period, String at) {
        return jdbc -> jdbc.sql("""
                        INSERT INTO incidents.generated_form (ref, agency_code, form, period, version, docx_sha256,
                                                              pdf_sha256, generated_by, generated_at)
                        VALUES (gen_random_uuid(), :agency, 'FORM_05', :period, 1, repeat('0', 64), repeat('0', 64),
                                'dieuphoi', CAST(:at AS timestamptz))""")
                .param("agency", agency)
                .param("period", period)
                .param("at", at)
                .update();
    }

    @org.junit.jupiter.api.AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theHalfYearSummaryIsDueOnNineteenJuneBecauseTheTextSaysBeforeTwentyJune() {
        ObligationView fourteenth =
                endingOn(rows(SUMMARY, TELECOM, LocalDate.of(2026, 6, 14)), LocalDate.of(2026, 6, 14));
        assertThat(fourteenth.periodStart()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(fourteenth.dueDate()).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(fourteenth.status()).isEqualTo(ObligationStatus.DUE_SOON);
        assertThat(fourteenth.reason()).contains("19/06/2026").contains("20/06").contains("Cục An ninh mạng");
    }

    /** The telecom operator's Form 05 obligation for the half-year ending 14 June 2026, as of the day. */
    ObligationStatus firstHalf2026(LocalDate asOf) {
        return endingOn(rows(SUMMARY, TELECOM, asOf), LocalDate.of(2026, 6, 14)).status();
    }

    @Test
    void aHalfYearThatHasEndedIsNotViolatedBeforeItsDueDayHasPassed() {
        // from 15 June the half-year has ended, but the summary is on time until 19 June
        assertThat(firstHalf2026(LocalDate.of(2026, 6, 15))).isEqualTo(ObligationStatus.DUE_SOON);
        assertThat(firstHalf2026(LocalDate.of(2026, 6, 19))).isEqualTo(ObligationStatus.DUE_SOON);
        assertThat(firstHalf2026(LocalDate.of(2026, 6, 20))).isEqualTo(ObligationStatus.VIOLATED);
        assertThat(firstHalf2026(LocalDate.of(2026, 6, 21))).isEqualTo(ObligationStatus.VIOLATED);
    }

    @Test
    void aSummaryMadeByNineteenJuneIsMetOneMadeOnTwentyJuneIsLate() {
        LocalDate end = LocalDate.of(2026, 6, 14);
        var onTime = withSummary(LocalDate.of(2026, 6, 25), "H1-2026", "2026-06-19 16:00+07");
        assertThat(endingOn(onTime, end).status()).isEqualTo(ObligationStatus.MET);
        assertThat(endingOn(onTime, end).evidence()).startsWith("incident-summary:");
        assertThat(endingOn(onTime, end).reason()).contains("19/06/2026");
        // the half-year's summary is not the yearly one: the period ending 14 December is still owed
        assertThat(endingOn(onTime, LocalDate.of(2026, 12, 14)).status()).isEqualTo(ObligationStatus.DUE);
        var late = withSummary(LocalDate.of(2026, 6, 25), "H1-2026", "2026-06-20 09:00+07");
        assertThat(endingOn(late, end).status()).isEqualTo(ObligationStatus.LATE);
        // a summary generated after the day asked about does not count yet
        var notYet = withSummary(LocalDate.of(2026, 6, 19), "H1-2026", "2026-06-20 09:00+07");
        assertThat(endingOn(notYet, end).status()).isEqualTo(ObligationStatus.DUE_SOON);
    }

    @Test
    void theYearlySummaryBeforeFifteenDecemberIsDueOnFourteenDecember() {
        // 2025: days of the coming December would be read from the stored evaluation when the test runs on them
        LocalDate end = LocalDate.of(2025, 12, 14);
        ObligationView fourteenth = endingOn(rows(SUMMARY, TELECOM, LocalDate.of(2025, 12, 14)), end);
        assertThat(fourteenth.dueDate()).isEqualTo(end);
        assertThat(fourteenth.status()).isEqualTo(ObligationStatus.DUE_SOON);
        assertThat(fourteenth.reason()).contains("15/12");
        assertThat(endingOn(rows(SUMMARY, TELECOM, LocalDate.of(2025, 12, 15)), end)
                        .status())
                .isEqualTo(ObligationStatus.VIOLATED);
        var yearly = withSummary(LocalDate.of(2025, 12, 15), "Y-2025", "2025-12-14 17:00+07");
        assertThat(endingOn(yearly, end).status()).isEqualTo(ObligationStatus.MET);
    }

    @Test
    void onlyTheNetworkMembersOweTheSummaryNotThePoliceMilitaryOrOtherAgencies() {
        LocalDate day = LocalDate.of(2026, 6, 14);
        assertThat(rows(SUMMARY, "H57.08", day)).isNotEmpty();
        assertThat(rows(SUMMARY, "H57.16", day)).isEmpty();
        assertThat(rows(SUMMARY, "H57.17", day)).isEmpty();
        assertThat(rows(SUMMARY, "H57.02", day)).isEmpty();
    }

    @Test
    void generatingTheFormFiveSummaryMeetsTheCurrentPeriodAtOnce() throws Exception {
        LocalDate today = Today.inVietnam();
        // the summary the generator makes for the period that contains today
        boolean annual = today.isAfter(LocalDate.of(today.getYear(), 6, 14))
                && !today.isAfter(LocalDate.of(today.getYear(), 12, 14));
        int year = today.isAfter(LocalDate.of(today.getYear(), 12, 14)) ? today.getYear() + 1 : today.getYear();
        String agency = "VT.MOBIFONE-HUE";
        String created = mvc.perform(post("/api/v1/incident-summaries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyCode\":\"%s\",\"year\":%d,\"annual\":%s}".formatted(agency, year, annual))
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String ref = JsonPath.read(created, "$.ref");
        assertThat(jdbc.sql("""
                        SELECT status || ' ' || evidence FROM compliance.obligation
                        WHERE rule_id = :rule AND subject_code = :agency AND period_end = :end""")
                        .param("rule", SUMMARY)
                        .param("agency", agency)
                        .param("end", LocalDate.of(year, annual ? 12 : 6, 14))
                        .query(String.class)
                        .single())
                .isEqualTo("MET incident-summary:" + ref);
    }

    @Test
    void aDueDayTheProvinceSetsAfterThePeriodEndKeepsThePeriodOpenUntilThenAndCountsAReportOnce() {
        // the half-year ending 14 June 2026 is due 20 days later, on 4 July
        assertThat(evaluated(TELECOM, LocalDate.of(2026, 7, 4), j -> {}))
                .containsExactly("2026-06-14 2026-07-04 DUE_SOON", "2026-12-14 2027-01-03 DUE");
        assertThat(evaluated(TELECOM, LocalDate.of(2026, 7, 5), j -> {}))
                .containsExactly("2026-06-14 2026-07-04 VIOLATED", "2026-12-14 2027-01-03 DUE");
        // a report handed in on 30 June, after the half-year ended but by its due day, is that half-year's
        // and only that one's
        assertThat(evaluated(TELECOM, LocalDate.of(2026, 7, 5), reportAccepted(TELECOM, "2026-06-30")))
                .containsExactly("2026-06-14 2026-07-04 MET", "2026-12-14 2027-01-03 DUE");
        // one handed in on 5 July counts for the half-year running then
        assertThat(evaluated(TELECOM, LocalDate.of(2026, 7, 6), reportAccepted(TELECOM, "2026-07-05")))
                .containsExactly("2026-06-14 2026-07-04 VIOLATED", "2026-12-14 2027-01-03 MET");
    }

    @Test
    void theMonitoringReportHasNoDueDayInTheTextSoItIsNotEvaluatedUntilTheProvinceSetsOne() {
        var owner = rows("tt31.monitoring-report", "H57.02", Today.inVietnam());
        assertThat(owner).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ObligationStatus.NOT_EVALUATED);
            assertThat(o.dueDate()).isNull();
            assertThat(o.reason())
                    .contains("Hạn nộp: số ngày sau khi kết thúc kỳ")
                    .doesNotContain("dueDaysAfterEnd");
        });
        assertThat(rows("tt31.monitoring-report", "H57.02", Today.inVietnam(), j -> {}, Locale.ENGLISH))
                .singleElement()
                .satisfies(o -> assertThat(o.reason()).contains("Due: days after the period ends"));
        // Circular 31 Art. 1 leaves the police and military systems out
        assertThat(rows("tt31.monitoring-report", "H57.16", Today.inVietnam())).isEmpty();
    }

    @Test
    void drillsHaveNoFrequencyInTheDecreeSoTheyAreNotEvaluatedUntilTheProvinceSetsOne() {
        assertThat(rows("nd85.security-drill", "H57.02", Today.inVietnam()))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(ObligationStatus.NOT_EVALUATED);
                    assertThat(o.reason()).contains("Chu kỳ diễn tập (tháng)").doesNotContain("validMonths");
                });
        // Decree 85 leaves no owner out: the police owe drills too
        assertThat(rows("nd85.security-drill", "H57.16", Today.inVietnam())).hasSize(1);
    }
}
