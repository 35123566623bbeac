package vn.khien.registers.web;

import vn.khien.registers.SecurityRole;
import vn.khien.registers.application.StaffFilter;

/**
 * The workforce list's filters as its page and export links send them. A value that does not read (an
 * unknown role, a year that is not a number) answers 400.
 */
record StaffListParameters(
        String agency, SecurityRole role, Boolean leavers, Boolean belowTarget, Integer year, String q) {

    StaffFilter toFilter() {
        return new StaffFilter(agency, role, leavers, belowTarget, year, q);
    }
}
