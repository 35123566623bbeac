package vn.khien.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.khien.scoring.ScoringMethod;

class CriteriaSetParserTests {

    private static final String SHIPPED = "src/main/resources/scoring/criteria-sets/hue-attt-2025.yaml";

    private static final String SMALL = """
            code: "T"
            version: 1
            title: {vi: "Bộ", en: "Set"}
            years: {from: 2020, to: 2030}
            agencyKinds: [PROVINCIAL_DEPARTMENT]
            grades: [{code: "A", minPoints: 0, title: {vi: "A", en: "A"}}]
            groups:
              - code: "1"
                title: {vi: "Nhóm", en: "Group"}
                criteria:
                  - {code: "1.1", title: {vi: "T", en: "T"}, maxPoints: 5, method: SELF_ASSESSED, answer: {type: YES_NO}}
            """;

    @Test
    void theShippedSetHasTwentyFiveCriteriaInFiveGroupsWorthOneHundredPoints() throws IOException {
        CriteriaSet set = CriteriaSetParser.parse(Files.readString(Path.of(SHIPPED)));
        assertThat(set.groups()).hasSize(5);
        assertThat(set.criteria().count()).isEqualTo(25);
        assertThat(set.maxPoints()).isEqualByComparingTo("100");
        assertThat(set.criteria()
                        .filter(c -> c.method() == ScoringMethod.AUTOMATIC)
                        .map(Criterion::formula))
                .hasSize(4)
                .doesNotHaveDuplicates();
        assertThat(set.grades()).extracting(GradeBand::code).containsExactly("TOT", "KHA", "TRUNG_BINH", "YEU");
        assertThat(set.appliesTo(2025)).isTrue();
        assertThat(set.appliesTo(2024)).isFalse();
    }

    @Test
    void readsASmallSet() {
        CriteriaSet set = CriteriaSetParser.parse(SMALL);
        assertThat(set.criterion("1.1")).isPresent();
        assertThat(set.maxPoints()).isEqualByComparingTo("5");
    }

    @Test
    void refusesSetsThatCannotBeScoredNamingThePlace() {
        assertThatThrownBy(() -> CriteriaSetParser.parse(SMALL.replace("code: \"1.1\"", "code: 1.1")))
                .isInstanceOf(CriteriaSetFormatException.class)
                .hasMessageContaining("quoted");
        assertThatThrownBy(() -> CriteriaSetParser.parse(SMALL.replace("minPoints: 0", "minPoints: 10")))
                .hasMessageContaining("minPoints 0");
        assertThatThrownBy(() -> CriteriaSetParser.parse(
                        SMALL.replace("answer: {type: YES_NO}", "formula: FOCAL_POINTS_CURRENT")))
                .hasMessageContaining("criterion 1.1");
        assertThatThrownBy(() -> CriteriaSetParser.parse(SMALL.replace("maxPoints: 5", "maxPoints: 0")))
                .hasMessageContaining("maxPoints");
        assertThatThrownBy(() -> CriteriaSetParser.parse("- not a mapping"))
                .isInstanceOf(CriteriaSetFormatException.class);
        assertThatThrownBy(() -> CriteriaSetParser.parse("a: [")).isInstanceOf(CriteriaSetFormatException.class);
    }
}
