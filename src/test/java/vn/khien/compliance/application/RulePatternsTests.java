package vn.khien.compliance.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulePatternsTests {

    @Test
    void rulesAreSplitOnCommasAndSpacesAndAPacksStarMatchesItsRules() {
        assertThat(ObligationQueries.rulePatterns(" ct14.signing-credentials, law116.*  qd05.incident-notice"))
                .containsExactly("ct14.signing-credentials", "law116.%", "qd05.incident-notice");
    }

    @Test
    void likeWildcardsTypedByAUserMatchThemselvesOnly() {
        assertThat(ObligationQueries.rulePatterns("a%b_c\\d")).containsExactly("a\\%b\\_c\\\\d");
        assertThat(ObligationQueries.rulePatterns("law*")).containsExactly("law*");
    }

    @Test
    void noRuleFiltersNothing() {
        assertThat(ObligationQueries.rulePatterns("  ")).isNull();
        assertThat(ObligationQueries.rulePatterns(null)).isNull();
    }
}
