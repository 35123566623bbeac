package vn.khien.identity;

import vn.khien.shared.AuditableEvent;

/**
 * A person the single sign-on provider vouched for was not let in (no role, unknown agency, …): the
 * audit trail keeps who, from which provider, and why.
 */
public record SignInRefused(String username, String issuer, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "security.login.refused";
    }

    @Override
    public String objectType() {
        return "user";
    }

    @Override
    public String objectId() {
        return username;
    }

    @Override
    public String after() {
        return "reason=" + reason + ", provider=" + issuer;
    }
}
