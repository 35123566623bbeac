package vn.khien.reports.application;

import org.springframework.stereotype.Component;
import vn.khien.registers.AttestationData;
import vn.khien.registers.AttestationKind;
import vn.khien.registers.AttestationRegister;
import vn.khien.reports.ReportKind;
import vn.khien.reports.domain.Report;
import vn.khien.shared.SystemActor;

/**
 * Submitting a report meets the reporting obligation (ct14.agency-annual-report, ct14.provincial-report-…):
 * Khiên hands in the attestation the rule reads, dated on the submission day with the report as its
 * evidence, and accepts it as the system, so the obligation shows MET, or LATE after the last day on time.
 */
@Component
class ReportObligations {

    private final AttestationRegister attestations;

    ReportObligations(AttestationRegister attestations) {
        this.attestations = attestations;
    }

    void submitted(Report report, String pdfSha256) {
        String evidence = "Báo cáo số %s, phiên bản %d, SHA-256 %s"
                .formatted(
                        report.number() == null ? "(chưa ghi số)" : report.number(), report.reportVersion(), pdfSha256);
        var data = new AttestationData(
                report.agencyCode(),
                kind(report.kind()),
                ReportComposer.summary(report),
                report.steps().submittedOn(),
                evidence.length() > 500 ? evidence.substring(0, 500) : evidence);
        SystemActor.run("reports", () -> {
            long id = attestations.submit(data);
            attestations.decide(id, true, "Báo cáo nộp qua Khiên: " + report.reference());
        });
    }

    static AttestationKind kind(ReportKind kind) {
        return switch (kind) {
            case AGENCY_ANNUAL -> AttestationKind.AGENCY_ANNUAL_REPORT;
            case PROVINCIAL_ANNUAL -> AttestationKind.MINISTRY_REPORT_LEVEL_3_4;
            case PROVINCIAL_LEVEL5_HALF_YEAR -> AttestationKind.MINISTRY_REPORT_LEVEL_5;
        };
    }
}
