package vn.khien.registers.web;

import java.util.ArrayList;
import vn.khien.registers.CredentialData;
import vn.khien.registers.CredentialStatus;

/** The credential form: dates as the browser's date input sends them (ISO), read by {@link TypedValues}. */
record CredentialForm(
        String agencyCode,
        String tokenSerial,
        String certificateSerial,
        String holderName,
        String holderPosition,
        Long staffId,
        String issuer,
        String purpose,
        String validFrom,
        String validTo,
        CredentialStatus status) {

    static final String SPECIALISED_CA = "Ban Cơ yếu Chính phủ";

    static CredentialForm empty(String agencyCode) {
        return new CredentialForm(
                agencyCode, null, null, null, null, null, SPECIALISED_CA, null, null, null, CredentialStatus.ISSUED);
    }

    CredentialData toData() {
        var problems = new ArrayList<vn.khien.shared.InvalidInputException.FieldProblem>();
        var from = TypedValues.date(problems, "validFrom", validFrom);
        var to = TypedValues.date(problems, "validTo", validTo);
        TypedValues.refuseIfAny(problems);
        return new CredentialData(
                agencyCode,
                tokenSerial,
                certificateSerial,
                holderName,
                holderPosition,
                staffId,
                issuer,
                purpose,
                from,
                to,
                status);
    }
}
