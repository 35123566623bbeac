package vn.khien.identity;

import vn.khien.shared.AuditableEvent;

/**
 * An account was created or changed. {@code change} says how (created, updated, disabled, enabled,
 * password-changed, language-changed); passwords never appear in the summaries.
 */
public record UserChanged(String username, String change, String before, String after) implements AuditableEvent {

    @Override
    public String action() {
        return "identity.user." + change;
    }

    @Override
    public String objectType() {
        return "user";
    }

    @Override
    public String objectId() {
        return username;
    }
}
