package vn.khien.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khien.scoring.domain.Fixtures.aSet;
import static vn.khien.scoring.domain.Fixtures.commune;
import static vn.khien.scoring.domain.Fixtures.department;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignScoringTests {

    private static final Map<String, Map<String, Ratio>> TWO_OF_TWO =
            Map.of("1.1", Map.of("A", new Ratio(2, 2), "B", new Ratio(1, 2), "C", new Ratio(2, 2)));

    private static Map<String, SubmittedAnswer> answers(String policy, String backup, String hours) {
        return Map.of(
                "1.2", new SubmittedAnswer(policy, null, null),
                "2.1", new SubmittedAnswer(backup, null, null),
                "2.2", new SubmittedAnswer(hours, null, null));
    }

    @Test
    void anAgencyThatSubmitsNothingGetsZeroOnSelfAssessedCriteriaAndIsMarked() {
        var scores = CampaignScoring.score(aSet(true), List.of(department("A")), TWO_OF_TWO, Map.of(), Map.of());
        AgencyScore a = scores.get(0);
        assertThat(a.submitted()).isFalse();
        assertThat(a.score()).isEqualByComparingTo("5");
        assertThat(a.criteria())
                .filteredOn(c -> !c.criterionCode().equals("1.1"))
                .allSatisfy(c -> assertThat(c.points()).isEqualByComparingTo("0"));
    }

    @Test
    void answersEarnPointsByTheirScaleAndNumbersAreCappedAtTheTarget() {
        var scores = CampaignScoring.score(
                aSet(true), List.of(department("A")), TWO_OF_TWO, Map.of("A", answers("YES", "2", "60")), Map.of());
        // 5 (automatic) + 5 (yes) + 6 × 2/3 + 4 × min(60/40, 1)
        assertThat(scores.get(0).score()).isEqualByComparingTo("18");
        var half = CampaignScoring.score(
                aSet(true), List.of(department("A")), TWO_OF_TWO, Map.of("A", answers("NO", "0", "20")), Map.of());
        assertThat(half.get(0).score()).isEqualByComparingTo("7");
    }

    @Test
    void theCoordinatorsPointsReplaceTheAnswersPoints() {
        Map<String, SubmittedAnswer> given =
                Map.of("1.2", new SubmittedAnswer("YES", new BigDecimal("1.5"), "no signature"));
        var scores =
                CampaignScoring.score(aSet(true), List.of(department("A")), TWO_OF_TWO, Map.of("A", given), Map.of());
        CriterionScore policy = scores.get(0).criteria().get(1);
        assertThat(policy.points()).isEqualByComparingTo("1.5");
        assertThat(policy.overridden()).isTrue();
        assertThat(policy.reason()).isEqualTo("no signature");
    }

    @Test
    void nothingToCountGivesFullOrNoPointsAsTheSetSays() {
        var full = CampaignScoring.score(aSet(true), List.of(department("X")), Map.of(), Map.of(), Map.of());
        var none = CampaignScoring.score(aSet(false), List.of(department("X")), Map.of(), Map.of(), Map.of());
        assertThat(full.get(0).criteria().get(0).points()).isEqualByComparingTo("5");
        assertThat(full.get(0).criteria().get(0).input()).isEqualTo("0/0");
        assertThat(none.get(0).criteria().get(0).points()).isEqualByComparingTo("0");
    }

    @Test
    void ranksOverallAndWithinKindWithTiesAndGradesAtTheThreshold() {
        var scores = CampaignScoring.score(
                aSet(true),
                List.of(department("A"), department("B"), commune("C")),
                TWO_OF_TWO,
                Map.of("A", answers("YES", "3", "40"), "C", answers("YES", "3", "40")),
                Map.of("A", new PreviousScore(new BigDecimal("10"), 3)));
        AgencyScore a = scores.get(0);
        AgencyScore b = scores.get(1);
        AgencyScore c = scores.get(2);
        assertThat(a.score()).isEqualByComparingTo("20");
        assertThat(List.of(a.rankOverall(), c.rankOverall(), b.rankOverall())).containsExactly(1, 1, 3);
        assertThat(List.of(a.rankInKind(), b.rankInKind(), c.rankInKind())).containsExactly(1, 2, 1);
        assertThat(a.grade().code()).isEqualTo("A");
        assertThat(b.score()).isEqualByComparingTo("2.5");
        assertThat(b.grade().code()).isEqualTo("C");
        assertThat(a.scoreChange()).isEqualByComparingTo("10");
        assertThat(a.rankChange()).isEqualTo(2);
        assertThat(b.scoreChange()).isNull();
    }

    @Test
    void aScoreJustBelowAThresholdGetsTheLowerGrade() {
        CriteriaSet set = aSet(true);
        assertThat(set.gradeFor(new BigDecimal("15.00")).code()).isEqualTo("A");
        assertThat(set.gradeFor(new BigDecimal("14.99")).code()).isEqualTo("C");
        assertThat(set.gradeFor(BigDecimal.ZERO).code()).isEqualTo("C");
    }
}
