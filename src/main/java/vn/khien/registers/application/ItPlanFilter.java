package vn.khien.registers.application;

import vn.khien.registers.ExceptionStatus;
import vn.khien.registers.ItPlanKind;
import vn.khien.shared.Years;

/** Filters of the plan lists (agency page, province list, API, export); null means any. */
public record ItPlanFilter(String agencyCode, ItPlanKind kind, Integer year, ExceptionStatus exception, String text) {

    public ItPlanFilter {
        Years.requireInRange("year", year);
    }
}
