package vn.khien.incidents;

import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A report as the page's form ({@code /incidents/new}) or {@code POST /api/v1/incidents} sends it, or as
 * an alert roll-up opens it (DESIGN.md §8: systemCode, detectedAt, type, summary, severity, tlp; the rest
 * of Form 03 optional). {@code beyondCapacity}: the owner cannot cope alone. {@code detectedAt} arrives
 * with its offset in the API and as Vietnam wall time on the page (read by the page's binder). The
 * annotations bound the contact columns; what needs the registry or the clock (the system, the type,
 * a time not in the future) is checked by {@link IncidentManagement}, for every source alike.
 */
public record IncidentData(
        String systemCode,
        Instant detectedAt,
        String type,
        String summary,
        String symptoms,
        String scope,
        String actionsTaken,
        String supportNeeded,
        @Size(max = 200) String contactName,
        @Size(max = 50) String contactPhone,
        @Size(max = 200) String contactEmail,
        IncidentSeverity severity,
        Impact impact,
        Tlp tlp,
        Pap pap,
        Boolean beyondCapacity) {

    /** An unticked box and an absent JSON property both mean "no". */
    public IncidentData {
        beyondCapacity = Boolean.TRUE.equals(beyondCapacity);
    }
}
