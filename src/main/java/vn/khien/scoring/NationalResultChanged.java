package vn.khien.scoring;

import vn.khien.shared.AuditableEvent;

/** The coordinator recorded the province's national assessment result of a year, or linked its follow-up. */
public record NationalResultChanged(int year, String change, String detail) implements AuditableEvent {

    @Override
    public String action() {
        return "scoring.national-result." + change;
    }

    @Override
    public String objectType() {
        return "scoring-national-result";
    }

    @Override
    public String objectId() {
        return Integer.toString(year);
    }

    @Override
    public String after() {
        return detail;
    }
}
