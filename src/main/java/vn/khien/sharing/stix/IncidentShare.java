package vn.khien.sharing.stix;

import java.time.Instant;
import java.util.List;
import vn.khien.incidents.IncidentSharing.SharableIncident;
import vn.khien.incidents.Tlp;
import vn.khien.sharing.ReportingStage;

/**
 * What the coordinator approved to share of one incident at one stage: the producer (the province's
 * coordinating organisation), the agency when it may be named, the TLP (never more open than the
 * incident's), whether the summary is shared or redacted, the observables, a note.
 */
public record IncidentShare(
        Organisation producer,
        Organisation agency,
        SharableIncident incident,
        ReportingStage stage,
        Tlp tlp,
        boolean summaryShared,
        List<Observable> observables,
        String note,
        Instant approvedAt) {

    public record Organisation(String code, String name) {}
}
