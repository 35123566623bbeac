package vn.khien.incidents.domain;

/** What the reporter says about the incident (the fields of Form 03), validated by the application. */
public record IncidentReport(
        String typeCode,
        String summary,
        String symptoms,
        String scope,
        String actionsTaken,
        String supportNeeded,
        String contactName,
        String contactPhone,
        String contactEmail) {}
