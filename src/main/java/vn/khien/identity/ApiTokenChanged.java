package vn.khien.identity;

import vn.khien.shared.AuditableEvent;

/** An API token was issued to an organisation or revoked; the token itself never appears here. */
public record ApiTokenChanged(long tokenId, String change, String organisationCode, String name)
        implements AuditableEvent {

    @Override
    public String action() {
        return "identity.api-token." + change;
    }

    @Override
    public String objectType() {
        return "api-token";
    }

    @Override
    public String objectId() {
        return Long.toString(tokenId);
    }

    @Override
    public String after() {
        return name + " for " + organisationCode;
    }
}
