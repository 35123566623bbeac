package vn.khien.compliance.application;

import java.time.LocalDate;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.SubjectType;

/**
 * One obligation as shown and served: the reason is already in the reader's language; {@code
 * subjectName} is the agency's or the system's name (the code when the name is unknown); {@code
 * accountableHead} only for an obligation not kept on time ({@link AccountableHeadView#NAMED_FOR}), else null.
 */
public record ObligationView(
        String rule,
        String ruleTitle,
        SubjectType subjectType,
        String subjectCode,
        String subjectName,
        String itemRef,
        String agencyCode,
        String agencyName,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate dueDate,
        ObligationStatus status,
        String reason,
        String evidence,
        AccountableHeadView accountableHead) {}
