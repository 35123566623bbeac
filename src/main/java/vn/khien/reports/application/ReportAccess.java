package vn.khien.reports.application;

import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.reports.ReportKind;
import vn.khien.reports.domain.Report;
import vn.khien.shared.RowAccess;

/**
 * Who may do what with reports (DESIGN.md §3): an agency's officer drafts and writes its report, its head
 * also approves and submits it; the coordinator reads every agency's report, returns it with comments,
 * and does everything for its own reports to the ministry; responders and observers read all. Assessors
 * and providers have no part (403). A report outside the viewer's agencies answers 404.
 */
@Component
class ReportAccess {

    static final String TYPE = "report";
    static final String NOT_YOUR_STEP = "reports: not this user's step";

    /** A report is its agency's, named in {@code agency_code}. */
    static final RowAccess<Viewer, String> AGENCIES = Viewer.agencyRows("report", "agency_code");

    private final AccessPolicy policy;

    ReportAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    Viewer participant() {
        return policy.currentViewer().requireParticipant("reports");
    }

    static Report visible(Viewer viewer, Report report) {
        AGENCIES.require(viewer, report.agencyCode(), TYPE, report.id());
        return report;
    }

    static boolean mayWrite(Viewer viewer, ReportKind kind, String agencyCode) {
        return kind == ReportKind.AGENCY_ANNUAL
                ? viewer.actsFor(agencyCode, Role.AGENCY_OFFICER, Role.AGENCY_HEAD)
                : viewer.coordinator();
    }

    static boolean mayDecide(Viewer viewer, ReportKind kind, String agencyCode) {
        return kind == ReportKind.AGENCY_ANNUAL ? viewer.actsFor(agencyCode, Role.AGENCY_HEAD) : viewer.coordinator();
    }

    static boolean mayReturn(Viewer viewer, Report report) {
        return viewer.coordinator() && report.kind() == ReportKind.AGENCY_ANNUAL;
    }
}
