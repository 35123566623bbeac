package vn.khien.registers.domain;

import java.time.LocalDate;

/** What identifies a credential and whom it belongs to. */
public record CredentialFacts(
        String tokenSerial,
        String certificateSerial,
        String holderName,
        String holderPosition,
        Long staffId,
        String issuer,
        String purpose,
        LocalDate validFrom,
        LocalDate validTo) {}
