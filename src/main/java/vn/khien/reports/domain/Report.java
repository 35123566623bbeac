package vn.khien.reports.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.reports.ReportChanged;
import vn.khien.reports.ReportKind;
import vn.khien.reports.ReportStatus;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/**
 * One version of a report: drafted from the data as of its cut-off date, its narrative written by the
 * agency, approved by the head, submitted (then frozen), and possibly returned by the coordinator with
 * comments. A correction is a new version with its reason; the earlier versions are kept as they were.
 */
@Table(schema = "reports", name = "report")
public class Report extends AbstractAggregateRoot<Report> {

    @Id
    private Long id;

    private final ReportKind kind;
    private final String agencyCode;
    private final int year;
    private final Integer half;

    @Column("report_version")
    private final int reportVersion;

    private ReportStatus status;
    private String number;
    private LocalDate cutOff;

    @Embedded.Nullable
    private Narrative narrative;

    private final String correctionReason;
    private String returnComments;

    @Embedded.Empty
    private final Steps steps;

    @Version
    private int version;

    @PersistenceCreator
    Report(
            Long id,
            ReportKind kind,
            String agencyCode,
            int year,
            Integer half,
            int reportVersion,
            ReportStatus status,
            String number,
            LocalDate cutOff,
            Narrative narrative,
            String correctionReason,
            String returnComments,
            Steps steps,
            int version) {
        this.id = id;
        this.kind = kind;
        this.agencyCode = agencyCode;
        this.year = year;
        this.half = half;
        this.reportVersion = reportVersion;
        this.status = status;
        this.number = number;
        this.cutOff = cutOff;
        this.narrative = narrative == null ? Narrative.EMPTY : narrative;
        this.correctionReason = correctionReason;
        this.returnComments = returnComments;
        this.steps = steps;
        this.version = version;
    }

    /** The first version of a report, drafted as of the cut-off date. */
    public static Report draft(ReportPeriod period, String agencyCode, LocalDate cutOff, String by, Instant at) {
        Report report = new Report(
                null,
                period.kind(),
                agencyCode,
                period.year(),
                period.half(),
                1,
                ReportStatus.DRAFT,
                null,
                cutOff,
                Narrative.EMPTY,
                null,
                null,
                Steps.created(by, at),
                0);
        report.changed("drafted", null, "v1, cut-off " + cutOff);
        return report;
    }

    /** The officer writes the narrative and may move the cut-off date, while the version is a draft. */
    public void edit(Narrative text, LocalDate newCutOff, LocalDate today, String by, Instant at) {
        requireStatus(ReportStatus.DRAFT, "reports.report.not-draft");
        if (newCutOff != null && newCutOff.isAfter(today)) {
            throw new InvalidInputException("cutOff", "reports.report.cut-off-future");
        }
        String before = "cut-off " + cutOff;
        narrative = text.checked();
        cutOff = newCutOff == null ? cutOff : newCutOff;
        steps.edited(by, at);
        changed("edited", before, "cut-off " + cutOff);
    }

    /** The agency head (the coordinator, for its own reports) approves the draft for submission. */
    public void approve(String by, Instant at) {
        requireStatus(ReportStatus.DRAFT, "reports.report.not-draft");
        status = ReportStatus.APPROVED;
        steps.approved(by, at);
        changed("approved", "draft", "approved");
    }

    /** An approved version goes back to draft for more editing. */
    public void reopen(String by, Instant at) {
        requireStatus(ReportStatus.APPROVED, "reports.report.not-approved");
        status = ReportStatus.DRAFT;
        steps.edited(by, at);
        changed("reopened", "approved", "draft");
    }

    /** Submitting records who and when and freezes the version. */
    public void submit(String documentNumber, String by, Instant at, LocalDate day) {
        requireStatus(ReportStatus.APPROVED, "reports.report.not-approved");
        status = ReportStatus.SUBMITTED;
        number = documentNumber;
        steps.submitted(by, at, day);
        changed("submitted", "approved", "submitted " + day + (late() ? " (late)" : ""));
    }

    /** The coordinator returns a submitted agency report with comments; the agency corrects it in a new version. */
    public void returnWithComments(String comments, String by, Instant at) {
        requireStatus(ReportStatus.SUBMITTED, "reports.report.not-submitted");
        String text = comments == null ? "" : comments.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "reports.report.return-reason-required");
        }
        if (text.length() > 2000) {
            throw new InvalidInputException("reason", "reports.report.return-reason-too-long");
        }
        status = ReportStatus.RETURNED;
        returnComments = text;
        steps.returned(by, at);
        changed("returned", "submitted", "returned: " + text);
    }

    /** A new version of a submitted or returned report, with the reason for the correction. */
    public Report correction(String reason, LocalDate cutOffOfNew, String by, Instant at) {
        if (!status.frozen()) {
            throw new ConflictException("reports.report.not-frozen");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "reports.report.correction-reason-required");
        }
        if (text.length() > 1000) {
            throw new InvalidInputException("reason", "reports.report.correction-reason-too-long");
        }
        Report next = new Report(
                null,
                kind,
                agencyCode,
                year,
                half,
                reportVersion + 1,
                ReportStatus.DRAFT,
                null,
                cutOffOfNew,
                narrative,
                text,
                null,
                Steps.created(by, at),
                0);
        next.changed("corrected", "v" + reportVersion, "v" + next.reportVersion + ": " + text);
        return next;
    }

    /** Submitted after the last day on time. */
    public boolean late() {
        return steps.submittedOn() != null && period().lateOn(steps.submittedOn());
    }

    private void requireStatus(ReportStatus expected, String key) {
        if (status != expected) {
            throw new ConflictException(key);
        }
    }

    private void changed(String change, String before, String after) {
        registerEvent(new ReportChanged(reference(), change, before, after));
    }

    /** Audits a generated document, an uploaded signed PDF or a download of this version. */
    public ReportChanged documentEvent(String change, String what) {
        return new ReportChanged(reference(), change, null, what);
    }

    public String reference() {
        return period().reference(agencyCode) + "/v" + reportVersion;
    }

    public ReportPeriod period() {
        return new ReportPeriod(kind, year, half);
    }

    public Long id() {
        return id;
    }

    public ReportKind kind() {
        return kind;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public int year() {
        return year;
    }

    public Integer half() {
        return half;
    }

    public int reportVersion() {
        return reportVersion;
    }

    public ReportStatus status() {
        return status;
    }

    public String number() {
        return number;
    }

    public LocalDate cutOff() {
        return cutOff;
    }

    public Narrative narrative() {
        return narrative;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public String returnComments() {
        return returnComments;
    }

    public Steps steps() {
        return steps;
    }
}
