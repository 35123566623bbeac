package vn.khien.registers;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/** The coordinator accepted an agency's attestation: the obligation it answers is met. */
public record AttestationAccepted(long attestationId, String agencyCode, AttestationKind kind, LocalDate decidedOn)
        implements AuditableEvent {

    @Override
    public String action() {
        return "registers.attestation.accepted";
    }

    @Override
    public String objectType() {
        return "attestation";
    }

    @Override
    public String objectId() {
        return Long.toString(attestationId);
    }

    @Override
    public String after() {
        return kind + " accepted on " + decidedOn;
    }
}
