package vn.khien.registers;

/** Attestations an agency hands in (regulations, yearly reports), accepted or rejected by the coordinator. */
public interface AttestationRegister {

    /** Without an evidence file; returns the attestation's id. */
    long submit(AttestationData data);

    void decide(long id, boolean accept, String note);
}
