package vn.khien.registers.web;

import vn.khien.registers.ExceptionStatus;
import vn.khien.registers.ItPlanKind;
import vn.khien.registers.application.ItPlanFilter;

/** The plan list's filters as its page and export links send them; a value that does not read answers 400. */
record ItPlanListParameters(String agency, ItPlanKind kind, Integer year, ExceptionStatus exception, String q) {

    ItPlanFilter toFilter() {
        return new ItPlanFilter(agency, kind, year, exception, q);
    }
}
