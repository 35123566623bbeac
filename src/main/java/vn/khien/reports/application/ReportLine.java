package vn.khien.reports.application;

import java.time.LocalDate;
import vn.khien.reports.ReportKind;
import vn.khien.reports.ReportStatus;

/**
 * A line of a list: the latest version of a report, or (on the coordinator's board) an agency that has not
 * opened its report yet ({@code id} and {@code status} null).
 *
 * @param timeliness {@code ON_TIME}, {@code LATE}, {@code PENDING} (not submitted, not yet due) or {@code MISSING}
 */
public record ReportLine(
        Long id,
        ReportKind kind,
        String agencyCode,
        String agencyName,
        int year,
        Integer half,
        Integer version,
        ReportStatus status,
        LocalDate submittedOn,
        LocalDate dueBefore,
        String timeliness) {}
