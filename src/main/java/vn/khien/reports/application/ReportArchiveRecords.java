package vn.khien.reports.application;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.identity.Viewer;
import vn.khien.reports.ReportArchive;
import vn.khien.reports.ReportKind;
import vn.khien.reports.domain.DocumentFormat;
import vn.khien.reports.domain.Narrative;
import vn.khien.reports.domain.Report;
import vn.khien.reports.domain.ReportPeriod;
import vn.khien.reports.domain.ReportRepository;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/** {@link ReportArchive}: the coordinator only; the same aggregate, documents and obligation as the workflow. */
@Service
class ReportArchiveRecords implements ReportArchive {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final ReportFiles files;
    private final ReportObligations obligations;
    private final Clock clock;

    ReportArchiveRecords(
            ReportRepository reports,
            ReportAccess access,
            ReportFiles files,
            ReportObligations obligations,
            Clock clock) {
        this.reports = reports;
        this.access = access;
        this.files = files;
        this.obligations = obligations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long recordSubmitted(String agencyCode, int year, String situation, String number, LocalDate submittedOn) {
        Viewer viewer = coordinator();
        LocalDate today = LocalDate.now(clock);
        if (submittedOn.isAfter(today)) {
            throw new InvalidInputException("submittedOn", "reports.report.cut-off-future");
        }
        Report report = opened(viewer, agencyCode, year, situation, submittedOn.minusDays(1));
        report.approve(viewer.actor(), clock.instant());
        report.submit(number, viewer.actor(), clock.instant(), submittedOn);
        Report saved = reports.save(report);
        obligations.submitted(
                saved,
                files.generate(saved, viewer.actor()).get(DocumentFormat.PDF).sha256());
        return saved.id();
    }

    @Override
    @Transactional
    public long openDraft(String agencyCode, int year, String situation) {
        Viewer viewer = coordinator();
        return reports.save(opened(viewer, agencyCode, year, situation, LocalDate.now(clock)))
                .id();
    }

    private Report opened(Viewer viewer, String agency, int year, String situation, LocalDate day) {
        var period = new ReportPeriod(ReportKind.AGENCY_ANNUAL, year, null);
        if (!reports.versions(period.kind(), agency, year, 0).isEmpty()) {
            throw new ConflictException("year", "reports.report.exists");
        }
        LocalDate cutOff = period.defaultCutOff(day);
        Report report = Report.draft(period, agency, cutOff, viewer.actor(), clock.instant());
        report.edit(new Narrative(situation, null, null), cutOff, cutOff, viewer.actor(), clock.instant());
        return report;
    }

    private Viewer coordinator() {
        Viewer viewer = access.participant();
        if (!viewer.coordinator()) {
            throw new AccessDeniedException("reports: the archive is the coordinator's");
        }
        return viewer;
    }
}
