package vn.khien.identity;

import vn.khien.shared.AuditableEvent;

/** A person's API token was issued or revoked; the token itself never appears here. */
public record PersonalTokenChanged(long tokenId, String change, String username, String name, String scope)
        implements AuditableEvent {

    @Override
    public String action() {
        return "identity.personal-token." + change;
    }

    @Override
    public String objectType() {
        return "personal-token";
    }

    @Override
    public String objectId() {
        return Long.toString(tokenId);
    }

    @Override
    public String after() {
        return name + " of " + username + " (" + scope + ")";
    }
}
