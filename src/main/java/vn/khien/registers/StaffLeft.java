package vn.khien.registers;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/** A person left the agency's security workforce; their active credentials were flagged for revocation. */
public record StaffLeft(long staffId, String agencyCode, String fullName, LocalDate leftOn, int credentialsFlagged)
        implements AuditableEvent {

    @Override
    public String action() {
        return "registers.staff.left";
    }

    @Override
    public String objectType() {
        return "staff";
    }

    @Override
    public String objectId() {
        return Long.toString(staffId);
    }

    @Override
    public String after() {
        return fullName + " left on " + leftOn + ", credentials flagged: " + credentialsFlagged;
    }
}
