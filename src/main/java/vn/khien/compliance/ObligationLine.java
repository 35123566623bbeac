package vn.khien.compliance;

import java.time.LocalDate;

/**
 * One obligation of an agency on a day, as another module prints it (reports' list of obligations done
 * late or not done): the rule's title and the reason in the asked language, the subject by name.
 */
public record ObligationLine(
        String ruleId,
        String ruleTitle,
        String subjectName,
        LocalDate dueDate,
        ObligationStatus status,
        String reason) {}
