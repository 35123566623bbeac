package vn.khien.registers;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/**
 * A certificate expires within the reminder window; published once per certificate and expiry date, for
 * the notifications module to remind the agency.
 */
public record CredentialExpiring(long credentialId, String agencyCode, String holderName, LocalDate validTo)
        implements AuditableEvent {

    @Override
    public String action() {
        return "registers.credential.expiring";
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
    public String after() {
        return holderName + ", valid to " + validTo;
    }
}
