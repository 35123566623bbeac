package vn.khien.systems;

import vn.khien.shared.AuditableEvent;

/** The facts of a system (name, owner, type, levels, monitoring connection...) were changed. */
public record SystemUpdated(String code, String before, String after) implements AuditableEvent {

    @Override
    public String action() {
        return "systems.system.updated";
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
