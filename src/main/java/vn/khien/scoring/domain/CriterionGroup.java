package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

/** A group of criteria (e.g. "technical protection"), shown together on scorecards. */
public record CriterionGroup(String code, LocalizedText title, List<Criterion> criteria) {

    public CriterionGroup {
        criteria = List.copyOf(criteria);
    }

    public BigDecimal maxPoints() {
        return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
