package vn.khien.scoring.domain;

import java.math.BigDecimal;
import vn.khien.scoring.Formula;
import vn.khien.scoring.ScoringMethod;

/**
 * One criterion of a set. An automatic one names its {@link Formula}; {@code fullWhenNothingToCount}
 * says what an agency gets when the formula has nothing to count (no system, no obligation): the full
 * points (nothing owed, nothing missed) or none. A self-assessed one carries its {@link AnswerScale}.
 * {@code basis} cites the text the criterion rests on, or is null for a provincial choice.
 */
public record Criterion(
        String code,
        LocalizedText title,
        BigDecimal maxPoints,
        ScoringMethod method,
        Formula formula,
        boolean fullWhenNothingToCount,
        AnswerScale scale,
        String basis) {

    public boolean automatic() {
        return method == ScoringMethod.AUTOMATIC;
    }

    /** Points for a share in [0, 1] of an automatic formula; {@code null} share: nothing to count. */
    public BigDecimal pointsFor(BigDecimal share) {
        if (share == null) {
            return fullWhenNothingToCount ? Points.of(maxPoints) : Points.ZERO;
        }
        return Points.of(maxPoints.multiply(share.max(BigDecimal.ZERO).min(BigDecimal.ONE)));
    }
}
