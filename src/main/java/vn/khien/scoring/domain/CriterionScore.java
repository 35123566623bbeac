package vn.khien.scoring.domain;

import java.math.BigDecimal;

/**
 * One criterion's points for one agency, with the input they came from: {@code "12/15"} (counted /
 * countable) for an automatic criterion, the answer for a self-assessed one (null: not answered), and
 * whether the coordinator set the points, with the reason.
 */
public record CriterionScore(String criterionCode, BigDecimal points, String input, boolean overridden, String reason) {

    public CriterionScore {
        points = Points.of(points);
    }

    public CriterionScore overriddenWith(BigDecimal newPoints, String why) {
        return new CriterionScore(criterionCode, newPoints, input, true, why);
    }
}
