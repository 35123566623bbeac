package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * An agency's result in a campaign: its criteria, total, grade, ranks (overall and among agencies of
 * its kind) and the change since the previous year's published ranking (null when it was not ranked
 * then; a positive rank change is a move up).
 */
public record AgencyScore(
        Participant agency,
        boolean submitted,
        List<CriterionScore> criteria,
        BigDecimal score,
        GradeBand grade,
        int rankOverall,
        int rankInKind,
        BigDecimal scoreChange,
        Integer rankChange) {

    public AgencyScore {
        criteria = List.copyOf(criteria);
    }
}
