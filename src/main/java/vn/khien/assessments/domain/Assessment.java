package vn.khien.assessments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.assessments.AssessmentChanged;
import vn.khien.assessments.AssessmentCompleted;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentScope;
import vn.khien.assessments.AssessmentStatus;
import vn.khien.shared.ConflictException;

/**
 * An examination of one agency's systems by an assessor organisation (Decree 85/2016 Art. 20;
 * Directive 14/CT-TTg: level 3+ yearly, by an organisation independent of the monitoring provider).
 * Planned → in progress → report drafted → agency commented → completed, or cancelled with a reason.
 */
@Table(schema = "assessments", name = "assessment")
public class Assessment extends AbstractAggregateRoot<Assessment> {

    @Id
    private final UUID id;

    private final UUID planId;
    private final String agencyCode;
    private final AssessmentKind kind;
    private final AssessmentScope scope;
    private final boolean periodic;
    private final String requestedBy;
    private final String assessorCode;
    private final String team;
    private final LocalDate plannedStart;
    private final LocalDate plannedEnd;
    private LocalDate startedOn;
    private LocalDate completedOn;
    private AssessmentStatus status;
    private String agencyComment;
    private String commentedBy;
    private String cancelReason;
    private String independenceException;
    private String qualificationException;
    private final Instant createdAt;
    private Instant changedAt;

    @MappedCollection(idColumn = "assessment")
    private final Set<ScopeSystem> systems;

    @Version
    private int version;

    @PersistenceCreator
    Assessment(
            UUID id,
            UUID planId,
            String agencyCode,
            AssessmentKind kind,
            AssessmentScope scope,
            boolean periodic,
            String requestedBy,
            String assessorCode,
            String team,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate startedOn,
            LocalDate completedOn,
            AssessmentStatus status,
            String agencyComment,
            String commentedBy,
            String cancelReason,
            String independenceException,
            String qualificationException,
            Instant createdAt,
            Instant changedAt,
            Set<ScopeSystem> systems,
            int version) {
        this.id = id;
        this.planId = planId;
        this.agencyCode = agencyCode;
        this.kind = kind;
        this.scope = scope == null ? AssessmentScope.SYSTEMS : scope;
        this.periodic = periodic;
        this.requestedBy = requestedBy;
        this.assessorCode = assessorCode;
        this.team = team;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.startedOn = startedOn;
        this.completedOn = completedOn;
        this.status = status;
        this.agencyComment = agencyComment;
        this.commentedBy = commentedBy;
        this.cancelReason = cancelReason;
        this.independenceException = independenceException;
        this.qualificationException = qualificationException;
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.systems = new HashSet<>(systems);
        this.version = version;
    }

    /** A new planned assessment; its systems must all belong to {@code agencyCode} (checked by the caller). */
    public static Assessment plan(Scope scope, Instant now) {
        var assessment = new Assessment(
                UUID.randomUUID(),
                scope.planId(),
                scope.agencyCode(),
                scope.kind(),
                scope.coverage(),
                scope.periodic(),
                scope.requestedBy(),
                scope.assessorCode(),
                scope.team(),
                scope.period().start(),
                scope.period().end(),
                null,
                null,
                AssessmentStatus.PLANNED,
                null,
                null,
                null,
                null,
                null,
                now,
                now,
                Set.copyOf(scope.systems()),
                0);
        assessment.changed(
                "created",
                "kind=" + scope.kind() + ", scope=" + assessment.scope + ", assessor=" + scope.assessorCode()
                        + ", systems=" + String.join(" ", scope.systemCodes()),
                now);
        return assessment;
    }

    /** What a new assessment covers and who does it. */
    public record Scope(
            UUID planId,
            String agencyCode,
            List<ScopeSystem> systems,
            AssessmentKind kind,
            AssessmentScope coverage,
            boolean periodic,
            String requestedBy,
            String assessorCode,
            String team,
            Period period) {

        List<String> systemCodes() {
            return systems.stream().map(ScopeSystem::systemCode).sorted().toList();
        }
    }

    /**
     * The coordinator lets an assessor that also serves a system in scope go ahead, for a recorded reason
     * (e.g. no other licensed organisation in the province); the reason is audited.
     */
    public void allowDespiteDependence(String reason, Instant now) {
        require(status == AssessmentStatus.PLANNED);
        this.independenceException = reason;
        changed("independence-exception", reason, now);
    }

    /**
     * The coordinator lets an assessor go ahead that does not hold the qualification Decree 85/2016 Art.
     * 20.2.c asks for level 3+ systems (e.g. its licence is being renewed), for a recorded reason; audited.
     */
    public void allowUnqualified(String reason, Instant now) {
        require(!status.isFinal()); // checked again at "done": a licence may lapse while the work goes on
        this.qualificationException = reason;
        changed("qualification-exception", reason, now);
    }

    /** The caller has checked independence and qualification (or exceptions are recorded). */
    public void start(LocalDate day, Instant now) {
        require(status == AssessmentStatus.PLANNED);
        this.status = AssessmentStatus.IN_PROGRESS;
        this.startedOn = day;
        changed("started", null, now);
    }

    public void draftReport(Instant now) {
        require(status == AssessmentStatus.IN_PROGRESS || status == AssessmentStatus.AGENCY_COMMENTED);
        this.status = AssessmentStatus.REPORT_DRAFTED;
        changed("report-drafted", null, now);
    }

    /** The agency answers the draft report before it is final. */
    public void comment(String text, String by, Instant now) {
        require(status == AssessmentStatus.REPORT_DRAFTED);
        this.status = AssessmentStatus.AGENCY_COMMENTED;
        this.agencyComment = text;
        this.commentedBy = by;
        changed("commented", text, now);
    }

    /**
     * Completes the assessment. The UI walks the workflow (only after the agency has commented);
     * {@code fromAnyState} registers one done outside the platform from any non-final state (API).
     */
    public void complete(LocalDate day, boolean fromAnyState, Instant now) {
        require(fromAnyState ? !status.isFinal() : status == AssessmentStatus.AGENCY_COMMENTED);
        this.status = AssessmentStatus.COMPLETED;
        this.completedOn = day;
        if (startedOn == null) {
            this.startedOn = day.isBefore(plannedStart) ? day : plannedStart;
        }
        this.changedAt = now;
        registerEvent(new AssessmentCompleted(id, systemCodes(), day, assessorCode));
    }

    public void cancel(String reason, Instant now) {
        require(!status.isFinal());
        this.status = AssessmentStatus.CANCELLED;
        this.cancelReason = reason;
        changed("cancelled", reason, now);
    }

    /** Findings and evidence are recorded while the assessor works, up to the final report. */
    public boolean acceptsFindings() {
        return status == AssessmentStatus.IN_PROGRESS
                || status == AssessmentStatus.REPORT_DRAFTED
                || status == AssessmentStatus.AGENCY_COMMENTED;
    }

    public List<String> systemCodes() {
        return systems.stream().map(ScopeSystem::systemCode).sorted().toList();
    }

    public List<ScopeSystem> systems() {
        return systems.stream()
                .sorted(Comparator.comparing(ScopeSystem::systemCode))
                .toList();
    }

    public Period period() {
        return new Period(plannedStart, plannedEnd);
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new ConflictException("assessments.error.transition");
        }
    }

    private void changed(String change, String detail, Instant now) {
        this.changedAt = now;
        registerEvent(new AssessmentChanged(id, change, detail));
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public AssessmentKind kind() {
        return kind;
    }

    public AssessmentScope scope() {
        return scope;
    }

    public boolean periodic() {
        return periodic;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String assessorCode() {
        return assessorCode;
    }

    public String team() {
        return team;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public AssessmentStatus status() {
        return status;
    }

    public String agencyComment() {
        return agencyComment;
    }

    public String commentedBy() {
        return commentedBy;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String independenceException() {
        return independenceException;
    }

    public String qualificationException() {
        return qualificationException;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The events the next save will publish; the domain tests read them. */
    java.util.Collection<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }
}
