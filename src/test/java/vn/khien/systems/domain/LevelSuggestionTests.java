package vn.khien.systems.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.khien.systems.SystemType;

class LevelSuggestionTests {

    @Test
    void personalDataOfTenThousandPeopleSuggestsLevelThree() {
        var suggestion = LevelSuggestion.of(SystemType.INTERNAL, false, null, 10_000, 2);
        assertThat(suggestion.criteria()).containsExactly(LevelCriterion.PERSONAL_DATA_10000);
        assertThat(suggestion.minimumLevel()).isEqualTo(3);
        assertThat(suggestion.proposedTooLow()).isTrue();
    }

    @Test
    void justBelowTheThresholdSuggestsLevelTwo() {
        var suggestion = LevelSuggestion.of(SystemType.INTERNAL, false, null, 9_999, 2);
        assertThat(suggestion.minimumLevel()).isEqualTo(2);
        assertThat(suggestion.proposedTooLow()).isFalse();
    }

    @Test
    void onlineServicesFromLevelThreeSuggestLevelThree() {
        assertThat(LevelSuggestion.of(SystemType.CITIZEN_SERVICE, true, 3, null, 3)
                        .minimumLevel())
                .isEqualTo(3);
        assertThat(LevelSuggestion.of(SystemType.CITIZEN_SERVICE, true, 2, null, 2)
                        .criteria())
                .containsExactly(LevelCriterion.ONLINE_SERVICE_BELOW_LEVEL_3);
    }

    @Test
    void sharedInfrastructureAndIndustrialControlSuggestLevelThree() {
        assertThat(LevelSuggestion.of(SystemType.SHARED_INFRASTRUCTURE, false, null, null, 1)
                        .criteria())
                .containsExactly(LevelCriterion.SHARED_INFRASTRUCTURE);
        assertThat(LevelSuggestion.of(SystemType.INDUSTRIAL_CONTROL, false, null, null, 4)
                        .proposedTooLow())
                .isFalse();
        assertThat(LevelSuggestion.of(SystemType.INDUSTRIAL_CONTROL, false, null, null, 1)
                        .minimumLevel())
                .isEqualTo(3);
    }

    @Test
    void anInternalEGovernmentSystemSuggestsLevelTwoAndPublicInformationOne() {
        assertThat(LevelSuggestion.of(SystemType.INTERNAL, true, null, null, 1).criteria())
                .containsExactly(LevelCriterion.E_GOVERNMENT_INTERNAL);
        var publicOnly = LevelSuggestion.of(SystemType.OTHER, false, null, 0, null);
        assertThat(publicOnly.criteria()).containsExactly(LevelCriterion.PUBLIC_INFORMATION_ONLY);
        assertThat(publicOnly.minimumLevel()).isEqualTo(1);
        assertThat(publicOnly.proposedTooLow()).isFalse();
    }

    @Test
    void theHighestCriterionDecidesWhenSeveralAreMet() {
        var suggestion = LevelSuggestion.of(SystemType.SHARED_INFRASTRUCTURE, true, 4, 50_000, 3);
        assertThat(suggestion.criteria())
                .contains(
                        LevelCriterion.PERSONAL_DATA_10000,
                        LevelCriterion.ONLINE_SERVICE_LEVEL_3,
                        LevelCriterion.SHARED_INFRASTRUCTURE);
        assertThat(suggestion.minimumLevel()).isEqualTo(3);
    }
}
