package vn.khien.assessments;

import java.time.LocalDate;

/** Marks the findings whose due date has passed, once each ({@link RemediationOverdue}); daily by itself. */
public interface OverdueRemediation {

    /** Returns how many findings became overdue on {@code day}. */
    int markOverdue(LocalDate day);
}
