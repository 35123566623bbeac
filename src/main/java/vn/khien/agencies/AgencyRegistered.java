package vn.khien.agencies;

import vn.khien.shared.AuditableEvent;

/** A new agency or organisation joined the registry. */
public record AgencyRegistered(String code, String name, AgencyKind kind, String parentCode) implements AuditableEvent {

    @Override
    public String action() {
        return "agencies.agency.registered";
    }

    @Override
    public String objectType() {
        return "agency";
    }

    @Override
    public String objectId() {
        return code;
    }

    @Override
    public String after() {
        return "name=" + name + ", kind=" + kind + (parentCode == null ? "" : ", parent=" + parentCode);
    }
}
