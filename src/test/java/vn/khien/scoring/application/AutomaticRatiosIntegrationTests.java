package vn.khien.scoring.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.scoring.domain.CriteriaSetParser;
import vn.khien.scoring.domain.Ratio;
import vn.khien.support.KhienIntegrationTest;

/** The automatic formulas counted for every agency at once, against a count made row by row in Java. */
@KhienIntegrationTest
class AutomaticRatiosIntegrationTests {

    @Autowired
    AutomaticRatios ratios;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObligationRecompute recompute;

    record FindingRow(String agency, LocalDate due, LocalDate closed, LocalDate riskAccepted) {}

    @Test
    void findingsClosedOnTimeCountTheFindingsDueByTheCutOffClosedByTheirDueDateLeavingAcceptedRisksOut() {
        LocalDate cutOff = LocalDate.of(2026, 12, 31);
        List<FindingRow> findings = jdbc.sql("""
                        SELECT agency_code, due_on, closed_on, risk_accepted_until
                        FROM assessments.published_finding WHERE due_on IS NOT NULL""")
                .query((rs, n) -> new FindingRow(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .list();
        Map<String, long[]> expected = new HashMap<>();
        for (FindingRow f : findings) {
            if (!f.due().isAfter(cutOff) && f.riskAccepted() == null) {
                long[] counts = expected.computeIfAbsent(f.agency(), a -> new long[2]);
                counts[1]++;
                if (f.closed() != null && !f.closed().isAfter(f.due())) {
                    counts[0]++;
                }
            }
        }
        assertThat(expected).as("demo agencies with findings due").isNotEmpty();

        Map<String, Ratio> counted = ratios.count(
                        CriteriaSetParser.parse(set()), List.copyOf(expected.keySet()), cutOff)
                .get("1.1");

        expected.forEach((agency, counts) ->
                assertThat(counted.get(agency)).as(agency).isEqualTo(new Ratio(counts[0], counts[1])));
    }

    @Test
    void aCriterionNamingRulesCountsOnlyTheirObligationsBesideOneCountingEveryRule() {
        LocalDate today = recompute.evaluatedOn();
        Map<String, Ratio> named =
                expectedObligations("o.rule_id = 'ct14.signing-credentials' OR o.rule_id LIKE 'law116.%'");
        Map<String, Ratio> every = expectedObligations("true");
        assertThat(named)
                .as("demo agencies with credential or incident obligations")
                .isNotEmpty();
        assertThat(named).as("a narrower count than every rule").isNotEqualTo(every);

        var counted = ratios.count(CriteriaSetParser.parse(set() + """
                              - {code: "1.2", title: {vi: "Nghĩa vụ", en: "Obligations"}, maxPoints: 4, method: AUTOMATIC, formula: OBLIGATIONS_MET_ON_TIME}
                              - {code: "1.3", title: {vi: "Chữ ký số, sự cố", en: "Credentials, incidents"}, maxPoints: 4, method: AUTOMATIC, formula: OBLIGATIONS_MET_ON_TIME, rules: [ct14.signing-credentials, law116.*]}
                        """), List.copyOf(every.keySet()), today);

        assertThat(counted.get("1.2")).containsAllEntriesOf(every);
        named.forEach((agency, ratio) ->
                assertThat(counted.get("1.3").get(agency)).as(agency).isEqualTo(ratio));
        assertThat(counted.get("1.3").keySet())
                .as("agencies without such obligations count nothing")
                .isSubsetOf(named.keySet());
    }

    /** MET for, LATE/VIOLATED/OVERDUE against, per agency, counted from the obligation table directly. */
    private Map<String, Ratio> expectedObligations(String rules) {
        Map<String, Ratio> expected = new HashMap<>();
        jdbc.sql("SELECT o.agency_code, count(*) FILTER (WHERE o.status = 'MET'),"
                        + " count(*) FILTER (WHERE o.status IN ('MET', 'LATE', 'VIOLATED', 'OVERDUE'))"
                        + " FROM compliance.obligation o WHERE (" + rules + ") GROUP BY o.agency_code")
                .query((rs, n) -> expected.put(rs.getString(1), new Ratio(rs.getLong(2), rs.getLong(3))))
                .list();
        return expected;
    }

    private static String set() {
        return """
                code: "FINDINGS"
                version: 1
                title: {vi: "Bộ tiêu chí thử", en: "Test set"}
                years: {from: 2000, to: 2100}
                agencyKinds: [PROVINCIAL_DEPARTMENT]
                grades:
                  - {code: "A", minPoints: 0, title: {vi: "Tốt", en: "Good"}}
                groups:
                  - code: "1"
                    title: {vi: "Nhóm", en: "Group"}
                    criteria:
                      - {code: "1.1", title: {vi: "Khắc phục", en: "Remediation"}, maxPoints: 4, method: AUTOMATIC, formula: FINDINGS_CLOSED_ON_TIME}
                """;
    }
}
