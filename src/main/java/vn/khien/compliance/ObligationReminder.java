package vn.khien.compliance;

import java.time.LocalDate;

/**
 * One obligation to remind of. {@code daysOverdue} is 0 unless overdue; {@code link} is a path within
 * the application to the agency's obligations of that rule.
 */
public record ObligationReminder(
        String agencyCode,
        String agencyName,
        String ruleId,
        String ruleTitleVi,
        String ruleTitleEn,
        SubjectType subjectType,
        String subjectCode,
        String subjectName,
        LocalDate dueDate,
        ObligationStatus status,
        int daysOverdue,
        String link) {}
