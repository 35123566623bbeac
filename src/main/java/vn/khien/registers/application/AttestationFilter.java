package vn.khien.registers.application;

import vn.khien.registers.AttestationKind;
import vn.khien.registers.AttestationStatus;

/** Filters of the attestation lists; null means any. */
public record AttestationFilter(String agencyCode, AttestationKind kind, AttestationStatus status) {}
