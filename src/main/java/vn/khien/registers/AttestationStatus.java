package vn.khien.registers;

/** An attestation waits for the coordinator, who accepts or rejects it. */
public enum AttestationStatus {
    SUBMITTED,
    ACCEPTED,
    REJECTED
}
