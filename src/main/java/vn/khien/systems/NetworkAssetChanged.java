package vn.khien.systems;

import vn.khien.shared.AuditableEvent;

/**
 * A network asset (address range, host name, domain) was added to or removed from a system;
 * {@code shared}: it overlaps another agency's asset by the coordinator's decision.
 */
public record NetworkAssetChanged(String systemCode, String change, AssetKind kind, String value, boolean shared)
        implements AuditableEvent {

    @Override
    public String action() {
        return "systems.asset." + change;
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
        return kind + " " + value + (shared ? " shared" : "");
    }
}
