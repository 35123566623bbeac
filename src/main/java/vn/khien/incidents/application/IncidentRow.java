package vn.khien.incidents.application;

import java.time.Instant;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.IncidentStatus;
import vn.khien.incidents.Tlp;

/** An incident in a list. */
public record IncidentRow(
        String reference,
        String agencyCode,
        String systemCode,
        String type,
        IncidentSeverity severity,
        Tlp tlp,
        IncidentStatus status,
        Instant detectedAt,
        Instant reportedAt,
        String agencyName,
        String systemName,
        NextDeadline nextDeadline) {

    /**
     * The regulatory clock of an open incident that runs out first and is not met (notice, report…),
     * missed ones included since they are still owed; null when every clock is met or none applies.
     */
    public record NextDeadline(String nameVi, String nameEn, Instant dueAt, String urgency) {

        /** Urgency {@code overdue} once due, {@code soon} within a day, {@code later} otherwise: the list's colours. */
        static NextDeadline of(String nameVi, String nameEn, Instant dueAt, Instant now) {
            String urgency = !dueAt.isAfter(now)
                    ? "overdue"
                    : dueAt.isBefore(now.plus(java.time.Duration.ofDays(1))) ? "soon" : "later";
            return new NextDeadline(nameVi, nameEn, dueAt, urgency);
        }

        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }
}
