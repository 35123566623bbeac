package vn.khien.systems;

import vn.khien.shared.AuditableEvent;

/** The system was taken out of operation; it stays in the inventory for history. */
public record SystemRetired(String code, String ownerCode) implements AuditableEvent {

    @Override
    public String action() {
        return "systems.system.retired";
    }

    @Override
    public String objectType() {
        return "information-system";
    }

    @Override
    public String objectId() {
        return code;
    }
}
