package vn.khien.assessments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.assessments.FindingChanged;
import vn.khien.assessments.FindingClosed;
import vn.khien.assessments.FindingRaised;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.Severity;
import vn.khien.shared.ConflictException;

/**
 * A problem found by an assessment (or handed down in a remediation campaign) that the agency must fix:
 * open → remediation planned → fixed (claimed by the agency) → closed (verified by the assessor or
 * the coordinator); or risk accepted by the agency head until a date.
 */
@Table(schema = "assessments", name = "finding")
public class Finding extends AbstractAggregateRoot<Finding> {

    @Id
    private final UUID id;

    private final UUID assessmentId;
    private final UUID campaignId;
    private final String agencyCode;
    private final String systemCode;
    private final Integer systemLevel;
    private final String title;
    private final String description;
    private final String requirementCode;
    private final Severity severity;
    private final String cvssVector;
    private FindingStatus status;
    private String remediationOwner;
    private String remediationPlan;
    private LocalDate dueOn;
    private String fixNote;
    private LocalDate closedOn;
    private String riskReason;
    private LocalDate riskAcceptedUntil;
    private final LocalDate overdueNotifiedOn;
    private final String raisedBy;
    private final Instant createdAt;
    private Instant changedAt;

    @Version
    private int version;

    @PersistenceCreator
    Finding(
            UUID id,
            UUID assessmentId,
            UUID campaignId,
            String agencyCode,
            String systemCode,
            Integer systemLevel,
            String title,
            String description,
            String requirementCode,
            Severity severity,
            String cvssVector,
            FindingStatus status,
            String remediationOwner,
            String remediationPlan,
            LocalDate dueOn,
            String fixNote,
            LocalDate closedOn,
            String riskReason,
            LocalDate riskAcceptedUntil,
            LocalDate overdueNotifiedOn,
            String raisedBy,
            Instant createdAt,
            Instant changedAt,
            int version) {
        this.id = id;
        this.assessmentId = assessmentId;
        this.campaignId = campaignId;
        this.agencyCode = agencyCode;
        this.systemCode = systemCode;
        this.systemLevel = systemLevel;
        this.title = title;
        this.description = description;
        this.requirementCode = requirementCode;
        this.severity = severity;
        this.cvssVector = cvssVector;
        this.status = status;
        this.remediationOwner = remediationOwner;
        this.remediationPlan = remediationPlan;
        this.dueOn = dueOn;
        this.fixNote = fixNote;
        this.closedOn = closedOn;
        this.riskReason = riskReason;
        this.riskAcceptedUntil = riskAcceptedUntil;
        this.overdueNotifiedOn = overdueNotifiedOn;
        this.raisedBy = raisedBy;
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.version = version;
    }

    /** What is found, where, and how serious; the due date comes from configuration unless given. */
    public record Facts(
            String agencyCode,
            String systemCode,
            Integer systemLevel,
            String title,
            String description,
            String requirementCode,
            Severity severity,
            String cvssVector) {}

    public static Finding raise(
            UUID assessmentId, UUID campaignId, Facts facts, LocalDate dueOn, String by, Instant now) {
        var finding = new Finding(
                UUID.randomUUID(),
                assessmentId,
                campaignId,
                facts.agencyCode(),
                facts.systemCode(),
                facts.systemLevel(),
                facts.title(),
                facts.description(),
                facts.requirementCode(),
                facts.severity(),
                facts.cvssVector(),
                FindingStatus.OPEN,
                null,
                null,
                dueOn,
                null,
                null,
                null,
                null,
                null,
                by,
                now,
                now,
                0);
        finding.registerEvent(
                new FindingRaised(finding.id, facts.agencyCode(), facts.systemCode(), facts.severity(), dueOn));
        return finding;
    }

    /** The agency says who fixes it, how, and by when (a new date replaces the default). */
    public void planRemediation(String owner, String plan, LocalDate newDueOn, Instant now) {
        require(status.awaitingRemediation());
        this.status = FindingStatus.REMEDIATION_PLANNED;
        this.remediationOwner = owner;
        this.remediationPlan = plan;
        if (newDueOn != null) {
            this.dueOn = newDueOn;
        }
        changed("remediation-planned", owner + " due=" + dueOn, now);
    }

    /**
     * The coordinator records the due date the finding really has (a deadline set in an earlier report,
     * already past); unlike a remediation plan's new date, it may lie in the past.
     */
    public void correctDueDate(LocalDate newDueOn, String reason, Instant now) {
        require(status.awaitingRemediation());
        this.dueOn = newDueOn;
        changed("due-corrected", reason + " due=" + newDueOn, now);
    }

    public void claimFixed(String note, Instant now) {
        require(status.awaitingRemediation());
        this.status = FindingStatus.FIXED;
        this.fixNote = note;
        changed("fix-claimed", note, now);
    }

    /** The assessor (or the coordinator) checked the fix. */
    public void verifyClosed(LocalDate day, Instant now) {
        require(status == FindingStatus.FIXED);
        this.status = FindingStatus.CLOSED;
        this.closedOn = day;
        this.changedAt = now;
        registerEvent(new FindingClosed(id, agencyCode, systemCode, severity, day));
    }

    /** The fix did not hold: back to the agency. */
    public void reopen(String reason, Instant now) {
        require(status == FindingStatus.FIXED);
        this.status = FindingStatus.REMEDIATION_PLANNED;
        changed("reopened", reason, now);
    }

    /** Only for a limited time: the acceptance lapses on {@code until} and must be renewed or fixed. */
    public void acceptRisk(String reason, LocalDate until, LocalDate today, Instant now) {
        require(status.awaitingRemediation());
        if (until == null || !until.isAfter(today)) {
            throw new vn.khien.shared.InvalidInputException("until", "assessments.finding.error.expiry");
        }
        this.status = FindingStatus.RISK_ACCEPTED;
        this.riskReason = reason;
        this.riskAcceptedUntil = until;
        changed("risk-accepted", reason + " until=" + until, now);
    }

    public boolean overdueOn(LocalDate day) {
        return status.awaitingRemediation() && dueOn != null && dueOn.isBefore(day);
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new ConflictException("assessments.error.transition");
        }
    }

    private void changed(String change, String detail, Instant now) {
        this.changedAt = now;
        registerEvent(new FindingChanged(id, change, detail));
    }

    public UUID id() {
        return id;
    }

    public UUID assessmentId() {
        return assessmentId;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String systemCode() {
        return systemCode;
    }

    public Integer systemLevel() {
        return systemLevel;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String requirementCode() {
        return requirementCode;
    }

    public Severity severity() {
        return severity;
    }

    public String cvssVector() {
        return cvssVector;
    }

    public FindingStatus status() {
        return status;
    }

    public String remediationOwner() {
        return remediationOwner;
    }

    public String remediationPlan() {
        return remediationPlan;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String fixNote() {
        return fixNote;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String riskReason() {
        return riskReason;
    }

    public LocalDate riskAcceptedUntil() {
        return riskAcceptedUntil;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The events the next save will publish; the domain tests read them. */
    java.util.Collection<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }
}
