package vn.khien.registers.web;

import vn.khien.registers.SecurityRole;
import vn.khien.registers.StaffData;

/** The form recording a person of the security workforce. */
record StaffForm(String agencyCode, String fullName, String position, SecurityRole securityRole, String joinedOn) {

    StaffData toData() {
        return new StaffData(agencyCode, fullName, position, securityRole, TypedValues.date("joinedOn", joinedOn));
    }
}
