package vn.khien.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port through which incidents learns its regulatory clocks: which notices and reports are owed,
 * from which event and within how long, and when an incident is "serious", for an incident detected at
 * a given time. The pack in force on the day of detection (in Vietnam) decides, so an incident keeps
 * the regime it started under when a successor pack takes over.
 *
 * <p>Declared here, where the facts live; implemented by the compliance module, which reads its policy
 * packs (rules of kind {@code incident-clock}). Compliance depends on incidents (this port, and the view
 * {@code incidents.published_incident_clock}); incidents never depends on compliance.
 */
public interface IncidentClockPolicy {

    List<IncidentClockRule> clocksFor(Instant detectedAt);

    /** The test that makes an incident "serious" under the pack in force, if the pack defines one. */
    Optional<SeriousIncidentTest> seriousTestFor(Instant detectedAt);
}
