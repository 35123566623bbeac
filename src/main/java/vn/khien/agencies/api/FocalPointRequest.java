package vn.khien.agencies.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.khien.agencies.AppointmentData;

/** {@code PUT /api/v1/agencies/{code}/focal-points/{role}}: appoints the focal point in that role. */
record FocalPointRequest(
        @NotBlank @Size(max = 300) String unitName,
        @NotBlank @Size(max = 200) String personName,
        @NotBlank @Size(max = 200) String position,
        @NotBlank @Size(max = 40) String phone,
        @NotBlank @Email @Size(max = 254) String email,
        LocalDate appointedOn,
        @Size(max = 100) String decisionNumber,
        @Size(max = 200) String deputyName,
        @Size(max = 40) String deputyPhone,
        @Email @Size(max = 254) String deputyEmail,
        LocalDate validFrom) {

    AppointmentData toData() {
        return new AppointmentData(
                unitName,
                personName,
                position,
                phone,
                email,
                decisionNumber,
                appointedOn,
                deputyName,
                deputyPhone,
                deputyEmail,
                validFrom);
    }
}
