package vn.khien.registers.web;

import java.util.ArrayList;
import vn.khien.registers.SecurityRole;
import vn.khien.registers.application.StaffData;

/** The form recording a person of the security workforce. */
record StaffForm(String agencyCode, String fullName, String position, SecurityRole securityRole, String joinedOn) {

    StaffData toData() {
        var problems = new ArrayList<vn.khien.shared.InvalidInputException.FieldProblem>();
        var joined = TypedValues.date(problems, "joinedOn", joinedOn);
        TypedValues.refuseIfAny(problems);
        return new StaffData(agencyCode, fullName, position, securityRole, joined);
    }
}
