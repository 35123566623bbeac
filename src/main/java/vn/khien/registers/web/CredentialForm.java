package vn.khien.registers.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khien.registers.CredentialStatus;
import vn.khien.registers.application.CredentialData;

/** The credential form: dates as the browser's date input sends them. */
record CredentialForm(
        String agencyCode,
        String tokenSerial,
        String certificateSerial,
        String holderName,
        String holderPosition,
        Long staffId,
        String issuer,
        String purpose,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
        CredentialStatus status) {

    static final String SPECIALISED_CA = "Ban Cơ yếu Chính phủ";

    static CredentialForm empty(String agencyCode) {
        return new CredentialForm(agencyCode, null, null, null, null, null, SPECIALISED_CA, null, null, null,
                CredentialStatus.ISSUED);
    }

    CredentialData toData() {
        return new CredentialData(agencyCode, tokenSerial, certificateSerial, holderName, holderPosition, staffId,
                issuer, purpose, validFrom, validTo, status);
    }
}
