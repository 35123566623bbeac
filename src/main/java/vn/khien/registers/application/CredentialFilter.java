package vn.khien.registers.application;

import vn.khien.registers.CredentialStatus;

/**
 * Filters of the credential lists; null means any. {@code attention} keeps only credentials that need
 * action: flagged for revocation, or active and expiring within the reminder window.
 */
public record CredentialFilter(String agencyCode, CredentialStatus status, Boolean attention, String text) {}
