package vn.khien.registers.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.khien.registers.AttestationData;
import vn.khien.registers.AttestationKind;
import vn.khien.registers.CredentialData;
import vn.khien.registers.CredentialStatus;
import vn.khien.registers.SecurityRole;
import vn.khien.registers.StaffData;
import vn.khien.registers.TelecomMeasureData;

/** The small request bodies of the registers API. */
final class Requests {

    private Requests() {}

    record ExceptionRequest(String reason, String evidence) {}

    record DecisionRequest(Boolean accept, String note) {}

    record CredentialRequest(
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
            CredentialStatus status) {

        CredentialData toData(String agency) {
            return new CredentialData(
                    agency,
                    tokenSerial,
                    certificateSerial,
                    holderName,
                    holderPosition,
                    staffId,
                    issuer,
                    purpose,
                    validFrom,
                    validTo,
                    status);
        }
    }

    record TransitionRequest(
            CredentialStatus status, LocalDate on, String reason, LocalDate validFrom, LocalDate validTo) {}

    record StaffRequest(
            String agencyCode, String fullName, String position, SecurityRole securityRole, LocalDate joinedOn) {

        StaffData toData(String agency) {
            return new StaffData(agency, fullName, position, securityRole, joinedOn);
        }
    }

    record QualificationRequest(String name, String issuer, LocalDate obtainedOn, LocalDate expiresOn) {}

    record TrainingRequest(String course, String provider, BigDecimal hours, LocalDate attendedOn) {}

    record LeaveRequest(LocalDate leftOn) {}

    record AttestationRequest(
            String agencyCode, AttestationKind kind, String title, LocalDate attestedOn, String evidence) {

        AttestationData toData() {
            return new AttestationData(agencyCode, kind, title, attestedOn, evidence);
        }
    }

    record TelecomMeasureRequest(String agencyCode, String measure, String scope, LocalDate since, String evidence) {

        TelecomMeasureData toData() {
            return new TelecomMeasureData(agencyCode, measure, scope, since, evidence);
        }
    }
}
