package vn.khien.incidents.domain;

import java.time.Instant;
import vn.khien.incidents.IncidentStatus;

/** When the incident reached each step; the metrics (time to contain, to close) read these. */
public record Milestones(
        Instant verifiedAt, Instant containedAt, Instant eradicatedAt, Instant recoveredAt, Instant closedAt) {

    static final Milestones NONE = new Milestones(null, null, null, null, null);

    Milestones with(IncidentStatus step, Instant at) {
        return switch (step) {
            case VERIFIED -> new Milestones(at, containedAt, eradicatedAt, recoveredAt, closedAt);
            case CONTAINED -> new Milestones(verifiedAt, at, eradicatedAt, recoveredAt, closedAt);
            case ERADICATED -> new Milestones(verifiedAt, containedAt, at, recoveredAt, closedAt);
            case RECOVERED -> new Milestones(verifiedAt, containedAt, eradicatedAt, at, closedAt);
            case CLOSED -> new Milestones(verifiedAt, containedAt, eradicatedAt, recoveredAt, at);
            default -> this;
        };
    }

    /** A reopened incident is back under verification: it is no longer closed. */
    Milestones reopened() {
        return new Milestones(verifiedAt, containedAt, eradicatedAt, recoveredAt, null);
    }
}
