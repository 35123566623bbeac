package vn.khien.incidents.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import vn.khien.incidents.IncidentData;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.Tlp;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ProvinceZone;

/** The report form; the detection time as the browser's datetime-local sends it, read as Vietnam time. */
record IncidentForm(
        String systemCode,
        String detectedAt,
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
        Tlp tlp,
        Boolean beyondCapacity) {

    static IncidentForm empty() {
        return new IncidentForm(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                IncidentSeverity.MEDIUM,
                Tlp.AMBER,
                false);
    }

    IncidentData toData() {
        java.time.Instant detected = null;
        if (detectedAt != null && !detectedAt.isBlank()) {
            try {
                detected = LocalDateTime.parse(detectedAt.strip())
                        .atZone(ProvinceZone.get())
                        .toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("detectedAt", "incidents.error.date-time");
            }
        }
        return new IncidentData(
                systemCode,
                detected,
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
                null,
                tlp,
                null,
                Boolean.TRUE.equals(beyondCapacity));
    }
}
