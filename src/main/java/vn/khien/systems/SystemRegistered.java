package vn.khien.systems;

import vn.khien.shared.AuditableEvent;

/** A new information system joined the inventory. */
public record SystemRegistered(String code, String name, String ownerCode, SystemType type) implements AuditableEvent {

    @Override
    public String action() {
        return "systems.system.registered";
    }

    @Override
    public String objectType() {
        return "information-system";
    }

    @Override
    public String objectId() {
        return code;
    }

    @Override
    public String after() {
        return "name=" + name + ", owner=" + ownerCode + ", type=" + type;
    }
}
