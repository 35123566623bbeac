package vn.khien.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The incident clocks of the policy packs (rules of kind {@code incident-clock}): which notices and
 * reports are owed, from which event and within how long, for an incident detected at a given time.
 * The pack in force on the day of detection (in Vietnam) decides, so an incident keeps the regime it
 * started under when a successor pack takes over.
 */
public interface IncidentClockPolicy {

    List<IncidentClockRule> clocksFor(Instant detectedAt);

    /** The test that makes an incident "serious" under the pack in force, if the pack defines one. */
    Optional<SeriousIncidentTest> seriousTestFor(Instant detectedAt);
}
