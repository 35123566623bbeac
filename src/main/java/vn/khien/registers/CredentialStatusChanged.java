package vn.khien.registers;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/** A signing credential moved to another status on a date, for a reason. */
public record CredentialStatusChanged(
        long credentialId, String agencyCode, CredentialStatus from, CredentialStatus to, LocalDate on, String reason)
        implements AuditableEvent {

    @Override
    public String action() {
        return "registers.credential.status";
    }

    @Override
    public String objectType() {
        return "credential";
    }

    @Override
    public String objectId() {
        return Long.toString(credentialId);
    }

    @Override
    public String before() {
        return from == null ? null : from.name();
    }

    @Override
    public String after() {
        return to + " on " + on + (reason == null ? "" : ": " + reason);
    }
}
