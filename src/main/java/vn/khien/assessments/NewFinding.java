package vn.khien.assessments;

import java.time.LocalDate;

/**
 * A finding as entered; {@code systemCode} may be empty for an agency-wide finding and {@code dueOn}
 * empty for the configured default.
 */
public record NewFinding(
        String systemCode,
        String title,
        String description,
        String requirementCode,
        Severity severity,
        String cvssVector,
        LocalDate dueOn) {}
