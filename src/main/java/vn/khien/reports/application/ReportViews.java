package vn.khien.reports.application;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencySummary;
import vn.khien.identity.UserContacts;
import vn.khien.identity.Viewer;
import vn.khien.reports.ReportStatus;
import vn.khien.reports.domain.Report;
import vn.khien.reports.domain.ReportRepository;

/** A report version as the viewer sees it: its versions, its agency's name, and the viewer's next steps. */
@Component
class ReportViews {

    private final ReportRepository reports;
    private final AgencyDirectory agencies;
    private final UserContacts users;

    ReportViews(ReportRepository reports, AgencyDirectory agencies, UserContacts users) {
        this.reports = reports;
        this.agencies = agencies;
        this.users = users;
    }

    ReportView of(Viewer viewer, Report report) {
        List<Report> versions = reports.versions(
                report.kind(), report.agencyCode(), report.year(), ReportManagement.half(report.period()));
        boolean latest = versions.isEmpty() || versions.get(0).reportVersion() == report.reportVersion();
        boolean write = ReportAccess.mayWrite(viewer, report.kind(), report.agencyCode());
        boolean decide = ReportAccess.mayDecide(viewer, report.kind(), report.agencyCode());
        ReportStatus status = report.status();
        var actions = new ReportView.Actions(
                write && status == ReportStatus.DRAFT,
                decide && status == ReportStatus.DRAFT,
                decide && status == ReportStatus.APPROVED,
                decide && status == ReportStatus.APPROVED,
                ReportAccess.mayReturn(viewer, report) && status == ReportStatus.SUBMITTED,
                write && latest && status.frozen(),
                decide && status == ReportStatus.SUBMITTED);
        String name =
                agencies.find(report.agencyCode()).map(AgencySummary::name).orElse(report.agencyCode());
        var steps = report.steps();
        var named = java.util.stream.Stream.of(
                        steps.createdBy(), steps.approvedBy(), steps.submittedBy(), steps.returnedBy())
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Map<String, String> people = new java.util.HashMap<>();
        users.of(named).forEach(u -> people.put(u.username(), u.displayName()));
        return ReportView.of(report, name, latest, actions, versions, people);
    }
}
