package vn.khien.incidents.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.khien.incidents.application.IncidentAccess.Standing;
import vn.khien.incidents.application.IncidentLoader.Loaded;
import vn.khien.incidents.domain.Incident;
import vn.khien.incidents.domain.TimelineEntry;

/** Builds the view of one incident, leaving out what the viewer's standing does not show. */
final class IncidentViews {

    private IncidentViews() {}

    /** {@code timeline}: the incident's entries in the order written (read only when details are shown). */
    static IncidentView of(
            Loaded loaded,
            List<TimelineEntry> timeline,
            IncidentView.Seriousness seriousness,
            String agencyName,
            String systemName,
            Instant now) {
        Incident i = loaded.incident();
        boolean details = loaded.standing().seesDetails();
        var c = i.classification();
        var r = i.report();
        var co = i.coordination();
        var m = i.milestones();
        var closure = i.closure();
        return new IncidentView(
                i.reference(),
                i.agencyCode(),
                agencyName,
                i.systemCode(),
                systemName,
                i.status(),
                r.typeCode(),
                c.severity(),
                c.impact(),
                c.tlp(),
                c.pap(),
                i.detectedAt(),
                i.reportedAt(),
                m.containedAt(),
                m.recoveredAt(),
                m.closedAt(),
                details ? i.reporter() : null,
                details,
                details
                        ? new IncidentView.Report(
                                r.summary(),
                                r.symptoms(),
                                r.scope(),
                                r.actionsTaken(),
                                r.supportNeeded(),
                                r.contactName(),
                                r.contactPhone(),
                                r.contactEmail(),
                                c.effects(),
                                c.ownerCannotCope(),
                                c.nationalCritical())
                        : null,
                details
                        ? new IncidentView.Closure(
                                closure.rootCause(),
                                closure.lessonsLearned(),
                                closure.finalReport(),
                                closure.rejectReason())
                        : null,
                seriousness,
                co.clocks().stream()
                        .map(k -> new IncidentView.ClockRow(
                                k.ruleId(),
                                k.nameVi(),
                                k.nameEn(),
                                k.legalReference(),
                                k.awaitingConfirmation(),
                                k.startsAt(),
                                k.dueAt(),
                                k.metAt(),
                                IncidentQueries.state(k.dueAt(), k.metAt(), now),
                                IncidentQueries.left(k.dueAt(), k.metAt(), now)))
                        .toList(),
                co.parties().stream()
                        .filter(p -> details
                                || p.organisationCode() != null
                                        && p.organisationCode()
                                                .equals(loaded.viewer().organisation()))
                        .map(p -> new IncidentView.PartyRow(
                                p.ref(),
                                p.kind(),
                                p.organisationCode(),
                                p.name(),
                                p.clearedTlp(),
                                p.asked(),
                                p.askedAt(),
                                p.answer(),
                                p.answeredAt()))
                        .toList(),
                co.tasks().stream()
                        .filter(t -> details || loaded.standing() != Standing.PARTY)
                        .map(t -> new IncidentView.TaskRow(
                                t.ref(), t.title(), t.owner(), t.partyKind(), t.dueOn(), t.doneAt()))
                        .toList(),
                details
                        ? co.indicators().stream()
                                .map(x -> new IncidentView.IndicatorRow(x.kind(), x.value()))
                                .toList()
                        : List.of(),
                details
                        ? co.files().stream()
                                .map(f -> new IncidentView.FileRow(
                                        f.ref(), f.fileName(), f.sizeBytes(), f.uploadedBy(), f.uploadedAt()))
                                .toList()
                        : List.of(),
                details ? newestFirst(timeline) : List.of(),
                details ? co.responders() : Set.of(),
                details ? co.viewers() : Set.of(),
                IncidentAccess.team(loaded.viewer()),
                loaded.standing() == Standing.FULL);
    }

    private static List<IncidentView.TimelineRow> newestFirst(List<TimelineEntry> timeline) {
        var rows = new java.util.ArrayList<>(timeline.stream()
                .map(t -> new IncidentView.TimelineRow(t.at(), t.actor(), t.kind(), t.text()))
                .toList());
        java.util.Collections.reverse(rows);
        return rows;
    }
}
