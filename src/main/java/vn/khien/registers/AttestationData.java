package vn.khien.registers;

import java.time.LocalDate;

/** An attestation as entered: what, when, and the evidence (document number or reference). */
public record AttestationData(
        String agencyCode, AttestationKind kind, String title, LocalDate attestedOn, String evidence) {}
