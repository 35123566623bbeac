package vn.khien.registers;

/** Attestations a pack rule may ask for, each backed by an evidence document. */
public enum AttestationKind {
    COORDINATION_REGULATION,
    AGENCY_ANNUAL_REPORT,
    TELECOM_SECURITY_UNIT,
    OTHER
}
