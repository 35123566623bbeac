package vn.khien.audit.application;

import java.time.LocalDate;

/** Filters of the audit list; null means "any". Dates are calendar days in Vietnam, inclusive. */
public record AuditFilter(
        String actor, String action, String objectType, String objectId, LocalDate from, LocalDate to) {}
