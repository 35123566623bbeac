package vn.khien.reports.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencySummary;
import vn.khien.identity.Viewer;
import vn.khien.reports.ReportKind;
import vn.khien.reports.domain.DocumentFormat;
import vn.khien.reports.domain.Report;
import vn.khien.reports.domain.ReportPeriod;
import vn.khien.reports.domain.ReportRepository;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.Years;

/** The workflow of a report: draft, write, approve, submit (meeting the obligation), return, correct. */
@Service
public class ReportManagement {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final ReportComposer composer;
    private final ReportFiles files;
    private final ReportObligations obligations;
    private final ReportViews views;
    private final AgencyDirectory agencies;
    private final Clock clock;

    ReportManagement(
            ReportRepository reports,
            ReportAccess access,
            ReportComposer composer,
            ReportFiles files,
            ReportObligations obligations,
            ReportViews views,
            AgencyDirectory agencies,
            Clock clock) {
        this.reports = reports;
        this.access = access;
        this.composer = composer;
        this.files = files;
        this.obligations = obligations;
        this.views = views;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional
    public ReportView create(NewReport command) {
        Viewer viewer = access.participant();
        if (command.kind() == null) {
            throw new InvalidInputException("kind", "reports.report.kind-required");
        }
        if (command.year() == null) { // issue 22: a form posted without its year was a 500
            throw new InvalidInputException("year", "reports.report.year-required");
        }
        Years.requireInRange("year", command.year());
        LocalDate today = LocalDate.now(clock);
        ReportPeriod period = period(command);
        String agency;
        if (command.kind() == ReportKind.AGENCY_ANNUAL) {
            agency = agencyOf(viewer, command.agencyCode());
            viewer.require(ReportAccess.mayWrite(viewer, command.kind(), agency), ReportAccess.NOT_YOUR_STEP);
        } else {
            viewer.require(viewer.coordinator(), ReportAccess.NOT_YOUR_STEP);
            agency = composer.coordinatorCode(today);
        }
        if (!reports.versions(period.kind(), agency, period.year(), half(period))
                .isEmpty()) {
            throw new ConflictException("year", "reports.report.exists");
        }
        Report saved = reports.save(
                Report.draft(period, agency, period.defaultCutOff(today), viewer.actor(), clock.instant()));
        return views.of(viewer, saved);
    }

    @Transactional
    public ReportView edit(long id, WriteNarrative text) {
        Viewer viewer = access.participant();
        Report report = load(viewer, id);
        viewer.require(ReportAccess.mayWrite(viewer, report.kind(), report.agencyCode()), ReportAccess.NOT_YOUR_STEP);
        report.edit(text.narrative(), text.cutOff(), LocalDate.now(clock), viewer.actor(), clock.instant());
        return views.of(viewer, reports.save(report));
    }

    @Transactional
    public ReportView approve(long id) {
        Viewer viewer = access.participant();
        Report report = load(viewer, id);
        viewer.require(ReportAccess.mayDecide(viewer, report.kind(), report.agencyCode()), ReportAccess.NOT_YOUR_STEP);
        report.approve(viewer.actor(), clock.instant());
        return views.of(viewer, reports.save(report));
    }

    @Transactional
    public ReportView reopen(long id) {
        Viewer viewer = access.participant();
        Report report = load(viewer, id);
        viewer.require(ReportAccess.mayDecide(viewer, report.kind(), report.agencyCode()), ReportAccess.NOT_YOUR_STEP);
        report.reopen(viewer.actor(), clock.instant());
        return views.of(viewer, reports.save(report));
    }

    /** Submits on today's date: records who and when, keeps the documents, meets the obligation. */
    @Transactional
    public ReportView submit(long id, String number) {
        return submitOn(id, number, LocalDate.now(clock));
    }

    @Transactional
    ReportView submitOn(long id, String number, LocalDate day) {
        Viewer viewer = access.participant();
        Report report = load(viewer, id);
        viewer.require(ReportAccess.mayDecide(viewer, report.kind(), report.agencyCode()), ReportAccess.NOT_YOUR_STEP);
        String clean = number == null || number.isBlank() ? null : number.strip();
        if (clean != null && clean.length() > 60) {
            throw new InvalidInputException("number", "reports.report.number-too-long");
        }
        report.submit(clean, viewer.actor(), clock.instant(), day);
        Report saved = reports.save(report);
        var kept = files.generate(saved, viewer.actor());
        obligations.submitted(saved, kept.get(DocumentFormat.PDF).sha256());
        return views.of(viewer, saved);
    }

    /** The coordinator returns an agency's submitted report with comments. */
    @Transactional
    public ReportView giveBack(long id, String reason) {
        Viewer viewer = access.participant();
        Report report = load(viewer, id);
        viewer.require(ReportAccess.mayReturn(viewer, report), ReportAccess.NOT_YOUR_STEP);
        report.returnWithComments(reason, viewer.actor(), clock.instant());
        return views.of(viewer, reports.save(report));
    }

    /** A new version of the latest submitted or returned version, with the reason. */
    @Transactional
    public ReportView correct(long id, String reason) {
        Viewer viewer = access.participant();
        Report report = load(viewer, id);
        viewer.require(ReportAccess.mayWrite(viewer, report.kind(), report.agencyCode()), ReportAccess.NOT_YOUR_STEP);
        List<Report> versions =
                reports.versions(report.kind(), report.agencyCode(), report.year(), half(report.period()));
        if (versions.get(0).reportVersion() != report.reportVersion()) {
            throw new ConflictException("reports.report.not-latest");
        }
        LocalDate today = LocalDate.now(clock);
        Report next = report.correction(reason, report.period().defaultCutOff(today), viewer.actor(), clock.instant());
        return views.of(viewer, reports.save(next));
    }

    ReportRepository reports() {
        return reports;
    }

    ReportViews views() {
        return views;
    }

    Report load(Viewer viewer, long id) {
        return ReportAccess.visible(
                viewer,
                reports.findById(id)
                        .orElseThrow(() -> new ObjectNotFoundException(ReportAccess.TYPE, String.valueOf(id))));
    }

    private String agencyOf(Viewer viewer, String code) {
        String agency = code == null || code.isBlank()
                ? viewer.scope().agencyCodes().stream().sorted().findFirst().orElse(null)
                : code.strip();
        if (agency == null) {
            throw new InvalidInputException("agencyCode", "reports.report.agency-required");
        }
        if (!viewer.scope().covers(agency)
                || agencies.find(agency).map(AgencySummary::code).isEmpty()) {
            throw new ObjectNotFoundException("agency", agency);
        }
        return agency;
    }

    private static ReportPeriod period(NewReport command) {
        boolean halfYear = command.kind() == ReportKind.PROVINCIAL_LEVEL5_HALF_YEAR;
        if (halfYear && (command.half() == null || (command.half() != 1 && command.half() != 2))) {
            throw new InvalidInputException("half", "reports.report.half-required");
        }
        return new ReportPeriod(command.kind(), command.year(), halfYear ? command.half() : null);
    }

    static int half(ReportPeriod period) {
        return period.half() == null ? 0 : period.half();
    }
}
