package vn.khien.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Competition ranking: ties ranked alike, the next rank skipping the tied places. */
class RankingPropertyTests {

    private static List<BigDecimal> points(List<Integer> hundredths) {
        return hundredths.stream().map(h -> BigDecimal.valueOf(h, 2)).toList();
    }

    @Test
    void ranksOneTwoTwoFour() {
        assertThat(Ranking.ranks(points(List.of(9000, 8000, 8000, 7000)))).containsExactly(1, 2, 2, 4);
        assertThat(Ranking.ranks(List.of(new BigDecimal("80"), new BigDecimal("80.00"))))
                .containsExactly(1, 1);
    }

    @Test
    void rankIsOneMoreThanTheNumberOfStrictlyHigherScores() {
        qt().forAll(lists().of(integers().between(0, 300)).ofSizeBetween(0, 60)).checkAssert(raw -> {
            List<BigDecimal> scores = points(raw);
            List<Integer> ranks = Ranking.ranks(scores);
            for (int i = 0; i < scores.size(); i++) {
                BigDecimal mine = scores.get(i);
                long higher = scores.stream().filter(s -> s.compareTo(mine) > 0).count();
                assertThat(ranks.get(i)).isEqualTo(1 + (int) higher);
            }
        });
    }

    @Test
    void equalScoresHaveEqualRanksAndLowerScoresNeverRankHigher() {
        qt().forAll(lists().of(integers().between(0, 50)).ofSizeBetween(1, 60)).checkAssert(raw -> {
            List<BigDecimal> scores = points(raw);
            List<Integer> ranks = Ranking.ranks(scores);
            for (int i = 0; i < scores.size(); i++) {
                for (int j = 0; j < scores.size(); j++) {
                    int compared = scores.get(i).compareTo(scores.get(j));
                    if (compared == 0) {
                        assertThat(ranks.get(i)).isEqualTo(ranks.get(j));
                    } else if (compared > 0) {
                        assertThat(ranks.get(i)).isLessThan(ranks.get(j));
                    }
                }
            }
        });
    }
}
