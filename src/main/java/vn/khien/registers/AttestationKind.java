package vn.khien.registers;

/** Attestations a pack rule may ask for, each backed by an evidence document. */
public enum AttestationKind {
    COORDINATION_REGULATION,
    TELECOM_SECURITY_UNIT,
    OTHER
}
