package vn.khien.compliance.api;

import java.time.LocalDate;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.SubjectType;
import vn.khien.compliance.application.AccountableHeadView;
import vn.khien.compliance.application.ObligationView;

/**
 * An obligation in the API (DESIGN.md §8); {@code reason} follows the request's language. A late,
 * violated or overdue one names the agency's head on its due date ({@code accountableHead}, else null).
 */
record ObligationResponse(
        String rule,
        String ruleTitle,
        SubjectType subjectType,
        String subjectCode,
        String item,
        String agencyCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate dueDate,
        ObligationStatus status,
        String reason,
        String evidence,
        AccountableHeadView accountableHead) {

    static ObligationResponse of(ObligationView v) {
        return new ObligationResponse(
                v.rule(),
                v.ruleTitle(),
                v.subjectType(),
                v.subjectCode(),
                v.itemRef().isEmpty() ? null : v.itemRef(),
                v.agencyCode(),
                v.periodStart(),
                v.periodEnd(),
                v.dueDate(),
                v.status(),
                v.reason(),
                v.evidence(),
                v.accountableHead());
    }
}
