package vn.khien.agencies;

import vn.khien.shared.AuditableEvent;

/** An agency's details changed; before and after list the fields that changed. */
public record AgencyUpdated(String code, String before, String after) implements AuditableEvent {

    @Override
    public String action() {
        return "agencies.agency.updated";
    }

    @Override
    public String objectType() {
        return "agency";
    }

    @Override
    public String objectId() {
        return code;
    }
}
