package vn.khien.incidents.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.incidents.IncidentChanged;
import vn.khien.incidents.IncidentClassified;
import vn.khien.incidents.IncidentClosed;
import vn.khien.incidents.IncidentReported;
import vn.khien.incidents.IncidentResponse.Transition;
import vn.khien.incidents.IncidentStatus;
import vn.khien.incidents.Tlp;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/**
 * An incident on one information system, from the report to its closure (Circular 20/2017: received →
 * verified → contained → eradicated → recovered → closed, or rejected as not an incident). Every
 * change lands on the timeline and publishes an audited event. The timeline is not one of the
 * aggregate's collections: its entries are appended on their own ({@link TimelineEntry}), so saving the
 * incident never rewrites it, and a comment does not touch the incident at all.
 */
@Table(schema = "incidents", name = "incident")
public class Incident extends AbstractAggregateRoot<Incident> {

    @Id
    private Long id;

    private final String reference;
    private final String agencyCode;
    private final String systemCode;
    private final String reporter;
    private final String reporterOrganisation;
    private final Instant detectedAt;
    private final Instant reportedAt;
    private final String sourceRule;
    private IncidentStatus status;

    @Embedded.Empty
    private IncidentReport report;

    @Embedded.Empty
    private Classification classification;

    @Embedded.Empty
    private Milestones milestones;

    @Embedded.Empty
    private Closure closure;

    @MappedCollection(idColumn = "incident")
    private Set<Responder> responders;

    @MappedCollection(idColumn = "incident")
    private Set<NamedViewer> viewers;

    @MappedCollection(idColumn = "incident", keyColumn = "position")
    private List<Party> parties;

    @MappedCollection(idColumn = "incident", keyColumn = "position")
    private List<Task> tasks;

    @MappedCollection(idColumn = "incident", keyColumn = "position")
    private List<Indicator> indicators;

    @MappedCollection(idColumn = "incident", keyColumn = "position")
    private List<IncidentFile> files;

    @MappedCollection(idColumn = "incident", keyColumn = "position")
    private List<Clock> clocks;

    /** What this change puts on the timeline, appended after the incident is saved. */
    @Transient
    private final List<TimelineEntry> newTimelineEntries = new ArrayList<>();

    @Version
    private int version;

    @PersistenceCreator
    @SuppressWarnings("java:S107")
    Incident(
            Long id,
            String reference,
            String agencyCode,
            String systemCode,
            String reporter,
            String reporterOrganisation,
            Instant detectedAt,
            Instant reportedAt,
            String sourceRule,
            IncidentStatus status,
            IncidentReport report,
            Classification classification,
            Milestones milestones,
            Closure closure,
            Set<Responder> responders,
            Set<NamedViewer> viewers,
            List<Party> parties,
            List<Task> tasks,
            List<Indicator> indicators,
            List<IncidentFile> files,
            List<Clock> clocks,
            int version) {
        this.id = id;
        this.reference = reference;
        this.agencyCode = agencyCode;
        this.systemCode = systemCode;
        this.reporter = reporter;
        this.reporterOrganisation = reporterOrganisation;
        this.detectedAt = detectedAt;
        this.reportedAt = reportedAt;
        this.sourceRule = sourceRule;
        this.status = status;
        this.report = report;
        this.classification = classification;
        this.milestones = milestones == null ? Milestones.NONE : milestones;
        this.closure = closure == null ? Closure.NONE : closure;
        this.responders = new HashSet<>(responders);
        this.viewers = new HashSet<>(viewers);
        this.parties = new ArrayList<>(parties);
        this.tasks = new ArrayList<>(tasks);
        this.indicators = new ArrayList<>(indicators);
        this.files = new ArrayList<>(files);
        this.clocks = new ArrayList<>(clocks);
        this.version = version;
    }

    /** A new report. The application has checked the system, the reporter's right and the taxonomy. */
    public static Incident report(
            Reporting r, IncidentReport report, Classification classification, List<Clock> clocks) {
        if (r.detectedAt().isAfter(r.now())) {
            throw new InvalidInputException("detectedAt", "incidents.error.detected-in-future");
        }
        var incident = new Incident(
                null,
                r.reference(),
                r.agencyCode(),
                r.systemCode(),
                r.reporter(),
                r.reporterOrganisation(),
                r.detectedAt(),
                r.now(),
                r.sourceRule(),
                IncidentStatus.RECEIVED,
                report,
                classification,
                Milestones.NONE,
                Closure.NONE,
                Set.of(),
                Set.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                clocks,
                0);
        if (classification.tlp() == Tlp.RED) {
            incident.viewers.add(new NamedViewer(r.reporter()));
        }
        incident.note(r.now(), r.reporter(), "REPORTED", report.summary());
        incident.registerEvent(new IncidentReported(
                r.reference(),
                r.agencyCode(),
                r.systemCode(),
                report.typeCode(),
                classification.severity(),
                classification.tlp(),
                r.reporter(),
                r.reporterIsUser(),
                report.contactEmail()));
        return incident;
    }

    public void verify(String actor, Instant now) {
        move(Transition.VERIFY, IncidentStatus.VERIFIED, "verify", actor, now);
        milestones = milestones.with(IncidentStatus.VERIFIED, now);
    }

    public void contain(String actor, Instant now) {
        move(Transition.CONTAIN, IncidentStatus.CONTAINED, "contain", actor, now);
        milestones = milestones.with(IncidentStatus.CONTAINED, now);
    }

    public void eradicate(String actor, Instant now) {
        move(Transition.ERADICATE, IncidentStatus.ERADICATED, "eradicate", actor, now);
        milestones = milestones.with(IncidentStatus.ERADICATED, now);
    }

    /** The response ends here: the clocks that run from its end start now. */
    public void recover(String actor, Instant now, List<Clock> responseEndClocks) {
        move(Transition.RECOVER, IncidentStatus.RECOVERED, "recover", actor, now);
        milestones = milestones.with(IncidentStatus.RECOVERED, now);
        clocks.addAll(responseEndClocks);
    }

    /** Closing sends the final report, so the clocks running from the end of the response are met. */
    public void close(String actor, Instant now, String rootCause, String lessons, String finalReport) {
        if (status != IncidentStatus.RECOVERED) {
            throw new ConflictException("status", "incidents.error.transition.close");
        }
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        require(problems, "rootCause", rootCause);
        require(problems, "lessonsLearned", lessons);
        require(problems, "finalReport", finalReport);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        closure = new Closure(rootCause.strip(), lessons.strip(), finalReport.strip(), null);
        clocks.replaceAll(c -> c.startEvent().equals(Clock.RESPONSE_END) && c.metAt() == null ? c.met(now) : c);
        changeStatus(IncidentStatus.CLOSED, actor, now, null);
        milestones = milestones.with(IncidentStatus.CLOSED, now);
        registerEvent(new IncidentClosed(reference, agencyCode, systemCode, now));
    }

    public void reject(String actor, Instant now, String reason) {
        require(Transition.REJECT, "reject");
        requireReason(reason);
        closure = new Closure(closure.rootCause(), closure.lessonsLearned(), closure.finalReport(), reason.strip());
        changeStatus(IncidentStatus.REJECTED, actor, now, reason.strip());
    }

    public void reopen(String actor, Instant now, String reason) {
        require(Transition.REOPEN, "reopen");
        requireReason(reason);
        milestones = milestones.reopened();
        changeStatus(IncidentStatus.VERIFIED, actor, now, reason.strip());
    }

    /**
     * {@code detectionClocks}: the clocks from detection that the new classification calls for. Those
     * not yet running start; a running, unmet one only ever tightens (an owner who now says it cannot
     * cope owes the notice at once), never loosens.
     */
    public void classify(
            String actor, Instant now, String typeCode, Classification changed, List<Clock> detectionClocks) {
        if (!status.open()) {
            throw new ConflictException("status", "incidents.error.closed");
        }
        report = new IncidentReport(
                typeCode,
                report.summary(),
                report.symptoms(),
                report.scope(),
                report.actionsTaken(),
                report.supportNeeded(),
                report.contactName(),
                report.contactPhone(),
                report.contactEmail());
        classification = changed;
        if (changed.tlp() == Tlp.RED) {
            viewers.add(new NamedViewer(actor));
        }
        for (Clock inForce : detectionClocks) {
            int running = clockIndex(inForce.ruleId());
            if (running < 0) {
                clocks.add(inForce);
            } else if (clocks.get(running).metAt() == null
                    && inForce.dueAt().isBefore(clocks.get(running).dueAt())) {
                clocks.set(running, clocks.get(running).dueBy(inForce.dueAt()));
            }
        }
        note(now, actor, "CLASSIFIED", typeCode + " · " + changed.severity() + " · TLP:" + changed.tlp());
        registerEvent(new IncidentClassified(
                reference, agencyCode, typeCode, changed.severity(), changed.tlp(), changed.pap(), changed.serious()));
    }

    private int clockIndex(String ruleId) {
        for (int i = 0; i < clocks.size(); i++) {
            if (clocks.get(i).ruleId().equals(ruleId)) {
                return i;
            }
        }
        return -1;
    }

    private void move(Transition step, IncidentStatus to, String action, String actor, Instant now) {
        require(step, action);
        changeStatus(to, actor, now, null);
    }

    private void require(Transition step, String action) {
        if (!status.allows(step)) {
            throw new ConflictException("status", "incidents.error.transition." + action);
        }
    }

    private void changeStatus(IncidentStatus to, String actor, Instant now, String reason) {
        IncidentStatus from = status;
        status = to;
        note(now, actor, "STATUS", to.name() + (reason == null ? "" : ": " + reason));
        registerEvent(new IncidentChanged("incidents.incident.status-changed", reference, from + " → " + to));
    }

    private static void require(List<InvalidInputException.FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidInputException.FieldProblem(field, "incidents.error.required", List.of()));
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "incidents.error.reason-required");
        }
    }

    /** Appends to the timeline; every change of the incident says what happened here. */
    void note(Instant at, String actor, String kind, String text) {
        newTimelineEntries.add(TimelineEntry.of(id, at, actor, kind, text));
    }

    /**
     * A comment from the team or the owner's side: an entry of its own, appended without saving the
     * incident, so it neither rewrites the incident's records nor conflicts with a change to them.
     */
    public TimelineEntry comment(String actor, Instant now, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "incidents.error.required");
        }
        return standalone(now, actor, "COMMENT", text.strip(), "incidents.incident.commented", null);
    }

    /** Promoted alerts were added to this incident; the text names them (and their roll-ups, once). */
    public TimelineEntry alertsAdded(String actor, Instant now, String text) {
        return standalone(now, actor, "ALERTS", text, "incidents.alerts.attached", text);
    }

    private TimelineEntry standalone(Instant at, String actor, String kind, String text, String action, String after) {
        if (id == null) {
            throw new IllegalStateException("the incident is not saved yet");
        }
        return TimelineEntry.of(id, at, actor, kind, text).announcing(new IncidentChanged(action, reference, after));
    }

    void changed(String action, String after) {
        registerEvent(new IncidentChanged(action, reference, after));
    }

    void requireOpen() {
        if (!status.open()) {
            throw new ConflictException("status", "incidents.error.closed");
        }
    }

    /** Everything hanging on the incident, with the behaviour that changes it. */
    public Coordination coordination() {
        return new Coordination(this, responders, viewers, parties, tasks, indicators, files, clocks);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String systemCode() {
        return systemCode;
    }

    public String reporter() {
        return reporter;
    }

    public String reporterOrganisation() {
        return reporterOrganisation;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String sourceRule() {
        return sourceRule;
    }

    public IncidentStatus status() {
        return status;
    }

    public IncidentReport report() {
        return report;
    }

    public Classification classification() {
        return classification;
    }

    public Milestones milestones() {
        return milestones;
    }

    public Closure closure() {
        return closure;
    }

    /**
     * Hands over the entries this change put on the timeline, on the incident's id, for appending once
     * the incident is saved; they are handed over once.
     */
    public List<TimelineEntry> takeNewTimelineEntries() {
        List<TimelineEntry> entries =
                newTimelineEntries.stream().map(e -> e.on(id)).toList();
        newTimelineEntries.clear();
        return entries;
    }

    /** The events registered and not yet published (for tests of the behaviour). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }
}
