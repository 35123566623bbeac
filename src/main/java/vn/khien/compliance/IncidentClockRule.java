package vn.khien.compliance;

import java.time.Duration;

/**
 * One regulatory clock of an incident.
 *
 * @param beyondCapacity the shorter time allowed when the owner cannot cope with the incident
 *     (Decision 05/2017: "immediately" is zero), or {@code null} when the rule has none
 * @param awaitingConfirmation the rule follows reported drafts; the texts are not yet confirmed
 */
public record IncidentClockRule(
        String ruleId,
        String nameVi,
        String nameEn,
        ClockStart start,
        Duration duration,
        Duration beyondCapacity,
        boolean seriousOnly,
        String legalReference,
        boolean awaitingConfirmation) {

    /** The event a clock runs from. */
    public enum ClockStart {
        DETECTION,
        RESPONSE_END
    }
}
