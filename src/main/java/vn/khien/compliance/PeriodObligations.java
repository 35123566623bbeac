package vn.khien.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * The obligations of one periodic rule (a fixed-deadline rule: the agencies' annual report, the level 5
 * assessments) for one of its periods, as they stood on a day: who did it on time, late, or not at all.
 * The coordinator's reports to the ministry read this instead of the obligation table.
 */
public interface PeriodObligations {

    /**
     * Every subject's obligation of {@code ruleId} for the period that ends on {@code periodEnd}, as of
     * {@code asOf}; a day after the period's end reads as its last day (nothing counts for a period once
     * it is over, and the subjects are those the period had while it ran), in agency and subject order. Empty when the rule has no such period. No
     * access check: the caller decides who may see what it derives from them.
     */
    List<PeriodObligation> of(String ruleId, LocalDate periodEnd, LocalDate asOf);

    /**
     * One obligation; {@code doneOn} is the day of the evidence that met it (on time or late), otherwise
     * {@code null}.
     */
    record PeriodObligation(
            SubjectType subjectType,
            String subjectCode,
            String agencyCode,
            LocalDate periodStart,
            LocalDate dueDate,
            ObligationStatus status,
            LocalDate doneOn) {}
}
