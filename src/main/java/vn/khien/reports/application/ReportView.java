package vn.khien.reports.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.khien.reports.ReportKind;
import vn.khien.reports.ReportStatus;
import vn.khien.reports.domain.Report;

/**
 * A report version as pages and the API show it, with what the viewer may do next.
 *
 * @param late submitted after the last day on time
 * @param versions every version of the report, the latest first
 * @param people the display names of the users named above, by user name
 */
public record ReportView(
        long id,
        ReportKind kind,
        String agencyCode,
        String agencyName,
        int year,
        Integer half,
        int version,
        ReportStatus status,
        String number,
        LocalDate cutOff,
        LocalDate dueBefore,
        String situation,
        String difficulties,
        String proposals,
        String correctionReason,
        String returnComments,
        String createdBy,
        Instant createdAt,
        String approvedBy,
        Instant approvedAt,
        String submittedBy,
        Instant submittedAt,
        LocalDate submittedOn,
        String returnedBy,
        Instant returnedAt,
        boolean late,
        boolean latest,
        Actions actions,
        List<VersionLine> versions,
        Map<String, String> people) {

    /** What the viewer may do with this version. */
    public record Actions(
            boolean edit,
            boolean approve,
            boolean reopen,
            boolean submit,
            boolean giveBack,
            boolean correct,
            boolean uploadSigned) {}

    public record VersionLine(
            long id, int version, ReportStatus status, LocalDate submittedOn, String correctionReason) {}

    /** The display name of a user named on the report, or the name itself (a system actor). */
    public String person(String username) {
        return username == null ? null : people.getOrDefault(username, username);
    }

    static ReportView of(
            Report report,
            String agencyName,
            boolean latest,
            Actions actions,
            List<Report> versions,
            Map<String, String> people) {
        var steps = report.steps();
        var narrative = report.narrative();
        return new ReportView(
                report.id(),
                report.kind(),
                report.agencyCode(),
                agencyName,
                report.year(),
                report.half(),
                report.reportVersion(),
                report.status(),
                report.number(),
                report.cutOff(),
                report.period().dueBefore(),
                narrative.situation(),
                narrative.difficulties(),
                narrative.proposals(),
                report.correctionReason(),
                report.returnComments(),
                steps.createdBy(),
                steps.createdAt(),
                steps.approvedBy(),
                steps.approvedAt(),
                steps.submittedBy(),
                steps.submittedAt(),
                steps.submittedOn(),
                steps.returnedBy(),
                steps.returnedAt(),
                report.late(),
                latest,
                actions,
                versions.stream()
                        .map(v -> new VersionLine(
                                v.id(), v.reportVersion(), v.status(), v.steps().submittedOn(), v.correctionReason()))
                        .toList(),
                people);
    }
}
