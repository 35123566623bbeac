package vn.khien.compliance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatusSqlTests {

    @Test
    void statusesAndSubjectTypesBecomeTheirLiterals() {
        assertThat(StatusSql.of("SELECT {{SYSTEM}} AS subject_type, CASE WHEN x THEN {{MET}} ELSE {{DUE_SOON}} END"))
                .isEqualTo("SELECT 'SYSTEM' AS subject_type, CASE WHEN x THEN 'MET' ELSE 'DUE_SOON' END");
    }

    @Test
    void aWordNoEnumHasFailsTheRuleAtOnce() {
        assertThatThrownBy(() -> StatusSql.of("SELECT {{DONE}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{DONE}}");
    }

    @Test
    void everyRuleQueryIsFilled() {
        assertThat(new RuleQuery("SELECT {{VIOLATED}}", java.util.Map.of()).sql())
                .isEqualTo("SELECT 'VIOLATED'");
    }
}
