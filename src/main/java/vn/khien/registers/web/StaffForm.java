package vn.khien.registers.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khien.registers.SecurityRole;
import vn.khien.registers.application.StaffData;

/** The form recording a person of the security workforce. */
record StaffForm(
        String agencyCode,
        String fullName,
        String position,
        SecurityRole securityRole,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn) {

    StaffData toData() {
        return new StaffData(agencyCode, fullName, position, securityRole, joinedOn);
    }
}
