package vn.khien.registers.application;

import java.time.LocalDate;
import vn.khien.registers.SecurityRole;

/** A person of the security workforce as entered in a form or the API. */
public record StaffData(
        String agencyCode, String fullName, String position, SecurityRole securityRole, LocalDate joinedOn) {}
