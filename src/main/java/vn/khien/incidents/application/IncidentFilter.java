package vn.khien.incidents.application;

import vn.khien.incidents.IncidentStatus;

/**
 * Filters of the incident list; all optional. {@code q} searches reference and summary without accents;
 * {@code openOnly} keeps incidents still being handled; {@code noticeOverdue} keeps incidents (closed ones
 * too, not rejected ones) with a notice or report past its due time and not sent.
 */
public record IncidentFilter(
        String q,
        IncidentStatus status,
        String agency,
        String system,
        String type,
        boolean openOnly,
        boolean noticeOverdue) {

    public IncidentFilter(String q, IncidentStatus status, String agency, String system, String type) {
        this(q, status, agency, system, type, false, false);
    }
}
