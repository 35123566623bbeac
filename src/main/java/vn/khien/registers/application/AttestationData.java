package vn.khien.registers.application;

import java.time.LocalDate;
import vn.khien.registers.AttestationKind;

/** An attestation as entered: what, when, and the evidence (document number or reference). */
public record AttestationData(
        String agencyCode, AttestationKind kind, String title, LocalDate attestedOn, String evidence) {}
