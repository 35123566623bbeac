package vn.khien.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.scoring.Formula;

class CriterionRecordsTests {

    private final CriterionRecords records = new CriterionRecords();

    @Test
    void everyFormulaLeadsToTheAgencysOwnListAndASelfAssessedCriterionToNone() {
        for (Formula formula : Formula.values()) {
            assertThat(records.of(formula, List.of(), "H57.02"))
                    .as(formula.name())
                    .contains("H57.02");
        }
        assertThat(records.of(Formula.FINDINGS_CLOSED_ON_TIME, List.of(), "H57.02"))
                .isEqualTo("/findings?agency=H57.02");
        assertThat(records.of(null, List.of(), "H57.02")).isNull();
    }

    @Test
    void aCriterionCountingNamedRulesLeadsToTheObligationsOfThoseRulesOnly() {
        assertThat(records.of(
                        Formula.OBLIGATIONS_MET_ON_TIME, List.of("ct14.signing-credentials", "law116.*"), "H57.02"))
                .isEqualTo("/compliance/obligations?agency=H57.02&rule=ct14.signing-credentials,law116.*");
    }

    @Test
    void anAgencyCodeIsEncodedInTheAddress() {
        assertThat(records.of(Formula.FOCAL_POINTS_CURRENT, List.of(), "Sở 1")).isEqualTo("/agencies/S%E1%BB%9F%201");
    }
}
