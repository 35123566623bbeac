package vn.khien.reports;

import vn.khien.shared.AuditableEvent;

/**
 * A report was drafted, edited, approved, submitted, returned, corrected, generated or downloaded:
 * audited with the state before and after.
 *
 * @param reference the report's business reference: kind, agency, year (and half), version
 * @param change {@code drafted}, {@code edited}, {@code approved}, {@code submitted}, {@code returned},
 *     {@code corrected}, {@code document-generated}, {@code signed-uploaded} or {@code downloaded}
 */
public record ReportChanged(String reference, String change, String before, String after) implements AuditableEvent {

    @Override
    public String action() {
        return "reports.report." + change;
    }

    @Override
    public String objectType() {
        return "report";
    }

    @Override
    public String objectId() {
        return reference;
    }
}
