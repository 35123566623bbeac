package vn.khien.registers;

import java.time.LocalDate;

/** A person of the security workforce as entered in a form or the API. */
public record StaffData(
        String agencyCode, String fullName, String position, SecurityRole securityRole, LocalDate joinedOn) {}
