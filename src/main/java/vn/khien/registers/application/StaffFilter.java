package vn.khien.registers.application;

import vn.khien.registers.SecurityRole;
import vn.khien.shared.Years;

/**
 * Filters of the workforce lists; null means any. Hours are counted for {@code year} (this year by
 * default); {@code belowTarget} keeps people still serving whose hours fall short of the yearly target.
 */
public record StaffFilter(
        String agencyCode, SecurityRole role, Boolean leavers, Boolean belowTarget, Integer year, String text) {

    public StaffFilter {
        Years.requireInRange("year", year);
    }
}
