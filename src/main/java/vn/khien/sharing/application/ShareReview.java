package vn.khien.sharing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.incidents.IncidentSharing;
import vn.khien.incidents.Tlp;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.sharing.ReportingStage;
import vn.khien.sharing.SharingChanged;
import vn.khien.sharing.stix.IncidentShare;
import vn.khien.sharing.stix.IncidentStix;
import vn.khien.sharing.stix.Observable;
import vn.khien.sharing.stix.ReceivedObject;

/**
 * The review before anything leaves: the response team proposes an incident's indicators at a
 * reporting stage; the coordinator approves (TLP, audience, redaction, collection), which adds the STIX
 * objects to the outbound collection, or rejects with a reason.
 */
@Service
public class ShareReview {

    private final JdbcClient jdbc;
    private final IncidentSharing incidents;
    private final AgencyDirectory agencies;
    private final ObjectStore store;
    private final CollectionDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShareReview(
            JdbcClient jdbc,
            IncidentSharing incidents,
            AgencyDirectory agencies,
            ObjectStore store,
            CollectionDirectory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.agencies = agencies;
        this.store = store;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes the chosen indicators of the incident; they must be the incident's own. Returns the request id. */
    @Transactional
    public long propose(String reference, ReportingStage stage, List<String> observables, String note) {
        var incident = incidents.forSharing(reference);
        if (incident.tlp() == Tlp.RED) {
            throw new ConflictException("sharing.review.error.red");
        }
        if (stage == null) {
            throw new InvalidInputException("stage", "sharing.review.error.stage");
        }
        List<String> chosen = observables == null
                ? List.of()
                : observables.stream().distinct().toList();
        if (chosen.isEmpty() || !incident.indicators().containsAll(chosen)) {
            throw new InvalidInputException("observables", "sharing.review.error.observables");
        }
        if (chosen.stream().anyMatch(o -> Observable.parse(o).isEmpty())) {
            throw new InvalidInputException("observables", "sharing.review.error.observables");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("note", "sharing.review.error.note");
        }
        long id = jdbc.sql("""
                        INSERT INTO sharing.share_request (incident_reference, stage, observables, note, proposed_tlp,
                                                           proposed_by, proposed_at, status)
                        VALUES (:ref, :stage, :observables, :note, :tlp, :by, :at, 'PENDING') RETURNING id""")
                .param("ref", reference)
                .param("stage", stage.name())
                .param("observables", chosen.toArray(String[]::new))
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("tlp", incident.tlp().name())
                .param("by", actor())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(new SharingChanged(
                "sharing.request.proposed", "share-request", Long.toString(id), reference + " " + stage));
        return id;
    }

    /** Approves a pending request: its STIX objects go to the outbound collection. Returns how many. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public int approve(long id, ShareDecision decision) {
        var request = pending(id);
        validate(decision);
        var incident = incidents.forSharing(request.reference());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<String> audience =
                decision.tlp() == Tlp.AMBER || decision.tlp() == Tlp.AMBER_STRICT ? decision.audience() : List.of();
        var share = new IncidentShare(
                producer(),
                decision.agencyNamed() ? organisation(incident.agencyCode()) : null,
                incident,
                request.stage(),
                decision.tlp(),
                decision.summaryShared(),
                request.observables().stream()
                        .map(o -> Observable.parse(o).orElseThrow())
                        .toList(),
                request.note(),
                now);
        List<ReceivedObject> objects = IncidentStix.objects(share).stream()
                .map(o -> ((ReceivedObject) ReceivedObject.read(o, now)).withTlp(decision.tlp()))
                .toList();
        int added = store.add(decision.collection(), objects, audience, now);
        jdbc.sql("""
                        UPDATE sharing.share_request SET status = 'APPROVED', decided_by = :by, decided_at = :at,
                               approved_tlp = :tlp, audience = :audience, summary_shared = :summary,
                               agency_named = :agency, collection_id = :collection
                         WHERE id = :id""")
                .param("by", actor())
                .param("at", java.sql.Timestamp.from(now))
                .param("tlp", decision.tlp().name())
                .param("audience", audience.toArray(String[]::new))
                .param("summary", decision.summaryShared())
                .param("agency", decision.agencyNamed())
                .param("collection", decision.collection())
                .param("id", id)
                .update();
        events.publishEvent(new SharingChanged(
                "sharing.request.approved",
                "share-request",
                Long.toString(id),
                request.reference() + " TLP:" + decision.tlp() + " " + audience + " → " + decision.collection()));
        return added;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void reject(long id, String reason) {
        var request = pending(id);
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInputException("reason", "sharing.review.error.reason");
        }
        jdbc.sql("""
                        UPDATE sharing.share_request SET status = 'REJECTED', decided_by = :by, decided_at = :at,
                               reason = :reason WHERE id = :id""")
                .param("by", actor())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("reason", reason.strip())
                .param("id", id)
                .update();
        events.publishEvent(new SharingChanged(
                "sharing.request.rejected", "share-request", Long.toString(id), request.reference()));
    }

    private void validate(ShareDecision decision) {
        if (decision.tlp() == null || decision.tlp() == Tlp.RED) {
            throw new InvalidInputException("tlp", "sharing.review.error.tlp");
        }
        if (decision.tlp() == Tlp.AMBER || decision.tlp() == Tlp.AMBER_STRICT) {
            List<String> audience = decision.audience() == null ? List.of() : decision.audience();
            if (audience.isEmpty() || (decision.tlp() == Tlp.AMBER_STRICT && audience.size() != 1)) {
                throw new InvalidInputException("audience", "sharing.review.error.audience");
            }
            if (agencies.namesOf(audience).size() != audience.size()) {
                throw new InvalidInputException("audience", "sharing.review.error.audience");
            }
        }
        if (!directory.goes(decision.collection(), "OUTBOUND")) {
            throw new InvalidInputException("collection", "sharing.review.error.collection");
        }
    }

    private record Pending(String reference, ReportingStage stage, List<String> observables, String note) {}

    private Pending pending(long id) {
        return jdbc.sql("""
                        SELECT incident_reference, stage, observables, note FROM sharing.share_request
                         WHERE id = :id AND status = 'PENDING'""")
                .param("id", id)
                .query((rs, n) -> new Pending(
                        rs.getString(1),
                        ReportingStage.valueOf(rs.getString(2)),
                        List.of((String[]) rs.getArray(3).getArray()),
                        rs.getString(4)))
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("share-request", Long.toString(id)));
    }

    /** The province's coordinating organisation produces everything Khiên shares. */
    private IncidentShare.Organisation producer() {
        return agencies.listActive().stream()
                .filter(a -> a.kind() == AgencyKind.COORDINATOR)
                .findFirst()
                .map(a -> new IncidentShare.Organisation(a.code(), a.name()))
                .orElseThrow(() -> new ConflictException("sharing.review.error.no-coordinator"));
    }

    private IncidentShare.Organisation organisation(String code) {
        return new IncidentShare.Organisation(
                code, agencies.find(code).map(a -> a.name()).orElse(code));
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
