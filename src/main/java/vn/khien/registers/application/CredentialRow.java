package vn.khien.registers.application;

import java.time.LocalDate;
import vn.khien.registers.CredentialStatus;

/** One credential in a list; {@code expiring} when active and within the reminder window. */
public record CredentialRow(
        long id,
        String agencyCode,
        String tokenSerial,
        String certificateSerial,
        String holderName,
        String holderPosition,
        String issuer,
        String purpose,
        LocalDate validFrom,
        LocalDate validTo,
        CredentialStatus status,
        boolean revocationFlagged,
        String revocationReason,
        boolean expiring) {}
