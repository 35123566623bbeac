package vn.khien.agencies.domain;

import java.time.LocalDate;

/** Who is appointed as a focal point, by which decision, from which day. */
public record Appointment(
        String unitName,
        String personName,
        String position,
        String phone,
        String email,
        String decisionNumber,
        LocalDate appointedOn,
        String deputyName,
        String deputyPhone,
        String deputyEmail,
        LocalDate validFrom) {}
