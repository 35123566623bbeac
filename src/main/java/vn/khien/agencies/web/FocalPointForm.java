package vn.khien.agencies.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khien.agencies.AppointmentData;

/** Appointing a focal point; the phone and e-mail formats are checked again by the service. */
record FocalPointForm(
        @NotBlank @Size(max = 300) String unitName,
        @NotBlank @Size(max = 200) String personName,
        @NotBlank @Size(max = 200) String position,
        @NotBlank @Size(max = 40) String phone,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 100) String decisionNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appointedOn,
        @Size(max = 200) String deputyName,
        @Size(max = 40) String deputyPhone,
        @Email @Size(max = 254) String deputyEmail,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {

    static FocalPointForm empty(String unitName, LocalDate today) {
        return new FocalPointForm(unitName, null, null, null, null, null, null, null, null, null, today);
    }

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
