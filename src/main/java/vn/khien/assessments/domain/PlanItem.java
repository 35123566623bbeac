package vn.khien.assessments.domain;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.assessments.AssessmentKind;

/**
 * One planned assessment: a system, the kind, the assessor (the agency's own security unit, the
 * coordinator or an assessment organisation, by organisation code) and the planned days.
 */
@Table(schema = "assessments", name = "plan_item")
public record PlanItem(
        String systemCode, AssessmentKind kind, String assessorCode, LocalDate plannedStart, LocalDate plannedEnd) {

    public Period period() {
        return new Period(plannedStart, plannedEnd);
    }
}
