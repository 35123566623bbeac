package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import vn.khien.scoring.Formula;
import vn.khien.scoring.ScoringMethod;

/**
 * One criterion of a set. An automatic one names its {@link Formula}; {@code fullWhenNothingToCount}
 * says what an agency gets when the formula has nothing to count (no system, no obligation): the full
 * points (nothing owed, nothing missed) or none. A self-assessed one carries its {@link AnswerScale}.
 * {@code basis} cites the text the criterion rests on, or is null for a provincial choice. {@code rules}
 * narrows {@link Formula#OBLIGATIONS_MET_ON_TIME} to the obligations of the compliance rules it names (a
 * rule's id, or every rule of a pack written {@code qd05.*}); empty, every obligation counts.
 */
public record Criterion(
        String code,
        LocalizedText title,
        BigDecimal maxPoints,
        ScoringMethod method,
        Formula formula,
        List<String> rules,
        boolean fullWhenNothingToCount,
        AnswerScale scale,
        String basis) {

    /** A rule's id ({@code ct14.signing-credentials}) or a pack's rules ({@code law116.*}). */
    public static final Pattern RULE = Pattern.compile("[a-z0-9-]+\\.(\\*|[a-z0-9-]+)");

    public Criterion {
        rules = List.copyOf(rules);
    }

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
