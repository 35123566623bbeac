package vn.khien.monitoring;

import java.time.Instant;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/**
 * The alerts that matched an indicator ({@link ThreatIndicators}), as the current viewer may see them:
 * the same rows as the alert console (the agency that owns the system, the sender, a provider for the
 * systems it serves; province-wide roles all).
 */
public interface IndicatorSightings {

    /**
     * One alert that matched: the roll-up it belongs to (the alert page), the agency owning the system
     * (null when unassigned), the system, the sender, the observable that matched, the alert's rule and
     * severity after the match, and when it was received.
     */
    record Sighting(
            Long rollupId,
            String ownerCode,
            String systemCode,
            String organisationCode,
            String observable,
            String ruleName,
            AlertSeverity severity,
            Instant seenAt) {}

    /** The newest first. */
    PageResponse<Sighting> of(String indicatorId, Paging paging);
}
