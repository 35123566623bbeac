package vn.khien.incidents.api;

import java.time.OffsetDateTime;
import vn.khien.incidents.Impact;
import vn.khien.incidents.IncidentData;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.Pap;
import vn.khien.incidents.Tlp;

/** {@code POST /api/v1/incidents}: the fields of the web form; detectedAt with its offset. */
record IncidentRequest(
        String systemCode,
        OffsetDateTime detectedAt,
        String type,
        String summary,
        String symptoms,
        String scope,
        String actionsTaken,
        String supportNeeded,
        String contactName,
        String contactPhone,
        String contactEmail,
        IncidentSeverity severity,
        Impact impact,
        Tlp tlp,
        Pap pap,
        Boolean beyondCapacity) {

    IncidentData toData() {
        return new IncidentData(
                systemCode,
                detectedAt == null ? null : detectedAt.toInstant(),
                type,
                summary,
                symptoms,
                scope,
                actionsTaken,
                supportNeeded,
                contactName,
                contactPhone,
                contactEmail,
                severity,
                impact,
                tlp,
                pap,
                Boolean.TRUE.equals(beyondCapacity));
    }
}
