package vn.khien.compliance;

import vn.khien.shared.AuditableEvent;

/** A user created, regenerated or revoked their private calendar feed; the token never appears here. */
public record CalendarSubscriptionChanged(String username, String change) implements AuditableEvent {

    @Override
    public String action() {
        return "compliance.calendar-subscription." + change;
    }

    @Override
    public String objectType() {
        return "calendar-subscription";
    }

    @Override
    public String objectId() {
        return username;
    }
}
