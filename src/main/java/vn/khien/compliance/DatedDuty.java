package vn.khien.compliance;

import java.time.LocalDate;

/**
 * One dated duty of an agency (see {@link DatedDuties}).
 *
 * @param kind what kind of duty, shown where a rule's code is ({@code scoring.self-assessment})
 * @param key the duty's identity, the same whatever its status (calendar UIDs)
 * @param link where to act on it, a path within the application
 */
public record DatedDuty(
        String kind,
        String key,
        String agencyCode,
        LocalDate dueDate,
        ObligationStatus status,
        String titleVi,
        String titleEn,
        String link) {}
