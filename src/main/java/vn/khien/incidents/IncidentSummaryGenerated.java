package vn.khien.incidents;

import vn.khien.shared.AuditableEvent;

/**
 * An agency's Form 05 incident summary for a period was generated (Circular 20/2017 Art. 6.1.c: the
 * half-yearly and yearly reports of the response network's members); {@code period} is as the form
 * names it ({@code H1-2026} for the first half-year, {@code Y-2026} for the year).
 */
public record IncidentSummaryGenerated(String agencyCode, String period) implements AuditableEvent {

    @Override
    public String action() {
        return "incidents.form.generated";
    }

    @Override
    public String objectType() {
        return "agency";
    }

    @Override
    public String objectId() {
        return agencyCode;
    }

    @Override
    public String after() {
        return "FORM_05 " + period;
    }
}
