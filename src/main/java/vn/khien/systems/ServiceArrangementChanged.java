package vn.khien.systems;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/**
 * A monitoring, incident-response, protection or assessment arrangement was added or removed; {@code
 * providerCode} null means in-house.
 */
public record ServiceArrangementChanged(
        String systemCode, String change, ServiceKind service, String providerCode, LocalDate from, LocalDate to)
        implements AuditableEvent {

    @Override
    public String action() {
        return "systems.arrangement." + change;
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
        return "service=" + service + ", provider=" + (providerCode == null ? "IN_HOUSE" : providerCode) + ", from="
                + from + (to == null ? "" : ", to=" + to);
    }
}
