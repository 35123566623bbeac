package vn.khien.registers;

import java.time.LocalDate;

/** A credential as entered in a form, the API or a row of an imported token list. */
public record CredentialData(
        String agencyCode,
        String tokenSerial,
        String certificateSerial,
        String holderName,
        String holderPosition,
        Long staffId,
        String issuer,
        String purpose,
        LocalDate validFrom,
        LocalDate validTo,
        CredentialStatus status) {}
