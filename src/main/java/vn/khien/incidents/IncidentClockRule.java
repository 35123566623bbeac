package vn.khien.incidents;

import java.time.Duration;
import java.util.Set;
import vn.khien.agencies.AgencyKind;

/**
 * One regulatory clock of an incident.
 *
 * @param beyondCapacity the shorter time allowed when the owner cannot cope with the incident
 *     (Decision 05/2017: "immediately" is zero), or {@code null} when the rule has none
 * @param awaitingConfirmation the rule follows reported drafts; the texts are not yet confirmed
 * @param excludedOwnerKinds names of the {@link AgencyKind}s whose systems the rule's text leaves out
 *     (the pack's {@code scope.excludeOwnerKinds}, or the rule's own), e.g. Decision 05/2017 Art. 1
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
        boolean awaitingConfirmation,
        Set<String> excludedOwnerKinds) {

    public IncidentClockRule {
        excludedOwnerKinds = Set.copyOf(excludedOwnerKinds);
    }

    /** Whether the rule's text covers a system owned by an agency of this kind (unknown owner: it does). */
    public boolean coversOwner(AgencyKind ownerKind) {
        return ownerKind == null || !excludedOwnerKinds.contains(ownerKind.name());
    }

    /** The event a clock runs from. */
    public enum ClockStart {
        DETECTION,
        RESPONSE_END
    }
}
