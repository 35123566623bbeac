package vn.khien.registers.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.khien.registers.SecurityRole;

/** One person in a list with their training hours of the year against the target. */
public record StaffRow(
        long id,
        String agencyCode,
        String fullName,
        String position,
        SecurityRole securityRole,
        LocalDate joinedOn,
        LocalDate leftOn,
        int year,
        BigDecimal hours,
        BigDecimal targetHours,
        boolean belowTarget) {}
