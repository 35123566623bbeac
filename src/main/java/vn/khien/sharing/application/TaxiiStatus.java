package vn.khien.sharing.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A TAXII 2.1 status resource (§4.3.1): Khiên stores an envelope at once, so it is always complete. */
public record TaxiiStatus(
        UUID id, Instant requestTimestamp, int totalCount, List<Outcome> successes, List<Outcome> failures) {

    /** One object's outcome: its id and version, and why it failed. */
    public record Outcome(String id, String version, String message) {}
}
