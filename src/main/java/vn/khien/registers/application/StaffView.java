package vn.khien.registers.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One person with qualifications, training and the credentials they hold. */
public record StaffView(
        StaffRow staff,
        List<Qualification> qualifications,
        List<Training> trainings,
        List<CredentialRow> credentials,
        boolean mayEdit) {

    public record Qualification(String name, String issuer, LocalDate obtainedOn, LocalDate expiresOn) {}

    public record Training(String course, String provider, BigDecimal hours, LocalDate attendedOn) {}
}
