package vn.khien.scoring.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.scoring.Formula;
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
                .get(Formula.FINDINGS_CLOSED_ON_TIME);

        expected.forEach((agency, counts) ->
                assertThat(counted.get(agency)).as(agency).isEqualTo(new Ratio(counts[0], counts[1])));
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
