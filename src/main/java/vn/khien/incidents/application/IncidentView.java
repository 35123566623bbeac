package vn.khien.incidents.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.khien.incidents.Impact;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.IncidentStatus;
import vn.khien.incidents.IndicatorKind;
import vn.khien.incidents.Pap;
import vn.khien.incidents.PartyKind;
import vn.khien.incidents.Tlp;

/**
 * One incident as the viewer may see it. When {@code detailsShown} is false (a party not cleared for
 * the incident's TLP) the report, closure, indicators, files and timeline are left out: null or empty.
 */
public record IncidentView(
        String reference,
        String agencyCode,
        String agencyName,
        String systemCode,
        String systemName,
        IncidentStatus status,
        String typeCode,
        IncidentSeverity severity,
        Impact impact,
        Tlp tlp,
        Pap pap,
        Instant detectedAt,
        Instant reportedAt,
        Instant containedAt,
        Instant recoveredAt,
        Instant closedAt,
        String reporter,
        boolean detailsShown,
        Report report,
        Closure closure,
        Seriousness serious,
        List<ClockRow> clocks,
        List<PartyRow> parties,
        List<TaskRow> tasks,
        List<IndicatorRow> indicators,
        List<FileRow> files,
        List<TimelineRow> timeline,
        Set<String> responders,
        Set<String> namedViewers,
        boolean team,
        boolean contributor) {

    /** The clock that falls due first among those not met yet (overdue ones included), or null. */
    public ClockRow nextOpenClock() {
        return clocks.stream()
                .filter(c -> c.metAt() == null)
                .min(java.util.Comparator.comparing(ClockRow::dueAt))
                .orElse(null);
    }

    public record Report(
            String summary,
            String symptoms,
            String scope,
            String actionsTaken,
            String supportNeeded,
            String contactName,
            String contactPhone,
            String contactEmail,
            String effects,
            boolean ownerCannotCope,
            boolean nationalCritical) {}

    public record Closure(String rootCause, String lessonsLearned, String finalReport, String rejectReason) {}

    /** Whether the incident is serious under the pack's test, condition by condition. */
    public record Seriousness(
            boolean defined,
            boolean serious,
            Integer systemLevel,
            boolean systemQualifies,
            boolean effectQualifies,
            boolean ownerCannotCope,
            String legalReference,
            boolean awaitingConfirmation) {}

    /** {@code state}: MET (on time), LATE (met after due), OVERDUE, RUNNING; {@code left} while running. */
    public record ClockRow(
            String ruleId,
            String nameVi,
            String nameEn,
            String legalReference,
            boolean awaitingConfirmation,
            Instant startsAt,
            Instant dueAt,
            Instant metAt,
            String state,
            Duration left) {

        public long hoursLeft() {
            return left == null ? 0 : left.toHours();
        }

        public long minutesLeft() {
            return left == null ? 0 : left.toMinutesPart();
        }
    }

    public record PartyRow(
            UUID ref,
            PartyKind kind,
            String organisationCode,
            String name,
            Tlp clearedTlp,
            String asked,
            Instant askedAt,
            String answer,
            Instant answeredAt) {}

    public record TaskRow(UUID ref, String title, String owner, PartyKind partyKind, LocalDate dueOn, Instant doneAt) {}

    public record IndicatorRow(IndicatorKind kind, String value) {}

    public record FileRow(UUID ref, String fileName, long sizeBytes, String uploadedBy, Instant uploadedAt) {}

    public record TimelineRow(Instant at, String actor, String kind, String text) {}
}
