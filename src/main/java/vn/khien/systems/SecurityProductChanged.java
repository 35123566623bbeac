package vn.khien.systems;

import vn.khien.shared.AuditableEvent;

/** A security product in use was recorded for a system or removed from it. */
public record SecurityProductChanged(
        String systemCode, String change, String product, String vendor, ProductOrigin origin)
        implements AuditableEvent {

    @Override
    public String action() {
        return "systems.product." + change;
    }

    @Override
    public String objectType() {
        return "information-system";
    }

    @Override
    public String objectId() {
        return systemCode;
    }

    @Override
    public String after() {
        return product + " (" + vendor + ", " + origin + ")";
    }
}
